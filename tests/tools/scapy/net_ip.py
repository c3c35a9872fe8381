"""The network layer as scapy builds it: IPv4 options of every kind and
fragments, IPv6 extension headers (hop-by-hop options with a jumbo
payload, routing types 0, 2 and 4 (segment routing), fragments,
destination options, mobility), AH, ESP, IPComp, and GRE with keys,
sequence numbers, checksums, PPTP's enhanced GRE and ERSPAN."""
from scapy.all import (
    Ether, IP, IPv6, ICMP, UDP, TCP, Raw, IPOption_RR, IPOption_Timestamp, IPOption_LSRR,
    IPOption_SSRR, IPOption_Router_Alert, IPOption_NOP, IPOption_EOL, IPOption_Security,
    IPOption_Stream_Id, IPOption_MTU_Probe, IPOption_Traceroute, IPOption_SDBM,
    IPv6ExtHdrHopByHop, IPv6ExtHdrDestOpt, IPv6ExtHdrRouting, IPv6ExtHdrFragment,
    IPv6ExtHdrSegmentRouting, IPv6ExtHdrSegmentRoutingTLVIngressNode, IPv6ExtHdrSegmentRoutingTLVPadN,
    Jumbo, PadN, Pad1, RouterAlert, HAO, ICMPv6EchoRequest, AH, ESP, GRE, GRE_PPTP,
    MIP6MH_BU, MIP6MH_BA, MIP6MH_BRR, MIP6MH_HoTI, MIP6MH_CoT, MIP6MH_BE, MIP6OptAltCoA,
    MIP6OptNonceIndices, MIP6OptBindingAuthData, MIP6OptBRAdvice, PPP, IPv6ExtHdrRouting,
)
from scapy.layers.inet6 import IPv6ExtHdrRouting as RH
from scapy.contrib.erspan import ERSPAN, ERSPAN_II, ERSPAN_III

MAC = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
A, B = "198.18.0.1", "198.18.0.2"
A6, B6 = "2001:db8::1", "2001:db8::2"


def ip(*layers, **kw):
    return [Ether(**MAC) / IP(src=A, dst=B, **kw) / l for l in layers]


IPOPTS = [
    Ether(**MAC) / IP(src=A, dst=B, options=opts) / ICMP()
    for opts in (
        [IPOption_RR(routers=["198.18.1.1", "0.0.0.0", "0.0.0.0"])],
        [IPOption_RR(pointer=8, routers=["198.18.1.1", "198.18.1.2"])],
        [Raw(b"\x44\x0c\x05\x00" + b"\x00\x00\x03\xe8\x00\x00\x07\xd0")],
        [IPOption_Timestamp(flg=1, pointer=13, internet_address="198.18.1.1", timestamp=5000)],
        [IPOption_Timestamp(flg=3, pointer=5, internet_address="198.18.1.1", timestamp=0)],
        [Raw(b"\x44\x08\x05\x21" + b"\x00\x00\x00\x07")],
        [IPOption_LSRR(routers=["198.18.2.1", "198.18.2.2"])],
        [IPOption_SSRR(pointer=8, routers=["198.18.2.1", "198.18.2.2"])],
        [IPOption_Router_Alert()],
        [IPOption_Router_Alert(alert=5)],
        [IPOption_NOP(), IPOption_NOP(), IPOption_Router_Alert(), IPOption_EOL()],
        [IPOption_Security(security=0x7856, compartment=1, handling_restrictions=2, transmission_control_code=b"abc")],
        [IPOption_Stream_Id(security=77)],
        [IPOption_MTU_Probe(mtu=1500)],
        [IPOption_Traceroute(id=1, outbound_hops=2, return_hops=3, originator_ip="198.18.0.1")],
        [Raw(b"\x9e\x06\x00\x00\x00\x00")],
        [Raw(b"\x07\x03\x04\x00")],
        [Raw(b"\x83\x03\x04\x00")],
        [Raw(b"\x44\x02")],
    )
] + [
    Ether(**MAC) / IP(src=A, dst=B, tos=0xb8, ttl=1, id=0xbeef, flags="DF") / UDP(sport=1, dport=2),
    Ether(**MAC) / IP(src=A, dst=B, tos=3, flags="evil") / TCP(),
    Ether(**MAC) / IP(src=A, dst=B, proto=253) / Raw(b"x" * 12),
    Ether(**MAC) / IP(src=A, dst=B, chksum=0x1234) / ICMP(),
]

