"""Peer of workload 3 (transform): the shared 1,000,000 points from EPSG:4490 to EPSG:4549 with
pyproj.Transformer.from_crs(4490, 4549, always_xy=True).transform on numpy arrays (built once, untimed)."""
import numpy as np
import pyproj

from common import options, read_points, report, timed

opts = options(__doc__)
x, y = read_points(opts.points, opts.seed)
transformer = pyproj.Transformer.from_crs(4490, 4549, always_xy=True)
seconds, (e, n) = timed(opts.runs, lambda: transformer.transform(x, y))
stride = max(1, len(x) // 1000)
answer = {
    "points": int(len(e)), "stride": stride,
    "samples": [[float(e[i]), float(n[i])] for i in range(0, len(e), stride)],
    "sum_easting": float(np.sum(e)), "sum_northing": float(np.sum(n)),
}
report(opts, "transform", f"{len(x)} points",
       f"Transformer.transform of {len(x)} coordinates as numpy arrays (EPSG:4490 -> EPSG:4549)", seconds, answer)
