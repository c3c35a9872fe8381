#!/usr/bin/env python3
"""Regenerates fuzz/corpus/<target>/ from tests/data/corpus (or $AFSNIFF_CORPUS).

Usage: python3 fuzz/seeds.py [AFSNIFF_BINARY]   (run from the repository root;
the binary, default target/debug/afsniff, gives the -dd programs).

Small inputs only: a few packets cut out of each capture, one program per
expression in filters-dev.txt, so that the committed corpus stays well
under 2 MB and libFuzzer starts from shapes it would take long to find.
"""

import hashlib
import os
import struct
import subprocess
import sys

CORPUS = os.environ.get("AFSNIFF_CORPUS", "tests/data/corpus")
OUT = "fuzz/corpus"
AFSNIFF = sys.argv[1] if len(sys.argv) > 1 else "target/debug/afsniff"
# Index of each link type in checks::LINKS.
ETHERNET, RAW, SLL, SLL2, NULL, LOOP, OTHER = range(7)


def put(target, data, name=None):
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def pcap_records(path):
    """(header bytes, [(record header, data)]) of a pcap file."""
    raw = open(path, "rb").read()
    endian = "<" if raw[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    recs, off = [], 24
    while off + 16 <= len(raw):
        _, _, caplen, _ = struct.unpack_from(endian + "IIII", raw, off)
        recs.append((raw[off : off + 16], raw[off + 16 : off + 16 + caplen]))
        off += 16 + caplen
    return raw[:24], recs, endian


def frame_key(f):
    """A coarse protocol signature, to pick one frame of each kind."""
    et = f[12:14]
    i = 14
    while et in (b"\x81\x00", b"\x88\xa8") and len(f) >= i + 4:
        et, i = f[i + 2 : i + 4], i + 4
    proto = ports = b""
    if et == b"\x08\x00" and len(f) > i + 9:
        proto = f[i + 9 : i + 10]
        ihl = (f[i] & 15) * 4
        ports = f[i + ihl : i + ihl + 4]
    elif et == b"\x86\xdd" and len(f) > i + 6:
        proto = f[i + 6 : i + 7]
        ports = f[i + 40 : i + 44]
    small = min(int.from_bytes(ports[:2] or b"\0", "big"), int.from_bytes(ports[2:4] or b"\0", "big"))
    return (et, proto, small if small < 1024 else 0, len(f) < 60, f[i : i + 1] if proto else b"")


def printer_seeds():
    _, recs, _ = pcap_records(os.path.join(CORPUS, "mixed.pcap"))
    _, core, _ = pcap_records(os.path.join(CORPUS, "core.pcap"))
    seen, picked = set(), []
    for _, f in recs + core:
        k = frame_key(f)
        if k not in seen and len(f) <= 1600:
            seen.add(k)
            picked.append(f)
    for i, f in enumerate(picked[:150]):
        put("printer", bytes([ETHERNET, 0]) + f)
        if i % 4 == 0 and len(f) > 14 and f[12:14] in (b"\x08\x00", b"\x86\xdd"):
            payload, et = f[14:], f[12:14]
            put("printer", bytes([RAW, 0]) + payload)
            sll = b"\x00\x00\x00\x01\x00\x06" + f[6:12] + b"\x00\x00" + et
            put("printer", bytes([SLL, 0]) + sll + payload)
            sll2 = et + b"\x00\x00\x00\x00\x00\x02\x00\x01\x04\x06" + f[6:12] + b"\x00\x00"
            put("printer", bytes([SLL2, 0]) + sll2 + payload)
            fam = 2 if et == b"\x08\x00" else 10
            put("printer", bytes([NULL, 0]) + struct.pack("<I", fam) + payload)
            put("printer", bytes([LOOP, 3]) + struct.pack(">I", fam) + payload)
    return picked


def interpreter_seeds(frames):
    exprs = [
        line.strip()
        for line in open(os.path.join(CORPUS, "filters-dev.txt"))
        if line.strip() and not line.startswith("#")
    ]
    n = 0
    for j, expr in enumerate(exprs):
        for flags in (["-dd"], ["-dd", "-O"]):
            r = subprocess.run(
                [AFSNIFF, *flags, "-r", os.path.join(CORPUS, "core.pcap"), expr],
                capture_output=True,
                text=True,
            )
            if r.returncode != 0:
                continue
            insns = []
            for line in r.stdout.splitlines():
                line = line.strip().strip("{},")
                if not line:
                    continue
                code, jt, jf, k = (int(x.strip(), 0) for x in line.split(","))
                insns.append(struct.pack("<HBBI", code, jt, jf, k))
            frame = frames[(j * 7 + len(flags)) % len(frames)][:200]
            data = struct.pack("<H", len(insns)) + b"".join(insns) + b"\x00" + frame
            put("interpreter", data)
            n += 1
    return n


def file_reader_seeds():
    for name in ("core.pcap", "mixed.pcap", "mixed-nano.pcap"):
        hdr, recs, endian = pcap_records(os.path.join(CORPUS, name))
        for start in (0, 100, 1500):
            chunk = recs[start : start + 3]
            if chunk:
                put("file_reader", hdr + b"".join(h + d for h, d in chunk))
        if name == "core.pcap":
            # The same records in the other byte order.
            swapped = bytearray(hdr[:4][::-1])
            v = struct.unpack("<HHiIII", hdr[4:24])
            swapped += struct.pack(">HHiIII", *v)
            for h, d in recs[:3]:
                swapped += struct.pack(">IIII", *struct.unpack("<IIII", h)) + d
            put("file_reader", bytes(swapped), "core-big-endian")
            put("file_reader", hdr, "header-only")
    raw = open(os.path.join(CORPUS, "mixed.pcapng"), "rb").read()
    blocks, off = [], 0
    while off + 8 <= len(raw):
        _, blen = struct.unpack_from("<II", raw, off)
        blocks.append(raw[off : off + blen])
        off += blen
    put("file_reader", b"".join(blocks[:5]), "pcapng-first-packets")
    put("file_reader", b"".join(blocks[:2] + blocks[500:503]), "pcapng-middle")
    # A second section header and interface, as a concatenated file would have.
    put("file_reader", b"".join(blocks[:3] + blocks[:3]), "pcapng-two-sections")


def filter_seeds():
    for line in open(os.path.join(CORPUS, "filters-dev.txt")):
        line = line.strip()
        if line and not line.startswith("#"):
            put("filter_parser", line.encode())
    for extra in (
        "",
        "(((((((((((((((((((((((((((((((((ip)))))))))))))))))))))))))))))))))",
        "ip[0] & 0xf0 = 0x40 and len >= 64 and tcp[tcpflags] & (tcp-syn|tcp-ack) != 0",
        "vlan and vlan 100 and mpls and pppoes 3 and ip",
        "ip6 protochain 6",
        "ether host ff:ff:ff:ff:ff:ff or ether[0] & 1 != 0",
        "not not not host 10.0.0.1",
        "inbound and ifindex 2",
        "geneve and udp",
        "port é",
    ):
        put("filter_parser", extra.encode())


if __name__ == "__main__":
    filter_seeds()
    frames = printer_seeds()
    interpreter_seeds(frames)
    file_reader_seeds()
