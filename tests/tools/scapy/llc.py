"""802.3/LLC and the Alteon jumbo type as scapy builds them: scapy puts
type 0x8870 under Ether()/LLC(), where most captures carry a length."""
from record import record, start
from scapy.all import Ether, Dot3, LLC, SNAP, STP, IP, ICMP, Raw

start("llc")
mac = dict(src="02:00:00:00:00:01", dst="01:80:c2:00:00:00")
record(
    "llc",
    "llc-jumbo",
    [
        Ether(**mac) / LLC() / STP(),
        Ether(**mac) / LLC() / STP(version=2, bpdutype=2, bpduflags=0x3C),
        Ether(**mac, type=0x8870) / Raw(bytes.fromhex("e0e003ffff0000")),
        Dot3(**mac) / LLC() / STP(),
        Dot3(**mac) / LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / SNAP(OUI=0, code=0x800) / IP(src="198.18.0.1", dst="198.18.0.2") / ICMP(),
    ],
    cuts=(14, 16, 30),
)
