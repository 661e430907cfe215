"""PLOVER types with their quad class and CAMEO codes with Goldstein scores (data/*.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import DataFileError
from .langdata import data_dir, read_table

# acts that undo others: a release undoes a detention, a withdrawal an attack or deployment, an
# easing a sanction ("demanded the release of X" is made to whoever holds X)
UNDOES = {"RETREAT": frozenset({"COERCE", "ASSAULT", "MOBILIZE"}), "CONCEDE": frozenset({"SANCTION", "COERCE"})}


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int
    cameo: str
    symmetric: bool
    cooperative: bool
    alone: bool


@dataclass(frozen=True)
class Ontology:
    types: dict[str, PloverType]
    goldstein: dict[str, float]

    def type(self, name: str) -> PloverType:
        try:
            return self.types[name]
        except KeyError:
            raise DataFileError(f"unknown PLOVER type '{name}' (known: {', '.join(self.types)})") from None

    def goldstein_of(self, cameo: str) -> float:
        for n in range(len(cameo), 1, -1):
            if cameo[:n] in self.goldstein:
                return self.goldstein[cameo[:n]]
        return 0.0


@cache
def load_ontology() -> Ontology:
    types = {
        r["type"]: PloverType(r["type"], int(r["quad"]), r["cameo"], r["symmetric"] == "yes",
                              r["cooperative"] == "yes", r["alone"] == "yes")
        for r in read_table(data_dir() / "plover.tsv", ("type", "quad", "cameo", "symmetric"))
    }
    goldstein = {r["cameo"]: float(r["goldstein"]) for r in read_table(data_dir() / "cameo.tsv")}
    return Ontology(types, goldstein)
