"""LDP, OpenFlow 1.0, Mobile IP and MGCP as scapy builds
them (or by hand where scapy has no layer): message types of each,
with fields away from scapy's defaults."""
import struct

from app_common import MAC, V4, udp4, tcp4, udp6, record_family
from scapy.all import (
    Raw, load_contrib, Ether, IP, ICMP,
)

load_contrib("ldp")
load_contrib("openflow")
from scapy.contrib.ldp import LDP, LDPHello, LDPInit, LDPKeepAlive, LDPAddress, LDPLabelMM, LDPLabelReqM, \
    LDPLabelWM, LDPLabelRelM, LDPNotification
from scapy.contrib.openflow import (
    OFPTHello, OFPTEchoRequest, OFPTEchoReply, OFPTFeaturesRequest, OFPTFeaturesReply, OFPTPacketIn,
    OFPTPacketOut, OFPTFlowMod, OFPTBarrierRequest, OFPTPortStatus, OFPTSetConfig, OFPTStatsRequestDesc,
    OFPTStatsReplyDesc, OFPTVendor, OFPTGetConfigReply, OFPTFlowRemoved,
)

ldp = [
    LDP(id="198.18.0.1") / LDPHello(params=[15, 0, 0]),
    LDP(id="198.18.0.1") / LDPInit(params=[180, 0, 0, 0, 0, "198.18.0.2", 0]),
    LDP(id="198.18.0.1") / LDPKeepAlive(),
    LDP(id="198.18.0.1") / LDPAddress(address=["198.18.0.1", "198.18.1.1"]),
    LDP(id="198.18.0.1") / LDPLabelMM(fec=[("198.18.4.0", 24)], label=17),
    LDP(id="198.18.0.1") / LDPLabelReqM(fec=[("198.18.5.0", 24)]),
    LDP(id="198.18.0.1") / LDPLabelWM(fec=[("198.18.4.0", 24)], label=17),
    LDP(id="198.18.0.1") / LDPLabelRelM(fec=[("198.18.4.0", 24)], label=17),
    LDP(id="198.18.0.1") / LDPNotification(status=(0, 0, 10, 0, 0)),
]
frame = bytes(Ether(src="02:00:00:00:00:0a", dst="02:00:00:00:00:0b") / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP())
openflow = [
    OFPTHello(xid=1),
    OFPTEchoRequest(xid=2) / Raw(b"ping"),
    OFPTEchoReply(xid=2),
    OFPTFeaturesRequest(xid=3),
    OFPTFeaturesReply(xid=3, datapath_id=0x0000020000000001, n_buffers=256, n_tables=2),
    # RESERVED is named but unassigned: named, and "(bogus)".
    OFPTFeaturesReply(xid=3, datapath_id=1, n_buffers=0, n_tables=1, capabilities=0x9F, actions=0x7FF),
    OFPTSetConfig(xid=4, flags=1, miss_send_len=128),
    OFPTGetConfigReply(xid=5, flags=2, miss_send_len=0xffff),
    OFPTPacketIn(xid=6, buffer_id=0xffffffff, in_port=1, reason=0) / Raw(frame),
    OFPTPacketOut(xid=7, buffer_id=0xffffffff, in_port=0xfffd, actions=[]) / Raw(frame),
    OFPTFlowMod(xid=8, cookie=5, cmd=0, idle_timeout=10, hard_timeout=30, priority=100, flags=1),
    OFPTFlowRemoved(xid=9, cookie=5, priority=100, reason=1, duration_sec=3, packet_count=10, byte_count=1000),
    OFPTPortStatus(xid=10, reason=2),
    OFPTStatsRequestDesc(xid=11),
    OFPTStatsReplyDesc(xid=11, mfr_desc=b"afsniff", hw_desc=b"hw", sw_desc=b"sw", serial_num=b"1", dp_desc=b"dp"),
    OFPTBarrierRequest(xid=12),
    OFPTVendor(xid=13, vendor=0x2320) / Raw(b"\x00\x00\x00\x01"),
]
# Mobile IP minimal encapsulation (RFC 2004, IP protocol 55): what
# tcpdump's print-mobile.c decodes; it has no printer for UDP 434.
mobile = [
    struct.pack("!BBH4s", 4, 0, 0, bytes([198, 19, 0, 2])),
    struct.pack("!BBH4s4s", 17, 0x80, 0, bytes([198, 19, 0, 2]), bytes([198, 19, 0, 1])),
    struct.pack("!BBH4s", 6, 0, 0x1234, bytes([198, 19, 0, 2])),
    struct.pack("!BBH", 1, 0x80, 0),
]


def with_checksum(header):
    """The header with its Internet checksum filled in."""
    total = sum(struct.unpack("!%dH" % (len(header) // 2), header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return header[:2] + struct.pack("!H", ~total & 0xFFFF) + header[4:]


mobile += [with_checksum(mobile[0]), with_checksum(mobile[1]) + b"trailing"]


def mgcp(text):
    return Raw(text.replace(b"\n", b"\r\n"))


mgcp_msgs = [
    mgcp(b"CRCX 1201 aaln/1@gw.example MGCP 1.0\nC: A3C47F21456789F0\nL: p:10, a:PCMU\nM: recvonly\n"),
    mgcp(b"200 1201 OK\nI: FDE234C8\n\nv=0\no=- 25678 753849 IN IP4 198.18.0.1\n"),
    mgcp(b"RQNT 1202 aaln/1@gw.example MGCP 1.0\nX: 0123456789AC\nR: hd\n"),
    mgcp(b"DLCX 1203 aaln/1@gw.example MGCP 1.0\nC: A3C47F21456789F0\nI: FDE234C8\n"),
    mgcp(b"250 1203 OK\nP: PS=1245, OS=62345, PR=780, OR=45123, PL=10, JI=27, LA=48\n"),
    mgcp(b"NTFY 2002 aaln/1@rgw.example MGCP 1.0\nN: ca@ca1.example:5678\nX: 0123456789AC\nO: hd\n"),
    mgcp(b"510 1204 bad\n"),
]

CASES = [
    ("app-ldp", [udp4(646, 646, dst="224.0.0.2") / ldp[0]] + [tcp4(40000, 646) / m for m in ldp[1:]],
     (60, 64, 70, 80)),
    ("app-openflow", [tcp4(40000, 6653) / m for m in openflow], (56, 62, 70, 90)),
    ("app-mgcp", [udp4(2427, 2727) / m for m in mgcp_msgs] + [udp6(2727, 2427) / mgcp_msgs[1]], (46, 60)),
    ("app-mobile", [Ether(**MAC) / IP(proto=55, **V4) / Raw(m) for m in mobile], (34, 36, 40)),
]

if __name__ == "__main__":
    record_family("app_misc", CASES)
