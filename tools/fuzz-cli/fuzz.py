"""Damages every bundled input file and runs the CLI command that reads it: any answer other than exit status 0, 1 or
3 (a signal, a usage error, exit 4, a hang) is a bug, and the damaged file is kept for replay.

    python3 tools/fuzz-cli/fuzz.py [--seed S] [--count N] [--only TEXT] [--gazetteer PATH] [--keep DIR]

The in-process fuzz tests (Tests/GazetteerTests/Exchange/MalformedInputFuzzTests.swift) cover the readers; this covers
the commands around them (imports into a registry, locate, the file checks), as a user would run them. The damage is
drawn from --seed, so a run can be repeated. Exit status 1 when a bad answer was found.
"""
import argparse, os, random, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "data")
SURVEY_MAP = "number=点号,line=界线,x=Y,y=X,height=H,emplaced=埋设日期,material=材质"

# Bytes that tend to break parsers: NULs, invalid UTF-8, structure, huge and tiny numbers, escapes, a BOM.
SPECIAL = [b"\x00", b"\xff", b"\xe4\xb8", b"\"", b",", b"\n", b"\r", b"{", b"}", b"[", b"]", b"-", b"1e999", b"NaN",
           b"9" * 400, b"\\u0000", b"\\ud800", b":", b"0.", b"1e-400", b"\t", b"   ", b"\xef\xbb\xbf"]


def damage(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not data:
            break
        i, op = rng.randrange(len(data)), rng.random()
        if op < 0.3:
            data[i] = rng.randrange(256)
        elif op < 0.55:
            data[i:i] = rng.choice(SPECIAL)
        elif op < 0.7:
            del data[i:i + rng.randint(1, 40)]
        elif op < 0.8:
            data = data[:i]
        elif op < 0.9:
            j = rng.randrange(len(data))
            data[i:i] = data[j:j + rng.randint(1, 200)]
        else:
            k = data.find(b".", i)
            if k > 0:
                data[k + 1:k + 1] = rng.choice([b"99999999999", b"e308", b"0000000000000000000001"])
    return bytes(data)


def jobs(g, work):
    """(name, bundled input, command line for a damaged copy `f` and a scratch registry `r`)."""
    def imp(layer, *extra):
        return lambda f, r: [g, "import", layer, f, "--registry", r, "--date", "2021-01-01", "--by", "fuzz", *extra]
    lines = os.path.join(DATA, "boundaries/demo_lines.geojson")
    return [
        ("import units", "boundaries/demo_units.geojson", imp("units")),
        ("import lines", "boundaries/demo_lines.geojson", imp("lines")),
        ("import markers", "boundaries/demo_markers.geojson", imp("markers")),
        ("import survey csv", "boundaries/demo_survey_4549.csv", imp("markers", "--crs", "EPSG:4549", "--map", SURVEY_MAP)),
        ("import names csv", "names/demo_names.csv", imp("names")),
        ("import names geojson", "names/demo_names_lines.geojson", imp("names")),
        ("geometry validate", "boundaries/demo_units.geojson", lambda f, r: [g, "geometry", "validate", f]),
        ("geometry measure", "boundaries/demo_units.geojson", lambda f, r: [g, "geometry", "measure", f]),
        ("inspect topology", "boundaries/demo_units.geojson", lambda f, r: [g, "inspect", "topology", f]),
        ("inspect markers", "boundaries/demo_markers.geojson", lambda f, r: [g, "inspect", "markers", "--markers", f, "--lines", lines]),
        ("inspect telemetry", "boundaries/demo_telemetry.jsonl", lambda f, r: [g, "inspect", "telemetry", f, "--registry", r]),
        ("names check", "names/demo_names.csv", lambda f, r: [g, "names", "check", "--csv", f]),
        ("locate csv", "names/demo_names.csv", lambda f, r: [g, "locate", "--input", f, "--registry", r, "--output", os.path.join(work, "out.csv")]),
        ("locate geojson", "boundaries/demo_markers.geojson", lambda f, r: [g, "locate", "--input", f, "--registry", r, "--output", os.path.join(work, "out.geojson")]),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=50, help="damaged copies per command (default 50)")
    parser.add_argument("--only", help="run only the commands whose name contains this text")
    parser.add_argument("--gazetteer", default=os.path.join(ROOT, ".build/release/gazetteer"))
    parser.add_argument("--keep", default=".", help="where to keep the inputs that gave a bad answer")
    args = parser.parse_args()
    if not os.access(args.gazetteer, os.X_OK):
        sys.exit(f"fuzz: no gazetteer at {args.gazetteer} (swift build -c release first, or pass --gazetteer)")
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="gazetteer-fuzz-")
    base = os.path.join(work, "base.gpkg")
    subprocess.run([args.gazetteer, "init", base], check=True, capture_output=True)
    for layer, f in [("units", "boundaries/demo_units.geojson"), ("lines", "boundaries/demo_lines.geojson"),
                     ("markers", "boundaries/demo_markers.geojson"), ("names", "names/demo_names.csv")]:
        subprocess.run([args.gazetteer, "import", layer, os.path.join(DATA, f), "--registry", base, "--date", "2020-01-01",
                        "--by", "fuzz"], check=True, capture_output=True)
    runs = bad = 0
    tally = {}
    for name, source, command in jobs(args.gazetteer, work):
        if args.only and args.only not in name:
            continue
        original = open(os.path.join(DATA, source), "rb").read()
        extension = os.path.splitext(source)[1]
        for k in range(args.count):
            damaged = os.path.join(work, "input" + extension)
            with open(damaged, "wb") as out:
                out.write(damage(original, rng))
            registry = os.path.join(work, "registry.gpkg")
            shutil.copy(base, registry)
            try:
                answer = subprocess.run(command(damaged, registry), capture_output=True, timeout=60)
                status, tail = answer.returncode, answer.stderr[-300:].decode(errors="replace")
            except subprocess.TimeoutExpired:
                status, tail = "timeout", ""
            runs += 1
            tally[status] = tally.get(status, 0) + 1
            if status not in (0, 1, 3):
                bad += 1
                kept = os.path.join(args.keep, f"fuzz-{name.replace(' ', '-')}-{args.seed}-{k}{extension}")
                shutil.copy(damaged, kept)
                print(f"{name} #{k}: exit {status}, input kept as {kept}\n  {tail}", flush=True)
    shutil.rmtree(work)
    statuses = ", ".join(f"exit {s}: {n}" for s, n in sorted(tally.items(), key=str))
    print(f"fuzz: {runs} damaged inputs ({statuses}), {bad} bad answers (seed {args.seed})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
