"""EPON MPCP (ethertype 0x8808) and Realtek's protocols (0x8899), built
by hand after IEEE 802.3ah and print-realtek.c's layouts (scapy has no
layer for either)."""
import struct
from record import record, start
from scapy.all import Ether, Raw

start("net_mpcp_realtek")
eth = dict(src="02:00:00:00:00:01", dst="01:80:c2:00:00:01")


def mpcp(opcode, body=b"", ts=1000):
    return Ether(**eth, type=0x8808) / Raw(struct.pack(">HI", opcode, ts) + body + bytes(max(0, 40 - len(body))))


packets = [
    mpcp(1),
    mpcp(2, bytes([0x0A]) + struct.pack(">IH", 5000, 100) + struct.pack(">IH", 6000, 200) + struct.pack(">H", 77)),
    mpcp(2, bytes([0x18]) + struct.pack(">IH", 1, 2) + struct.pack(">H", 3)),
    mpcp(3, bytes([3, 0x05]) + struct.pack(">HH", 10, 20) + bytes([0x80]) + struct.pack(">H", 30)),
    mpcp(4, bytes([1, 4])), mpcp(4, bytes([3, 0])), mpcp(4, bytes([0, 0])),
    mpcp(5, struct.pack(">HBHB", 513, 3, 99, 2)), mpcp(5, struct.pack(">HBHB", 1, 4, 1, 1)),
    mpcp(6, struct.pack(">BHH", 1, 513, 99)), mpcp(6, struct.pack(">BHH", 0, 1, 2)),
    mpcp(9, b"\x01\x02\x03"),
    Ether(**eth, type=0x8808) / Raw(struct.pack(">HI", 2, 5) + bytes([3]) + struct.pack(">IH", 1, 2)),
]
record("net_mpcp_realtek", "net_mpcp", packets, flagsets=[[], ["-v"], ["-vvv", "-e"]], cuts=(16, 21, 24))

rt = dict(src="02:00:00:00:00:01", dst="ff:ff:ff:ff:ff:ff", type=0x8899)
mac = bytes.fromhex("020000000009")
packets = [
    Ether(**rt) / Raw(bytes([1, 0x00]) + struct.pack(">H", 0x2379) + bytes(40)),
    Ether(**rt) / Raw(bytes([1, 0x80]) + struct.pack(">H", 0x2379) + bytes([3, 9]) + mac + struct.pack(">HI", 0x8316, 0x10ec) + bytes(26)),
    Ether(**rt) / Raw(bytes([1, 0x01]) + struct.pack(">H", 0x2379) + struct.pack("<HI", 0x0218, 0xdeadbeef) + struct.pack(">II", 1, 2) + bytes(24)),
    Ether(**rt) / Raw(bytes([1, 0x82]) + struct.pack(">H", 0x1234) + struct.pack("<HI", 7, 9) + struct.pack(">II", 3, 4) + bytes(24)),
    Ether(**rt) / Raw(bytes([1, 0x05]) + bytes(44)),
    Ether(**rt) / Raw(bytes([2]) + bytes(45)), Ether(**rt) / Raw(bytes([3]) + bytes(45)),
    Ether(**rt) / Raw(bytes([0x23]) + bytes(45)), Ether(**rt) / Raw(bytes([4]) + bytes(45)),
    Ether(**rt) / Raw(bytes([0x91]) + bytes(45)), Ether(**rt) / Raw(bytes([0xA2]) + bytes(45)),
    Ether(**rt) / Raw(bytes([0x55]) + bytes(45)),
]
record("net_mpcp_realtek", "net_realtek", packets, flagsets=[[], ["-v"], ["-e"]], cuts=(15, 17, 24))
