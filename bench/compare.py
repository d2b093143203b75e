"""Checks each workload's Gazetteer answer against the peer's and prints the Markdown results table.

Usage: python3 bench/compare.py OUT_DIR   (reads OUT_DIR/<workload>.swift.json and OUT_DIR/<workload>.peer.json,
writes OUT_DIR/results.md). Exits 1, after printing both answers, when any pair disagrees beyond its tolerance:

  area         per county, |Δarea| <= 1e-9 x area and |Δperimeter| <= 1e-9 x perimeter
  pip*         per-county counts, points outside and points in several counties: exactly equal
  transform    each of the 1000 sampled outputs within 1e-6 m; sums of all eastings/northings within 1e-12 relative
  validity     same valid flag and reason per county; location within 1e-6 degrees (shapely prints it as text)
  import       both GeoPackages (read here with sqlite3, geometry blobs decoded here) hold the same number of markers,
               with the same set of numbers, as many as Gazetteer's importer reported; 1000 sampled markers (every
               N/1000th by number) at positions within 1e-9 degrees, with the same line, material and height
  export       both GeoJSON files (read here with json) hold the same number of features, as many as the registry
               holds; for 1000 sampled markers the two files' coordinates are within 1e-7 (+1e-12) degrees (one unit of
               the 7th decimal both write) and each is within 0.5e-7 (+1e-12) of the position stored in the
               registry. Coordinates that are not the correctly rounded 7-decimal value are counted, not failed.
  coverage     the same pairs (codes and kind: shared, overlapping, point, near), shared lengths within 1e-9 relative
               (1e-6 m absolute); the same overlapping pairs with areas within 1e-9 relative; the same number of holes
               and their total area within 1e-9 relative
  units-locate*  as pip* (9c: counts per unit in code order read from both output CSVs' unit columns)
  names        the same number of names; per rule, the same number of findings, except chong.homophone* (pypinyin
               reads some names differently from hanzi.tsv + phrases.tsv: 长庄 zhang, 翟 di, 朝阳 zhao): there the
               difference is reported, and must stay under 10% of the rule's findings
  marker-check the same set of findings (code and subjects, read here from both sides' key files); the sum of the
               off-line findings' distances within 1e-6 relative
  locate*      every marker's distance and position (read here from both sides' Float64 files): within 1e-9
               relative (1e-9 m absolute below 1 m)

Where both result files carry a "median" (workload 7: median of the runs after a warm-up), medians are compared;
otherwise the best runs.
"""
import array
import json
import math
import os
import sqlite3
import struct
import sys

