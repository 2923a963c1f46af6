#!/usr/bin/env bash
# Release speed and memory, side by side in one run, on one incompressible package:
#   cp                  the floor: copy the file (no fsync)
#   cp + sync           the same, made durable (cmkeeper fsyncs what it reports done)
#   git add + commit    the package committed as a plain git blob
#   git lfs add+commit  the package committed through git-lfs's clean filter
#   cmkeeper release    the package released into a project (hash, copy, fsync, commit, tag)
# Prints seconds, peak memory and the ratio of each to cp.
#
# Usage: Benchmarks/release.sh [SIZE_MB]   (default 1024; run on a real disk, not tmpfs)
set -euo pipefail
size_mb=${1:-1024}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work release
mkdir -p "$work/products/核心业务平台/1.0"
pkg="$work/products/核心业务平台/1.0/package.bin"
echo "writing a ${size_mb} MiB incompressible package…" >&2
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$pkg"
sync

# measure NAME COMMAND...: wall seconds and peak RSS of the command and its children.
measure() {
    local name=$1
    shift
    python3 - "$name" "$@" <<'PY'
import resource, subprocess, sys, time
name, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
elapsed = time.monotonic() - start
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"{name}\t{elapsed:.3f}\t{peak_kib / 1024:.1f}")
PY
}

results="$work/results.tsv"
: >"$results"
runs=${RUNS:-3}

"$bin" init "$work/library" --product-library "$work/products" --user bench >/dev/null

# Each contender runs $runs times, interleaved, each time with the package in the page
# cache as for the others; the table shows the median.
for run in $(seq "$runs"); do
    sync; cat "$pkg" >/dev/null
    measure "cp" cp "$pkg" "$work/cp.bin" >>"$results"
    rm -f "$work/cp.bin"

    sync; cat "$pkg" >/dev/null
    measure "cp + sync" sh -c 'cp "$1" "$2" && sync "$2"' _ "$pkg" "$work/cp.bin" >>"$results"
    rm -f "$work/cp.bin"

    git init -q "$work/plain" && cp "$pkg" "$work/plain/package.bin" && sync
    sync; cat "$pkg" >/dev/null
    measure "git add + commit" sh -c 'cd "$1" && git add package.bin && git commit -qm release' _ "$work/plain" >>"$results"
    rm -rf "$work/plain"

    git init -q "$work/lfs" && (cd "$work/lfs" && git lfs track '*.bin' >/dev/null && git add .gitattributes && git commit -qm attrs)
    cp "$pkg" "$work/lfs/package.bin" && sync
    sync; cat "$pkg" >/dev/null
    measure "git lfs add + commit" sh -c 'cd "$1" && git add package.bin && git commit -qm release' _ "$work/lfs" >>"$results"
    rm -rf "$work/lfs"

    # A new project each run, so the version is not already released; a fresh store each run.
    "$bin" project create "P-$run" --name 基准 --manager pm --library "$work/library" --user bench >/dev/null
    rm -rf "$work/library/repo.git/lfs"
    sync
    sync; cat "$pkg" >/dev/null
    measure "cmkeeper release" "$bin" release "P-$run" 核心业务平台 1.0 --library "$work/library" --user bench >>"$results"
done

python3 - "$results" "$size_mb" <<'PY'
import statistics, sys
raw = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
names = list(dict.fromkeys(name for name, _, _ in raw))
rows = [(n, statistics.median(float(t) for m, t, _ in raw if m == n), max(float(k) for m, _, k in raw if m == n)) for n in names]
base = {name: t for name, t, _ in rows}
cp = base["cp"]
cps = base["cp + sync"]
runs = len(raw) // len(names)
print(f"release of a {sys.argv[2]} MiB incompressible package: median of {runs} runs, peak memory the largest")
print(f"{'contender':<22}{'seconds':>9}{'peak MiB':>10}{'× cp':>8}{'× cp+sync':>11}")
for name, t, mem in rows:
    print(f"{name:<22}{t:>9.3f}{float(mem):>10.1f}{t / cp:>8.2f}{t / cps:>11.2f}")
rel = base["cmkeeper release"]
mem = [m for n, _, m in rows if n == "cmkeeper release"][0]
print()
print(f"goal: cmkeeper release ≤ 1.5 × cp: {'met' if rel <= 1.5 * cp else 'NOT met'} ({rel / cp:.2f}×; {rel / cps:.2f}× a durable cp)")
print(f"goal: peak memory < 64 MiB: {'met' if mem < 64 else 'NOT met'} ({mem:.1f} MiB)")
PY
