"""EGP (IP protocol 8) and Mobile IP minimal encapsulation (55), built by
hand after RFC 904 and RFC 2004 (scapy has no layer for either), and IP
protocol numbers tcpdump names without -n."""
import struct
from record import record, start
from scapy.all import Ether, IP, IPv6, Raw, checksum, inet_aton

start("ip_egp_mobile")
start("ip_proto_names", names=True)
eth = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")


def ip(proto, payload):
    return eth / IP(src="198.18.0.1", dst="198.18.0.2", proto=proto) / Raw(payload)


def egp(kind, code, status, word10=0, poll_or_net=b"\0\0\0\0", body=b"", version=2, asn=65001, seq=7):
    head = struct.pack(">BBBBHHHH", version, kind, code, status, 0, asn, seq, word10) + poll_or_net
    msg = head + body
    ck = checksum(msg)
    return msg[:4] + struct.pack(">H", ck) + msg[6:]


def gws(intgw, extgw):
    return (intgw << 8) | extgw


# update: class C source net, 1 interior and 1 exterior gateway
update_c = egp(1, 0, 1, gws(1, 1), inet_aton("198.18.5.0"),
               bytes([9, 2, 1, 1, 10, 2, 2, 128, 7, 192, 168, 3]) + bytes([8, 1, 3, 1, 44]))
update_a = egp(1, 0, 0x81, gws(1, 0), inet_aton("10.0.0.0"), bytes([0, 0, 4, 1, 1, 1, 11]))
update_b = egp(1, 0, 2, gws(0, 1), inet_aton("172.16.0.0"), bytes([0, 9, 1, 3, 2, 172, 17, 12]))
update_e = egp(1, 0, 1, gws(1, 0), inet_aton("240.0.0.0"), bytes([1, 2, 3, 4, 1, 1, 1, 10]))
packets = [
    ip(8, egp(3, 0, 1, 30, struct.pack(">HH", 120, 0))),
    ip(8, egp(3, 1, 2, 30, struct.pack(">HH", 120, 0))),
    ip(8, egp(3, 0, 5, 30, struct.pack(">HH", 120, 0))),
    ip(8, egp(3, 2, 4)), ip(8, egp(3, 3, 5)), ip(8, egp(3, 4, 1)), ip(8, egp(3, 9, 0)),
    ip(8, egp(5, 0, 1)), ip(8, egp(5, 1, 2)), ip(8, egp(5, 1, 7)), ip(8, egp(5, 4, 0)),
    ip(8, egp(2, 0, 0, 0, inet_aton("198.18.5.0"))), ip(8, egp(2, 0, 9, 0, inet_aton("10.0.0.0"))),
    ip(8, update_c), ip(8, update_a), ip(8, update_b), ip(8, update_e),
    ip(8, update_c[:-3]),
    ip(8, egp(8, 0, 1, 3)), ip(8, egp(8, 0, 2, 6)), ip(8, egp(8, 0, 0, 99)),
    ip(8, egp(9, 0, 0)), ip(8, egp(3, 0, 0, version=3)),
    ip(8, egp(2, 0, 0)[:12]),
]
record("ip_egp_mobile", "egp", packets, flagsets=[[], ["-v"], ["-vvv", "-e"]], cuts=(40, 50, 60))


def mobile(proto, source, good=True):
    head = struct.pack(">HH", proto, 0) + inet_aton("198.18.0.9") + (inet_aton("198.18.0.8") if source else b"")
    ck = checksum(head) if good else 0x1234
    return head[:2] + struct.pack(">H", ck) + head[4:] + (b"" if source else inet_aton("198.18.0.8"))


packets = [ip(55, mobile(0x0400, False)), ip(55, mobile(0x0480, True)), ip(55, mobile(0x0480, True, False)),
           ip(55, mobile(0x2900, False)),
           eth / IPv6(src="2001:db8::1", dst="2001:db8::2", nh=55) / Raw(mobile(0x0400, False))]
record("ip_egp_mobile", "mobile", packets, flagsets=[[], ["-v"]], cuts=(40, 44))

# Without -n: every IP protocol number by tcpdump's own names.
packets = [eth / IP(src="198.18.0.1", dst="198.18.0.2", proto=n) / Raw(b"\0" * 8)
           for n in range(256) if n not in (6, 17, 1, 2, 4, 41)]
record("ip_proto_names", "ip-proto-names", packets, flagsets=[[], ["-v"]], names=True)
