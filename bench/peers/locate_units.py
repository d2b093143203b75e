"""Peer of workload 8c (units-locate-cli): the bulk locate of a CSV of points, the way a GIS analyst would write it
with numpy and shapely 2. Timed: reading the CSV (numpy.loadtxt), preparing the units and one vectorised
shapely.contains_xy per unit, and writing the CSV back with the code of the unit holding each point. The units are
read (untimed) from the registry's own GeoJSON export, so both sides test the same polygons. Counts per unit (code
order), points in no unit and in several must equal Gazetteer's."""
import argparse
import json

import numpy as np
import shapely
from shapely.geometry import shape

from common import engine, timed
from output import write_result

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("--csv", required=True)
p.add_argument("--units", required=True)
p.add_argument("--out", required=True)
p.add_argument("--runs", type=int, default=5)
p.add_argument("--result", default=None)
opts = p.parse_args()

with open(opts.units, encoding="utf-8") as f:
    features = json.load(f)["features"]
features.sort(key=lambda feat: feat["properties"]["code"])
codes = [feat["properties"]["code"] for feat in features]
geoms = np.array([shape(feat["geometry"]) for feat in features])


def run():
    xy = np.loadtxt(opts.csv, delimiter=",", skiprows=1, usecols=(1, 2))
    x, y = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
    shapely.destroy_prepared(geoms)
    shapely.prepare(geoms)
    unit = np.full(len(x), -1, dtype=np.int32)
    hits = np.zeros(len(x), dtype=np.int32)
    for i, g in enumerate(geoms):
        inside = shapely.contains_xy(g, x, y)
        hits += inside
        unit[inside & (unit < 0)] = i
    names = np.array(codes + [""], dtype=object)
    with open(opts.csv, encoding="utf-8") as f, open(opts.out, "w", encoding="utf-8") as out:
        header = next(f).rstrip("\n")
        out.write(header + ",county_code\n")
        out.writelines(f"{line.rstrip()},{code}\n" for line, code in zip(f, names[unit]))
    counts = np.bincount(unit[unit >= 0], minlength=len(codes))
    return {"codes": codes, "counts": [int(c) for c in counts], "outside": int(np.count_nonzero(hits == 0)),
            "in_several": int(np.count_nonzero(hits > 1)), "points": int(len(x))}


run()  # warm-up, not recorded
seconds, answer = timed(opts.runs, run)
write_result(opts, {
    "workload": "units-locate-cli", "size": f"{answer['points']} points, {len(codes)} counties", "implementation": "peer",
    "engine": engine(),
    "timed": "numpy.loadtxt of the CSV + prepare + contains_xy per unit + write the CSV with a county column (after one warm-up run)",
    "seconds": seconds, "best": min(seconds), "median": float(np.median(seconds)), "skipped": None, "answer": answer,
})
