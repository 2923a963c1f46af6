#!/usr/bin/env bash
# Status accounting and the status site over many projects, side by side in one run: libraries
# of 1,000 and 5,000 projects (a few documents and weekly reports each), release build.
#  - `status` the first time (nothing cached: every project read), then as it runs every day
#    (only projects whose tree changed are read again: the project summary cache), as a table,
#    --json and --html;
#  - `site` the first time (every page), then after one project changed (one page);
#  - the same once `verify` recorded a result for every project (run/verify.json, read by every
#    site write), and `site` after a verify of one project (its page alone is written again).
# Goals at 5,000 projects: status under 1 s; the site brought up to date after one project
# changed under 1 s. Prints the median of RUNS runs (default 5).
#
# Usage: Benchmarks/status.sh [PROJECTS...]   (default 1000 5000)
set -euo pipefail
if [ $# -gt 0 ]; then counts=("$@"); else counts=(1000 5000); fi
runs=${RUNS:-5}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work status
export CMKEEPER_USER=cm

# setup COUNT: library lib-COUNT with COUNT projects, pushed from a clone in one commit.
setup() {
    local count=$1 lib="$work/lib-$1"
    "$bin" init "$lib" --user cm >/dev/null
    git clone -q "$lib/repo.git" "$work/clone-$count"
    python3 - "$work/clone-$count" "$count" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
phases = ["preparation", "installation", "training", "go-live", "acceptance"]
for i in range(count):
    pid = f"P-{i:04d}"
    base = f"{root}/projects/{pid}"
    os.makedirs(f"{base}/preparation", exist_ok=True)
    os.makedirs(f"{base}/weekly-reports", exist_ok=True)
    with open(f"{base}/project.toml", "w") as f:
        f.write(f'id = "{pid}"\nname = "项目{i}"\ncustomer = "客户{i % 37}"\nmanager = "pm"\nsize = "small"\n'
                f'phase = "{phases[0]}"\ntrial_run = false\ncreated_at = "2026-01-05T00:00:00Z"\ncreated_by = "cm"\n')
    for name in ["项目实施申请表.xlsx", "项目实施及验收总体计划.docx"]:
        with open(f"{base}/preparation/{name}", "w") as f:
            f.write(f"{pid} {name}\n")
    for week in range(1, 6):
        with open(f"{base}/weekly-reports/项目周报-2026-W{week:02d}.xlsx", "w") as f:
            f.write(f"{pid} week {week}\n")
PY
    (cd "$work/clone-$count" && git add -A && git commit -qm "$count projects" && git push -q origin HEAD:main)
    git --git-dir "$lib/repo.git" gc -q
}

declare -A cold warm json html site_all site_one site_one_verified site_after_verify
for count in "${counts[@]}"; do
    echo "building a library of $count projects…" >&2
    setup "$count"
    export CMKEEPER_LIBRARY="$work/lib-$count"
    c=() a=()
    for run in $(seq "$runs"); do
        rm -f "$CMKEEPER_LIBRARY/cache/project-summaries.tsv"
        sync
        c+=("$(seconds "$bin" status)")
    done
    cold[$count]=$(median_of "${c[@]}")
    warm[$count]=$(median "$runs" "$bin" status)
    json[$count]=$(median "$runs" "$bin" status --json)
    html[$count]=$(median "$runs" "$bin" status --html "$work/report-$count.html")
    site_all[$count]=$(seconds "$bin" site)
    for run in $(seq "$runs"); do
        # One project changes: a new weekly report of P-0001, submitted by its manager.
        desk="$work/desk-$count-$run"
        mkdir -p "$desk"
        echo "week $run" >"$desk/项目周报-2027-W$(printf %02d "$run").xlsx"
        "$bin" submit P-0001 "$desk"/* --user pm >/dev/null
        sync
        a+=("$(seconds "$bin" site)")
    done
    site_one[$count]=$(median_of "${a[@]}")
    # verify records a result for every project; the site shows it (every page, once).
    "$bin" verify >/dev/null
    "$bin" site >/dev/null
    b=()
    for run in $(seq "$runs"); do
        desk="$work/desk-verified-$count-$run"
        mkdir -p "$desk"
        echo "week $run" >"$desk/项目周报-2028-W$(printf %02d "$run").xlsx"
        "$bin" submit P-0001 "$desk"/* --user pm >/dev/null
        sync
        b+=("$(seconds "$bin" site)")
    done
    site_one_verified[$count]=$(median_of "${b[@]}")
    "$bin" verify P-0002 >/dev/null
    sync
    site_after_verify[$count]=$(seconds "$bin" site)
    "$bin" verify P-0003 >/dev/null
    written=$("$bin" site --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["pages_written"])')
    [ "$written" -eq 1 ] || { echo "a verify of one project rewrote $written pages, not 1" >&2; exit 1; }
    pages=$(ls "$CMKEEPER_LIBRARY/site/projects" | wc -l)
    [ "$pages" -eq "$count" ] || { echo "the site has $pages project pages, not $count" >&2; exit 1; }
done

args=()
for name in cold warm json html site_all site_one site_one_verified site_after_verify; do
    declare -n column=$name
    row=""
    for count in "${counts[@]}"; do row+="${column[$count]} "; done
    args+=("$row")
done
python3 - "$runs" "${counts[*]}" "${args[@]}" <<'PY'
import sys
runs, counts = sys.argv[1], sys.argv[2].split()
rows = [[float(x) for x in a.split()] for a in sys.argv[3:]]
names = ["status, nothing cached", "status", "status --json", "status --html", "site, every page", "site after one project changed",
         "the same, every project verified", "site after verify of one project"]
print(f"status accounting and the status site; median of {runs} runs (site, every page: one run)")
print(f"{'':34}" + "".join(f"{c:>9}" for c in counts) + (f"  {counts[-1]} / {counts[0]}" if len(counts) > 1 else ""))
for name, r in zip(names, rows):
    print(f"{name:34}" + "".join(f"{x:>8.3f}s" for x in r) + (f"  {r[-1] / r[0]:5.2f}×" if len(r) > 1 else ""))
print("reading the verify record, site after one project changed: "
      + ", ".join(f"{c}: {v / p:.2f}× ({v:.3f} s / {p:.3f} s)" for c, p, v in zip(counts, rows[5], rows[6])))
big = counts[-1]
worst = max(rows[1][-1], rows[2][-1], rows[3][-1])
print(f"goal: status of {big} projects under 1 s: {'met' if worst < 1 else 'NOT met'} ({worst:.3f} s)")
print(f"goal: the site after one project changed, {big} projects, under 1 s: {'met' if rows[5][-1] < 1 else 'NOT met'} ({rows[5][-1]:.3f} s)")
PY
