"""AppleTalk in UDP ("kip"): LAP and DDP on the AppleTalk gateway port
ranges, printed by udp_print's AppleTalk case; other LAP types and other
ports fall through to the port rows (PTP on 319)."""
import struct
from record import record, start
from scapy.all import Ether, IP, UDP, Raw

start("app_kip")
ip = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src="198.18.0.1", dst="198.18.0.2")
# LAP (dst, src, type 2) + long DDP (length, checksum, dst net, src net,
# dst node, src node, dst socket, src socket, type) + an ATP request.
ddp = lambda n, ddptype, body: bytes([0xff, 0x05, 2]) + struct.pack(">HHHHBBBBB", 13 + len(body), 0, 100, n, 0xff, 5, 2, 0xfd, ddptype) + body
atp = bytes([0x40, 0x0f, 0x04, 0xd2, 0, 0, 0, 0])
rtmp = bytes([0, 100, 8, 5])
packets = [
    ip / UDP(sport=200, dport=40000) / Raw(ddp(200, 3, atp)),
    ip / UDP(sport=40000, dport=768 + 5) / Raw(ddp(201, 1, rtmp)),
    ip / UDP(sport=16600, dport=16600) / Raw(ddp(202, 2, b"\x01\x02")),
    ip / UDP(sport=250, dport=40000) / Raw(bytes([1, 2, 1]) + bytes(10)),
    ip / UDP(sport=319, dport=319) / Raw(bytes([0, 2]) + bytes(42)),
    ip / UDP(sport=319, dport=319) / Raw(ddp(7, 3, atp)),
    ip / UDP(sport=200, dport=40000) / Raw(bytes([0xff, 0x05, 2])),
]
record("app_kip", "app_kip", packets, cuts=(44, 50))
