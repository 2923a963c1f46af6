#!/usr/bin/env bash
# Serving released software over ssh, side by side in one run, on a library holding SIZE_MB
# of released files (incompressible):
#   file://   git clone + git lfs pull from the library's repository by path
#   ssh://    the same through OpenSSH's sshd on 127.0.0.1 and cmkeeper serve (git-upload-pack,
#             then git-lfs-transfer download)
# Prints the median seconds of each, MiB/s, and the speed of ssh relative to file:// (goal >= 0.8).
#
# Usage: Benchmarks/ssh.sh [SIZE_MB]   (default 1024; as root, like the tests' sshd; a real disk)
#        CMKEEPER_BIN=path/to/release/cmkeeper Benchmarks/ssh.sh   (a binary built already)
#        SSH_OPTIONS="-c aes128-gcm@openssh.com" Benchmarks/ssh.sh  (options for the client's ssh)
set -euo pipefail
size_mb=${1:-1024}
source "$(dirname "$0")/common.sh"
if [ -n "${CMKEEPER_BIN:-}" ]; then bin=$CMKEEPER_BIN; else build_cmkeeper; fi
make_work ssh
runs=${RUNS:-3}

# The library: one project, one release of four files making SIZE_MB.
mkdir -p "$work/products/核心业务平台/1.0"
echo "writing ${size_mb} MiB of released files…" >&2
for i in 1 2 3 4; do
    head -c "$((size_mb * 1024 * 1024 / 4))" /dev/urandom >"$work/products/核心业务平台/1.0/package-$i.bin"
done
"$bin" init "$work/library" --product-library "$work/products" --user bench >/dev/null
"$bin" project create P-2026-001 --name 基准 --manager pm --library "$work/library" --user bench >/dev/null
"$bin" release P-2026-001 核心业务平台 1.0 --library "$work/library" --user bench >/dev/null

# A key for bench, and sshd on a free port taking the library's authorized_keys.
ssh-keygen -q -t ed25519 -N "" -f "$work/key"
"$bin" keys add bench "$work/key.pub" --library "$work/library" --user bench >/dev/null
ssh-keygen -q -t ed25519 -N "" -f "$work/host_key"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p /run/sshd
cat >"$work/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/library/ssh/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin forced-commands-only
AllowUsers $(id -un)
CONF
/usr/sbin/sshd -D -e -f "$work/sshd_config" 2>"$work/sshd.log" &
sshd_pid=$!
trap 'kill $sshd_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done
export GIT_SSH_COMMAND="ssh -F /dev/null -i $work/key -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR ${SSH_OPTIONS:-} -p $port"

# fetch NAME URL: seconds for a clone without the large files, then git lfs pull; checks the bytes.
fetch() {
    local name=$1 url=$2 target="$work/clone-$1"
    rm -rf "$target"
    sync
    python3 - "$name" "$url" "$target" <<'PY'
import os, subprocess, sys, time
name, url, target = sys.argv[1:]
env = dict(os.environ, GIT_LFS_SKIP_SMUDGE="1")
start = time.monotonic()
subprocess.run(["git", "clone", "-q", url, target], check=True, env=env)
subprocess.run(["git", "lfs", "pull"], check=True, cwd=target, stdout=subprocess.DEVNULL)
print(f"{name}\t{time.monotonic() - start:.3f}")
PY
    cmp "$work/products/核心业务平台/1.0/package-4.bin" "$target/projects/P-2026-001/releases/核心业务平台/1.0/package-4.bin"
    rm -rf "$target"
}

results="$work/results.tsv"
: >"$results"
for run in $(seq "$runs"); do
    fetch "file://" "file://$work/library/repo.git" >>"$results"
    fetch "ssh://" "ssh://$(id -un)@127.0.0.1:$port/repo.git" >>"$results"
done

python3 - "$results" "$size_mb" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
size = float(sys.argv[2])
median = {name: statistics.median(float(t) for n, t in rows if n == name) for name in dict.fromkeys(n for n, _ in rows)}
print(f"clone + git lfs pull of {size:.0f} MiB of released files, median of {len(rows) // 2} runs each")
print(f"{'':10}{'seconds':>10}{'MiB/s':>10}")
for name, seconds in median.items():
    print(f"{name:10}{seconds:10.2f}{size / seconds:10.0f}")
print(f"ssh:// speed relative to file:// = {median['file://'] / median['ssh://']:.2f}x (goal >= 0.80)")
PY
