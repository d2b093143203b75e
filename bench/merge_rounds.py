"""Merges the per-round result files of bench/run.sh (bench/out/rounds/WORKLOAD.ROUND.NAME.json, one timed run of
each side per round, the sides alternating) into bench/out/NAME.json, as if each side had timed all its runs in one
go: every run's seconds in round order, the best and (where the side reports one) the median recomputed over all
of them, the peak memory the largest of any round, and the answer of the last round (each round's answers are the
same computation on the same input; compare.py checks the last against the other side)."""
import json
import os
import re
import statistics
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "bench/out"
rounds = os.path.join(out, "rounds")
pattern = re.compile(r"^(?P<workload>.+)\.(?P<round>\d+)\.(?P<name>[^.]+\.(swift|peer)\.json)$")
groups = {}
for file in os.listdir(rounds) if os.path.isdir(rounds) else []:
    match = pattern.match(file)
    if match:
        groups.setdefault(match["name"], []).append((match["workload"], int(match["round"]), file))
for name, files in sorted(groups.items()):
    # Runs in the order they happened: workloads in the order run.sh ran them (file times), rounds in order.
    files.sort(key=lambda f: os.path.getmtime(os.path.join(rounds, f[2])))
    results = [json.load(open(os.path.join(rounds, f[2]), encoding="utf-8")) for f in files]
    merged = dict(results[-1])
    timed = [r for r in results if not r.get("skipped")]
    if timed:
        merged = dict(timed[-1])
        seconds = [s for r in timed for s in r.get("seconds", [])]
        if seconds:
            merged["seconds"] = seconds
            merged["best"] = min(seconds)
            if any(r.get("median") is not None for r in timed):
                merged["median"] = statistics.median(seconds)
        for key in ("peakMemoryMiB", "peak_memory_mib"):
            values = [r[key] for r in timed if r.get(key) is not None]
            if values:
                merged[key] = max(values)
        merged["rounds"] = len(timed)
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(merged, f, ensure_ascii=False, indent=1)
print(f"merged {sum(len(v) for v in groups.values())} round files into {len(groups)} results")
