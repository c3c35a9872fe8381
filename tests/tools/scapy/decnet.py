"""DECnet Phase IV routing and NSP messages (laid out from the DECnet
Phase IV Routing and NSP specifications: little-endian fields after a
16-bit length), WB (LBL whiteboard) messages to UDP port 4567, and BIND 9
lightweight resolver (lwres) messages on UDP port 921, built with scapy."""
import struct

from record import record, start
from scapy.all import IP, IPv6, UDP, Ether, Raw

start("decnet")


def le16(v):
    return struct.pack("<H", v)


def be16(v):
    return struct.pack(">H", v)


def be32(v):
    return struct.pack(">I", v)


def node(area, n):
    return le16(area << 10 | n)


def dn_id(area, n):
    # An Ethernet address of a DECnet node: the HIORD prefix and the node.
    return bytes.fromhex("aa000400") + node(area, n)


def dn(msg, dst=(1, 2), src=(1, 1), pad=b""):
    """Ether / DECnet: the 16-bit length, optional padding, the message."""
    body = pad + msg
    return Ether(src="aa:00:04:00:01:04", dst="aa:00:04:00:02:04", type=0x6003) / Raw(
        le16(len(body)) + body
    )


# Routing layer control messages.
init = b"\x01" + node(1, 1) + b"\x0b" + le16(1498) + b"\x02\x00\x00" + le16(15) + b"\x00"
verif = b"\x03" + node(1, 1) + b"\x02" + b"\x11\x22"
test = b"\x05" + node(2, 7) + b"\xaa" + b"\xaa" * 3
l1rout = (
    b"\x07" + node(1, 1) + b"\x00"
    + le16(2) + le16(0) + le16(3 << 10 | 4)
    + le16(5) + le16(3) + le16(1 << 10 | 0x1ff)
    + le16(0x1234)
)
l2rout = (
    b"\x09" + node(3, 9) + b"\x00"
    + le16(1) + le16(1) + le16(2 << 10 | 10)
    + le16(2000) + le16(4) + le16(1)
    + le16(0xBEEF)
)
rhello = (
    b"\x0b\x02\x00\x00" + dn_id(1, 3) + b"\x42" + le16(1498) + b"\x40\x00"
    + le16(15) + b"\x00" + b"\x07" + b"\x00" * 7
)
ehello = (
    b"\x0d\x02\x00\x00" + dn_id(1, 1) + b"\x07" + le16(1498) + b"\x00"
    + b"\x00" * 8 + dn_id(1, 3) + le16(10) + b"\x00" + b"\x52"
)
unknown_ctl = b"\x0f" + node(1, 1) + b"\x01\x02\x03"
routing = [
    dn(init),
    dn(verif),
    dn(test),
    dn(l1rout),
    dn(l2rout),
    dn(rhello),
    dn(ehello),
    dn(unknown_ctl),
    dn(ehello, pad=b"\x81"),
    dn(init, pad=b"\x83\x00\x00"),
    dn(b"\x42" + node(1, 1) + node(1, 2) + b"\x00" + b"\x01\x02"),
    dn(b"\x04" + node(1, 1) + node(1, 2) + b"\x00"),
    dn(init[:8]),
    Ether(src="aa:00:04:00:01:04", dst="ab:00:00:03:00:00", type=0x6003) / Raw(le16(4) + b"\x0d\x02\x00\x00"),
]
record("decnet", "decnet-routing", routing, cuts=(16, 19, 24, 30))


# Data packets: short and long routing headers, then NSP.
def short(nspmsg, flags=0x02, visits=0):
    return b"%c" % flags + node(1, 2) + node(1, 1) + bytes([visits]) + nspmsg


def long_hdr(nspmsg, flags=0x26, visits=3):
    return (
        b"%c" % flags + b"\x00\x00" + dn_id(2, 5) + b"\x00\x00" + dn_id(1, 1)
        + b"\x00" + bytes([visits]) + b"\x00\x00" + nspmsg
    )


