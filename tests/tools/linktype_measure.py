#!/usr/bin/env python3
"""Filters on every link type libpcap compiles for, measured against tcpdump.

usage: unshare --net python3 linktype_measure.py AFSNIFF COUNT SEED [LINKTYPE...]

For each link type (by default every LINKTYPE_ number libpcap 1.10 knows a
layout or a keyword family for, plus a few of its matching range), writes
an empty pcap file of that type, generates COUNT expressions (seeded) from
primitives whose code depends on the link layer (protocols named at the
link layer, link addresses, direction, encapsulations, header offsets, and
the pflog, MTP2/SS7, SunATM and 802.11 keywords) joined with and/or/not,
and compares `AFSNIFF -r F -d EXPR` with `tcpdump -r F -d EXPR`: the same
accept/refuse decision, and the listing's length. Prints one line per link
type (agreement, identical listings, median length ratio) and the totals.
Must run without network: generated names could reach a DNS server.
"""
import os, random, statistics, struct, subprocess, sys, tempfile

LINK_TYPES = [
    0, 1, 6, 7, 8, 9, 10, 50, 51, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109,
    113, 114, 117, 119, 122, 123, 127, 129, 130, 133, 135, 137, 138, 139, 140,
    143, 144, 163, 164, 166, 168, 177, 178, 179, 182, 189, 192, 195, 197, 226,
    227, 228, 229, 239, 240, 241, 242, 271, 276, 284,
]

PRIMITIVES = [
    "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "sctp", "igmp",
    "iso", "stp", "ipx", "atalk", "aarp", "decnet", "netbeui", "esis", "isis",
    "clnp", "l1", "lat", "mopdl", "llc", "llc u", "llc s", "llc i",
    "vlan", "vlan 10", "mpls", "mpls 5", "pppoed", "pppoes", "pppoes 3",
    "inbound", "outbound", "broadcast", "multicast", "ip broadcast",
    "ip multicast", "ip6 multicast", "ether broadcast", "ether multicast",
    "host 192.0.2.1", "src host 10.1.2.3", "dst net 198.18.0.0/15",
    "net 10.0.0.0/8", "host ::1", "net 2001:db8::/32", "port 53",
    "tcp port 80", "udp dst port 53", "portrange 1-100", "tcp src portrange 20-25",
    "ip proto 17", "ip6 proto 58", "proto 6", "ip protochain 6",
    "ip6 protochain 17", "protochain 17",
    "ether host 1:2:3:4:5:6", "ether src 1:2:3:4:5:6", "ether dst ff:ff:ff:ff:ff:ff",
    "link proto 0x800", "link proto \\ip6", "ether proto \\arp",
    "link[0] = 1", "link[1:2] > 5", "ether[0] & 1 != 0", "ip[0] & 0xf > 5",
    "ip[2:2] > 576", "tcp[13] & 2 != 0", "tcp[tcpflags] & tcp-syn != 0",
    "udp[8:2] = 0x1234", "icmp[icmptype] = icmp-echo", "ip6[6] = 17",
    "len > 100", "len <= 60", "greater 100", "less 60", "length > 64",
    "ifname em0", "on lo0", "rnr 5", "srnr 3", "reason match", "action block",
    "rset main", "fisu", "lssu", "msu", "hfisu", "hmsu", "sio 3", "sio > 3",
    "opc 5", "dpc 100", "sls (1 or 2)", "hsio 3", "hdpc <= 100", "vpi 1",
    "vci > 5", "vci (1 or 2)", "metac", "bcc", "sc", "ilmic", "oam", "oamf4",
    "oamf4sc", "connectmsg", "metaconnect", "lane", "lane and ip",
    "wlan type mgt", "type data subtype qos-data", "subtype beacon",
    "dir fromds", "dir tods", "wlan addr1 1:2:3:4:5:6", "wlan host 1:2:3:4:5:6",
    "wlan ra 1:2:3:4:5:6", "wlan ta 1:2:3:4:5:6",
]


def expression(r):
    n = r.choice([1, 1, 1, 2, 2, 3])
    out = []
    for i in range(n):
        p = r.choice(PRIMITIVES)
        if r.random() < 0.15:
            p = "not " + p
        if r.random() < 0.1:
            p = "(" + p + ")"
        if i:
            out.append(r.choice(["and", "or"]))
        out.append(p)
    return " ".join(out)


def listing(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return None
    return [l for l in p.stdout.splitlines() if l.startswith("(")]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    afsniff, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    types = [int(t) for t in sys.argv[4:]] or LINK_TYPES
    tmp = tempfile.mkdtemp(prefix="linktype-measure-")
    total = agree = same = 0
    all_ratios = []
    for lt in types:
        f = os.path.join(tmp, f"{lt}.pcap")
        with open(f, "wb") as fh:
            fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, lt))
        r = random.Random(seed * 1000 + lt)
        n_agree = n_same = 0
        ratios = []
        disagreements = []
        for _ in range(count):
            e = expression(r)
            a = listing([afsniff, "-r", f, "-d", e])
            b = listing(["tcpdump", "-n", "-r", f, "-d", e])
            if (a is None) == (b is None):
                n_agree += 1
            else:
                disagreements.append((e, "afsniff accepts" if a is not None else "tcpdump accepts"))
            if a is not None and b is not None:
                ratios.append(len(a) / len(b))
                n_same += a == b
        total += count
        agree += n_agree
        same += n_same
        all_ratios += ratios
        med = statistics.median(ratios) if ratios else float("nan")
        print(f"linktype {lt:3}: agree {n_agree}/{count}, both accept {len(ratios)}, "
              f"identical {n_same}, median ratio {med:.3f}")
        for e, who in disagreements[:3]:
            print(f"    {who}: {e}")
    med = statistics.median(all_ratios) if all_ratios else float("nan")
    print(f"TOTAL: {agree}/{total} agree ({100.0 * agree / total:.2f}%), "
          f"{len(all_ratios)} accepted by both, {same} identical listings, "
          f"median ratio {med:.3f}, mean {statistics.mean(all_ratios) if all_ratios else 0:.3f}")


if __name__ == "__main__":
    main()
