# Shared by the benchmark scripts: sourced, not run.

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# build_cmkeeper: a release build, linked as README's deployment links it; sets $bin.
build_cmkeeper() {
    echo "building cmkeeper (release)…" >&2
    swift build -c release --static-swift-stdlib --product cmkeeper --package-path "$here" >/dev/null
    bin="$(swift build -c release --static-swift-stdlib --show-bin-path --package-path "$here")/cmkeeper"
}

# make_work NAME: a scratch folder on a real disk, removed on exit, with a HOME of its own
# whose git knows the user and git-lfs; sets $work and exports HOME.
make_work() {
    work=$(mktemp -d "${BENCH_DIR:-/var/tmp}/cmkeeper-$1.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    export GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
    mkdir -p "$HOME"
    git config --global user.name bench
    git config --global user.email bench@example.com
    git config --global init.defaultBranch main
    git lfs install --skip-repo >/dev/null
}

# median RUNS COMMAND...: the median wall time of the command over RUNS runs, each after a sync.
median() {
    python3 - "$@" <<'PY'
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

# seconds COMMAND...: the wall time of one run, output discarded.
seconds() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(f"{time.monotonic() - start:.3f}")
PY
}

# median_of TIMES...: their median.
median_of() {
    python3 -c 'import statistics, sys; print(f"{statistics.median(map(float, sys.argv[1:])):.3f}")' "$@"
}
