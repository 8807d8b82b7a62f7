"""Reading a corpus folder: its pages (``.txt``, repaired where they can be) and its
``metadata.csv``, each into a table. Nothing here cleans text; see :mod:`actorlens.text`."""

from .csvfile import read_csv_rows
from .metadata import METADATA_COLUMNS, metadata_problems, parse_date, read_metadata
from .pages import read_page, read_pages

__all__ = ["METADATA_COLUMNS", "metadata_problems", "parse_date", "read_csv_rows", "read_metadata", "read_page", "read_pages"]
