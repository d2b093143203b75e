"""Checks each workload's Gazetteer answer against the peer's and prints the Markdown results table.

Usage: python3 bench/compare.py OUT_DIR   (reads OUT_DIR/<workload>.swift.json and OUT_DIR/<workload>.peer.json,
writes OUT_DIR/results.md). Exits 1, after printing both answers, when any pair disagrees beyond its tolerance:

  area         per county, |Δarea| <= 1e-9 x area and |Δperimeter| <= 1e-9 x perimeter
  pip*         per-county counts, points outside and points in several counties: exactly equal
  transform    each of the 1000 sampled outputs within 1e-6 m; sums of all eastings/northings within 1e-12 relative
  validity     same valid flag and reason per county; location within 1e-6 degrees (shapely prints it as text)
"""
import json
import math
import os
import sys

# (Gazetteer's workload, the peer's workload it is compared with, label). pip-builtin has the same peer as pip.
# The size of each job ("14 counties x 200", "1000000 points, 14 counties") is added from the result files.
WORKLOADS = [
    ("area", "area", "1. geodesic area + perimeter"),
    ("pip", "pip", "2a. point-in-polygon: caller's envelope prefilter + prepared contains (peer: prepared contains_xy)"),
    ("pip-builtin", "pip", "2b. point-in-polygon: contains(Coordinate) on every county, library's envelope test (peer: as 2a)"),
    ("pip-strtree", "pip-strtree", "2c. point-in-polygon: STRtree candidates + prepared contains (peer: STRtree.query)"),
    ("transform", "transform", "3. transform EPSG:4490 -> EPSG:4549"),
    ("validity", "validity", "4. validity with reason and location"),
]


def close(a, b, abs_tol=0.0, rel_tol=0.0):
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)


def check_area(g, p):
    problems, worst = [], 0.0
    if [c["code"] for c in g] != [c["code"] for c in p]:
        return ["county codes differ"], ""
    for a, b in zip(g, p):
        for key in ("area_m2", "perimeter_m"):
            rel = abs(a[key] - b[key]) / abs(a[key])
            worst = max(worst, rel)
            if rel > 1e-9:
                problems.append(f"{a['code']} {key}: gazetteer {a[key]!r}, peer {b[key]!r}")
    summary = lambda r: (f"total area {sum(c['area_m2'] for c in r) / 1e6:.6f} km², "
                         f"perimeter {sum(c['perimeter_m'] for c in r) / 1e3:.6f} km")
    return problems, f"gazetteer {summary(g)}; peer {summary(p)}; largest relative difference {worst:.1e}"


def check_pip(g, p):
    problems = [f"{key}: gazetteer {g[key]}, peer {p[key]}"
                for key in ("codes", "counts", "outside", "in_several", "points") if g[key] != p[key]]
    summary = lambda r: f"counts {r['counts']}, outside {r['outside']}, in several {r['in_several']}"
    return problems, f"gazetteer {summary(g)}; peer {summary(p)}"


def check_transform(g, p):
    problems = []
    if g["points"] != p["points"] or len(g["samples"]) != len(p["samples"]):
        return ["different numbers of points or samples"], ""
    worst = 0.0
    for i, (a, b) in enumerate(zip(g["samples"], p["samples"])):
        d = max(abs(a[0] - b[0]), abs(a[1] - b[1]))
        worst = max(worst, d)
        if not d <= 1e-6:
            problems.append(f"sample {i} (point {i * g['stride']}): gazetteer {a}, peer {b}")
    for key in ("sum_easting", "sum_northing"):
        if not close(g[key], p[key], rel_tol=1e-12):
            problems.append(f"{key}: gazetteer {g[key]!r}, peer {p[key]!r}")
    first = lambda r: f"point 0 -> ({r['samples'][0][0]:.6f}, {r['samples'][0][1]:.6f})"
    return problems, (f"gazetteer {first(g)}; peer {first(p)}; largest difference over {len(g['samples'])} "
                      f"samples {worst:.1e} m")


def check_validity(g, p):
    problems = []
    if [c["code"] for c in g] != [c["code"] for c in p]:
        return ["county codes differ"], ""
    for a, b in zip(g, p):
        # gazetteer-bench leaves out keys whose value is null.
        a = {"reason": None, "location": None, **a}
        if a["valid"] != b["valid"] or a["reason"] != b["reason"]:
            problems.append(f"{a['code']}: gazetteer {a}, peer {b}")
        elif a["location"] is not None or b["location"] is not None:
            if a["location"] is None or b["location"] is None or not all(
                    abs(x - y) <= 1e-6 for x, y in zip(a["location"], b["location"])):
                problems.append(f"{a['code']} location: gazetteer {a['location']}, peer {b['location']}")
    summary = lambda r: ", ".join(f"{c['code']} {c.get('reason')} at {c.get('location')}" for c in r if not c["valid"]) or "all valid"
    return problems, f"gazetteer {summary(g)}; peer {summary(p)}"


CHECKS = {"area": check_area, "pip": check_pip, "pip-builtin": check_pip, "pip-strtree": check_pip,
          "transform": check_transform, "validity": check_validity}


def main(out):
    rows, failed = [], False
    for workload, peer, label in WORKLOADS:
        paths = [os.path.join(out, f"{workload}.swift.json"), os.path.join(out, f"{peer}.peer.json")]
        if not all(os.path.exists(path) for path in paths):
            continue
        g, p = (json.load(open(path, encoding="utf-8")) for path in paths)
        if g.get("skipped") or p.get("skipped"):
            print(f"{workload}: skipped: {g.get('skipped') or p.get('skipped')}")
            rows.append(f"| {label} | skipped | skipped | | input absent |")
            continue
        label = f"{label}, {g['size']}"
        problems, summary = CHECKS[workload](g["answer"], p["answer"])
        if g["size"] != p["size"]:
            problems.append(f"different jobs: gazetteer {g['size']}, peer {p['size']}")
        print(f"{workload}: {summary}")
        if problems:
            failed = True
            print(f"{workload}: ANSWERS DISAGREE:", *problems[:20], sep="\n  ", file=sys.stderr)
        ratio = p["best"] / g["best"]
        rows.append(f"| {label} | {g['best']:.3f} s | {p['best']:.3f} s | {ratio:.2f} | {'no' if problems else 'yes'} |")
    table = "\n".join([
        "| workload | Gazetteer (Swift) | peer (Python) | ratio peer/Gazetteer | answers agree |",
        "| --- | ---: | ---: | ---: | :---: |",
        *rows,
    ])
    print()
    print(table)
    with open(os.path.join(out, "results.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    if failed:
        print("\nFAILED: Gazetteer and the peer disagree on at least one workload (see above).", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/out")
