#!/usr/bin/env bash
# Costs that do not grow with the library, side by side in one run: the same operations on
# a library of 10 projects and one of N (8 files each: project.toml, four preparation
# documents, three weekly reports), release build.
#  - the first push of all the projects, through the hook and into a copy without it (git alone);
#  - `submit` of one document; a push of one document with and without the hook, and git's own
#    connectivity check of that push (receive-pack's `rev-list --objects`, which walks every tree);
#  - `validate` and `verify` of the whole library;
#  - a daemon drop of one document: from the file's close to its commit, less the quiet period.
# Goals: one-document submit and hooked push at N at most 1.2× their time at 10; the hook's
# overhead on a one-document push at most 1.3× at N; validate and verify at N under 2 s;
# the first push through the hook at most 1.3× git alone; the daemon's work after the quiet
# period at N at most 1.2× its time at 10.
#
# Usage: Benchmarks/scale.sh [PROJECTS]   (default 5000); RUNS=N repeats (default 5, median).
set -euo pipefail
big=${1:-5000}
runs=${RUNS:-5}
source "$(dirname "$0")/common.sh"
build_cmkeeper
make_work scale

# setup SIZE: library lib-SIZE (with the hook) and plain-SIZE (the same repository without it),
# each given the same SIZE projects by one push from a clone. The first push is timed RUNS times
# (median) into fresh copies of both, taking turns: the library as `init` left it, and the plain
# repository, which has neither of cmkeeper's hooks: it is git alone.
setup() {
    local size=$1 lib="$work/lib-$1"
    "$bin" init "$lib" --user cm >/dev/null
    cp -a "$lib/repo.git" "$work/plain-$size.git"
    rm -f "$work/plain-$size.git/hooks/pre-receive" "$work/plain-$size.git/hooks/post-receive"
    git clone -q "$lib/repo.git" "$work/clone-$size"
    python3 - "$work/clone-$size" "$size" "$(id -un)" <<'PY'
import os, random, sys
root, count, dropper = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
docs = ["preparation/项目实施及验收总体计划.docx", "preparation/项目实施申请表.xlsx",
        "preparation/销售合同或者相关备忘录.pdf", "preparation/项目实施客户确认表.docx",
        "weekly-reports/项目周报-2026-W01.xlsx", "weekly-reports/项目周报-2026-W02.xlsx",
        "weekly-reports/项目周报-2026-W03.xlsx"]
for i in range(1, count + 1):
    pid = f"P-{i:05d}"
    base = f"{root}/projects/{pid}"
    for d in {os.path.dirname(d) for d in docs}:
        os.makedirs(f"{base}/{d}", exist_ok=True)
    with open(f"{base}/project.toml", "w") as f:
        f.write(f'id = "{pid}"\nname = "基准{pid}"\ncustomer = "客户"\nmanager = "{dropper if i == 3 else "pm"}"\nsize = "small"\n'
                f'phase = "preparation"\ntrial_run = false\ncreated_at = "2026-01-05T00:00:00Z"\ncreated_by = "cm"\n')
    for d in docs:
        with open(f"{base}/{d}", "wb") as f:
            f.write(rng.randbytes(rng.randint(1024, 4096)))
PY
    (cd "$work/clone-$size" && git add -A && git commit -qm "$size projects" && git remote add plain "$work/plain-$size.git")
    # A first push reads every object the clone just wrote, which a second push finds cached:
    # one untimed push into a throwaway copy first, so that the timed ones start alike.
    git init -q --bare "$work/warm-$size.git"
    (cd "$work/clone-$size" && git push -q "$work/warm-$size.git" HEAD:main)
    rm -rf "$work/warm-$size.git"
    local plain_times="" hooked_times=""
    for run in $(seq "$runs"); do
        rm -rf "$work/first-$size" "$work/first-plain-$size.git"
        cp -a "$lib" "$work/first-$size"
        cp -a "$work/plain-$size.git" "$work/first-plain-$size.git"
        sync
        plain_times+=" $(cd "$work/clone-$size" && seconds git push -q "$work/first-plain-$size.git" HEAD:main)"
        sync
        hooked_times+=" $(cd "$work/clone-$size" && CMKEEPER_USER=cm seconds git push -q "$work/first-$size/repo.git" HEAD:main)"
    done
    rm -rf "$work/first-$size" "$work/first-plain-$size.git"
    # shellcheck disable=SC2086
    first_plain[$size]=$(median_of $plain_times)
    # shellcheck disable=SC2086
    first_hooked[$size]=$(median_of $hooked_times)
    (cd "$work/clone-$size" && git push -q plain HEAD:main && CMKEEPER_USER=cm git push -q origin HEAD:main)
    git --git-dir "$lib/repo.git" gc -q
    git --git-dir "$work/plain-$size.git" gc -q
}

