"""Peer of workload 2 (pip): locate the shared 1,000,000 points in the 14 counties with shapely 2.
Best form: shapely.contains_xy on prepared geometries (GEOSPreparedContainsXY, with GEOS's own envelope test),
one vectorised call per county. With --strtree: shapely's faster STRtree form, a tree over the point geometries
queried with the 14 counties and predicate "contains" (shapely prepares each county for the predicate); creating
the points and building the tree are timed. (A tree over the counties queried with the 1M points and "within"
took about twice as long here.) Counts per county must match Gazetteer's exactly."""
import sys

import numpy as np
import shapely

from common import load_counties, missing_data, options, read_points, report, timed

strtree = "--strtree" in sys.argv
if strtree:
    sys.argv.remove("--strtree")
workload = "pip-strtree" if strtree else "pip"
opts = options(__doc__)
counties = load_counties(opts.data)
if counties is None:
    report(opts, workload, "", "", [], None, skipped=missing_data(opts.data))
    raise SystemExit(0)
x, y = read_points(opts.points, opts.seed)
codes = [c for c, _, _ in counties]
geoms = np.array([g for _, _, g in counties])


def answer_from(hits_per_point, counts):
    return {"codes": codes, "counts": [int(c) for c in counts],
            "outside": int(np.count_nonzero(hits_per_point == 0)),
            "in_several": int(np.count_nonzero(hits_per_point > 1)), "points": int(len(x))}


def run_contains_xy():
    shapely.destroy_prepared(geoms)  # so that every run prepares again, as on the Swift side
    shapely.prepare(geoms)
    hits = np.zeros(len(x), dtype=np.int32)
    counts = []
    for g in geoms:
        inside = shapely.contains_xy(g, x, y)
        hits += inside
        counts.append(np.count_nonzero(inside))
    return answer_from(hits, counts)


def run_strtree():
    tree = shapely.STRtree(shapely.points(x, y))
    # pairs[0]: index into the counties, pairs[1]: index into the points; "contains": point in the interior.
    pairs = tree.query(geoms, predicate="contains")
    counts = np.bincount(pairs[0], minlength=len(geoms))
    hits = np.bincount(pairs[1], minlength=len(x))
    return answer_from(hits, counts)


if strtree:
    seconds, answer = timed(opts.runs, run_strtree)
    text = f"create {len(x)} shapely points + STRtree over them + STRtree.query(counties, predicate='contains')"
else:
    seconds, answer = timed(opts.runs, run_contains_xy)
    text = f"prepare {len(geoms)} counties + {len(geoms)} x shapely.contains_xy(prepared, x, y) over {len(x)} points"
report(opts, workload, f"{len(x)} points, {len(geoms)} counties", text, seconds, answer)
