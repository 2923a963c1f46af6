#!/usr/bin/env bash
# What deciding help's language costs every command, side by side in one run, release build.
# argument-parser builds every command's help texts while it parses, so each command now reads
# `library.language` of the library's cmkeeper.toml before it runs (unless --lang or
# CMKEEPER_LANG decides). Runs `--version`, `status --help` and `status` on a zh-CN library with
# one project, alternately with that read (nothing set) and without it (CMKEEPER_LANG=zh-CN: the
# same output), and prints the median of RUNS runs each (default 60) and their ratio.
# Goal: a ratio of about 1 (the read is lost in the cost of starting the process).
#
# Usage: Benchmarks/help.sh
set -euo pipefail
runs=${RUNS:-60}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work help
export CMKEEPER_USER=cm LANG=C
unset CMKEEPER_LANG LC_ALL LC_MESSAGES
export CMKEEPER_LIBRARY="$work/lib"
"$bin" init "$CMKEEPER_LIBRARY" --user cm >/dev/null
sed -i 's/^language = .*/language = "zh-CN"/' "$CMKEEPER_LIBRARY/cmkeeper.toml"
"$bin" project create P-2026-001 --name 示例 --manager pm >/dev/null 2>&1

python3 - "$bin" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
binary, runs = sys.argv[1], int(sys.argv[2])
read = dict(os.environ)
given = dict(os.environ, CMKEEPER_LANG="zh-CN")
for args in (["--version"], ["status", "--help"], ["status"]):
    times = {"read": [], "given": []}
    for _ in range(runs):
        for name, env in (("read", read), ("given", given)):
            start = time.monotonic()
            subprocess.run([binary, *args], env=env, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.monotonic() - start)
    r, g = statistics.median(times["read"]), statistics.median(times["given"])
    print(f"{' '.join(args):14}  language read from cmkeeper.toml {r * 1000:7.2f} ms   "
          f"decided by CMKEEPER_LANG {g * 1000:7.2f} ms   ratio {r / g:.3f}")
PY
