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
here=$(cd "$(dirname "$0")/.." && pwd)

echo "building cmkeeper (release)…" >&2
swift build -c release --product cmkeeper --package-path "$here" >/dev/null
bin="$(swift build -c release --show-bin-path --package-path "$here")/cmkeeper"

work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/cmkeeper-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/products/核心业务平台/1.0"
pkg="$work/products/核心业务平台/1.0/package.bin"
echo "writing a ${size_mb} MiB incompressible package…" >&2
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$pkg"
sync

export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
mkdir -p "$HOME"
git config --global user.name bench
git config --global user.email bench@example.com
git config --global init.defaultBranch main
git lfs install --skip-repo >/dev/null

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

# Each contender starts with the package in the page cache, as the others do.
cat "$pkg" >/dev/null
measure "cp" cp "$pkg" "$work/cp.bin" >>"$results"
rm -f "$work/cp.bin"

cat "$pkg" >/dev/null
measure "cp + sync" sh -c 'cp "$1" "$2" && sync "$2"' _ "$pkg" "$work/cp.bin" >>"$results"
rm -f "$work/cp.bin"

git init -q "$work/plain" && cp "$pkg" "$work/plain/package.bin"
cat "$pkg" >/dev/null
measure "git add + commit" sh -c 'cd "$1" && git add package.bin && git commit -qm release' _ "$work/plain" >>"$results"
rm -rf "$work/plain"

git init -q "$work/lfs" && (cd "$work/lfs" && git lfs track '*.bin' >/dev/null && git add .gitattributes && git commit -qm attrs)
cp "$pkg" "$work/lfs/package.bin"
cat "$pkg" >/dev/null
measure "git lfs add + commit" sh -c 'cd "$1" && git add package.bin && git commit -qm release' _ "$work/lfs" >>"$results"
rm -rf "$work/lfs"

"$bin" init "$work/library" --product-library "$work/products" --user bench >/dev/null
"$bin" project create P-1 --name 基准 --manager pm --library "$work/library" --user bench >/dev/null
cat "$pkg" >/dev/null
measure "cmkeeper release" "$bin" release P-1 核心业务平台 1.0 --library "$work/library" --user bench >>"$results"

python3 - "$results" "$size_mb" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
base = {name: float(t) for name, t, _ in rows}
cp = base["cp"]
cps = base["cp + sync"]
print(f"release of a {sys.argv[2]} MiB incompressible package, one run")
print(f"{'contender':<22}{'seconds':>9}{'peak MiB':>10}{'× cp':>8}{'× cp+sync':>11}")
for name, t, mem in rows:
    t = float(t)
    print(f"{name:<22}{t:>9.3f}{float(mem):>10.1f}{t / cp:>8.2f}{t / cps:>11.2f}")
rel = base["cmkeeper release"]
mem = float([m for n, _, m in rows if n == "cmkeeper release"][0])
print()
print(f"goal: cmkeeper release ≤ 1.5 × cp: {'met' if rel <= 1.5 * cp else 'NOT met'} ({rel / cp:.2f}×; {rel / cps:.2f}× a durable cp)")
print(f"goal: peak memory < 64 MiB: {'met' if mem < 64 else 'NOT met'} ({mem:.1f} MiB)")
PY