# (Gazetteer's workload, the peer's workload it is compared with, label). pip-builtin has the same peer as pip.
# The size of each job ("14 counties x 200", "1000000 points, 14 counties") is added from the result files.
WORKLOADS = [
    ("area", "area", "1. geodesic area + perimeter"),
    ("pip", "pip", "2a. point-in-polygon: caller's envelope prefilter + prepared contains (peer: prepared contains_xy)"),
    ("pip-builtin", "pip", "2b. point-in-polygon: contains(Coordinate) on every county, library's envelope test (peer: as 2a)"),
    ("pip-strtree", "pip-strtree", "2c. point-in-polygon: STRtree candidates + prepared contains (peer: STRtree.query)"),
    ("transform", "transform", "3. transform coordinates EPSG:4490 -> EPSG:4549, one thread"),
    ("transform-parallel", "transform", "3b. the same on every core, one slice and PROJ context per core (peer: one thread)"),
    ("validity", "validity", "4. validity with reason and location"),
    ("import", "import", "5. import GeoJSONSeq markers into a GeoPackage: Importer.run (peer: ogr2ogr -f GPKG)"),
    ("export", "export", "6. export the markers layer to GeoJSON: LayerExporter (peer: ogr2ogr -f GeoJSON, same registry file)"),
    ("locate", "locate", "7a. markers against their line, distance + position along it: LineSegmentIndex (peer: shapely distance + line_locate_point)"),
    ("locate-geos", "locate", "7b. the same through GEOS: NativeGeometry prepared distance + GEOSProject per marker (peer: as 7a)"),
    ("coverage", "coverage", "8. coverage + adjacency of several prefectures' files: pairs with shared length, overlaps, union holes (peer: shapely STRtree)"),
    ("units-locate", "pip", "9a. locate points in units: UnitLocator (R-tree over unit polygons, Swift ray crossing with GEOS's filter, GEOS where undecided), one thread (peer: as 2a)"),
    ("units-locate-parallel", "pip", "9b. the same on every core: UnitLocator.units(at:workers:) (peer: as 2a, one thread)"),
    ("units-locate", "pip-postgis", "9e. as 9a, one thread (peer: PostGIS ST_Contains join, GiST indexes, one core)"),
    ("units-locate-parallel", "pip-postgis", "9f. as 9b, every core (peer: as 9e)"),
    ("units-locate-cli", "units-locate-cli", "9c. bulk CLI: gazetteer locate --input CSV -o CSV, full location (peer: numpy.loadtxt + contains_xy + CSV out)"),
    ("units-locate-cli-quick", "units-locate-cli", "9d. bulk CLI with --no-distances: units, boundary flag and Gauss-Krüger columns (peer: as 9c)"),
    ("units-locate-cli-units", "units-locate-cli", "9g. bulk CLI with --columns units: the county code and name of each point, what the peer writes (peer: as 9c)"),
    ("units-locate-cli-status", "units-locate-cli", "9h. bulk CLI with --columns units,status: 9g and the boundary flag within 1 m (peer: as 9c)"),
    ("marker-check", "marker-check", "11. marker check of a 界桩成果表 along the county lines: MarkerCheck.findings, position + numbering + spacing + landmarks (peer: pyproj + shapely vectorised per line, rules in Python)"),
    ("import-counties", "import-counties", "5b. import the real county GeoJSON files (DataV, 5 prefectures) as units: gazetteer import units --make-valid, one process per file (peer: ogr2ogr -f GPKG, -append)"),
    ("import-nbs", "import-nbs", "5c. import the NBS 2022 list (28 provinces, codes and names, no geometry) as units: gazetteer import units (peer: ogr2ogr -f GPKG of the CSV)"),
    ("names", "names", "10. place-name check of the NBS 2022 lists (28 provinces): gazetteer names check --csv, every rule, CSV worklist out (peer: plain Python + pypinyin, best of 1)"),
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


def gpkg_point(blob):
    """(x, y) of a GeoPackage geometry blob holding a point (GeoPackage 1.3 §2.1.3: header, then WKB)."""
    if blob is None or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7]
    wkb = blob[8 + envelope:]
    order = "<" if wkb[0] == 1 else ">"
    kind = struct.unpack(order + "I", wkb[1:5])[0]
    if kind % 1000 != 1 and kind & 0xFFFF != 1:
        raise ValueError(f"WKB type {kind} is not a point")
    return struct.unpack(order + "dd", wkb[5:21])


