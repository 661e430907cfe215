"""Build the dashboard's offline world outline from the npm package world-atlas (land-110m,
Natural Earth data, public domain; package ISC, Copyright 2013-2019 Michael Bostock).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/world_outline.py package/land-110m.json > froissart/serve/static/world.json
"""

from __future__ import annotations

import json
import sys


def rings(topo: dict) -> list[list[list[float]]]:
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * scale[0] + translate[0], 1), round(y * scale[1] + translate[1], 1)])
        arcs.append(points)

    def ring(indices: list[int]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in indices:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(points if not out else points[1:])
        return out

    result = []
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            result.extend(ring(r) for r in polygon)
    return result


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        outline = {"source": "Natural Earth 1:110m land via world-atlas 2.0.2", "rings": rings(json.load(handle))}
        print(json.dumps(outline, separators=(",", ":")))
