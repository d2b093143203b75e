"""Peer of workload 1 (area): geodesic area and perimeter of the 14 counties on the CGCS2000 ellipsoid with
pyproj.Geod.geometry_area_perimeter on shapely geometries, repeated N times."""
import pyproj

from common import load_counties, missing_data, options, oriented, report, timed

opts = options(__doc__)
counties = load_counties(opts.data)
if counties is None:
    report(opts, "area", "", "", [], None, skipped=missing_data(opts.data))
    raise SystemExit(0)

repeat = opts.repeat or 200
geod = pyproj.Geod(a=6378137, f=1 / 298.257222101)
# pyproj returns signed areas (positive for counter-clockwise shells); DataV's shells are clockwise, so orient
# them once here, outside the timed region. Gazetteer's Geodesic takes either orientation.
geoms = [(code, oriented(g)) for code, _, g in counties]


def run():
    answer = []
    for p in range(repeat):
        for code, g in geoms:
            area, perimeter = geod.geometry_area_perimeter(g)
            if p == repeat - 1:
                answer.append({"code": code, "area_m2": area, "perimeter_m": perimeter})
    return answer


seconds, answer = timed(opts.runs, run)
report(opts, "area", f"{len(geoms)} counties x {repeat}",
       f"{repeat} passes x {len(geoms)} counties of Geod.geometry_area_perimeter", seconds, answer)
