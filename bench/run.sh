#!/usr/bin/env bash
# Gazetteer benchmarks against their peers (Python's shapely and pyproj; GDAL's ogr2ogr for import and export),
# same input, same answer checked.
#
#   bash bench/run.sh            from the repository root (or anywhere: it finds the root itself)
#
# Environment: RUNS (rounds per workload, default 3: each round times one run of Gazetteer, then one of its peer, so
# the two sides alternate; the best of all rounds is reported, or the median where both sides give one), DATA (the DataV file of Hulunbuir's
# 14 counties; default ../shared/data/real/datav_150700_full.json; workloads that need it are skipped without it),
# POINTS (number of pseudo-random points; default 1000000), SEED (default 42), MARKERS (number of markers for the
# import and export workloads; default 100000), WORKLOADS (the workloads to run, space-separated; default all:
# area pip pip-builtin pip-strtree transform transform-parallel validity import export import-counties import-nbs locate locate-geos
# coverage units-locate units-locate-parallel units-locate-cli units-locate-cli-quick units-locate-cli-units
# units-locate-cli-status marker-check names). import and
# export need ogr2ogr (Debian: gdal-bin) and are skipped without it; export reads the registry that import writes.
# import-counties and import-nbs (5b and 5c, issue 11's workload 1: `gazetteer import units` as processes, against ogr2ogr -f GPKG of the
# same files, median of RUNS after a warm-up) read COUNTY_FILES (the DataV county files of the five prefectures) and
# the joined NBS list (see names); they build the CLI in release mode. locate and
# locate-geos (100,000 markers against one real line, LOCATE_MARKERS to change) need DATA, and report the median of
# RUNS after a warm-up (RUNS of at least 5 recommended there). units-locate* (workload 8: the locate command's
# engine on the 1M points, one thread, every core, and the bulk CLI on a CSV of them) need DATA; units-locate-cli
# builds the gazetteer CLI in release mode and a registry of the DataV units (bench/out/locate-units.gpkg).
# names (workload 10: gazetteer names check on the NBS 2022 lists of 28 provinces, 487,183 rows; NAMES_DATA, default
# ../shared/data/real/nbs2022_cn28_divisions_part1.csv and _part2.csv joined into bench/out/names.csv, untimed) builds the
# CLI in release mode and runs it against bench/peers/names.py (plain Python with pypinyin) on the same file.
# marker-check (workload 11: gazetteer inspect markers' engine on 100,000 markers along the county lines derived from
# DATA; MARKER_CHECK to change the count) needs DATA and reports the median of RUNS after a warm-up.
# transform and transform-parallel (workload 3, issue 11's reproject: TRANSFORM_POINTS coordinates, default
# 10000000, the same LCG as the shared points, in bench/out/points10m.f64) run one thread and every core against
# pyproj (one thread).
# Prints each side's answers, then a Markdown table (also written to bench/out/results.md). Exits 1 when
# Gazetteer and a peer disagree beyond the tolerances stated in bench/compare.py.
set -euo pipefail
cd "$(dirname "$0")/.."

# One thread each: numpy's OpenBLAS threads would otherwise spin beside the peer on a 2-core machine.
# (OPENBLAS_CORETYPE, where a processor needs it, is left as it is.)
export OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}"
# No __pycache__ beside the peer scripts in the work tree.
export PYTHONDONTWRITEBYTECODE=1
RUNS="${RUNS:-3}"
DATA="${DATA:-../shared/data/real/datav_150700_full.json}"
POINTS="${POINTS:-1000000}"
SEED="${SEED:-42}"
MARKERS="${MARKERS:-100000}"
LOCATE_MARKERS="${LOCATE_MARKERS:-100000}"
MARKER_CHECK="${MARKER_CHECK:-100000}"
TRANSFORM_POINTS="${TRANSFORM_POINTS:-10000000}"
WORKLOADS="${WORKLOADS:-area pip pip-builtin pip-strtree transform transform-parallel validity import export import-counties import-nbs locate locate-geos coverage units-locate units-locate-parallel units-locate-cli units-locate-cli-quick units-locate-cli-units units-locate-cli-status marker-check names}"
REAL="$(dirname "$DATA")"
COVERAGE_DATA="${COVERAGE_DATA:-$REAL/datav_150000_full.json,$REAL/datav_152200_full.json,$REAL/datav_232700_full.json,$REAL/datav_231100_full.json,$REAL/datav_230200_full.json}"
NAMES_DATA="${NAMES_DATA:-$REAL/nbs2022_cn28_divisions_part1.csv,$REAL/nbs2022_cn28_divisions_part2.csv}"
# The real county files of workload 1a (issue 11): the five prefectures on both sides of the Hulunbuir lines.
COUNTY_FILES="${COUNTY_FILES:-$REAL/datav_150700_full.json,$REAL/datav_152200_full.json,$REAL/datav_230200_full.json,$REAL/datav_231100_full.json,$REAL/datav_232700_full.json}"
OUT=bench/out
BENCH=bench/.build/release/gazetteer-bench

