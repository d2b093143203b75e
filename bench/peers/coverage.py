"""Peer of workload 8 (coverage): the same work as Gazetteer's CoverageContext + AdjacencyCheck.pairs +
CoverageCheck.overlaps + CoverageCheck.holes, in shapely 2 with an STRtree, on the same files, by the same rules:

- every polygon into the CGCS2000 3-degree Gauss-Krüger zone of the coverage's central longitude (pyproj), repaired
  with make_valid(method="structure", keep_collapsed=False) when invalid, polygonal parts only;
- pairs within 100 m (STRtree dwithin): boundary ∩ boundary; lines → line_merge → geodesic length (pyproj.Geod on
  the CGCS2000 ellipsoid, lon/lat back through pyproj); when that intersection has point parts and the polygons
  overlap by more than 0.01 m², the mean length of each boundary inside the other ("overlapping"); points only →
  "point"; nothing → "near";
- overlaps: intersecting pairs, the polygonal parts of their intersection above 0.01 m², geodesic area;
- holes: the interiors of union_all, geodesic area.
Reading the files is not timed."""
import json
import math
import os

import numpy as np
import pyproj
import shapely

from common import options, report, timed

opts = options(__doc__)
files = opts.data.split(",")
missing = [f for f in files if not os.path.exists(f)]
if missing:
    report(opts, "coverage", "", "", [], None, skipped=f"{missing[0]} is absent")
    raise SystemExit(0)

units = []
for path in files:
    with open(path, encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            code = str(feat["properties"].get("adcode", ""))
            geom = feat.get("geometry")
            if not code or geom is None or geom["type"] not in ("Polygon", "MultiPolygon"):
                continue
            units.append((code, shapely.geometry.shape(geom)))

NOISE = 0.01
SNAP = 100.0
CGCS2000 = pyproj.Geod(a=6378137, f=1 / 298.257222101)


def polygonal(g):
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return None
    polys = [q for p in parts for q in (p.geoms if p.geom_type == "MultiPolygon" else [p])]
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def run():
    minx = min(g.bounds[0] for _, g in units)
    maxx = max(g.bounds[2] for _, g in units)
    cm = int(math.floor((minx + maxx) / 2 / 3 + 0.5)) * 3
    epsg = 4534 + (cm - 75) // 3
    fwd = pyproj.Transformer.from_crs(4490, epsg, always_xy=True)
    inv = pyproj.Transformer.from_crs(epsg, 4490, always_xy=True)

    def project(g, t):
        return shapely.transform(g, lambda c: np.column_stack(t.transform(c[:, 0], c[:, 1])))

    def length(lines):
        return sum(CGCS2000.line_length(*np.asarray(l.coords).T) for l in shapely.get_parts(project(lines, inv))
                   if l.geom_type == "LineString")

    def area(poly):
        return abs(CGCS2000.geometry_area_perimeter(project(poly, inv))[0])

    def lines_of(g):
        ls = [p for p in shapely.get_parts(g) if p.geom_type in ("LineString", "MultiLineString") and p.length > 0]
        return shapely.line_merge(shapely.union_all(ls)) if ls else None

    polys = []
    for _, g in units:
        p = project(g, fwd)
        if not p.is_valid:
            p = polygonal(shapely.make_valid(p, method="structure", keep_collapsed=False))
        polys.append(p)
    codes = [c for c, _ in units]
    bounds = [p.boundary for p in polys]
    tree = shapely.STRtree(polys)
    pairs = []
    left, right = tree.query(polys, predicate="dwithin", distance=SNAP)
    for i, j in zip(left, right):
        if i >= j:
            continue
        a, b = sorted((codes[i], codes[j]))
        shared = bounds[i].intersection(bounds[j])
        has_points = any(p.geom_type in ("Point", "MultiPoint") for p in shapely.get_parts(shared))
        lines = lines_of(shared)
        overlap = polygonal(polys[i].intersection(polys[j])) if has_points else None
        if overlap is not None and overlap.area > NOISE:
            in_b, in_a = lines_of(bounds[i].intersection(polys[j])), lines_of(bounds[j].intersection(polys[i]))
            est = ((length(in_b) if in_b is not None else 0) + (length(in_a) if in_a is not None else 0)) / 2
            pairs.append({"a": a, "b": b, "kind": "overlapping", "length_m": est})
        elif lines is not None:
            pairs.append({"a": a, "b": b, "kind": "shared", "length_m": length(lines)})
        elif not shared.is_empty:
            pairs.append({"a": a, "b": b, "kind": "point", "length_m": 0})
        else:
            pairs.append({"a": a, "b": b, "kind": "near", "length_m": 0})
    pairs.sort(key=lambda p: (p["a"], p["b"]))
    overlaps = []
    left, right = tree.query(polys, predicate="intersects")
    for i, j in zip(left, right):
        if i >= j:
            continue
        inter = polygonal(polys[i].intersection(polys[j]))
        if inter is None or inter.area <= NOISE:
            continue
        pieces = [p for p in shapely.get_parts(inter) if p.area > NOISE]
        if pieces:
            overlaps.append({"a": codes[i], "b": codes[j], "area_m2": sum(area(p) for p in pieces)})
    union = shapely.union_all(polys)
    rings = [r for p in shapely.get_parts(union) if p.geom_type == "Polygon" for r in p.interiors]
    hole_area = sum(area(shapely.Polygon(r)) for r in rings)
    return {"units": len(units), "pairs": pairs, "overlaps": overlaps, "holes": len(rings), "hole_area_m2": hole_area}


seconds, answer = timed(opts.runs, run)
report(opts, "coverage", f"{len(units)} units in {len(files)} files",
       "GK projection + make_valid + STRtree dwithin pairs (boundary intersection, line_merge, geodesic length) + "
       "STRtree intersects overlaps + union_all holes", seconds, answer)
