"""One progress bar for a whole run of the driver."""

from __future__ import annotations

__all__ = ["Steps"]


class Steps:
    """A progress bar (when ``enabled``) that counts the documents analysed; its label names the
    step under way, so that training the model, counting and writing figures show too."""

    def __init__(self, enabled: bool) -> None:
        self.enabled, self.bar = enabled, None

    def start(self, total: int) -> None:
        if self.enabled and self.bar is None:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", desc="reading", leave=False, dynamic_ncols=True)

    def step(self, label: str) -> None:
        if self.bar is not None:
            self.bar.set_description_str(label)
            self.bar.refresh()

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> "Steps":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
