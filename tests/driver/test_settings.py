"""The settings of a run: every option checked once, with a message that names it."""

from pathlib import Path

import pytest
from actorlens.driver.settings import Settings


def test_defaults_and_paths():
    settings = Settings(corpus="~/pages", actors="reg.csv", contexts="~/rules.csv")
    assert settings.corpus == Path("~/pages").expanduser() and settings.actors == Path("reg.csv")
    assert settings.contexts == Path("~/rules.csv").expanduser() and settings.level == "top"
    assert (settings.method, settings.period, settings.n_jobs, settings.chunk_size) == ("model", "auto", 1, 100)
    with pytest.raises(AttributeError):
        settings.method = "vader"  # frozen: a run's options do not change under it


@pytest.mark.parametrize(("option", "value", "message"), [
    ("method", "bert", "method must be one of textblob, vader, model"),
    ("period", "week", "period must be auto or one of document, month, year"),
    ("n_jobs", 0, "n_jobs must be a positive number"),
    ("n_jobs", -2, "n_jobs must be a positive number"),
    ("chunk_size", 0, "chunk_size must be at least 1"),
    ("top_pairs", -1, "top_pairs must be at least 0"),
    ("level", "state", "level must be one of top, specific"),
])
def test_bad_options_are_refused_by_name(option, value, message):
    with pytest.raises(ValueError, match=message):
        Settings(corpus="x", **{option: value})


def test_an_unknown_option_is_refused():
    with pytest.raises(TypeError, match="jbos"):
        Settings(corpus="x", jbos=2)


def test_the_options_are_listed():
    assert Settings.options()[:5] == ["corpus", "actors", "contexts", "level", "method"]
