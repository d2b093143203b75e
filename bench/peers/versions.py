"""Versions of the peers' libraries as JSON."""
import json

import numpy
import pyproj
import shapely

print(json.dumps({"shapely": shapely.__version__, "shapely_geos": shapely.geos_version_string,
                  "pyproj": pyproj.__version__, "pyproj_proj": pyproj.proj_version_str, "numpy": numpy.__version__}))
