#!/usr/bin/env bash
# afsniff's CPU cost against tcpdump's, both measured in the same run on the
# same machine (ratios carry over between machines; absolute times do not).
#
# usage: benches/compare.sh [offline|live|all] [-p PCAP] [-n PACKETS] [-r RUNS] [-a AFSNIFF]
#
# -a: measure this afsniff binary instead of building target/release/afsniff.
# offline: builds a big capture by repeating PCAP's records (default: the
#   mixed corpus, tests/data/corpus/mixed.pcap) with rising timestamps, then
#   runs `-r BIG -n > /dev/null` and `-r BIG -w OUT 'tcp or udp port 53'`
#   with tcpdump and afsniff in turn RUNS times (TZ=UTC for both) and prints
#   each one's median user+sys CPU and the ratio afsniff/tcpdump.
# live (root, trafgen from netsniff-ng): a veth pair into a private network
#   namespace, trafgen sending PACKETS frames of tests/data/mix.trafgen at
#   full rate, captured by `-n` (stdout to a file) and by `-w`; prints
#   dropped packets, CPU seconds and peak memory for each.
#
# Everything it makes lives under one temporary directory in /dev/shm (or
# $TMPDIR) and the namespace and veth are removed on exit.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
mode=all
[ $# -gt 0 ] && [ "${1#-}" = "$1" ] && { mode=$1; shift; }
pcap="$root/tests/data/corpus/mixed.pcap"
packets=1000000
runs=5
afsniff=
while getopts "p:n:r:a:" o; do
    case $o in
    p) pcap=$OPTARG ;;
    n) packets=$OPTARG ;;
    r) runs=$OPTARG ;;
    a) afsniff=$(realpath "$OPTARG") ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
    esac
done
case $mode in offline | live | all) ;; *) sed -n '2,20p' "$0"; exit 2 ;; esac
command -v tcpdump >/dev/null || { echo "compare.sh: tcpdump missing" >&2; exit 2; }

