"""The one loader of Froissart's data files (format: ``froissart/lang/README.md``).

Every table is UTF-8 tab-separated text: ``#`` lines are comments, blank lines are
skipped, the first other line names the columns. Language tables live in
``froissart/lang/<code>/``, language-independent ones in ``froissart/data/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import DataFileError, LanguageError

Row = dict[str, str]

LANGUAGE_TABLES = (
    "labels", "preps", "countries", "nationalities", "capitals", "orgs", "actor_nouns",
    "portfolios", "triggers", "modality", "date_words", "verb_endings", "references", "numbers",
)
OPTIONAL_TABLES = ("triggers_cameo", "actor_nouns_cameo", "orgs_phoenix")


def read_table(path: Path | str, required: Iterable[str] = ()) -> list[Row]:
    """Read one TSV table (``.tsv``, or gzip-compressed ``.tsv.gz``); each row is a dict keyed
    by the header, with a ``_line`` key."""
    path = Path(path)
    try:
        if path.suffix == ".gz":
            import gzip

            with gzip.open(path, "rt", encoding="utf-8") as handle:
                lines = handle.read().splitlines()
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise DataFileError(f"data file {path} is missing") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"data file {path} is not UTF-8: {exc}") from exc
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(f"{path}:{number}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise DataFileError(
                f"{path}:{number}: {len(cells)} cells for {len(header)} columns; "
                "use tabs only between columns"
            )
        row = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(header)}
        row["_line"] = str(number)
        rows.append(row)
    if header is None:
        raise DataFileError(f"{path}: no header line")
    return rows


def data_dir() -> Path:
    return Path(str(resources.files("froissart") / "data"))


def lang_root() -> Path:
    return Path(str(resources.files("froissart") / "lang"))


def supported_languages() -> list[str]:
    """Languages with a data folder: adding a folder adds a language."""
    return sorted(p.name for p in lang_root().iterdir() if p.is_dir() and (p / "triggers.tsv").exists())


@dataclass(frozen=True)
class LanguageData:
    """All tables of one language, read once."""

    code: str
    folder: Path
    tables: dict[str, list[Row]] = field(repr=False)

    def table(self, name: str) -> list[Row]:
        return self.tables[name]

    def labels(self, role: str) -> frozenset[str]:
        return frozenset(self.label_list(role))

    def label_list(self, role: str) -> list[str]:
        """The labels of a role in the order listed (the first is the one a repair writes)."""
        for row in self.tables["labels"]:
            if row["role"] == role:
                return [x for x in row["labels"].split("|") if x]
        raise DataFileError(f"{self.folder / 'labels.tsv'}: no row for role '{role}'")


@cache
def load_language(code: str) -> LanguageData:
    """Read every table of a language folder (cached: the tables are read-only)."""
    folder = lang_root() / code
    if not folder.is_dir():
        raise LanguageError(
            f"language '{code}' is not supported: add a folder froissart/lang/{code}/ "
            f"(supported: {', '.join(supported_languages())})"
        )
    tables = {name: read_table(folder / f"{name}.tsv") for name in LANGUAGE_TABLES}
    for name in OPTIONAL_TABLES:
        path = folder / f"{name}.tsv"
        tables[name] = read_table(path) if path.exists() else []
    return LanguageData(code=code, folder=folder, tables=tables)
