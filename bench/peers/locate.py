"""Peer of workload 7 (locate): 100,000 markers against one boundary line in its Gauss-Krüger plane; for each
marker its distance to the line and its position along it. shapely 2's best form: shapely.points over the marker
arrays, then shapely.distance(line, points) and shapely.line_locate_point(line, points), each one vectorised call.
Two variants are timed, with and without shapely.prepare(line) (creating the points, and preparing, are timed);
the faster counts. Reads the files `gazetteer-bench locate-input` wrote; writes every marker's (distance, position)
as Float64 pairs for compare.py. One warm-up run first; the median of the timed runs is reported."""
import argparse
import statistics
import time

import numpy as np
import shapely

from output import write_result


def engine():
    # Not common.engine(): this peer needs neither pyproj nor the county data.
    return f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), numpy {np.__version__}"

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("--points", default="bench/out/locate-markers.f64")
p.add_argument("--line", default="bench/out/locate-line.f64")
p.add_argument("--out", default="bench/out/locate.peer.f64")
p.add_argument("--result", default=None)
p.add_argument("--runs", type=int, default=7)
opts = p.parse_args()

line_xy = np.fromfile(opts.line, dtype="<f8").reshape(-1, 2)
markers = np.fromfile(opts.points, dtype="<f8").reshape(-1, 2)
x, y = np.ascontiguousarray(markers[:, 0]), np.ascontiguousarray(markers[:, 1])


def run(prepared):
    line = shapely.linestrings(line_xy)
    if prepared:
        shapely.prepare(line)
    points = shapely.points(x, y)
    return shapely.distance(line, points), shapely.line_locate_point(line, points)


variants = {}
for prepared in (False, True):
    run(prepared)  # warm-up
    seconds = []
    for _ in range(opts.runs):
        start = time.perf_counter()
        answer = run(prepared)
        seconds.append(time.perf_counter() - start)
    variants[prepared] = (seconds, answer)
prepared = min(variants, key=lambda k: statistics.median(variants[k][0]))
seconds, (distance, position) = variants[prepared]
np.column_stack([distance, position]).astype("<f8").tofile(opts.out)
other = variants[not prepared][0]
write_result(opts, {
    "workload": "locate",
    "size": f"{len(x)} markers, {len(line_xy)}-vertex line",
    "implementation": "peer",
    "engine": engine(),
    "timed": (f"shapely.points + {'shapely.prepare(line) + ' if prepared else ''}shapely.distance(line, points) + "
              f"shapely.line_locate_point(line, points) (after one warm-up run; "
              f"{'without' if prepared else 'with'} prepare: median {statistics.median(other):.4f} s)"),
    "seconds": seconds,
    "best": min(seconds),
    "median": statistics.median(seconds),
    "skipped": None,
    "answer": {"answers": opts.out, "markers": len(x), "vertices": len(line_xy),
               "sum_distance": float(distance.sum()), "sum_position": float(position.sum())},
}, note=f", median {statistics.median(seconds):.4f} s ({'prepared' if prepared else 'not prepared'})")
