#!/usr/bin/env bash
# Verifying a baseline at disk speed, side by side in one run: `cmkeeper verify` of a
# baseline holding a 1 GiB incompressible release against `sha256sum` of the same data.
# Goal: at most 1.2× sha256sum. Prints the median of RUNS runs (default 3).
#
# Usage: Benchmarks/verify.sh [SIZE_MB]   (default 1024; run on a real disk, not tmpfs)
set -euo pipefail
size_mb=${1:-1024}
runs=${RUNS:-3}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work verify
export CMKEEPER_LIBRARY="$work/library"
mkdir -p "$work/products/核心业务平台/1.0" "$work/desk"
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

cat "$pkg" >/dev/null
sum=$(median "$runs" sha256sum "$pkg")
verify=$(median "$runs" "$bin" verify baseline/P-1/acceptance)
echo "verify of a baseline holding ${size_mb} MiB: median of $runs runs"
printf '%-28s%8s s\n' "sha256sum" "$sum" "cmkeeper verify (baseline)" "$verify"
python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{b / a:.2f}× sha256sum; goal: at most 1.2×: {\"met\" if b <= 1.2 * a else \"NOT met\"}')" "$sum" "$verify"
