"""Writing a peer's result: the JSON answer file that bench/compare.py reads, and the timing line on stderr.
Kept free of numpy, shapely and pyproj so that the GDAL peer can use it without them."""
import json
import sys


def write_result(opts, result, note=""):
    """Writes `result` to --result (or stdout) and prints the runs and the best time to stderr. Adds the peak resident
    memory (MiB) of this process or of any waited-for child (ogr2ogr, psql), from getrusage; a server started as a
    daemon (PostGIS) is not a child and is not counted."""
    if "peak_memory_mib" not in result:
        result["peak_memory_mib"] = peak_memory_mib()
    text = json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False)
    if opts.result:
        with open(opts.result, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)
    workload, seconds, skipped = result["workload"], result["seconds"], result.get("skipped")
    if skipped:
        print(f"peer       {workload}: SKIPPED: {skipped}", file=sys.stderr)
    else:
        runs = " ".join(f"{s:.4f}" for s in seconds)
        print(f"peer       {workload}: runs {runs} s, best {min(seconds):.4f} s, peak memory {result['peak_memory_mib']:.0f} MiB{note}",
              file=sys.stderr)


def peak_memory_mib():
    """The peak resident set size of this process or of any waited-for child, in MiB (Linux: ru_maxrss in KiB)."""
    import resource
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