# Installs Python packages from PyPI for the peers. A fresh Debian has no pip (python3-pip, installed here as root)
# and refuses to install into its own Python (PEP 668, "externally-managed-environment"); then the packages go in
# with --break-system-packages, which only adds them beside Debian's.
pip_install() {
    if ! python3 -m pip --version >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null
    fi
    python3 -m pip install --quiet --upgrade "$@" 2>/dev/null \
        || python3 -m pip install --quiet --upgrade --break-system-packages "$@"
}

echo "== Python peers: shapely, pyproj, numpy =="
if ! python3 -c 'import shapely, pyproj, numpy, sys; sys.exit(0 if int(shapely.__version__.split(".")[0]) >= 2 else 1)' 2>/dev/null; then
    pip_install shapely pyproj numpy
fi
python3 bench/peers/versions.py
if command -v ogr2ogr >/dev/null; then
    ogr2ogr --version
else
    echo "NOTE: ogr2ogr is absent (Debian: apt-get install gdal-bin): the import and export workloads will be skipped."
    WORKLOADS="$(echo " $WORKLOADS " | sed 's/ import / /; s/ export / /; s/ import-counties / /; s/ import-nbs / /')"
fi

# PostGIS, the server peer of the locate workloads: Debian's package, installed here when missing (as root).
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "== Installing PostgreSQL 15 + PostGIS 3 (Debian) for the PostGIS peer =="
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15-postgis-3 >/dev/null \
            || echo "NOTE: postgresql-15-postgis-3 could not be installed: the PostGIS peer will be skipped."
    else
        echo "NOTE: postgresql-15-postgis-3 is absent (apt-get install postgresql-15-postgis-3): the PostGIS peer will be skipped."
    fi
fi

echo "== Building gazetteer-bench (release) =="
# SwiftPM keeps a path dependency's file list until the manifest changes: touched, so that a source file added to the
# library since the last bench build is seen (a fresh clone never needs it).
touch bench/Package.swift
swift build -c release --package-path bench --scratch-path bench/.build
"$BENCH" versions

