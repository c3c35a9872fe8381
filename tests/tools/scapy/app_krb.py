"""Kerberos on UDP 88 as tcpdump's print-krb.c sees it: Kerberos V4
requests, replies and errors in both byte orders (by hand), and a
Kerberos V5 AS-REQ built by scapy, which it names by version only."""
import struct

from app_common import udp4, udp6, record_family
from scapy.all import Raw
from scapy.layers.kerberos import Kerberos, KRB_AS_REQ, KRB_KDC_REQ_BODY, PrincipalName, ASN1_GENERAL_STRING


def v4(kind, body, little=False):
    return Raw(bytes([4, (kind << 1) | (1 if little else 0)]) + body)


def cstr(s):
    return s + b"\x00"


msgs = [
    v4(1, cstr(b"alice") + cstr(b"") + cstr(b"EXAMPLE.COM") + struct.pack("!I", 1700000000) + bytes([96])
       + cstr(b"krbtgt") + cstr(b"EXAMPLE.COM")),
    v4(1, cstr(b"alice") + cstr(b"admin") + cstr(b"EXAMPLE.COM") + struct.pack("<I", 1700000000) + bytes([12])
       + cstr(b"rcmd") + cstr(b"host"), little=True),
    v4(2, cstr(b"alice") + cstr(b"") + cstr(b"EXAMPLE.COM") + struct.pack("!I", 1700000000) + bytes([1])
       + struct.pack("!I", 1700003600) + bytes([1]) + struct.pack("!H", 8) + b"\x00" * 8),
    v4(4, bytes([0, 8, 1]) + cstr(b"EXAMPLE.COM") + bytes([4, 8]) + b"tkt" + b"\x00" * 9 + b"auth"),
    v4(16, bytes([0, 8, 1]) + cstr(b"EXAMPLE.COM") + bytes([8, 4]) + b"\x00" * 12),
    v4(32, cstr(b"alice") + cstr(b"") + cstr(b"EXAMPLE.COM") + struct.pack("!I", 1700000000)
       + struct.pack("!I", 8) + cstr(b"principal unknown")),
    v4(9, b"\x00" * 4),
    Raw(bytes([5, 0]) + b"\x00" * 6),
    Raw(bytes([3, 0])),
]
as_req = Kerberos(root=KRB_AS_REQ(reqBody=KRB_KDC_REQ_BODY(
    cname=PrincipalName(nameString=[ASN1_GENERAL_STRING(b"alice")]), realm=ASN1_GENERAL_STRING(b"EXAMPLE.COM"),
    sname=PrincipalName(nameString=[ASN1_GENERAL_STRING(b"krbtgt"), ASN1_GENERAL_STRING(b"EXAMPLE.COM")]),
    nonce=12345, etype=[18, 17])))

# krb.rs (another helper's file) prints only "v4" for V4 messages here, where
# tcpdump names the message and its principals: not recorded until it does.
CASES = []
DIFFERS = [
    ("app-krb", [udp4(40000, 88) / m for m in msgs] + [udp6(88, 40000) / msgs[0], udp4(40000, 88) / Raw(bytes(as_req))],
     (43, 44, 48, 60)),
]

if __name__ == "__main__":
    record_family("app_krb", CASES)
