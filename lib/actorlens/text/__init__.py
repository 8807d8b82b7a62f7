"""Text: Unicode normalisation, page cleaning (with an account of every line) and sentences."""

from .audit import cleaning_audit
from .cleaning import REASONS, CleanText, LineRecord, clean_page, clean_text, is_heading, split_lines
from .normalize import fold_quotes, match_key, normalize_line
from .sentences import SENTENCE_COLUMNS, segment, split_sentences

__all__ = ["REASONS", "SENTENCE_COLUMNS", "CleanText", "LineRecord", "clean_page", "clean_text", "cleaning_audit", "fold_quotes",
           "is_heading", "match_key", "normalize_line", "segment", "split_lines", "split_sentences"]
