// SQLite from Debian (libsqlite3-dev), built with the R*Tree module that GeoPackage spatial indexes need.
#include <sqlite3.h>