# one_push SIZE REMOTE RUN: a new weekly report of P-00001 committed by its manager pm and
# pushed as pm; prints the push's time.
one_push() {
    local clone="$work/clone-$1"
    (cd "$clone" && git fetch -q "$2" main && git reset -q --hard FETCH_HEAD)
    local doc="$clone/projects/P-00001/weekly-reports/项目周报-2027-W$(printf %02d "$3")-$2.xlsx"
    head -c 3000 /dev/urandom >"$doc"
    (cd "$clone" && git add -A && git -c user.name=pm -c user.email=pm@example.com commit -qm "weekly report" && sync && CMKEEPER_USER=pm seconds git push -q "$2" HEAD:main)
}

# connectivity SIZE: the check git's receive-pack makes of every push before it takes it
# (`rev-list --objects NEW --not` the refs it has), for the last one-document push into
# plain-SIZE, made again; prints its time. It walks the trees of the whole library.
connectivity() {
    seconds git --git-dir "$work/plain-$1.git" rev-list --objects --quiet main --not main~1
}

# daemon_drops SIZE: the daemon on lib-SIZE (quiet period 300 ms) takes RUNS weekly reports of
# P-00003 (managed by whoever runs this), one at a time; prints the median time from each
# file's close to its commit, less the quiet period.
daemon_drops() {
    local lib="$work/lib-$1"
    sed -i "s/^quiet_period_ms = .*/quiet_period_ms = 300/" "$lib/cmkeeper.toml"
    "$bin" daemon --library "$lib" --log-format json >/dev/null 2>"$work/daemon-$1.log" &
    local daemon=$!
    local status=0
    python3 - "$lib" "$work/daemon-$1.log" "$runs" "$here/Benchmarks" <<'PY' || status=$?
import os, statistics, sys, time
lib, log_path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[4])
import daemon_log
def events():
    return daemon_log.events(log_path)
def wait_for(condition, what):
    end = time.time() + 120
    while time.time() < end:
        found = condition()
        if found:
            return found
        time.sleep(0.01)
    sys.exit(f"timed out waiting for {what}; see {log_path}")
wait_for(lambda: any(e.get("event") == "watching" for e in events()), "the daemon to start")
# At start the daemon writes the whole status site (seconds at thousands of projects) on a thread
# of its own; the drops are timed once it has, as a daemon that has been running would take them.
wait_for(lambda: any(e.get("event") in ("site-written", "site-failed") for e in events()), "the first status site")
times = []
for run in range(1, runs + 1):
    relative = f"inbox/P-00003/项目周报-2029-W{run:02d}.xlsx"
    os.makedirs(os.path.dirname(f"{lib}/{relative}"), exist_ok=True)
    with open(f"{lib}/{relative}", "wb") as f:
        f.write(os.urandom(3000))
    closed = time.time()
    done = wait_for(lambda: [e for e in events() if e.get("file") == relative and e.get("event") in ("committed", "rejected")], relative)
    if done[0]["event"] != "committed":
        sys.exit(f"the daemon refused {relative}: {done[0].get('message')}")
    times.append(daemon_log.stamp(done[0]["time"]) - closed - 0.3)
print(f"{statistics.median(times):.3f}")
PY
    kill "$daemon"
    wait "$daemon" || true
    return "$status"
}

declare -A first_plain first_hooked submit hooked plain connected validate verify daemon
for size in 10 "$big"; do
    echo "building a library of $size projects…" >&2
    setup "$size"
