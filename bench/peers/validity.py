"""Peer of workload 4 (validity): OGC validity of the 14 counties with shapely.is_valid_reason (one vectorised call
over the 14 geometries per pass), repeated N times. The reason text "Self-intersection[x y]" is split into the
reason and the location for comparison with Gazetteer's ValidityReport."""
import re

import numpy as np
import shapely

from common import load_counties, missing_data, options, report, timed

opts = options(__doc__)
counties = load_counties(opts.data)
if counties is None:
    report(opts, "validity", "", "", [], None, skipped=missing_data(opts.data))
    raise SystemExit(0)
repeat = opts.repeat or 200
codes = [c for c, _, _ in counties]
geoms = np.array([g for _, _, g in counties])


def parse(code, text):
    if text == "Valid Geometry":
        return {"code": code, "valid": True, "reason": None, "location": None}
    m = re.fullmatch(r"(.*)\[(\S+) (\S+)\]", text)
    if not m:
        return {"code": code, "valid": False, "reason": text, "location": None}
    return {"code": code, "valid": False, "reason": m.group(1), "location": [float(m.group(2)), float(m.group(3))]}


def run():
    for _ in range(repeat):
        reasons = shapely.is_valid_reason(geoms)
    return [parse(c, r) for c, r in zip(codes, reasons)]


seconds, answer = timed(opts.runs, run)
report(opts, "validity", f"{len(geoms)} counties x {repeat}",
       f"{repeat} passes of shapely.is_valid_reason over {len(geoms)} counties", seconds, answer)
