#!/usr/bin/env bash
# Status accounting over many projects: `cmkeeper status` (table, JSON and the HTML page)
# on a library of 1,000 projects with a few documents and weekly reports each.
# Goal: under 1 s. Prints the median of RUNS runs (default 5).
#
# Usage: Benchmarks/status.sh [PROJECTS]   (default 1000)
set -euo pipefail
count=${1:-1000}
runs=${RUNS:-5}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work status
export CMKEEPER_USER=cm

"$bin" init "$work/library" --user cm >/dev/null
git clone -q "$work/library/repo.git" "$work/clone"
echo "writing $count projects…" >&2
python3 - "$work/clone" "$count" <<'PY'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
phases = ["preparation", "installation", "training", "go-live", "acceptance"]
for i in range(count):
    pid = f"P-{i:04d}"
    base = f"{root}/projects/{pid}"
    os.makedirs(f"{base}/preparation", exist_ok=True)
    os.makedirs(f"{base}/weekly-reports", exist_ok=True)
    with open(f"{base}/project.toml", "w") as f:
        f.write(f'id = "{pid}"\nname = "项目{i}"\ncustomer = "客户{i % 37}"\nmanager = "pm{i % 20}"\nsize = "small"\n'
                f'phase = "{phases[0]}"\ntrial_run = false\ncreated_at = "2026-01-05T00:00:00Z"\ncreated_by = "cm"\n')
    for name in ["项目实施申请表.xlsx", "项目实施及验收总体计划.docx"]:
        with open(f"{base}/preparation/{name}", "w") as f:
            f.write(f"{pid} {name}\n")
    for week in range(1, 6):
        with open(f"{base}/weekly-reports/项目周报-2026-W{week:02d}.xlsx", "w") as f:
            f.write(f"{pid} week {week}\n")
PY
(cd "$work/clone" && git add -A && git commit -qm "$count projects" && git push -q origin HEAD:main)

table=$(median "$runs" "$bin" status --library "$work/library")
json=$(median "$runs" "$bin" status --json --library "$work/library")
html=$(median "$runs" "$bin" status --html "$work/report.html" --library "$work/library")
echo "status accounting of $count projects: median of $runs runs"
printf '%-24s%8s s\n' "table" "$table" "--json" "$json" "--html" "$html"
python3 -c "import sys; worst=max(map(float, sys.argv[1:])); print(f'goal: under 1 s: {\"met\" if worst < 1 else \"NOT met\"} ({worst:.3f} s)')" "$table" "$json" "$html"
