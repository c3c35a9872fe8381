"""L2TPv2 (RFC 2661) by hand: control messages of each type with AVPs
of many kinds (hidden, mandatory, vendor, result codes, Q.931 cause,
proxy authentication, call errors, ACCM), ZLB, and data messages with
length, sequence and offset fields."""
import struct

from app_common import udp4, udp6, record_family
from scapy.all import Raw, PPP, IP, ICMP

T, L, S, O, P = 0x8000, 0x4000, 0x0800, 0x0200, 0x0100


def avp(attr, value, mandatory=True, hidden=False, vendor=0):
    flags = (0x8000 if mandatory else 0) | (0x4000 if hidden else 0)
    return struct.pack("!HHH", flags | (6 + len(value)), vendor, attr) + value


def control(tunnel, session, ns, nr, avps):
    body = b"".join(avps)
    return Raw(struct.pack("!HHHHHH", T | L | S | 2, 12 + len(body), tunnel, session, ns, nr) + body)


def msg_type(t):
    return avp(0, struct.pack("!H", t))


u16 = lambda v: struct.pack("!H", v)  # noqa: E731
u32 = lambda v: struct.pack("!I", v)  # noqa: E731
sccrq = [msg_type(1), avp(2, u16(0x0100)), avp(3, u32(3)), avp(4, u32(3)), avp(6, u16(0x0690)),
         avp(7, b"lac.example"), avp(8, b"Vendor Inc", mandatory=False), avp(9, u16(7)), avp(10, u16(8)),
         avp(11, b"challenge-bytes!")]
msgs = [
    control(0, 0, 0, 0, sccrq),
    control(7, 0, 0, 1, [msg_type(2), avp(2, u16(0x0100)), avp(3, u32(1)), avp(7, b"lns"), avp(9, u16(9)),
                         avp(13, b"r" * 16)]),
    control(9, 0, 1, 1, [msg_type(3), avp(13, b"x" * 16)]),
    control(9, 0, 2, 1, [msg_type(4), avp(9, u16(7)), avp(1, u16(1) + u16(0) + b"bye")]),
    control(9, 0, 3, 1, [msg_type(6)]),
    control(9, 0, 4, 1, [msg_type(7), avp(14, u16(1)), avp(15, u32(42)), avp(21, b"5551234"), avp(22, b"5550000"),
                         avp(23, b"sub"), avp(18, u32(1)), avp(19, u32(3)), avp(36, u16(1) + b"\x00" * 4)]),
    control(9, 0, 5, 1, [msg_type(8), avp(14, u16(2))]),
    control(9, 1, 6, 1, [msg_type(9), avp(24, u32(100000000)), avp(19, u32(2)), avp(26, b"init-lcp"),
                         avp(27, b"last-sent"), avp(28, b"last-recv"), avp(29, u16(2)), avp(30, b"user"),
                         avp(31, b"chal"), avp(32, u16(1)), avp(33, b"resp"), avp(38, u32(0x100)),
                         avp(25, u32(3)), avp(39, b"")]),
    control(9, 0, 7, 1, [msg_type(10), avp(14, u16(3)), avp(15, u32(7)), avp(18, u32(2)), avp(19, u32(1)),
                         avp(21, b"100"), avp(34, b"\x00" * 8)]),
    control(9, 0, 8, 1, [msg_type(11), avp(14, u16(3))]),
    control(9, 3, 9, 1, [msg_type(12), avp(24, u32(64000))]),
    control(9, 3, 10, 1, [msg_type(14), avp(1, u16(3) + u16(1)), avp(14, u16(4)),
                          avp(46, u16(0x1001) + b"\x01" + b"msg")]),
    control(9, 3, 11, 1, [msg_type(15), avp(34, u16(0) + u32(1) + u32(2) + u32(3) + u32(4) + u32(5) + u32(6))]),
    control(9, 3, 12, 1, [msg_type(16), avp(35, u16(0) + u32(0xffffffff) + u32(0))]),
    control(9, 0, 13, 1, [msg_type(5), avp(5, b"\x00" * 8, hidden=True), avp(40, b"x", vendor=311)]),
    control(9, 0, 13, 1, [msg_type(20)]),
    Raw(struct.pack("!HHHHHH", T | L | S | 2, 12, 9, 0, 14, 2)),
]
ppp = bytes(PPP(proto=0x21) / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP())
data = [
    Raw(struct.pack("!HHH", 2, 9, 3) + b"\xff\x03" + ppp),
    Raw(struct.pack("!HHHH", L | 2, 10 + len(ppp), 9, 3) + b"\xff\x03" + ppp),
    Raw(struct.pack("!HHHHH", S | P | 2, 9, 3, 5, 0) + b"\xff\x03" + ppp),
    Raw(struct.pack("!HHHH", O | 2, 9, 3, 4) + b"\x00\x00\x00\x00" + b"\xff\x03" + ppp),
    Raw(struct.pack("!HHH", 3, 9, 3) + b"\x00" * 8),
    # PPP carrying IPX (protocol 0x002b): a SAP request.
    Raw(struct.pack("!HHH", 2, 9, 3) + b"\xff\x03\x00\x2b" + struct.pack("!HHBB", 0xFFFF, 34, 0, 4)
        + b"\x00\x00\x00\x01" + b"\xff" * 6 + struct.pack("!H", 0x452)
        + b"\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + struct.pack("!H", 0x4000)
        + struct.pack("!HH", 1, 4)),
]

CASES = [
    ("app-l2tp-control", [udp4(1701, 1701) / m for m in msgs], (44, 50, 56, 64, 80)),
    ("app-l2tp-data", [udp4(1701, 1701) / m for m in data] + [udp6(1701, 1701) / data[1]], (44, 48, 52, 56)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_l2tp", CASES)
