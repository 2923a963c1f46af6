#!/usr/bin/env bash
# The cost of cmkeeper's pre-receive hook, side by side in one run: the same push of
# 1,000 documents (500 weekly reports, 500 change requests, 4 to 40 KiB each) into a
# library with the hook installed and into one without it. Goal: at most 1.3×.
#
# Usage: Benchmarks/push.sh [DOCUMENTS] (default 1000); RUNS=N repeats (default 3, median).
set -euo pipefail
count=${1:-1000}
runs=${RUNS:-3}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work push
export CMKEEPER_USER=pm

# One set of documents, copied into every clone.
docs="$work/docs"
mkdir -p "$docs/weekly-reports" "$docs/change-requests"
python3 - "$docs" "$count" <<'PY'
import os, random, sys, datetime
root, count = sys.argv[1], int(sys.argv[2])
rng = random.Random(7)
day = datetime.date(2000, 1, 3)
for i in range(count):
    if i % 2 == 0:
        year, week, _ = (day + datetime.timedelta(weeks=i // 2)).isocalendar()
        path = f"{root}/weekly-reports/项目周报-{year}-W{week:02d}.xlsx"
    else:
        path = f"{root}/change-requests/需求变更申请单-{i // 2 + 1:04d}.docx"
    with open(path, "wb") as f:
        f.write(rng.randbytes(rng.randint(4096, 40960)))
PY

# prepare NAME HOOKED: a library with project P-1 managed by pm, and a clone holding the documents in one commit.
prepare() {
    local name=$1 hooked=$2
    "$bin" init "$work/$name" --user cm >/dev/null
    "$bin" project create P-1 --name 基准 --manager pm --library "$work/$name" --user cm >/dev/null
    [ "$hooked" = yes ] || rm -f "$work/$name/repo.git/hooks/pre-receive"
    git clone -q "$work/$name/repo.git" "$work/$name-clone"
    cp -r "$docs/." "$work/$name-clone/projects/P-1/"
    (cd "$work/$name-clone" && git add -A && git commit -qm "1000 documents")
}

push() {
    python3 - "$1" <<'PY'
import subprocess, sys, time
start = time.monotonic()
subprocess.run(["git", "push", "-q", "origin", "HEAD:main"], cwd=sys.argv[1], check=True)
print(f"{time.monotonic() - start:.3f}")
PY
}

with=()
without=()
for run in $(seq "$runs"); do
    prepare "plain-$run" no
    prepare "hooked-$run" yes
    sync
    without+=("$(push "$work/plain-$run-clone")")
    with+=("$(push "$work/hooked-$run-clone")")
    # The hook really ran and took the documents.
    test "$(git --git-dir "$work/hooked-$run/repo.git" ls-tree -r --name-only main -- projects/P-1 | wc -l)" -gt "$count"
done

python3 - "$count" "${without[*]}" "${with[*]}" <<'PY'
import statistics, sys
count = sys.argv[1]
without = [float(x) for x in sys.argv[2].split()]
with_hook = [float(x) for x in sys.argv[3].split()]
a, b = statistics.median(without), statistics.median(with_hook)
print(f"push of {count} documents: median of {len(without)} runs")
print(f"{'without the hook':<22}{a:>8.3f} s")
print(f"{'with cmkeeper hook':<22}{b:>8.3f} s   {b / a:.2f}×")
print(f"goal: at most 1.3×: {'met' if b <= 1.3 * a else 'NOT met'}")
PY