def nsp(flags, dst=0x2003, src=0x4001, rest=b""):
    return bytes([flags]) + le16(dst) + le16(src) + rest


nsp_msgs = [
    nsp(0x60, rest=le16(0x8001) + le16(0xA002) + le16(3) + b"hello"),
    nsp(0x20, rest=le16(0x9004) + le16(5)),
    nsp(0x00, rest=le16(7) + b"xy"),
    nsp(0x40, rest=le16(0x8001) + le16(0xB003) + le16(9)),
    nsp(0x30, rest=le16(0x8002) + le16(0xA001) + le16(2) + b"!"),
    nsp(0x10, rest=le16(0x8000) + le16(0xA001) + le16(1) + b"\x01\x05"),
    nsp(0x10, rest=le16(0x8000) + le16(0x2001) + le16(2) + b"\x02\x00"),
    nsp(0x10, rest=le16(4) + b"\x04\x07"),
    nsp(0x10, rest=le16(4) + b"\x03\x07"),
    nsp(0x10, rest=le16(4) + b"\x0c\x01"),
    nsp(0x50),
    nsp(0x04, rest=le16(0x8005) + le16(0xA003)),
    nsp(0x04, rest=le16(0x9005) + le16(0xB003)),
    nsp(0x14, rest=le16(0x8006) + le16(0x0000)),
    nsp(0x24),
    nsp(0x34),
    nsp(0x18, dst=0, rest=b"\x05\x03" + le16(1459) + b"\x02\x00"),
    nsp(0x68, dst=0, rest=b"\x09\x00" + le16(576)),
    nsp(0x28, rest=b"\x01\x02" + le16(1459) + b"\x03abc"),
    nsp(0x38, rest=le16(34) + b"\x00"),
    nsp(0x38, rest=le16(200) + b"\x02ok"),
    nsp(0x48, rest=le16(42)),
    nsp(0x58),
    nsp(0x0C),
    nsp(0x60, rest=le16(0x8001)),
    b"\x60\x01",
]
data = [dn(short(m)) for m in nsp_msgs]
data += [dn(long_hdr(m)) for m in nsp_msgs[:3]]
data += [
    dn(short(nsp_msgs[0], flags=0x3A, visits=0x45)),
    dn(long_hdr(nsp_msgs[11], flags=0x0E), pad=b"\x81"),
    dn(long_hdr(b"")[:10]),
]
record("decnet", "decnet-nsp", data, cuts=(23, 27, 29, 31))


# WB: UDP to port 4567 (the destination only selects it).
def wb(typ, body, flags=0, sport=32000, dport=4567):
    hdr = be32(0xC6120001) + be32(123456) + be16(1) + bytes([typ, flags])
    return (
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
        / IP(src="198.18.0.1", dst="198.18.0.2")
        / UDP(sport=sport, dport=dport)
        / Raw(hdr + body)
    )


def page(sid, uid):
    return bytes(map(int, sid.split("."))) + be32(uid)


def dop(ts, typ, body=b""):
    d = be32(ts) + be16(len(body)) + b"\x00" + bytes([typ]) + body
    return d + b"\x00" * (-len(d) % 4)


