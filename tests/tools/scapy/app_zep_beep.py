"""ZEP v1/v2 (UDP 17754) carrying IEEE 802.15.4 frames (scapy's dot15d4
layer), and BEEP keywords (TCP 10288)."""
import struct
from record import record, start
from scapy.all import Ether, IP, UDP, TCP, Raw
from scapy.layers.dot15d4 import Dot15d4, Dot15d4Data, Dot15d4Beacon, Dot15d4Ack

start("app_zep_beep")
ip = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src="198.18.0.1", dst="198.18.0.2")
udp = ip / UDP(sport=17754, dport=17754)
data = bytes(Dot15d4(fcf_frametype=1, seqnum=5) / Dot15d4Data(dest_panid=0x1234, dest_addr=0xFFFF, src_addr=0x0001) / Raw(b"hi"))
beacon = bytes(Dot15d4(fcf_frametype=0, seqnum=9) / Dot15d4Beacon(src_panid=0x1234, src_addr=0x0002))
ack = bytes(Dot15d4(fcf_frametype=2, seqnum=1))


def v1(inner, crc=0, lqi=200):
    return b"EX" + struct.pack(">BBHBB", 1, 11, 0xBEEF, crc, lqi) + bytes(7) + bytes([len(inner)]) + inner


def v2(inner, kind=1, crc=0, lqi=77, secs=3900000000, frac=0x80000000, seq=42):
    return b"EX" + struct.pack(">BBBHBB", 2, kind, 15, 0x0102, crc, lqi) + struct.pack(">II", secs, frac) + \
        struct.pack(">I", seq) + bytes(10) + bytes([len(inner)]) + inner


packets = [
    udp / Raw(v1(data)), udp / Raw(v1(beacon, crc=1)), udp / Raw(v1(b"")),
    udp / Raw(v2(data)), udp / Raw(v2(ack, secs=0, frac=12345)), udp / Raw(v2(beacon, frac=0xFFFFFFFF)),
    udp / Raw(b"EX" + bytes([2, 2]) + struct.pack(">I", 77)),
    udp / Raw(b"EY" + bytes(20)), udp / Raw(b"EX\x01\x00"), udp / Raw(v2(b"\x07\x00\x00", kind=1)),
    udp / Raw(v1(data) + b"trailing"),
]
record("app_zep_beep", "app_zep", packets, cuts=(50, 60, 80))

tcp = ip / TCP(sport=10288, dport=40000, flags="PA")
packets = [tcp / Raw(w) for w in (b"MSG\0 1 2", b"MSG 1 2 . 0 10\r\n", b"RPY 0 0", b"ERR x", b"ANS 1", b"NUL 2",
                                   b"SEQ 3", b"END\0", b"END\r\n", b"xyz!", b"RP")]
record("app_zep_beep", "app_beep", packets, flagsets=[[], ["-v"]])
