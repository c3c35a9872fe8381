"""What every app_*.py generator shares: the addresses its packets carry
(198.18.0.0/15 and 2001:db8::/32, never routed) and the recording of a
family's CASES."""
from record import FLAGSETS, record, start
from scapy.all import Ether, IP, IPv6, UDP, TCP

MAC = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
V4 = dict(src="198.18.0.1", dst="198.18.0.2")
V6 = dict(src="2001:db8::1", dst="2001:db8::2")


def udp4(sport, dport, **ip):
    return Ether(**MAC) / IP(**dict(V4, **ip)) / UDP(sport=sport, dport=dport)


def udp6(sport, dport, **ip):
    return Ether(**MAC) / IPv6(**dict(V6, **ip)) / UDP(sport=sport, dport=dport)


def tcp4(sport, dport, **ip):
    return Ether(**MAC) / IP(**dict(V4, **ip)) / TCP(sport=sport, dport=dport, flags="PA", seq=1000, ack=2000)


def tcp6(sport, dport, **ip):
    return Ether(**MAC) / IPv6(**dict(V6, **ip)) / TCP(sport=sport, dport=dport, flags="PA", seq=1000, ack=2000)


def record_family(family, cases):
    """Record a generator's CASES afresh into FAMILY.list: each case is
    (name, packets, cuts) or (name, packets, cuts, flagsets)."""
    start(family)
    for case in cases:
        name, packets, cuts = case[:3]
        record(family, name, packets, flagsets=case[3] if len(case) > 3 else FLAGSETS, cuts=cuts)