wb_id = (
    be32(4) + page("198.18.0.9", 2)
    + be32(3) + page("198.18.0.1", 1) + be16(2) + be16(0)
    + page("198.18.0.5", 17) + page("198.18.0.6", 18)
    + b"lbl site\x00"
)
wb_id0 = be32(1) + page("198.18.0.9", 2) + be32(1) + page("198.18.0.1", 1) + be16(0) + be16(0) + b"x"
ops = dop(5, 3, b"abcd") + dop(6, 9, b"s") + dop(9, 14) + dop(10, 2) + dop(11, 99)
wbs = [
    wb(4, b""),
    wb(1, wb_id),
    wb(1, wb_id0, flags=1),
    wb(2, page("198.18.0.3", 0)[:4] + page("198.18.0.4", 7) + be32(10) + be32(20)),
    wb(3, page("198.18.0.3", 0)[:4] + page("198.18.0.4", 7) + be32(5) + be32(11) + ops),
    wb(0, page("198.18.0.4", 7) + be32(5) + be32(11) + ops),
    wb(0, page("198.18.0.4", 7) + be32(5) + be32(6) + dop(2, 15) + dop(7, 3)),
    wb(5, page("198.18.0.4", 7) + be32(3) + be32(9)),
    wb(
        7,
        be32(2)
        + be32(1) + page("198.18.0.4", 7) + b"\x02\x00\x00\x00" + page("198.18.0.5", 1) + page("198.18.0.6", 2)
        + be32(2) + page("198.18.0.7", 8) + b"\x00\x00\x00\x00",
    ),
    wb(6, b"\x00" * 8),
    wb(2, b"\x00" * 8),
    wb(1, b"\x00" * 27),
    wb(4, b"", sport=4567, dport=4000),
    wb(4, b"", sport=1812, dport=4567),
    Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
    / IP(src="198.18.0.1", dst="198.18.0.2")
    / UDP(sport=32000, dport=4567)
    / Raw(b"\x00" * 8),
]
record("decnet", "wb", wbs, cuts=(50, 60, 70, 84))


# lwres: BIND 9's lightweight resolver, UDP port 921.
def lw(opcode, body, flags=0, version=0, length=None, serial=0x1234, v6=False):
    total = 28 + len(body) if length is None else length
    hdr = (
        be32(total) + be16(version) + be16(flags) + be32(serial) + be32(opcode)
        + be32(0) + be32(4096) + be16(0) + be16(0)
    )
    if v6:
        net = IPv6(src="2001:db8::1", dst="2001:db8::2")
    else:
        net = IP(src="198.18.0.1", dst="198.18.0.2")
    return (
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
        / net
        / UDP(sport=40000, dport=921)
        / Raw(hdr + body)
    )


def lwname(s, nul=b"\x00"):
    return be16(len(s)) + s + nul


def lwaddr(family, a):
    return be32(family) + be16(len(a)) + a


GABN, GNBA, GRBN = 0x10001, 0x10002, 0x10003
lwreses = [
    lw(0, b""),
    lw(0, b"", flags=1),
    lw(GABN, be32(0) + be32(3) + lwname(b"www.example.com")),
    lw(GABN, be32(1) + be32(0x11) + lwname(b"host", nul=b"!")),
    lw(
        GABN,
        be32(0) + be16(2) + be16(3) + lwname(b"www.example.com")
        + lwname(b"alias1") + lwname(b"alias2")
        + lwaddr(1, bytes([198, 18, 0, 7])) + lwaddr(2, bytes(range(16))) + lwaddr(9, b"\xde\xad"),
        flags=1,
    ),
    lw(GNBA, be32(0) + lwaddr(1, bytes([198, 18, 0, 8]))),
    lw(GNBA, be32(0) + lwaddr(2, b"\x01\x02")),
    lw(GNBA, be32(0) + be16(1) + lwname(b"host.example") + lwname(b"h"), flags=1),
    lw(GRBN, be32(0) + be16(1) + be16(28) + lwname(b"example.org")),
    lw(GRBN, be32(0) + be16(3) + be16(300) + lwname(b"example.org")),
    lw(
        GRBN,
        be32(0) + be16(1) + be16(16) + be32(93784) + be16(2) + be16(1)
        + lwname(b"txt.example") + be16(3) + b"abc" + be16(2) + b"\x01\x02" + be16(1) + b"\xff",
        flags=1,
    ),
    lw(7, b"\x00" * 4),
    lw(7, b"", flags=1),
    lw(0, b"", flags=0x8001),
    lw(0, b"", version=1),
    lw(0, b"\x00" * 6, length=30),
    lw(0, b"", length=40),
    lw(GABN, be32(0) + be32(2) + lwname(b"six.example"), v6=True),
]
record("decnet", "lwres", lwreses, cuts=(60, 75, 90, 110))
