// Gazetteer uses GEOS's reentrant C API only: every call takes an explicit context handle,
// so no hidden global state is shared between threads.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
