"""Peer of workloads 5 (import) and 6 (export): GDAL's ogr2ogr (Debian's gdal-bin), run as a process and timed
from the outside with time.perf_counter (best of R). The output file is removed before each run, untimed.

  gdal.py import --input markers.geojsonl --gpkg out.gpkg
      ogr2ogr -f GPKG out.gpkg markers.geojsonl -nln markers -a_srs EPSG:4490
  gdal.py import-files --inputs a.json,b.json,... --code adcode --gpkg out.gpkg
      ogr2ogr -f GPKG out.gpkg a.json -nln units, then ogr2ogr -append ... for each further file (workload 1: the
      county files; the NBS CSV, whose columns GDAL reads as text, with --code code)
  gdal.py export --registry import.swift.gpkg --out out.geojson
      ogr2ogr -f GeoJSON out.geojson import.swift.gpkg markers -lco COORDINATE_PRECISION=7
      (7 decimals, as Gazetteer's exporter writes; GDAL's default for GeoJSON 2008 output is 15.)

Both take --runs R and --result FILE. The answer names the file written; bench/compare.py reads it and Gazetteer's
with Python's sqlite3 and json modules. The start-up time of ogr2ogr (`ogr2ogr --version`, best of R) is reported as
`startup_seconds`: it is part of the peer's time, as a user running the command pays it."""
import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time

from output import write_result


def options():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("workload", choices=["import", "import-files", "export"])
    p.add_argument("--inputs", default="", help="import-files: the files, comma-separated")
    p.add_argument("--code", default="code", help="import-files: the attribute holding the unit code")
    p.add_argument("--name", default="import-files", help="import-files: the workload name in the result")
    p.add_argument("--input", default="bench/out/markers.geojsonl")
    p.add_argument("--gpkg", default="bench/out/import.peer.gpkg")
    p.add_argument("--registry", default="bench/out/import.swift.gpkg")
    p.add_argument("--out", default="bench/out/export.peer.geojson")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--result", default=None)
    return p.parse_args()


def remove(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def run_timed(runs, command, before):
    """Runs `command` `runs` times, calling before() untimed ahead of each; returns the wall-clock seconds."""
    seconds = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seconds.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"peer: {' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
        if done.stderr.strip():
            print(f"peer: ogr2ogr said: {done.stderr.strip()}", file=sys.stderr)
    return seconds


def gdal_version():
    return subprocess.run(["ogr2ogr", "--version"], stdout=subprocess.PIPE, text=True, check=True).stdout.strip()


def report(opts, workload, size, timed_text, seconds, answer, startup, median=None):
    result = {
        "workload": workload, "size": size, "implementation": "peer", "engine": f"{gdal_version()} (ogr2ogr)",
        "timed": timed_text, "seconds": seconds, "best": min(seconds), "skipped": None, "answer": answer,
        "startup_seconds": startup,
    }
    if median is not None:
        result["median"] = median
    write_result(opts, result, note=f" (ogr2ogr start-up {startup:.4f} s)")


def main():
    opts = options()
    startup = min(run_timed(opts.runs, ["ogr2ogr", "--version"], lambda: None))
    if opts.workload == "import-files":
        files = [f for f in opts.inputs.split(",") if f]
        commands = [["ogr2ogr", "-f", "GPKG", opts.gpkg, f, "-nln", "units"] + (["-append"] if i else []) for i, f in enumerate(files)]

        def run_all():
            # One timed run is every file in turn, as the Swift side imports them.
            for command in commands:
                done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                if done.returncode != 0:
                    sys.exit(f"peer: {' '.join(command)} failed ({done.returncode}):\n{done.stderr}")

        run_all()  # warm-up, as the Swift side
        seconds = []
        for _ in range(opts.runs):
            remove(opts.gpkg)
            start = time.perf_counter()
            run_all()
            seconds.append(time.perf_counter() - start)
        db = sqlite3.connect(f"file:{opts.gpkg}?mode=ro", uri=True)
        codes = [str(row[0]) for row in db.execute(f'SELECT "{opts.code}" FROM units')]
        db.close()
        # Gazetteer keeps a 12-digit statistical code in its shortest form (AdminCode): 6 digits for a county or
        # larger unit (ending 000000), 9 for a township (ending 000).
        # The NBS list has a few codes inside quotes with line breaks around them; Gazetteer trims white space
        # around every field, GDAL keeps it: compare the trimmed codes.
        def normalized(c):
            c = c.strip()
            if len(c) != 12 or not c.isdigit():
                return c
            return c[:6] if c.endswith("000000") else c[:9] if c.endswith("000") else c
        normal = [normalized(c) for c in codes]
        code_sum = sum(int(c) for c in normal if c.isdigit())
        report(opts, opts.name, f"{len(codes)} units from {len(files)} file(s)", " ; ".join(" ".join(c) for c in commands), seconds,
               {"units": len(codes), "codeSum": code_sum}, startup, median=statistics.median(seconds))
    elif opts.workload == "import":
        with open(opts.input, "rb") as f:
            count = sum(1 for line in f if line.strip())
        command = ["ogr2ogr", "-f", "GPKG", opts.gpkg, opts.input, "-nln", "markers", "-a_srs", "EPSG:4490"]
        seconds = run_timed(opts.runs, command, lambda: remove(opts.gpkg))
        report(opts, "import", f"{count} markers", " ".join(command), seconds, {"gpkg": opts.gpkg}, startup)
    else:
        db = sqlite3.connect(f"file:{opts.registry}?mode=ro", uri=True)
        count = db.execute("SELECT count(*) FROM markers WHERE valid_to IS NULL").fetchone()[0]
        db.close()
        command = ["ogr2ogr", "-f", "GeoJSON", opts.out, opts.registry, "markers", "-lco", "COORDINATE_PRECISION=7"]
        seconds = run_timed(opts.runs, command, lambda: remove(opts.out))
        report(opts, "export", f"{count} markers", " ".join(command), seconds,
               {"geojson": opts.out, "registry": opts.registry}, startup)


if __name__ == "__main__":
    main()
