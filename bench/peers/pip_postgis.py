"""PostGIS peer of workload 9 (locate points in units): the shared 1,000,000 points and the 14 counties in a PostGIS
table each, a GiST index on each, and the join `ST_Contains(unit, point)` counted per county — what a GIS office with
a database would run. The harness starts its own PostgreSQL server (Debian's postgresql-15-postgis-3) in a temporary
directory, on loopback only, and stops it afterwards.

Timed: the join query alone, as psql's `\\timing` reports it (server-side execution plus the round trip), best of
--runs after one warm-up. Loading the points and building the indexes are not timed (on the Swift side, reading
the points is not timed either; building the R-tree is). Parallel query is switched off
(max_parallel_workers_per_gather = 0): one core, as the shapely peer and Gazetteer's 9a use.
Counts per county (interior points, as ST_Contains and shapely's contains_xy count them) must match exactly."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from common import load_counties, missing_data, options, read_points, report

PG_BIN = "/usr/lib/postgresql/15/bin"
PORT = "54329"

opts = options(__doc__)
counties = load_counties(opts.data)
if counties is None:
    report(opts, "pip-postgis", "", "", [], None, skipped=missing_data(opts.data))
    raise SystemExit(0)
if not os.path.exists(os.path.join(PG_BIN, "initdb")) or not os.path.exists("/usr/share/postgresql/15/extension/postgis.control"):
    report(opts, "pip-postgis", "", "", [], None,
           skipped="PostgreSQL 15 with PostGIS is not installed (Debian: apt-get install postgresql-15-postgis-3)")
    raise SystemExit(0)
x, y = read_points(opts.points, opts.seed)
codes = [c for c, _, _ in counties]

# The server refuses to run as root: as root, run it as the postgres user Debian's package creates.
as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
work = tempfile.mkdtemp(prefix="gazetteer-bench-pg-")
data_dir = os.path.join(work, "data")
if as_user:
    shutil.chown(work, "postgres")
    os.chmod(work, 0o755)


def run(command, **kwargs):
    done = subprocess.run(as_user + command, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        sys.exit(f"pip_postgis: {os.path.basename(command[0])} failed ({done.returncode}):\n{done.stderr.strip()}")
    return done


def psql(sql):
    return run([os.path.join(PG_BIN, "psql"), "-X", "-q", "-h", work, "-p", PORT, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-At", "-F", ","], input=sql).stdout


started = False
try:
    run([os.path.join(PG_BIN, "initdb"), "-D", data_dir, "-A", "trust", "-U", "postgres", "--no-sync"])
    run([os.path.join(PG_BIN, "pg_ctl"), "-D", data_dir, "-w", "-l", os.path.join(work, "log"), "-o",
         f"-p {PORT} -k {work} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB -c work_mem=256MB "
         "-c max_parallel_workers_per_gather=0 -c jit=off", "start"])
    started = True
    version = psql("CREATE EXTENSION postgis; SELECT postgis_full_version();").strip().splitlines()[-1]
    # Points through COPY from a CSV in the work directory (readable by the server's user).
    points_csv = os.path.join(work, "points.csv")
    with open(points_csv, "w") as f:
        for i in range(len(x)):
            f.write(f"{i},{float(x[i])!r},{float(y[i])!r}\n")
    if as_user:
        shutil.chown(points_csv, "postgres")
    units_sql = "".join(f"INSERT INTO units VALUES ('{code}', ST_GeomFromText('{geom.wkt}', 4490));\n"
                        for code, _, geom in counties)
    psql(f"""
        CREATE TABLE units (code text, geom geometry(Geometry, 4490));
        {units_sql}
        CREATE TABLE raw (id int, x float8, y float8);
        COPY raw FROM '{points_csv}' CSV;
        CREATE TABLE pts AS SELECT id, ST_SetSRID(ST_MakePoint(x, y), 4490)::geometry(Point, 4490) AS geom FROM raw;
        DROP TABLE raw;
        CREATE INDEX ON units USING gist (geom);
        CREATE INDEX ON pts USING gist (geom);
        VACUUM ANALYZE units; VACUUM ANALYZE pts;
    """)
    query = "SELECT u.code, count(*) FROM units u JOIN pts p ON ST_Contains(u.geom, p.geom) GROUP BY u.code ORDER BY u.code;"
    out = psql("\\timing on\n" + query * (opts.runs + 1))
    times = [float(t) / 1000 for t in re.findall(r"Time: ([0-9.]+) ms", out)]
    if len(times) != opts.runs + 1:
        sys.exit(f"pip_postgis: expected {opts.runs + 1} timings from psql, got {len(times)}:\n{out}")
    seconds = times[1:]  # the first run warms the caches
    counted = {}
    for line in out.splitlines():
        parts = line.split(",")
        if len(parts) == 2 and parts[0] in codes:
            counted[parts[0]] = int(parts[1])
    plan = psql("EXPLAIN " + query)
    # Points in no county and in several, once, untimed.
    per_point = dict(tuple(map(int, line.split(","))) for line in psql(
        "SELECT n, count(*) FROM (SELECT p.id, count(u.code) AS n FROM pts p LEFT JOIN units u ON ST_Contains(u.geom, p.geom) "
        "GROUP BY p.id) s GROUP BY n;").strip().splitlines())
    answer = {"codes": codes, "counts": [counted.get(c, 0) for c in codes], "outside": per_point.get(0, 0),
              "in_several": sum(v for k, v in per_point.items() if k > 1), "points": int(len(x))}
    print(f"pip_postgis: {version}")
    print("pip_postgis: plan: " + " | ".join(l.strip() for l in plan.strip().splitlines()[:4]))
    report(opts, "pip-postgis", f"{len(x)} points, {len(codes)} counties",
           "SELECT code, count(*) FROM units JOIN pts ON ST_Contains(units.geom, pts.geom) GROUP BY code "
           "(GiST indexes on both tables, one core), psql \\timing, after one warm-up run", seconds, answer,
           engine_text=version)
finally:
    if started:
        subprocess.run(as_user + [os.path.join(PG_BIN, "pg_ctl"), "-D", data_dir, "-m", "fast", "-w", "stop"],
                       capture_output=True)
    shutil.rmtree(work, ignore_errors=True)
