# Gazetteer — two commands do everything on a fresh Debian machine:
#   make demo   installs missing system packages, builds in release mode, runs the main job on the bundled data
#   make test   installs missing system packages, runs the whole test suite
SWIFT      ?= swift
GAZETTEER  := .build/release/gazetteer
# GEOS and PROJ are the engines; proj-bin (cs2cs) and gdal-bin (ogrinfo) are independent referees for the tests;
# valgrind checks the CLI for leaks.
APT_PACKAGES := libgeos-dev libproj-dev proj-data proj-bin gdal-bin libsqlite3-dev sqlite3 valgrind

.PHONY: deps build demo test data clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product gazetteer

demo: build
	@echo "== Validate the bundled demo units (schematic polygons of Hulunbuir's 14 county-level units) =="
	$(GAZETTEER) geometry validate data/boundaries/demo_units.geojson
	@echo
	@echo "== Geodesic area and perimeter on the CGCS2000 ellipsoid =="
	$(GAZETTEER) geometry measure data/boundaries/demo_units.geojson

test: deps
	$(SWIFT) test

# Regenerate the bundled demo data from Sources/gazetteer-demo-data (deterministic).
data: deps
	$(SWIFT) run gazetteer-demo-data data

clean:
	rm -rf .build
