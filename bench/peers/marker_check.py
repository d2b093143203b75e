"""Peer of workload 11 (marker check): the rules of `gazetteer inspect markers` on a lines file and a markers file,
in Python with pyproj and shapely 2, vectorised where the work is per marker.

Per line: the line densified to a vertex every 0.01° (as MarkerLine does, so both sides measure the same projected
line), moved into its CGCS2000 3-degree Gauss-Krüger zone (the zone of its envelope's centre; pyproj, EPSG:4490 ->
EPSG:4534+k), and its markers with it; shapely.distance and shapely.line_locate_point against every part give each
marker its distance, its part (the nearest) and its position along the line (the lengths of the parts before it plus
its position on its part). Then the same checks as the Swift side, on the same thresholds: duplicate numbers,
numbers that do not end in a sequence or name another line, off-line singles (10 m provincial, 25 m otherwise),
out-of-order groups (not in a longest increasing run of positions, per part, in the sense with more markers in
order), sequence gaps, spacing (long: > max(3 x median, 1000 m); short: < min(0.2 x median, 200 m); at least 3
intervals), fewer than 3 usable landmarks, markers of unknown lines. The markers written by
`gazetteer-bench marker-check-input` are singles without faces or surveyed landmarks, so the pair, triple, faces and
landmark-position rules are not reimplemented here: a Swift finding of those codes shows up as a disagreement.

Reading the two files (json) is untimed, as on the Swift side; everything after is timed. One warm-up run first;
the median of the timed runs is reported. Writes one "code|subject,subject" key per finding for compare.py."""
import argparse
import bisect
import json
import math
import statistics
import time
from collections import defaultdict

import numpy as np
import pyproj
import shapely

from output import write_result

DENSIFY_STEP = 0.01
TOLERANCE = {"provincial": 10.0, "prefectural": 25.0, "county": 25.0}

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("--markers", default="bench/out/marker-check-markers.geojson")
p.add_argument("--line", default="bench/out/marker-check-lines.geojson")
p.add_argument("--out", default="bench/out/marker-check.peer.keys")
p.add_argument("--result", default=None)
p.add_argument("--runs", type=int, default=5)
opts = p.parse_args()

with open(opts.line, encoding="utf-8") as f:
    lines = [(ft["properties"], ft["geometry"]) for ft in json.load(f)["features"]]
with open(opts.markers, encoding="utf-8") as f:
    markers = [(ft["properties"], ft["geometry"]["coordinates"]) for ft in json.load(f)["features"]]


def parts_of(geometry):
    if geometry is None:
        return []
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    return [c for c in geometry["coordinates"] if c]


def densified(part):
    out = []
    for (ax, ay), (bx, by) in zip(part, part[1:]):
        n = max(1, math.ceil(max(abs(bx - ax), abs(by - ay)) / DENSIFY_STEP))
        for k in range(n):
            t = k / n
            out.append((ax + t * (bx - ax), ay + t * (by - ay)))
    out.append(tuple(part[-1]))
    return out


def numbering(number):
    """(line part, sequence) of a number ending in digits (and perhaps one letter), else None."""
    chars = number.strip().upper()
    if chars and chars[-1].isascii() and chars[-1].isalpha():
        chars = chars[:-1]
    digits = len(chars)
    while digits > 0 and chars[digits - 1] in "0123456789":
        digits -= 1
    if digits == len(chars) or len(chars) - digits > 9:
        return None
    return chars[:digits].rstrip("-_/ "), int(chars[digits:])


def lis(values):
    """The indices of a longest strictly increasing subsequence, chosen as LongestIncreasingSubsequence.swift does."""
    if not values:
        return []
    tails, tail_values, previous = [], [], [-1] * len(values)
    for i, v in enumerate(values):
        low = bisect.bisect_left(tail_values, v)
        if low > 0:
            previous[i] = tails[low - 1]
        if low == len(tails):
            tails.append(i)
            tail_values.append(v)
        else:
            tails[low] = i
            tail_values[low] = v
    result, k = [], tails[-1]
    while k >= 0:
        result.append(k)
        k = previous[k]
    return result[::-1]


transformers = {}


def transformer(epsg):
    if epsg not in transformers:
        transformers[epsg] = pyproj.Transformer.from_crs(4490, epsg, always_xy=True)
    return transformers[epsg]


