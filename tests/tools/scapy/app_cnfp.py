"""Cisco NetFlow v1/v5 (scapy's netflow layers) and v6 (by hand), printed
with -T cnfp; and AODV forced with -T aodv."""
import struct
from record import record, start
from scapy.all import Ether, IP, UDP, Raw
from scapy.layers.netflow import NetflowHeader, NetflowHeaderV1, NetflowRecordV1, NetflowHeaderV5, NetflowRecordV5

start("app_cnfp")
udp = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src="198.18.0.1", dst="198.18.0.2") / UDP(sport=40000, dport=2055)
v1 = NetflowHeader(version=1) / NetflowHeaderV1(count=2, sysUptime=123456, unixSecs=1700000000, unixNanoSeconds=5) / \
    NetflowRecordV1(ipsrc="198.18.1.1", ipdst="198.18.2.2", nexthop="198.18.0.254", srcport=1234, dstport=80, proto=6, tos=4, dpkts=10, dbytes=1500, starttime=1000, endtime=2500) / \
    NetflowRecordV1(ipsrc="198.18.1.3", ipdst="198.18.2.4", proto=17, dpkts=1, dbytes=60)
v5 = NetflowHeader(version=5) / NetflowHeaderV5(count=2, sysUptime=7, unixSecs=1, unixNanoSeconds=999999999, flowSequence=42) / \
    NetflowRecordV5(src="198.18.1.1", dst="198.18.2.2", srcport=53, dstport=5353, prot=17, src_as=65001, dst_as=65002, src_mask=24, dst_mask=16) / \
    NetflowRecordV5(src="198.18.1.5", dst="198.18.2.6", prot=6, tcpFlags=0, pad2=0)
v6 = struct.pack(">HHIIIII", 6, 1, 1000, 2, 3, 4, 0) + \
    bytes([198, 18, 1, 1, 198, 18, 2, 2, 0, 0, 0, 0]) + struct.pack(">HHIIIIHHBBBBHHBBHI", 1, 2, 3, 4, 5, 6, 7, 8, 0, 0x12, 6, 0, 9, 10, 8, 8, 0x0204, 0)
big_count = struct.pack(">HHIII", 1, 0, 0x00020000, 0, 0) + bytes(48)
packets = [udp / v1, udp / v5, udp / Raw(v6), udp / Raw(struct.pack(">H", 9) + bytes(20)), udp / Raw(big_count)]
record("app_cnfp", "app_cnfp", packets, flagsets=[["-T", "cnfp"], ["-v", "-T", "cnfp"], ["-n"]], cuts=(50, 70, 100))

# Without -n the record's protocol prints by tcpdump's own name for it.
start("app_cnfp", names=True)
record("app_cnfp", "app_cnfp-names", packets[:3], flagsets=[["-T", "cnfp"]], names=True)

# AODV forced by -T on another port.
aodv_rreq = bytes([1, 0, 0, 3]) + struct.pack(">I", 7) + bytes([198, 18, 9, 9]) + struct.pack(">I", 1) + bytes([198, 18, 0, 1]) + struct.pack(">I", 2)
record("app_cnfp", "app_aodv_forced", [udp / Raw(aodv_rreq)], flagsets=[["-T", "aodv"], ["-v", "-T", "aodv"]])
