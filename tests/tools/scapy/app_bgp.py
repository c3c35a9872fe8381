"""BGP-4 by hand (RFC 4271 and its extensions): OPEN with capabilities,
UPDATE with many path attributes, IPv6 MP_REACH/MP_UNREACH, withdrawn
routes, NOTIFICATION codes, ROUTE-REFRESH and KEEPALIVE, over IPv4 and
IPv6 TCP."""
import struct

from app_common import tcp4, tcp6, record_family
from scapy.all import Raw


def msg(kind, body):
    return b"\xff" * 16 + struct.pack("!HB", 19 + len(body), kind) + body


def cap(code, data):
    return bytes([code, len(data)]) + data


def open_msg(asn, caps):
    params = b"".join(bytes([2, len(c)]) + c for c in caps)
    return msg(1, struct.pack("!BHH4sB", 4, asn, 180, bytes([198, 18, 0, 1]), len(params)) + params)


def attr(flags, code, data):
    if len(data) > 255:
        flags |= 0x10
    if flags & 0x10:
        return struct.pack("!BBH", flags, code, len(data)) + data
    return bytes([flags, code, len(data)]) + data


def prefix4(text):
    addr, plen = text.split("/")
    plen = int(plen)
    raw = bytes(int(x) for x in addr.split("."))
    return bytes([plen]) + raw[: (plen + 7) // 8]


def prefix6(raw16, plen):
    return bytes([plen]) + raw16[: (plen + 7) // 8]


def update(withdrawn, attrs, nlri):
    w = b"".join(prefix4(p) for p in withdrawn)
    a = b"".join(attrs)
    n = b"".join(prefix4(p) for p in nlri)
    return msg(2, struct.pack("!H", len(w)) + w + struct.pack("!H", len(a)) + a + n)


v6a = bytes.fromhex("20010db8000100000000000000000000")
v6b = bytes.fromhex("20010db8000200000000000000000000")
nh6 = bytes.fromhex("20010db8000000000000000000000001") + bytes.fromhex("fe800000000000000000000000000001")
as4 = lambda *a: b"".join(struct.pack("!I", x) for x in a)  # noqa: E731
attrs = [
    attr(0x40, 1, b"\x00"),
    attr(0x40, 2, bytes([2, 3]) + as4(65001, 65002, 4200000000) + bytes([1, 2]) + as4(65010, 65011)),
    attr(0x40, 3, bytes([198, 18, 0, 1])),
    attr(0x80, 4, struct.pack("!I", 100)),
    attr(0x40, 5, struct.pack("!I", 200)),
    attr(0x40, 6, b""),
    attr(0xC0, 7, as4(65001) + bytes([198, 18, 0, 1])),
    attr(0xC0, 8, struct.pack("!HHHHI", 65001, 100, 65535, 65281, 0xFFFFFF02)),
    attr(0x80, 9, bytes([198, 18, 0, 9])),
    attr(0x80, 10, bytes([198, 18, 0, 10, 198, 18, 0, 11])),
    attr(0xC0, 16, bytes.fromhex("0002fde8000000640102c6120001000a0003fde800000001")),
    attr(0xC0, 32, struct.pack("!III", 65001, 1, 2)),
]
mp_reach = attr(0x80, 14, struct.pack("!HBB", 2, 1, 32) + nh6 + b"\x00" + prefix6(v6a, 48) + prefix6(v6b, 64))
mp_unreach = attr(0x80, 15, struct.pack("!HB", 2, 1) + prefix6(v6a, 48))
mp_vpn = attr(0x80, 14, struct.pack("!HBB", 1, 128, 12) + b"\x00" * 8 + bytes([198, 18, 0, 1]) + b"\x00"
              + bytes([112]) + b"\x00\x01\x01" + struct.pack("!HHI", 0, 65001, 7) + bytes([198, 18, 5]))
msgs = [
    open_msg(65001, [cap(1, struct.pack("!HBB", 1, 0, 1)), cap(1, struct.pack("!HBB", 2, 0, 1)),
                     cap(2, b""), cap(128, b""), cap(65, struct.pack("!I", 4200000000)),
                     cap(64, struct.pack("!H", 0x8078) + struct.pack("!HBB", 1, 1, 0x80)),
                     cap(69, struct.pack("!HBB", 1, 1, 3)), cap(70, b""), cap(73, b"\x04host\x00")]),
    open_msg(23456, [cap(65, struct.pack("!I", 65536)), cap(200, b"\x01\x02")]),
    msg(4, b""),
    update([], attrs, ["198.18.1.0/24", "198.18.128.0/17", "10.0.0.0/8", "198.18.2.128/25"]),
    update(["198.18.3.0/24", "0.0.0.0/0"], [], []),
    update([], [attrs[0], attrs[1], mp_reach], []),
    update([], [mp_unreach], []),
    update([], [attrs[0], mp_vpn], []),
    msg(3, bytes([6, 2]) + b"shutdown"),
    msg(3, bytes([2, 2]) + struct.pack("!H", 65001)),
    msg(3, bytes([3, 1])),
    msg(3, bytes([4, 0])),
    msg(3, bytes([1, 2, 0, 5])),
    msg(3, bytes([6, 1, 0, 1, 1, 0, 0, 0, 100])),
    msg(5, struct.pack("!HBB", 1, 0, 1)),
    msg(5, struct.pack("!HBB", 2, 1, 1)),
    msg(9, b"\x00"),
]

CASES = [
    ("app-bgp", [tcp4(40000, 179) / Raw(m) for m in msgs], (60, 70, 80, 100)),
    ("app-bgp6", [tcp6(179, 40000) / Raw(m) for m in msgs[:6]], (80, 100)),
    ("app-bgp-stream", [tcp4(179, 40001) / Raw(msgs[2] + msgs[3] + msgs[2])], (100, 140)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_bgp", CASES)