mkdir -p "$OUT"
rm -rf "$OUT/rounds"
rm -f "$OUT"/*.json "$OUT"/results.md "$OUT"/import.*.gpkg* "$OUT"/import-*.gpkg* "$OUT"/export.*.geojson "$OUT"/locate*.f64 \
    "$OUT"/locate-units.* "$OUT"/units-locate-cli*.csv "$OUT"/points.csv "$OUT"/marker-check*
"$BENCH" points --count "$POINTS" --seed "$SEED" --out "$OUT/points.f64"
case " $WORKLOADS " in
    *" transform "*|*" transform-parallel "*)
        "$BENCH" points --count "$TRANSFORM_POINTS" --seed "$SEED" --out "$OUT/points10m.f64" ;;
esac
if [ ! -f "$DATA" ]; then
    echo "NOTE: $DATA is absent: the area, point-in-polygon and validity workloads will be skipped."
fi

case " $WORKLOADS " in
    *" import "*|*" export "*)
        "$BENCH" markers --count "$MARKERS" --seed "$SEED" --out "$OUT/markers.geojsonl" --line "$OUT/markers-line.geojson" ;;
esac

case " $WORKLOADS " in
    *" locate"*)
        if [ -f "$DATA" ]; then
            "$BENCH" locate-input --data "$DATA" --count "$LOCATE_MARKERS" --seed "$SEED" \
                --out "$OUT/locate-markers.f64" --line "$OUT/locate-line.f64"
        fi ;;
esac

case " $WORKLOADS " in
    *" marker-check "*)
        if [ -f "$DATA" ]; then
            "$BENCH" marker-check-input --data "$DATA" --count "$MARKER_CHECK" --seed "$SEED" \
                --out "$OUT/marker-check-markers.geojson" --line "$OUT/marker-check-lines.geojson"
        fi ;;
esac

case " $WORKLOADS " in
    *" units-locate-cli"*)
        if [ -f "$DATA" ]; then
            echo "== Building the gazetteer CLI (release) and a registry of the DataV units for units-locate-cli =="
            swift build -c release --product gazetteer
            GAZ=.build/release/gazetteer
            "$GAZ" init "$OUT/locate-units.gpkg" >/dev/null
            "$GAZ" import units "$DATA" --map code=adcode,name=name --make-valid --registry "$OUT/locate-units.gpkg" --date 2020-01-01 --by bench
            "$GAZ" export units --registry "$OUT/locate-units.gpkg" --output "$OUT/locate-units.geojson"
            "$BENCH" points-csv --points "$OUT/points.f64" --csv "$OUT/points.csv"
        fi ;;
esac

case " $WORKLOADS " in
    *" import-counties "*|*" import-nbs "*)
        echo "== Building the gazetteer CLI (release) for the import workloads =="
        swift build -c release --product gazetteer ;;
esac

case " $WORKLOADS " in
    *" names "*|*" import-nbs "*)
        python3 -c 'import pypinyin' 2>/dev/null || pip_install pypinyin
        first="${NAMES_DATA%%,*}"
        if [ -f "$first" ]; then
            echo "== Joining $NAMES_DATA into $OUT/names.csv; building the gazetteer CLI (release) for names =="
            { head -n 1 "$first"; for f in ${NAMES_DATA//,/ }; do tail -n +2 "$f"; done; } > "$OUT/names.csv"
            swift build -c release --product gazetteer
        else
            echo "NOTE: $first is absent: the names workload will be skipped."
        fi ;;
esac

echo "== Running: $RUNS rounds per workload, each one timed run of Gazetteer, then one of its peer (alternating) =="
# Both sides' runs alternate, so that the machine's drift (a quarter within minutes here) falls on both alike. Each
# round's result files are kept under $OUT/rounds and merged at the end (every round's times, the last answer).
common=(--runs 1 --data "$DATA" --points "$OUT/points.f64")
locate=(--runs 1 --points "$OUT/locate-markers.f64" --line "$OUT/locate-line.f64")
markers=(--runs 1 --markers "$OUT/markers.geojsonl" --line "$OUT/markers-line.geojson" --registry "$OUT/import.swift.gpkg")

# One timed run of Gazetteer's side of a workload.
swift_side() {
    local workload="$1"
    case "$workload" in
        import) "$BENCH" import "${markers[@]}" --result "$OUT/import.swift.json" ;;
        export) "$BENCH" export "${markers[@]}" --out "$OUT/export.swift.geojson" --result "$OUT/export.swift.json" ;;
        locate|locate-geos)
                "$BENCH" "$workload" "${locate[@]}" --out "$OUT/$workload.swift.f64" --result "$OUT/$workload.swift.json" ;;
        coverage) "$BENCH" coverage --runs 1 --data "$COVERAGE_DATA" --result "$OUT/coverage.swift.json" ;;
        units-locate-cli|units-locate-cli-quick|units-locate-cli-units|units-locate-cli-status)
                if [ -f "$OUT/points.csv" ]; then
                    "$BENCH" "$workload" --runs 1 --cli .build/release/gazetteer --registry "$OUT/locate-units.gpkg" \
                        --csv "$OUT/points.csv" --out "$OUT/$workload.swift.csv" --result "$OUT/$workload.swift.json"
                fi ;;
        marker-check)
                "$BENCH" marker-check --runs 1 --markers "$OUT/marker-check-markers.geojson" --line "$OUT/marker-check-lines.geojson" \
                    --out "$OUT/marker-check.swift.keys" --result "$OUT/marker-check.swift.json" ;;
        import-counties)
                "$BENCH" import-counties --runs 1 --cli .build/release/gazetteer --data "$COUNTY_FILES" \
                    --registry "$OUT/import-counties.swift.gpkg" --result "$OUT/import-counties.swift.json" ;;
        import-nbs)
                if [ -f "$OUT/names.csv" ]; then
                    "$BENCH" import-nbs --runs 1 --cli .build/release/gazetteer --csv "$OUT/names.csv" \
                        --registry "$OUT/import-nbs.swift.gpkg" --result "$OUT/import-nbs.swift.json"
                fi ;;
        names)  if [ -f "$OUT/names.csv" ]; then
                    "$BENCH" names --runs 1 --cli .build/release/gazetteer --csv "$OUT/names.csv" \
                        --out "$OUT/names.swift.csv" --result "$OUT/names.swift.json"
                fi ;;
        transform|transform-parallel)
                "$BENCH" "$workload" --runs 1 --points "$OUT/points10m.f64" --result "$OUT/$workload.swift.json" ;;
        *)      "$BENCH" "$workload" "${common[@]}" --result "$OUT/$workload.swift.json" ;;
    esac
    return 0
}

# One timed run of a workload's peer (in round $2).
peer_side() {
    local workload="$1" round="$2"
    case "$workload" in
        area)        python3 bench/peers/area.py "${common[@]}" --result "$OUT/area.peer.json" ;;
        pip)         python3 bench/peers/pip.py "${common[@]}" --seed "$SEED" --result "$OUT/pip.peer.json" ;;
        pip-builtin) ;;  # compared with the pip peer
        pip-strtree) python3 bench/peers/pip.py --strtree "${common[@]}" --seed "$SEED" --result "$OUT/pip-strtree.peer.json" ;;
        transform|transform-parallel)  # the same peer for both (its runs of every round count for both)
                     python3 bench/peers/transform.py --runs 1 --points "$OUT/points10m.f64" \
                         --seed "$SEED" --result "$OUT/transform.peer.json" ;;
        validity)    python3 bench/peers/validity.py "${common[@]}" --result "$OUT/validity.peer.json" ;;
        import)      python3 bench/peers/gdal.py import --runs 1 --input "$OUT/markers.geojsonl" \
                         --gpkg "$OUT/import.peer.gpkg" --result "$OUT/import.peer.json" ;;
        locate)      [ -f "$OUT/locate-line.f64" ] && python3 bench/peers/locate.py "${locate[@]}" \
                         --out "$OUT/locate.peer.f64" --result "$OUT/locate.peer.json" ;;
        locate-geos) ;;  # compared with the locate peer
        coverage)    python3 bench/peers/coverage.py --runs 1 --data "$COVERAGE_DATA" --result "$OUT/coverage.peer.json" ;;
        units-locate|units-locate-parallel)  # compared with the pip peer (prepared contains_xy), run again in each round,
                     # and with PostGIS (a server started and stopped by the peer script, on loopback)
                     python3 bench/peers/pip.py "${common[@]}" --seed "$SEED" --result "$OUT/pip.peer.json"
                     python3 bench/peers/pip_postgis.py "${common[@]}" --seed "$SEED" \
                         --result "$OUT/pip-postgis.peer.json" ;;
        units-locate-cli|units-locate-cli-quick|units-locate-cli-units|units-locate-cli-status)  # the same peer for all
                     [ ! -f "$OUT/points.csv" ] || python3 bench/peers/locate_units.py --runs 1 --csv "$OUT/points.csv" \
                         --units "$OUT/locate-units.geojson" --out "$OUT/units-locate-cli.peer.csv" --result "$OUT/units-locate-cli.peer.json" ;;
        marker-check) [ -f "$OUT/marker-check-lines.geojson" ] && python3 bench/peers/marker_check.py --runs 1 \
                         --markers "$OUT/marker-check-markers.geojson" --line "$OUT/marker-check-lines.geojson" \
                         --out "$OUT/marker-check.peer.keys" --result "$OUT/marker-check.peer.json" ;;
        names)       # one run in all (34 s of plain Python), in the first round
                     [ "$round" = 1 ] && [ -f "$OUT/names.csv" ] && python3 bench/peers/names.py --runs 1 --csv "$OUT/names.csv" --rules data/names \
                         --out "$OUT/names.peer.csv" --result "$OUT/names.peer.json" ;;
        import-counties)
                     python3 bench/peers/gdal.py import-files --name import-counties --runs 1 --inputs "$COUNTY_FILES" \
                         --code adcode --gpkg "$OUT/import-counties.peer.gpkg" --result "$OUT/import-counties.peer.json" ;;
        import-nbs)  [ -f "$OUT/names.csv" ] && python3 bench/peers/gdal.py import-files --name import-nbs --runs 1 \
                         --inputs "$OUT/names.csv" --code code --gpkg "$OUT/import-nbs.peer.gpkg" --result "$OUT/import-nbs.peer.json" ;;
        export)      python3 bench/peers/gdal.py export --runs 1 --registry "$OUT/import.swift.gpkg" \
                         --out "$OUT/export.peer.geojson" --result "$OUT/export.peer.json" ;;
        *)           echo "unknown workload '$workload'" >&2; exit 2 ;;
    esac
    return 0
}

mkdir -p "$OUT/rounds"
for workload in $WORKLOADS; do
    for round in $(seq 1 "$RUNS"); do
        swift_side "$workload"
        peer_side "$workload" "$round"
        # This round's results, kept apart (a shared peer's file, such as pip.peer.json, is written by several
        # workloads; every one of its runs counts).
        for f in "$OUT"/*.swift.json "$OUT"/*.peer.json; do
            [ -f "$f" ] && mv "$f" "$OUT/rounds/$workload.$round.$(basename "$f")"
        done
    done
done
python3 bench/merge_rounds.py "$OUT"

echo "== Answers and results (ratio = peer time / Gazetteer time; > 1 means Gazetteer is faster) =="
python3 bench/compare.py "$OUT"
