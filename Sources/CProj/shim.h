// PROJ's transformation API and its bundled GeographicLib port (geodesic.h), both in libproj.
#include <proj.h>
#include <geodesic.h>
