"""The exception tree of Froissart, in one place.

FroissartError
├── DataFileError        a language or reference data file is malformed
├── LanguageError        a language has no data folder or no pipeline
├── PipelineError        a spaCy pipeline cannot be loaded
├── ArticleError         an article cannot be read (empty, binary, not UTF-8, bad JSON)
├── CodingError          one article could not be parsed or coded (the batch goes on)
├── StoreError           the DuckDB store cannot be opened or written
└── FilterError          a query filter or parameter is not valid (CLI exit 2, API 422)
"""

from __future__ import annotations


class FroissartError(Exception):
    """Base class of every error Froissart raises on purpose."""


class DataFileError(FroissartError):
    """A data file does not follow its documented format."""


class LanguageError(FroissartError):
    """A language is not supported (no data folder, or no pipeline configured)."""


class PipelineError(FroissartError):
    """A spaCy pipeline could not be loaded."""


class ArticleError(FroissartError):
    """An article could not be read; the message says why."""


class CodingError(FroissartError):
    """One article could not be parsed or coded; the message names the stage and the cause."""


class StoreError(FroissartError):
    """The event store could not be opened or written."""


class FilterError(FroissartError):
    """A query filter or parameter is not valid; the message says what to write instead."""
