"""Protocols tcpdump reaches only by -T on UDP: RTP and RTCP (scapy's
RTP and RTCP layers, and RTCP report kinds by hand), VAT, WB, CNFP
(NetFlow v1/v5/v6/v7 headers) and RESP over TCP, each recorded with
its -T at every verbosity."""
import struct

from app_common import udp4, udp6, tcp4, record_family
from scapy.all import RTP, Raw, NetflowHeader, NetflowHeaderV5, NetflowRecordV5, NetflowHeaderV1, NetflowRecordV1


def with_type(kind):
    return [["-T", kind], ["-T", kind, "-v"], ["-T", kind, "-vv"], ["-T", kind, "-vvv", "-e"]]


rtp = [
    RTP(payload_type=0, sequence=1, timestamp=160, sourcesync=0x11223344) / Raw(b"\xff" * 160),
    RTP(payload_type=8, marker=1, sequence=65535, timestamp=0xffffffff, sourcesync=1) / Raw(b"\xd5" * 20),
    RTP(payload_type=96, extension=1, sequence=7, timestamp=9000, sourcesync=2) / Raw(b"\xbe\xde\x00\x01\x10\xaa\x00\x00" + b"v" * 12),
    RTP(payload_type=18, numsync=2, sync=[3, 4], sequence=8, timestamp=80, sourcesync=5) / Raw(b"g" * 10),
    RTP(version=1, payload_type=0),
    RTP(padding=1, payload_type=101, sequence=9, timestamp=1) / Raw(b"\x01\x00\x00\xa0\x00\x00\x02"),
]


def rtcp(pt, count, body):
    return struct.pack("!BBH", 0x80 | count, pt, len(body) // 4) + body


ssrc = struct.pack("!I", 0x11223344)
block = struct.pack("!IIIIII", 0x55667788, 0x05000010, 1000, 3, 0xAABBCCDD, 100)
sr = rtcp(200, 1, ssrc + struct.pack("!IIIII", 0xE5000000, 0x80000000, 160000, 100, 16000) + block)
rr = rtcp(201, 1, ssrc + block)
sdes = rtcp(202, 1, ssrc + b"\x01\x0buser@host.x\x02\x03bob\x00\x00")
bye = rtcp(203, 1, ssrc + b"\x04done\x00\x00\x00")
app = rtcp(204, 0, ssrc + b"NAME" + b"\x00" * 4)
block2 = struct.pack("!IIIIII", 0x99AABBCC, 0x01000002, 2000, 7, 0x11110000, 200)
# Two different report blocks: tcpdump prints the first one twice.
rr2 = rtcp(201, 2, ssrc + block + block2)
rtcp_msgs = [Raw(rr2 + bye), Raw(sr + sdes), Raw(rr + sdes), Raw(rr + bye), Raw(app), Raw(rtcp(201, 0, ssrc)), Raw(sr)]

vat = [
    Raw(struct.pack("!BBHI", 0, 0, 1, 16000) + b"\x00" * 20),
    Raw(struct.pack("!BBHI", 0, 3, 2, 32000) + b"\x00" * 40),
    Raw(struct.pack("!BBH", 1, 5, 3) + b"Alice\x00"),
    Raw(struct.pack("!BBH", 0x20, 1, 4) + b"\x00" * 8),
]


def wb_msg(kind, body, flags=0):
    return Raw(struct.pack("!IIHBB", 0xC6120001, 1000, 1, kind, flags) + body)


site = bytes([198, 18, 0, 1])
peer = bytes([198, 18, 0, 2])


def dop(kind, body=b"", ts=0):
    return struct.pack("!IHBB", ts, len(body), 0, kind) + body + b"\x00" * ((4 - len(body) % 4) % 4)


ops = dop(2, b"\x00" * 8) + dop(3) + dop(14, ts=4) + dop(9, b"text!") + dop(10)
wb = [
    wb_msg(1, struct.pack("!I4sI", 3, site, 7) + struct.pack("!I4sIHH", 2, peer, 5, 2, 0)
           + site + struct.pack("!I", 10) + peer + struct.pack("!I", 20) + b"lbl-site\x00"),
    wb_msg(2, peer + site + struct.pack("!III", 7, 1, 9)),
    wb_msg(3, peer + site + struct.pack("!III", 7, 1, 5) + ops),
    wb_msg(0, site + struct.pack("!III", 7, 1, 5) + ops, flags=1),
    wb_msg(0, site + struct.pack("!III", 7, 3, 2)),
    wb_msg(0, site + struct.pack("!III", 7, 5, 6) + dop(15, ts=2) + dop(99)),
    wb_msg(5, site + struct.pack("!III", 7, 1, 9)),
    wb_msg(7, struct.pack("!I", 2) + struct.pack("!I4sIHH", 1, site, 7, 0x0100, 0) + peer + struct.pack("!I", 4)
           + struct.pack("!I4sIHH", 2, peer, 8, 0, 0)),
    wb_msg(4, b"", flags=2),
    wb_msg(9, b"\x00" * 4),
    wb_msg(1, b"\x00" * 8),
    Raw(b"\x00" * 8),
]
v5 = NetflowHeader(version=5) / NetflowHeaderV5(count=2, sysUptime=3600000, unixSecs=1700000000, unixNanoSeconds=5,
                                                 flowSequence=77, engineType=1, engineID=2, samplingInterval=0x4064) \
    / NetflowRecordV5(src="198.18.0.1", dst="198.18.0.2", nexthop="198.18.0.254", input=1, output=2, dpkts=10,
                      dOctets=1500, first=1000, last=2000, srcport=1234, dstport=80, tcpFlags=0x1b, prot=6, tos=0x10,
                      src_as=65001, dst_as=65002, src_mask=24, dst_mask=16) \
    / NetflowRecordV5(src="198.18.0.3", dst="198.18.0.4", prot=17, srcport=53, dstport=5353)
v1 = NetflowHeader(version=1) / NetflowHeaderV1(count=1, sysUptime=10, unixSecs=1700000000) \
    / NetflowRecordV1(ipsrc="198.18.0.1", ipdst="198.18.0.2", proto=1, dpkts=3, dbytes=252)
cnfp = [v5, v1, Raw(bytes(v5)[:2].replace(b"\x00\x05", b"\x00\x06") + bytes(v5)[2:] + b"\x00" * 8),
        Raw(b"\x00\x07" + bytes(v5)[2:]), Raw(b"\x00\x09\x00\x00")]
resp = [
    b"*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n", b"+OK\r\n", b"-ERR unknown command\r\n", b":1000\r\n",
    b"$5\r\nhello\r\n", b"$-1\r\n", b"*-1\r\n", b"*3\r\n:1\r\n:2\r\n*1\r\n+x\r\n", b"PING\r\n",
]

CASES = [
    ("app-rtp", [udp4(5004, 5004) / m for m in rtp] + [udp6(5006, 5006) / rtp[0]], (44, 50, 54), with_type("rtp")),
    ("app-rtcp", [udp4(5005, 5005) / m for m in rtcp_msgs], (44, 50, 60, 80), with_type("rtcp")),
    ("app-vat", [udp4(3456, 3456) / m for m in vat], (43, 46, 50), with_type("vat")),
    ("app-wb", [udp4(4567, 4567) / m for m in wb], (50, 56, 62, 74, 90), with_type("wb")),
    ("app-cnfp", [udp4(2055, 2055) / m for m in cnfp], (50, 66, 80, 120), with_type("cnfp")),
    ("app-resp", [tcp4(40000, 6379) / Raw(m) for m in resp], (56, 60)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_rtp", CASES)