FRAGS = ip(
    UDP(sport=1000, dport=2000) / Raw(b"a" * 32),
    Raw(b"b" * 24),
    flags="MF", id=7,
) + [Ether(**MAC) / IP(src=A, dst=B, id=7, frag=5, proto=17) / Raw(b"c" * 16),
     Ether(**MAC) / IP(src=A, dst=B, id=8, frag=100, flags="MF", proto=6) / Raw(b"d" * 8),
     Ether(**MAC) / IP(src=A, dst=B, id=9, frag=1, proto=1) / Raw(b"e" * 8)]

SRH = IPv6ExtHdrSegmentRouting(addresses=["2001:db8::a", "2001:db8::b", "2001:db8::c"], segleft=1, lastentry=2, tag=7)
IP6EXT = [
    Ether(**MAC) / IPv6(src=A6, dst=B6) / l
    for l in (
        IPv6ExtHdrHopByHop(options=[RouterAlert(value=0), PadN(optdata=b"\x00\x00")]) / ICMPv6EchoRequest(),
        IPv6ExtHdrHopByHop(options=[Pad1(), Pad1(), HAO(hoa="2001:db8::77")]) / UDP(),
        IPv6ExtHdrHopByHop(options=[Jumbo(jumboplen=100000)]) / UDP(),
        IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\x00" * 4)]) / TCP(),
        IPv6ExtHdrDestOpt(options=[HAO(hoa="2001:db8::77")]) / ICMPv6EchoRequest(),
        RH(type=0, addresses=["2001:db8::a", "2001:db8::b"], segleft=2) / UDP(),
        RH(type=2, addresses=["2001:db8::77"], segleft=1) / ICMPv6EchoRequest(),
        SRH / UDP(),
        IPv6ExtHdrSegmentRouting(addresses=["2001:db8::a"], segleft=0, lastentry=0, protected=1, oam=1, alert=1, hmac=1) / TCP(),
        IPv6ExtHdrFragment(offset=0, m=1, id=0x11223344) / UDP() / Raw(b"x" * 16),
        IPv6ExtHdrFragment(offset=3, m=0, id=0x11223344, nh=17) / Raw(b"x" * 8),
        IPv6ExtHdrHopByHop() / IPv6ExtHdrDestOpt() / RH(type=0, addresses=[], segleft=0) / IPv6ExtHdrFragment() / ICMPv6EchoRequest(),
        IPv6ExtHdrDestOpt(options=[PadN(otype=0x3e, optdata=b"\x01\x02")]) / UDP(),
    )
]

MOBILITY = [
    Ether(**MAC) / IPv6(src=A6, dst=B6) / l
    for l in (
        MIP6MH_BRR(),
        MIP6MH_HoTI(cookie=b"\x01" * 8),
        MIP6MH_CoT(cookie=b"\x02" * 8, index=3),
        MIP6MH_BU(seq=10, flags=0x49, mhtime=100, options=[MIP6OptAltCoA(acoa="2001:db8::99")]),
        MIP6MH_BU(seq=11, mhtime=3, options=[MIP6OptNonceIndices(hni=1, coni=2), MIP6OptBindingAuthData(authenticator=0x0102030405060708090a0b0c)]),
        MIP6MH_BA(status=128, flags=0x80, seq=10, mhtime=50, options=[MIP6OptBRAdvice(rinter=4)]),
        MIP6MH_BE(status=2, ha="2001:db8::1"),
    )
]

