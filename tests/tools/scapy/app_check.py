"""Compare afsniff with tcpdump on the cases of app_*.py generators
without recording them: the loop that finds differences before a family
is recorded.

    cd tests/tools/scapy
    unshare --net /work/venv-scapy/bin/python app_check.py AFSNIFF app_dns [app_ntp ...] [-q]

Each generator module holds CASES (recorded) and DIFFERS (cases whose
lines still differ, kept out of the recorded tests), both lists of
(name, packets, cuts[, flagsets]). Prints the first differing line of each case and
flag set, then lines identical per case; a panic or a run over 10 s
counts as a difference.
"""
import importlib
import os
import subprocess
import sys
import tempfile

from record import FLAGSETS, _write_pcap


def run(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=10, env=dict(os.environ, TZ="GMT0"))
    except subprocess.TimeoutExpired:
        return ["<timeout>"], ""
    return r.stdout.decode("latin1").split("\n"), r.stderr.decode("latin1")


def compare(afsniff, cases, quiet, tmp):
    from scapy.all import raw

    total = same = 0
    summary = []
    for case in cases:
        name, packets, cuts = case[:3]
        flagsets = case[3] if len(case) > 3 else FLAGSETS
        frames = [raw(p) for p in packets]
        wires = [len(f) for f in frames]
        for cut in (None,) + tuple(cuts):
            cname = name if cut is None else f"{name}-cut{cut}"
            data = frames if cut is None else [f[:cut] for f in frames]
            pcap = os.path.join(tmp, cname + ".pcap")
            _write_pcap(pcap, data, wires)
            for flags in flagsets:
                base = ["-#", "-n", "-r", pcap] + flags
                want, _ = run(["tcpdump"] + base)
                got, err = run([afsniff] + base)
                if "panicked" in err:
                    got = got + ["<panic> " + err.strip().splitlines()[0]]
                n = max(len(want), len(got))
                s = sum(1 for i in range(min(len(want), len(got))) if want[i] == got[i])
                total += n
                same += s
                if s < n:
                    summary.append(f"  {cname} {' '.join(flags) or '-n'}: {s}/{n}")
                    if not quiet:
                        for i in range(n):
                            w = want[i] if i < len(want) else "<none>"
                            g = got[i] if i < len(got) else "<none>"
                            if w != g:
                                print(f"## {cname} {' '.join(flags)} line {i}\n  T: {w}\n  A: {g}")
                                break
    return total, same, summary


def main():
    args = [a for a in sys.argv[1:] if a != "-q"]
    quiet = "-q" in sys.argv
    afsniff = os.path.abspath(args[0])
    with tempfile.TemporaryDirectory() as tmp:
        for modname in args[1:]:
            mod = importlib.import_module(modname)
            for label, cases in (("CASES", mod.CASES), ("DIFFERS", getattr(mod, "DIFFERS", []))):
                if not cases:
                    continue
                total, same, summary = compare(afsniff, cases, quiet, tmp)
                print(f"{modname} {label}: lines {same}/{total}")
                print("\n".join(summary))


if __name__ == "__main__":
    main()
