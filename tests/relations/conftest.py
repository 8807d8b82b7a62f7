"""Fixtures of the relations tests."""

import pytest
from actorlens.relations import dyad_sentences


@pytest.fixture(scope="session")
def dyads(seed_tables):
    """The seeds' pairs of actors per sentence."""
    return dyad_sentences(*seed_tables)
