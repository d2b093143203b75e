# Gazetteer — two commands do everything on a fresh Debian machine:
#   make demo   installs missing system packages, builds in release mode, runs the main job on the bundled data
#   make test   installs missing system packages, runs the whole test suite
SHELL      := /bin/bash
SWIFT      ?= swift
GAZETTEER  := .build/release/gazetteer
# GEOS and PROJ are the engines; proj-bin (cs2cs) and gdal-bin (ogrinfo) are independent referees for the tests;
# valgrind checks the CLI for leaks.
APT_PACKAGES := libgeos-dev libproj-dev proj-data proj-bin gdal-bin libsqlite3-dev sqlite3 valgrind

.PHONY: deps build demo test data bench clean

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
	@echo "== Names against the 大/洋/怪/重/蒙古文 rules (village committees are compared within their township only) =="
	$(GAZETTEER) names check --registry $(DEMO) --format csv --output demo-names-worklist.csv || test $$? -eq 1
	$(GAZETTEER) names check --registry $(DEMO) --format html --output demo-names.html || test $$? -eq 1
	$(GAZETTEER) names check --registry $(DEMO) | tail -n 12
	@echo
	@echo "== What GDAL reads in $(DEMO) (open it in QGIS too) =="
	@if command -v ogrinfo >/dev/null; then ogrinfo -ro -q $(DEMO); else echo "ogrinfo not installed"; fi

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
