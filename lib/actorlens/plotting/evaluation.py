"""Figures of validation: methods against human labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

__all__ = ["plot_confusion"]

def plot_confusion(matrices: dict[str, pd.DataFrame]) -> Figure:
    """Confusion matrices side by side, one per method: rows the human label, columns the method's."""
    fig = Figure(figsize=(3.4 * len(matrices), 3.4))
    axes = fig.subplots(1, len(matrices), squeeze=False)[0]
    for ax, (name, matrix) in zip(axes, matrices.items()):
        values = matrix.to_numpy()
        ax.imshow(values, cmap="Blues", vmin=0)
        ax.set_xticks(range(len(matrix.columns)), [c[:3] for c in matrix.columns])
        ax.set_yticks(range(len(matrix.index)), [r[:3] for r in matrix.index])
        for (i, j), value in np.ndenumerate(values):
            ax.text(j, i, str(value), ha="center", va="center", color="white" if value > values.max() * 0.6 else "black")
        ax.set_title(name, fontsize="medium")
        ax.set_xlabel("predicted")
    axes[0].set_ylabel("human label")
    return fig
