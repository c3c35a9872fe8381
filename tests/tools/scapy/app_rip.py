"""RIP v1/v2 (with simple and MD5 authentication), RIPng and HSRP as
scapy builds them: requests, responses, route tags, next hops, odd
metrics and address families, HSRP states and opcodes."""
from app_common import udp4, udp6, record_family
from scapy.all import RIP, RIPEntry, RIPAuth, HSRP, HSRPmd5, Raw, load_contrib

load_contrib("ripng")
from scapy.contrib.ripng import RIPng, RIPngEntry

rip = [
    RIP(cmd=1, version=1) / RIPEntry(AF=0, addr="0.0.0.0", metric=16),
    RIP(cmd=2, version=1) / RIPEntry(addr="198.18.1.0", metric=1) / RIPEntry(addr="198.18.2.0", metric=15),
    RIP(cmd=1, version=2) / RIPEntry(AF=0, metric=16),
    RIP(cmd=2, version=2) / RIPEntry(addr="198.18.1.0", mask="255.255.255.0", nextHop="198.18.0.254", RouteTag=7,
                                     metric=2)
    / RIPEntry(addr="198.18.0.0", mask="255.254.0.0", metric=16) / RIPEntry(AF=7, addr="1.2.3.4", metric=3),
    RIP(cmd=2, version=2) / RIPAuth(authtype=2, password=b"secret") / RIPEntry(addr="198.18.3.0",
                                                                                mask="255.255.255.0", metric=1),
    RIP(cmd=2, version=2) / RIPAuth(authtype=3, digestoffset=44, keyid=1, authdatalen=16, seqnum=99)
    / RIPEntry(addr="198.18.4.0", mask="255.255.255.0", metric=1)
    / RIPAuth(authtype=1, password=b"\x00" * 16) / Raw(b""),
    RIP(cmd=5, version=2),
    RIP(cmd=2, version=3) / RIPEntry(addr="198.18.1.0"),
]
ripng = [
    RIPng(cmd=1) / RIPngEntry(prefix_or_nh="::", prefixlen=0, metric=16),
    RIPng(cmd=2) / RIPngEntry(prefix_or_nh="2001:db8:1::", prefixlen=48, metric=1, routetag=5)
    / RIPngEntry(prefix_or_nh="fe80::1", prefixlen=0, metric=0xFF)
    / RIPngEntry(prefix_or_nh="2001:db8:2::", prefixlen=64, metric=2),
    RIPng(cmd=1) / RIPngEntry(prefix_or_nh="2001:db8:3::", prefixlen=56, metric=1),
    RIPng(cmd=2, ver=2),
]
hsrp = [
    HSRP(opcode=0, state=16, priority=120, group=1, virtualIP="198.18.0.254"),
    HSRP(opcode=0, state=8, priority=100, group=1, virtualIP="198.18.0.254"),
    HSRP(opcode=1, state=16, priority=255, group=2, auth=b"mypass\x00\x00", virtualIP="198.18.0.253"),
    HSRP(opcode=2, state=4, group=3, virtualIP="0.0.0.0"),
    HSRP(opcode=0, state=2, hellotime=1, holdtime=3),
    HSRP(opcode=0, state=1),
    HSRP(opcode=3, state=0),
    HSRP(version=1, opcode=0, state=16),
]

CASES = [
    ("app-rip", [udp4(520, 520, dst="224.0.0.9") / m for m in rip], (44, 46, 50, 60)),
    ("app-ripng", [udp6(521, 521, dst="ff02::9") / m for m in ripng], (66, 70, 80)),
    ("app-hsrp", [udp4(1985, 1985, dst="224.0.0.2", ttl=1) / m for m in hsrp], (44, 50, 58)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_rip", CASES)