base=/dev/shm
[ -w "$base" ] || base=${TMPDIR:-/tmp}
work=$(mktemp -d "$base/afsniff-compare.XXXXXX")
# tcpdump opens its files as the user it drops to (tcpdump), like /dev/shm allows.
chmod 1777 "$work"
ns="afcmp$$"
cap="afcc$$"
gen="afcg$$"
cleanup() {
    ip netns del "$ns" 2>/dev/null || true
    ip link del "$cap" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$afsniff" ]; then
    echo "building release binary..." >&2
    (cd "$root" && cargo build --release --quiet)
    afsniff="$root/target/release/afsniff"
fi

# run.py OUT ERR PIDFILE CMD...: runs CMD (stdout to OUT, stderr to ERR, TZ=UTC)
# and prints its user and system CPU seconds and peak RSS in KiB. SIGTERM is
# left at its default in the child, so the live runs can stop it.
cat >"$work/run.py" <<'EOF'
import os, sys
out, err, pidfile, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
pid = os.fork()
if pid == 0:
    os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
    os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
    os.environ["TZ"] = "UTC"
    os.execvp(cmd[0], cmd)
with open(pidfile, "w") as f:
    f.write(str(pid))
_, status, ru = os.wait4(pid, 0)
print(f"{ru.ru_utime:.3f} {ru.ru_stime:.3f} {ru.ru_maxrss}")
EOF
run() { python3 "$work/run.py" "$@"; }

# The median of user+sys over the lines "user sys rss" on stdin.
median_cpu() {
    awk '{ print $1 + $2 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'
}

offline() {
    [ -r "$pcap" ] || { echo "compare.sh: no capture to repeat: $pcap (give one with -p)" >&2; exit 2; }
    local big="$work/big.pcap"
    echo "building $packets packets from $pcap..." >&2
    python3 - "$pcap" "$big" "$packets" <<'EOF'
import struct, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(src, "rb").read()
magic = struct.unpack("<I", data[:4])[0]
if magic not in (0xa1b2c3d4, 0xa1b23c4d):
    sys.exit("compare.sh: the capture to repeat must be a little-endian pcap file")
recs, off = [], 24
while off + 16 <= len(data):
    incl = struct.unpack("<I", data[off + 8:off + 12])[0]
    if off + 16 + incl > len(data):
        break
    recs.append(data[off + 8:off + 16 + incl])
    off += 16 + incl
if not recs:
    sys.exit("compare.sh: no records in " + src)
scale = 1000 if magic == 0xa1b23c4d else 1
with open(dst, "wb") as f:
    f.write(data[:24])
    t = 1_700_000_000 * 1_000_000
    for i in range(n):
        t += 1 + (i * 7919) % 1000
        f.write(struct.pack("<II", t // 1_000_000, t % 1_000_000 * scale))
        f.write(recs[i % len(recs)])
EOF
    local name flags
    printf '%-34s %12s %12s %8s\n' "offline, $packets packets" "tcpdump CPU" "afsniff CPU" "ratio"
    for name in print write; do
        : >"$work/t.cpu"
        : >"$work/a.cpu"
        for _ in $(seq "$runs"); do
            # Neither run pays for truncating the other's output.
            rm -f "$work/out.pcap"
            if [ $name = print ]; then
                run /dev/null /dev/null "$work/pid" tcpdump -r "$big" -n >>"$work/t.cpu"
                run /dev/null /dev/null "$work/pid" "$afsniff" -r "$big" -n >>"$work/a.cpu"
            else
                run /dev/null /dev/null "$work/pid" tcpdump -r "$big" -w "$work/out.pcap" 'tcp or udp port 53' >>"$work/t.cpu"
                rm -f "$work/out.pcap"
                run /dev/null /dev/null "$work/pid" "$afsniff" -r "$big" -w "$work/out.pcap" 'tcp or udp port 53' >>"$work/a.cpu"
            fi
        done
        local t a
        t=$(median_cpu <"$work/t.cpu")
        a=$(median_cpu <"$work/a.cpu")
        flags="-n > /dev/null"
        [ $name = write ] && flags="-w OUT 'tcp or udp port 53'"
        printf '%-34s %11ss %11ss %8.3f\n' "-r BIG $flags" "$t" "$a" "$(awk -v a="$a" -v t="$t" 'BEGIN { print a / t }')"
    done
}

# One live run: COMMAND... (IFACE replaced by the interface) capturing while
# trafgen sends; prints "dropped cpu rss".
live_one() {
    local cmd=() arg
    for arg in "$@"; do cmd+=("${arg//IFACE/$cap}"); done
    run "$work/live.out" "$work/live.err" "$work/live.pid" "${cmd[@]}" >"$work/live.cpu" &
    local runner=$!
    sleep 1.5
    ip netns exec "$ns" trafgen -o "$gen" -i "$root/tests/data/mix.trafgen" -n "$packets" -P 1 -C \
        >/dev/null 2>"$work/trafgen.err" || true
    sleep 1.5
    kill -TERM "$(cat "$work/live.pid")" 2>/dev/null || true
    wait "$runner" || true
    local dropped
    dropped=$(awk '/packets? dropped by kernel/ { print $1 }' "$work/live.err")
    read -r user sys rss <"$work/live.cpu"
    printf '%s %.2f %d\n' "${dropped:-?}" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))"
}

live() {
    [ "$(id -u)" = 0 ] || { echo "compare.sh: live needs root (network namespaces, AF_PACKET)" >&2; exit 2; }
    command -v trafgen >/dev/null || { echo "compare.sh: trafgen missing (apt-get install netsniff-ng)" >&2; exit 2; }
    ip netns add "$ns"
    ip link add "$cap" type veth peer name "$gen"
    ip link set "$gen" netns "$ns"
    ip link set "$cap" up
    ip netns exec "$ns" ip link set "$gen" up
    sleep 0.5
    printf '%-34s %10s %10s %10s\n' "live, $packets packets over veth" "dropped" "CPU s" "peak MiB"
    local label
    for label in "afsniff -n" "tcpdump -n" "afsniff -w" "tcpdump -w"; do
        local tool=${label% *} flag=${label#* } prog=tcpdump
        [ "$tool" = afsniff ] && prog=$afsniff
        local res
        # Each run starts without the other's output file: neither pays for
        # truncating it.
        rm -f "$work/live.pcap" "$work/live.out"
        if [ "$flag" = -n ]; then
            res=$(live_one "$prog" -i IFACE -n)
        else
            res=$(live_one "$prog" -i IFACE -w "$work/live.pcap")
        fi
        read -r dropped cpu rss <<<"$res"
        printf '%-34s %10s %10s %10s\n' "$label" "$dropped" "$cpu" "$rss"
    done
}

case $mode in
offline) offline ;;
live) live ;;
all) offline; echo; live ;;
esac
