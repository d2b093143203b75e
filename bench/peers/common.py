"""Shared plumbing of the Python peers: options, wall-clock timing (best of R), the county data, the point file,
and result files in the same JSON shape as gazetteer-bench writes (see bench/Sources/gazetteer-bench/Support.swift)."""
import argparse
import json
import os
import sys
import time

from output import write_result

import numpy as np
import pyproj
import shapely
from shapely.geometry import shape
from shapely.geometry.polygon import orient

# Must match Points.swift: the box, the generator and the file layout.
POINT_BOX = (115.5, 47.0, 126.1, 53.4)
LCG_A = 6364136223846793005
LCG_C = 1442695040888963407
MASK64 = (1 << 64) - 1


def options(description):
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--data", default="../shared/data/real/datav_150700_full.json")
    p.add_argument("--points", default="bench/out/points.f64")
    p.add_argument("--result", default=None)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--repeat", type=int, default=None)
    p.add_argument("--seed", type=int, default=42)
    return p.parse_args()


def engine():
    return f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str})"


def timed(runs, body):
    """Runs body() `runs` times; returns each run's wall-clock seconds (time.perf_counter) and the last answer."""
    seconds, answer = [], None
    for _ in range(runs):
        start = time.perf_counter()
        answer = body()
        seconds.append(time.perf_counter() - start)
    return seconds, answer


def report(opts, workload, size, timed_text, seconds, answer, skipped=None, engine_text=None):
    result = {
        "workload": workload,
        "size": size,
        "implementation": "peer",
        "engine": engine_text or engine(),
        "timed": timed_text,
        "seconds": seconds,
        "best": min(seconds) if seconds else 0,
        "skipped": skipped,
        "answer": answer,
    }
    write_result(opts, result)


def load_counties(path):
    """[(adcode, name, shapely geometry)] in file order, or None when the file is absent."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return [(str(feat["properties"]["adcode"]), feat["properties"].get("name", ""), shape(feat["geometry"]))
            for feat in doc["features"]]


def missing_data(path):
    return f"{path} is absent (the real DataV data lives in ../shared/data/real)"


def oriented(geometry):
    """The geometry with counter-clockwise shells and clockwise holes, which pyproj's signed areas expect."""
    if geometry.geom_type == "MultiPolygon":
        return shapely.MultiPolygon([orient(p, 1.0) for p in geometry.geoms])
    return orient(geometry, 1.0)


def read_points(path, seed):
    """The point file written by `gazetteer-bench points`, as (x, y) float64 arrays. Checks the first points
    against the LCG formula recomputed here, so both sides provably use the same input."""
    xy = np.fromfile(path, dtype="<f8").reshape(-1, 2)
    state = seed
    min_x, min_y, max_x, max_y = POINT_BOX
    for i in range(min(5, len(xy))):
        expect = []
        for lo, hi in ((min_x, max_x), (min_y, max_y)):
            state = (state * LCG_A + LCG_C) & MASK64
            expect.append(lo + (state >> 11) * 2.0**-53 * (hi - lo))
        if tuple(xy[i]) != tuple(expect):
            sys.exit(f"peer: {path} point {i} is {tuple(xy[i])}, the LCG with seed {seed} gives {tuple(expect)}")
    return np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