done
# The runs at each size take turns, so that a change in the machine's load weighs on both.
declare -A s h p c va ve
for run in $(seq "$runs"); do
    echo "run $run of $runs…" >&2
    for size in 10 "$big"; do
        export CMKEEPER_LIBRARY="$work/lib-$size"
        desk="$work/desk-$size-$run"
        mkdir -p "$desk"
        head -c 3000 /dev/urandom >"$desk/项目周报-2028-W$(printf %02d "$run").xlsx"
        sync
        s[$size]+=" $(seconds "$bin" submit P-00002 "$desk"/* --user pm)"
        h[$size]+=" $(one_push "$size" origin "$run")"
        p[$size]+=" $(one_push "$size" plain "$run")"
        c[$size]+=" $(connectivity "$size")"
        sync
        va[$size]+=" $(seconds "$bin" validate)"
        sync
        ve[$size]+=" $(seconds "$bin" verify)"
    done
done
for size in 10 "$big"; do
    # shellcheck disable=SC2086
    submit[$size]=$(median_of ${s[$size]})
    # shellcheck disable=SC2086
    hooked[$size]=$(median_of ${h[$size]})
    # shellcheck disable=SC2086
    plain[$size]=$(median_of ${p[$size]})
    # shellcheck disable=SC2086
    connected[$size]=$(median_of ${c[$size]})
    # shellcheck disable=SC2086
    validate[$size]=$(median_of ${va[$size]})
    # shellcheck disable=SC2086
    verify[$size]=$(median_of ${ve[$size]})
    export CMKEEPER_LIBRARY="$work/lib-$size"
    daemon[$size]=$(daemon_drops "$size")
done

python3 - "$big" "$runs" \
    "${first_plain[10]} ${first_plain[$big]}" "${first_hooked[10]} ${first_hooked[$big]}" \
    "${submit[10]} ${submit[$big]}" "${hooked[10]} ${hooked[$big]}" "${plain[10]} ${plain[$big]}" \
    "${connected[10]} ${connected[$big]}" \
    "${validate[10]} ${validate[$big]}" "${verify[10]} ${verify[$big]}" "${daemon[10]} ${daemon[$big]}" <<'PY'
import sys
big, runs = sys.argv[1], sys.argv[2]
rows = [[float(x) for x in a.split()] for a in sys.argv[3:]]
first_plain, first_hooked, submit, hooked, plain, connected, validate, verify, daemon = rows
ok = lambda c: "met" if c else "NOT met"
print(f"cmkeeper at 10 and {big} projects (8 files each); every time the median of {runs} runs")
print(f"{'':34}{'10':>9}{big:>9}  {big} / 10")
def row(name, r, note=""):
    print(f"{name:34}{r[0]:>8.3f}s{r[1]:>8.3f}s  {r[1] / r[0]:5.2f}×  {note}")
row("first push, git alone", first_plain)
row("first push, through the hook", first_hooked, f"{first_hooked[1] / first_plain[1]:.2f}× git")
row("  the hook's own share of it", [first_hooked[0] - first_plain[0], first_hooked[1] - first_plain[1]])
row("submit of one document", submit)
row("push of one document, no hook", plain)
row("  git's connectivity check of it", connected, "receive-pack walks every tree")
row("push of one document, with hook", hooked, f"{hooked[1] / plain[1]:.2f}× no hook")
# git's own share of the push grows with the library (one folder of N projects is rewritten and
# checked for connectivity); the hook's own share is the push with it less the push without.
own = [hooked[0] - plain[0], hooked[1] - plain[1]]
row("  the hook's own share of it", own)
row("validate", validate)
row("verify", verify)
row("daemon drop, after the quiet period", daemon)
print(f"goals at {big}: submit ≤ 1.2× at 10: {ok(submit[1] <= 1.2 * submit[0])}; "
      f"hooked push ≤ 1.2× at 10: {ok(hooked[1] <= 1.2 * hooked[0])} (git alone: {plain[1] / plain[0]:.2f}×; "
      f"the hook's own share: {ok(own[1] <= 1.2 * own[0])}); hook ≤ 1.3× no hook: {ok(hooked[1] <= 1.3 * plain[1])}")
print(f"         validate < 2 s: {ok(validate[1] < 2)}; verify < 2 s: {ok(verify[1] < 2)}; "
      f"first push through the hook ≤ 1.3× git: {ok(first_hooked[1] <= 1.3 * first_plain[1])}")
print(f"         daemon drop ≤ 1.2× at 10: {ok(daemon[1] <= 1.2 * daemon[0])}")
PY
