#!/usr/bin/env bash
# Verifying a baseline at disk speed, side by side in one run: `cmkeeper verify` of a
# baseline holding a 1 GiB incompressible release against `sha256sum` of the same data.
# Goal: at most 1.2× sha256sum. Prints the median of RUNS runs (default 3).
#
# Usage: Benchmarks/verify.sh [SIZE_MB]   (default 1024; run on a real disk, not tmpfs)
set -euo pipefail
size_mb=${1:-1024}
runs=${RUNS:-3}
here=$(cd "$(dirname "$0")/.." && pwd)

echo "building cmkeeper (release)…" >&2
swift build -c release --product cmkeeper --package-path "$here" >/dev/null
bin="$(swift build -c release --show-bin-path --package-path "$here")/cmkeeper"

work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/cmkeeper-verify.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home" CMKEEPER_LIBRARY="$work/library"
mkdir -p "$HOME" "$work/products/核心业务平台/1.0" "$work/desk"
pkg="$work/products/核心业务平台/1.0/package.bin"
echo "writing a ${size_mb} MiB package and baselining a project…" >&2
head -c "$((size_mb * 1024 * 1024))" /dev/urandom >"$pkg"

"$bin" init "$work/library" --product-library "$work/products" --user cm >/dev/null
"$bin" roles grant cs customer-service --user cm >/dev/null
"$bin" project create P-1 --name 基准 --manager pm --user cm >/dev/null
"$bin" release P-1 核心业务平台 1.0 --user cm >/dev/null
for doc in 项目实施及验收总体计划.docx 项目实施申请表.xlsx 销售合同或者相关备忘录.pdf 项目实施客户确认表.docx \
    安装调试报告.docx 客户培训计划.docx 培训通知单.docx 客户培训签到表.xlsx 安装验收报告.docx 功能测试情况表.xlsx \
    售后服务承诺卡.docx 项目验收移交客户资料清单.xlsx 项目实施总结报告.docx; do
    echo "$doc" >"$work/desk/$doc"
done
"$bin" submit P-1 "$work"/desk/* --user pm >/dev/null
"$bin" approve P-1 安装验收报告 --user cm >/dev/null
"$bin" approve P-1 安装验收报告 --user cs >/dev/null
"$bin" baseline P-1 --user cm >/dev/null

measure() {
    python3 - "$runs" "$@" <<'PY'
import statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    subprocess.run(["sync"])
    start = time.monotonic()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    times.append(time.monotonic() - start)
print(f"{statistics.median(times):.3f}")
PY
}

cat "$pkg" >/dev/null
sum=$(measure sha256sum "$pkg")
verify=$(measure "$bin" verify baseline/P-1/acceptance)
echo "verify of a baseline holding ${size_mb} MiB: median of $runs runs"
printf '%-28s%8s s\n' "sha256sum" "$sum" "cmkeeper verify (baseline)" "$verify"
python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{b / a:.2f}× sha256sum; goal: at most 1.2×: {\"met\" if b <= 1.2 * a else \"NOT met\"}')" "$sum" "$verify"