def check():
    findings = []  # (code, [subjects], measured)
    by_line = defaultdict(list)
    for m in markers:
        by_line[m[0]["line"]].append(m)
    for props, geometry in lines:
        code = props["code"]
        parts = parts_of(geometry)
        mine = by_line.get(code)
        if not parts or not mine:
            continue
        xs = [c[0] for part in parts for c in part]
        centre = (min(xs) + max(xs)) / 2
        epsg = 4534 + (math.floor(centre / 3 + 0.5) * 3 - 75) // 3
        t = transformer(epsg)
        shapes, offsets, before = [], [], 0.0
        for part in parts:
            d = np.array(densified(part))
            x, y = t.transform(d[:, 0], d[:, 1])
            s = shapely.linestrings(np.column_stack([x, y]))
            shapes.append(s)
            offsets.append(before)
            before += shapely.length(s)
        positions = np.array([m[1] for m in mine])
        mx, my = t.transform(positions[:, 0], positions[:, 1])
        points = shapely.points(mx, my)
        distances = np.vstack([shapely.distance(s, points) for s in shapes])
        along = np.vstack([shapely.line_locate_point(s, points) for s in shapes])
        part_of = np.argmin(distances, axis=0)
        distance = distances[part_of, np.arange(len(mine))]
        position = along[part_of, np.arange(len(mine))] + np.array(offsets)[part_of]

        # Each number once: the first copy is checked, every copy of a repeated one is reported.
        copies, kept = defaultdict(list), []
        for i, (mp, _) in enumerate(mine):
            key = mp["number"].strip().upper()
            copies[key].append(i)
            if len(copies[key]) == 1:
                kept.append(i)
        for key, idx in copies.items():
            if len(idx) > 1:
                findings.append(("marker.duplicate-number", [mine[idx[0]][0]["number"], code], None))
        tolerance = TOLERANCE[props.get("level", "county")]
        by_sequence = defaultdict(list)
        for i in kept:
            number = mine[i][0]["number"]
            n = numbering(number)
            if n is None:
                findings.append(("marker.number-mismatch", [number, code], None))
                continue
            if n[0] and n[0] != code:
                findings.append(("marker.number-mismatch", [number, code], None))
            by_sequence[n[1]].append(i)
        groups = [(seq, members) for seq, members in sorted(by_sequence.items())]
        for seq, members in groups:
            for i in members:
                if distance[i] > tolerance:
                    findings.append(("marker.off-line", [mine[i][0]["number"], code], float(distance[i])))
        # Order, part by part.
        by_part = defaultdict(list)
        for g in groups:
            by_part[int(part_of[g[1][0]])].append(g)
        numbers = lambda g: [mine[i][0]["number"] for i in g[1]]
        gpos = lambda g: sum(float(position[i]) for i in g[1]) / len(g[1])
        for key in sorted(by_part):
            pg = by_part[key]
            values = [gpos(g) for g in pg]
            forward, backward = lis(values), lis([-v for v in values])
            in_order = set(backward if len(backward) > len(forward) else forward)
            for i, g in enumerate(pg):
                if i not in in_order:
                    findings.append(("marker.out-of-order", numbers(g) + [code], gpos(g)))
        # Gaps in the sequence from 1.
        expected, previous = 1, None
        for g in groups:
            if g[0] > expected:
                findings.append(("marker.sequence-gap", (numbers(previous) if previous else []) + numbers(g) + [code], None))
            expected = max(expected, g[0] + 1)
            previous = g
        # Spacing within parts, against the median over all parts.
        intervals = []
        for key in sorted(by_part):
            pg = sorted(by_part[key], key=gpos)
            intervals += [(a, b, gpos(b) - gpos(a)) for a, b in zip(pg, pg[1:])]
        if len(intervals) >= 3:
            median = statistics.median([s for _, _, s in intervals])
            long, short = max(3 * median, 1000.0), min(0.2 * median, 200.0)
            for a, b, s in intervals:
                if s > long:
                    findings.append(("marker.spacing-long", numbers(a) + numbers(b) + [code], s))
                elif s < short:
                    findings.append(("marker.spacing-short", numbers(a) + numbers(b) + [code], s))
        for i in kept:
            usable = [l for l in mine[i][0].get("landmarks", [])
                      if 0 <= l["bearing"] < 360 and math.isfinite(l["distance"]) and l["distance"] > 0]
            if len(usable) < 3:
                findings.append(("marker.landmarks-missing", [mine[i][0]["number"], code], None))
    known = {props["code"] for props, _ in lines}
    for mp, _ in markers:
        if mp["line"] not in known:
            findings.append(("marker.line-unknown", [mp["number"], mp["line"]], None))
    return findings


check()  # warm-up
seconds = []
for _ in range(opts.runs):
    start = time.perf_counter()
    findings = check()
    seconds.append(time.perf_counter() - start)
keys = sorted(f"{c}|{','.join(s)}" for c, s, _ in findings)
with open(opts.out, "w", encoding="utf-8") as f:
    f.write("\n".join(keys) + "\n")
by_code = defaultdict(int)
for c, _, _ in findings:
    by_code[c] += 1
write_result(opts, {
    "workload": "marker-check",
    "size": f"{len(markers)} markers, {len(lines)} lines",
    "implementation": "peer",
    "engine": f"shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}), numpy {np.__version__}",
    "timed": "per line: densify + pyproj into its zone + shapely distance/line_locate_point per part (vectorised over its markers); "
             "numbering, order (LIS), gaps, spacing, landmarks in Python (files read untimed; after one warm-up run)",
    "seconds": seconds,
    "best": min(seconds),
    "median": statistics.median(seconds),
    "skipped": None,
    "answer": {"markers": len(markers), "lines": len(lines), "findings": len(findings), "by_code": dict(by_code),
               "keys": opts.out, "sum_off_line": sum(m for c, _, m in findings if c == "marker.off-line")},
}, note=f", median {statistics.median(seconds):.4f} s")