IPSEC = ip(
    AH(spi=0x1001, seq=1, icv=b"\x11" * 12, nh=1) / ICMP(),
    ESP(spi=0x2002, seq=7) / Raw(b"\x00" * 20),
    Raw(bytes.fromhex("0400") + bytes.fromhex("0002") + b"\x00" * 12),
) + [
    Ether(**MAC) / IP(src=A, dst=B, proto=108) / Raw(bytes.fromhex("06010003") + b"\x00" * 8),
    Ether(**MAC) / IPv6(src=A6, dst=B6) / AH(spi=0x3003, seq=2, icv=b"\x22" * 12, nh=58) / ICMPv6EchoRequest(),
    Ether(**MAC) / IPv6(src=A6, dst=B6) / ESP(spi=0x4004, seq=9) / Raw(b"\x00" * 8),
    Ether(**MAC) / IP(src=A, dst=B) / UDP(sport=4500, dport=4500) / ESP(spi=0x5005, seq=1) / Raw(b"\x00" * 8),
]
IPSEC[2] = Ether(**MAC) / IP(src=A, dst=B, proto=51) / Raw(bytes.fromhex("3b0400000000300100000005") + b"\x33" * 12)

GRES = ip(
    GRE() / IP(src="198.18.9.1", dst="198.18.9.2") / ICMP(),
    GRE(key_present=1, key=0x1234, seqnum_present=1, sequence_number=99) / IP(src="198.18.9.1", dst="198.18.9.2") / UDP(),
    GRE(chksum_present=1, proto=0x86DD) / IPv6(src=A6, dst=B6) / ICMPv6EchoRequest(),
    GRE(routing_present=1, proto=0x0800, offset=0) / Raw(b"\x00\x00\x00\x00"),
    GRE(proto=0x6558) / Ether(**MAC) / IP(src=A, dst=B) / ICMP(),
    GRE(proto=0x8847) / Raw(bytes.fromhex("00064140")) / IP(src="198.18.9.1", dst="198.18.9.2") / ICMP(),
    GRE(proto=0x88BE, seqnum_present=1, sequence_number=5) / ERSPAN_II(vlan=10, session_id=7, index=3) / Ether(**MAC) / IP(src=A, dst=B) / ICMP(),
    GRE(proto=0x22EB, seqnum_present=1, sequence_number=6) / ERSPAN_III(vlan=11, session_id=8, timestamp=123, d=1, gra=1, o=0) / Ether(**MAC) / IP(src=A, dst=B) / ICMP(),
    GRE(proto=0x88BE) / Ether(**MAC) / IP(src=A, dst=B) / ICMP(),
    GRE_PPTP(seqnum_present=1, acknum_present=1, sequence_number=3, ack_number=2, call_id=0x4000, payload_len=0),
    GRE_PPTP(seqnum_present=1, sequence_number=4, call_id=0x4000) / PPP(proto=0x0021) / IP(src=A, dst=B) / ICMP(),
    GRE(version=1, proto=0x880B, key_present=1, key=0x00104000) / Raw(b""),
    GRE(version=2) / Raw(b"\x00" * 4),
    GRE(proto=0x1234) / Raw(b"\x00" * 4),
)

# RFC 1701 source routing, by hand: bad offsets and lengths are named
# and the walk goes on; good IP and ASN entries; the terminator; an entry
# past the datagram.
GRES += ip(
    Raw(bytes.fromhex("f8000800" + "00000000" + "00001234" + "00000007"
                      + "08000508" + "c6120101c6120102" + "08000006" + "c61201010000"
                      + "08000808" + "c6120101c6120102" + "fffe0104" + "00640065"
                      + "08000408" + "c6120101c6120102" + "fffe0204" + "00640065" + "00000000")
        / IP(src="198.18.9.1", dst="198.18.9.2") / ICMP()),
    Raw(bytes.fromhex("c0000800" + "00000000" + "08000408" + "c6120101")),
    proto=47,
)

CASES = [
    ("net-ipopt", IPOPTS, dict(cuts=(16, 34, 38))),
    ("net-ipfrag", FRAGS, dict(cuts=(30, 42))),
    ("net-ip6ext", IP6EXT, dict(cuts=(56, 60, 70, 90))),
    ("net-mobility", MOBILITY, dict(cuts=(56, 60, 66))),
    ("net-ipsec", IPSEC, dict(cuts=(36, 40, 44))),
    ("net-gre", GRES, dict(cuts=(36, 40, 44, 50))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_ip", CASES)