def read_markers(path):
    """{number: (x, y, line, material, height)} of the markers table of a GeoPackage, read with sqlite3."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT number, geom, line, material, height FROM markers").fetchall()
    finally:
        db.close()
    return {number: (*gpkg_point(geom), line, material, height) for number, geom, line, material, height in rows}


def sample_keys(keys, size=1000):
    keys = sorted(keys)
    return keys[::max(1, len(keys) // size)][:size]


def check_import(g, p):
    ours, theirs = read_markers(g["gpkg"]), read_markers(p["gpkg"])
    problems = []
    if not len(ours) == len(theirs) == g["created"]:
        problems.append(f"marker counts: gazetteer file {len(ours)} (importer said {g['created']}), ogr2ogr file {len(theirs)}")
    if set(ours) != set(theirs):
        problems.append(f"marker numbers differ: {len(set(ours) ^ set(theirs))} in one file only")
    worst, identical, sample = 0.0, 0, sample_keys(set(ours) & set(theirs))
    for number in sample:
        a, b = ours[number], theirs[number]
        d = max(abs(a[0] - b[0]), abs(a[1] - b[1]))
        worst = max(worst, d)
        identical += a[:2] == b[:2]
        if not d <= 1e-9:
            problems.append(f"{number} position: gazetteer {a[:2]}, ogr2ogr {b[:2]}")
        if a[2:] != b[2:]:
            problems.append(f"{number} line/material/height: gazetteer {a[2:]}, ogr2ogr {b[2:]}")
    return problems, (f"gazetteer {len(ours)} markers, ogr2ogr {len(theirs)}; {len(sample)} sampled positions, "
                      f"{identical} bit-identical, largest difference {worst:.1e}°")


def read_geojson_points(path):
    """{number: (x, y)} of a GeoJSON FeatureCollection of markers, and its feature count."""
    with open(path, encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {feat["properties"]["number"]: tuple(feat["geometry"]["coordinates"][:2]) for feat in features}, len(features)


def check_export(g, p):
    ours, n_ours = read_geojson_points(g["geojson"])
    theirs, n_theirs = read_geojson_points(p["geojson"])
    stored = read_markers(g["registry"])
    problems = []
    if not n_ours == n_theirs == len(stored) == g["features"]:
        problems.append(f"feature counts: gazetteer file {n_ours} (exporter said {g['features']}), ogr2ogr file "
                        f"{n_theirs}, registry {len(stored)}")
    worst, worst_stored, identical, sample = 0.0, 0.0, 0, sample_keys(set(ours) & set(theirs))
    # Coordinates that differ from the correctly rounded 7-decimal value (Python's %-formatting is correctly rounded).
    misrounded = {"gazetteer": 0, "ogr2ogr": 0}
    for number in sample:
        a, b, s = ours[number], theirs[number], stored[number][:2]
        d = max(abs(a[0] - b[0]), abs(a[1] - b[1]))
        ds = max(abs(a[0] - s[0]), abs(a[1] - s[1]), abs(b[0] - s[0]), abs(b[1] - s[1]))
        worst, worst_stored = max(worst, d), max(worst_stored, ds)
        identical += a == b
        for side, written in (("gazetteer", a), ("ogr2ogr", b)):
            misrounded[side] += sum(w != float(f"{v:.7f}") for w, v in zip(written, s))
        if not (d <= 1e-7 + 1e-12 and ds <= 0.5e-7 + 1e-12):
            problems.append(f"{number}: gazetteer {a}, ogr2ogr {b}, stored {s}")
    return problems, (f"gazetteer {n_ours} features, ogr2ogr {n_theirs}, registry {len(stored)}; {len(sample)} sampled, "
                      f"{identical} written identically, largest difference between the files {worst:.1e}°, "
                      f"from the stored position {worst_stored:.2e}°; of the {2 * len(sample)} sampled coordinates, "
                      f"not the correctly rounded 7-decimal value: gazetteer {misrounded['gazetteer']}, "
                      f"ogr2ogr {misrounded['ogr2ogr']}")


def read_f64(path):
    values = array.array("d")
    with open(path, "rb") as f:
        values.frombytes(f.read())
    if sys.byteorder != "little":
        values.byteswap()
    return values


def check_locate(g, p):
    ours, theirs = read_f64(g["answers"]), read_f64(p["answers"])
    if not len(ours) == len(theirs) == 2 * g["markers"] == 2 * p["markers"]:
        return [f"answer counts: gazetteer {len(ours) // 2}, peer {len(theirs) // 2}, markers {g['markers']}"], ""
    problems, worst = [], [0.0, 0.0]
    for i, (a, b) in enumerate(zip(ours, theirs)):
        rel = abs(a - b) / max(abs(b), 1.0)
        worst[i % 2] = max(worst[i % 2], rel)
        if not rel <= 1e-9:
            problems.append(f"marker {i // 2} {('distance', 'position')[i % 2]}: gazetteer {a!r}, peer {b!r}")
    return problems, (f"{g['markers']} markers on a {g['vertices']}-vertex line; sum of distances gazetteer "
                      f"{g['sum_distance']:.6f} m, peer {p['sum_distance']:.6f} m; largest relative difference: "
                      f"distance {worst[0]:.1e}, position {worst[1]:.1e}")


def check_coverage(g, p):
    problems = []
    ours = {(x["a"], x["b"]): x for x in g["pairs"]}
    theirs = {(x["a"], x["b"]): x for x in p["pairs"]}
    if set(ours) != set(theirs):
        problems.append(f"pairs only in gazetteer {sorted(set(ours) - set(theirs))}, only in the peer {sorted(set(theirs) - set(ours))}")
    worst = 0.0
    for key in sorted(set(ours) & set(theirs)):
        a, b = ours[key], theirs[key]
        if a["kind"] != b["kind"]:
            problems.append(f"{key}: gazetteer {a['kind']}, peer {b['kind']}")
        elif not close(a["length_m"], b["length_m"], rel_tol=1e-9, abs_tol=1e-6):
            problems.append(f"{key} length: gazetteer {a['length_m']!r}, peer {b['length_m']!r}")
        if b["length_m"] > 0:
            worst = max(worst, abs(a["length_m"] - b["length_m"]) / b["length_m"])
    ov_g = {(x["a"], x["b"]): x["area_m2"] for x in g["overlaps"]}
    ov_p = {(x["a"], x["b"]): x["area_m2"] for x in p["overlaps"]}
    if set(ov_g) != set(ov_p):
        problems.append(f"overlaps only in gazetteer {sorted(set(ov_g) - set(ov_p))}, only in the peer {sorted(set(ov_p) - set(ov_g))}")
    for key in sorted(set(ov_g) & set(ov_p)):
        if not close(ov_g[key], ov_p[key], rel_tol=1e-9):
            problems.append(f"overlap {key}: gazetteer {ov_g[key]!r}, peer {ov_p[key]!r}")
    if g["holes"] != p["holes"] or not close(g["hole_area_m2"], p["hole_area_m2"], rel_tol=1e-9):
        problems.append(f"holes: gazetteer {g['holes']} ({g['hole_area_m2']!r} m²), peer {p['holes']} ({p['hole_area_m2']!r} m²)")
    shared = sum(1 for x in g["pairs"] if x["kind"] in ("shared", "overlapping"))
    return problems, (f"{g['units']} units: {len(g['pairs'])} pairs ({shared} sharing a boundary), largest relative length "
                      f"difference {worst:.1e}; {len(g['overlaps'])} overlapping pairs, {sum(ov_g.values()) / 1e6:.3f} km² "
                      f"(peer {sum(ov_p.values()) / 1e6:.3f}); {g['holes']} holes, {g['hole_area_m2'] / 1e6:.3f} km² "
                      f"(peer {p['holes']}, {p['hole_area_m2'] / 1e6:.3f})")


def check_names(g, p):
    problems = []
    if g["names"] != p["names"]:
        problems.append(f"names: gazetteer {g['names']}, peer {p['names']}")
    notes = []
    for rule in sorted(set(g["rules"]) | set(p["rules"])):
        a, b = g["rules"].get(rule, 0), p["rules"].get(rule, 0)
        if a == b:
            continue
        if rule.startswith("chong.homophone") and abs(a - b) <= 0.10 * max(a, b):
            notes.append(f"{rule} {a} vs {b} (pypinyin's readings)")
        else:
            problems.append(f"{rule}: gazetteer {a}, peer {b}")
    summary = (f"{g['names']} names; gazetteer {g['findings']} findings, peer {p['findings']}; "
               f"{len(g['rules'])} rules with findings" + (f"; differences: {', '.join(notes)}" if notes else ""))
    return problems, summary


def check_import_files(g, p):
    problems = []
    if g["units"] != p["units"]:
        problems.append(f"units: gazetteer {g['units']}, peer {p['units']}")
    if g["codeSum"] != p["codeSum"]:
        problems.append(f"sum of the codes: gazetteer {g['codeSum']!r}, peer {p['codeSum']!r}")
    return problems, f"{g['units']} units on both sides (peer {p['units']}), the same codes (sum {g['codeSum']})"


def check_marker_check(g, p):
    problems = []
    with open(g["keys"], encoding="utf-8") as f:
        ours = set(f.read().split("\n")) - {""}
    with open(p["keys"], encoding="utf-8") as f:
        theirs = set(f.read().split("\n")) - {""}
    if ours != theirs:
        problems.append(f"findings only in gazetteer: {sorted(ours - theirs)[:10]} ({len(ours - theirs)}); "
                        f"only in the peer: {sorted(theirs - ours)[:10]} ({len(theirs - ours)})")
    if g["findings"] != p["findings"]:
        problems.append(f"finding counts: gazetteer {g['findings']}, peer {p['findings']}")
    if not close(g["sum_off_line"], p["sum_off_line"], rel_tol=1e-6):
        problems.append(f"sum of off-line distances: gazetteer {g['sum_off_line']!r} m, peer {p['sum_off_line']!r} m")
    codes = ", ".join(f"{c} {n}" for c, n in sorted(g["by_code"].items()))
    return problems, (f"{g['markers']} markers on {g['lines']} lines; {g['findings']} findings ({codes}); off-line distances "
                      f"sum to {g['sum_off_line']:.3f} m (peer {p['sum_off_line']:.3f} m)")


CHECKS = {"import-counties": check_import_files, "import-nbs": check_import_files, "names": check_names, "marker-check": check_marker_check, "area": check_area, "pip": check_pip, "pip-builtin": check_pip, "pip-strtree": check_pip,
          "transform": check_transform, "transform-parallel": check_transform, "validity": check_validity, "import": check_import, "export": check_export,
          "locate": check_locate, "locate-geos": check_locate, "coverage": check_coverage,
          "units-locate": check_pip, "units-locate-parallel": check_pip, "units-locate-cli": check_pip,
          "units-locate-cli-quick": check_pip, "units-locate-cli-units": check_pip, "units-locate-cli-status": check_pip}


def peak_memory(result):
    """The peak resident memory a side reported, MiB (whole process, inputs included), or None from older results."""
    return result.get("peakMemoryMiB", result.get("peak_memory_mib"))


def main(out):
    rows, failed = [], False
    for workload, peer, label in WORKLOADS:
        paths = [os.path.join(out, f"{workload}.swift.json"), os.path.join(out, f"{peer}.peer.json")]
        if not all(os.path.exists(path) for path in paths):
            continue
        g, p = (json.load(open(path, encoding="utf-8")) for path in paths)
        if g.get("skipped") or p.get("skipped"):
            print(f"{workload}: skipped: {g.get('skipped') or p.get('skipped')}")
            rows.append(f"| {label} | skipped | skipped | | | input absent |")
            continue
        label = f"{label}, {g['size']}"
        problems, summary = CHECKS[workload](g["answer"], p["answer"])
        if g["size"] != p["size"]:
            problems.append(f"different jobs: gazetteer {g['size']}, peer {p['size']}")
        print(f"{workload}: {summary}")
        if "startup_seconds" in p:
            print(f"{workload}: the peer's time includes ogr2ogr's start-up, {p['startup_seconds']:.3f} s")
        if problems:
            failed = True
            print(f"{workload}: ANSWERS DISAGREE:", *problems[:20], sep="\n  ", file=sys.stderr)
        stat = "median" if g.get("median") is not None and p.get("median") is not None else "best"
        if stat == "median":
            label += f" (median of {len(g['seconds'])} after a warm-up)"
        ratio = p[stat] / g[stat]
        memory = " / ".join(f"{m:.0f} MiB" if m is not None else "—" for m in (peak_memory(g), peak_memory(p)))
        rows.append(f"| {label} | {g[stat]:.3f} s | {p[stat]:.3f} s | {ratio:.2f} | {memory} | {'no' if problems else 'yes'} |")
    table = "\n".join([
        "| workload | Gazetteer (Swift) | peer (Python; GDAL for 5-6) | ratio peer/Gazetteer | peak memory Gazetteer / peer | answers agree |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
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
