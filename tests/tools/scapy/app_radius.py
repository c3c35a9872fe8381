"""RADIUS as scapy builds it: access and accounting exchanges, many
attribute types (strings, addresses, integers with names, tunnel tags,
vendor-specific), CoA/Disconnect, IPv4 and IPv6."""
from app_common import udp4, udp6, record_family
from scapy.all import Radius, RadiusAttribute, RadiusAttr_Vendor_Specific, Raw

auth = b"\x11" * 16


def attr(t, v):
    return RadiusAttribute(type=t, value=v)


def u32(v):
    return v.to_bytes(4, "big")


request_attrs = [
    attr(1, b"alice"), attr(2, b"\xaa" * 16), attr(4, bytes([198, 18, 0, 1])), attr(5, u32(7)),
    attr(6, u32(2)), attr(7, u32(1)), attr(8, bytes([198, 18, 0, 9])), attr(12, u32(1500)),
    attr(30, b"00-11-22-33-44-55"), attr(31, b"02-00-00-00-00-01"), attr(32, b"nas1"),
    attr(61, u32(15)), attr(87, b"eth0"), attr(80, b"\x00" * 16), attr(79, b"\x02\x01\x00\x06\x01a"),
    attr(44, b"SESSION1"), attr(95, bytes([198, 18, 0, 7]) * 4), attr(96, b"\x00\x40\x20\x01\x0d\xb8\x00\x00"),
    attr(97, b"\x00\x40\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"), attr(27, u32(3600)),
]
reply_attrs = [
    attr(25, b"class-1"), attr(18, b"Welcome"), attr(28, u32(300)), attr(29, u32(1)),
    attr(64, b"\x01\x00\x00\x03"), attr(65, b"\x01\x00\x00\x01"), attr(81, b"\x01vlan42"),
    attr(82, b"\x01\x00\x00\x05"), attr(24, b"state-xyz"),
    RadiusAttr_Vendor_Specific(vendor_id=311, vendor_type=16, value=b"\x00" * 8),
    RadiusAttr_Vendor_Specific(vendor_id=9, vendor_type=1, value=b"shell:priv-lvl=15"),
    RadiusAttr_Vendor_Specific(vendor_id=14122, vendor_type=7, value=b"x"),
]
acct_attrs = [
    attr(40, u32(1)), attr(41, u32(5)), attr(42, u32(123456)), attr(43, u32(654321)), attr(44, b"S1"),
    attr(45, u32(1)), attr(46, u32(3600)), attr(47, u32(100)), attr(48, u32(200)), attr(49, u32(1)),
    attr(50, b"multi"), attr(51, u32(2)), attr(52, u32(1)), attr(53, u32(2)), attr(55, u32(1700000000)),
    attr(85, u32(600)),
]
msgs = [
    Radius(code=1, id=1, authenticator=auth, attributes=request_attrs),
    Radius(code=2, id=1, authenticator=auth, attributes=reply_attrs),
    Radius(code=3, id=2, authenticator=auth, attributes=[attr(18, b"Denied")]),
    Radius(code=11, id=3, authenticator=auth, attributes=[attr(79, b"\x01\x01\x00\x05\x01"), attr(24, b"st")]),
    Radius(code=4, id=4, authenticator=auth, attributes=acct_attrs),
    Radius(code=5, id=4, authenticator=auth),
    Radius(code=40, id=5, authenticator=auth, attributes=[attr(1, b"alice"), attr(101, u32(201))]),
    Radius(code=41, id=5, authenticator=auth),
    Radius(code=43, id=6, authenticator=auth, attributes=[attr(101, u32(404))]),
    Radius(code=12, id=7, authenticator=auth),
    Radius(code=250, id=8, authenticator=auth, attributes=[attr(200, b"unknown attribute")]),
]

CASES = [
    ("app-radius", [udp4(1645, 1812) / m for m in msgs[:4]] + [udp4(1646, 1813) / m for m in msgs[4:6]]
     + [udp4(3799, 3799) / m for m in msgs[6:]], (50, 62, 70, 100)),
    ("app-radius6", [udp6(1812, 1812) / msgs[0], udp6(1813, 1813) / msgs[4]], (80, 90)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_radius", CASES)
