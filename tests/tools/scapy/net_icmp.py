"""ICMP and ICMPv6 as scapy builds them: every message type and many
codes, quoted packets of several protocols, the RFC 4884 extension
structure (MPLS label stack, interface information), neighbour discovery
options, MLD v1 and v2, router renumbering, node information queries and
replies, and RPL control messages."""
from scapy.all import (
    Ether, IP, IPv6, ICMP, UDP, TCP, Raw, ICMPv6Unknown,
    ICMPv6DestUnreach, ICMPv6PacketTooBig, ICMPv6TimeExceeded, ICMPv6ParamProblem,
    ICMPv6EchoRequest, ICMPv6EchoReply, ICMPv6MLQuery, ICMPv6MLReport, ICMPv6MLDone,
    ICMPv6MLQuery2, ICMPv6MLReport2, ICMPv6MLDMultAddrRec,
    ICMPv6ND_RS, ICMPv6ND_RA, ICMPv6ND_NS, ICMPv6ND_NA, ICMPv6ND_Redirect,
    ICMPv6NDOptSrcLLAddr, ICMPv6NDOptDstLLAddr, ICMPv6NDOptPrefixInfo, ICMPv6NDOptMTU,
    ICMPv6NDOptRedirectedHdr, ICMPv6NDOptRDNSS, ICMPv6NDOptDNSSL, ICMPv6NDOptRouteInfo,
    ICMPv6NDOptAdvInterval, ICMPv6NDOptHAInfo, ICMPv6NDOptUnknown, ICMPv6NDOptEFA,
    ICMPv6NIQueryNOOP, ICMPv6NIQueryName, ICMPv6NIQueryIPv6, ICMPv6NIQueryIPv4,
    ICMPv6NIReplyName, ICMPv6NIReplyIPv6, ICMPv6NIReplyIPv4, ICMPv6NIReplyRefuse, ICMPv6NIReplyUnknown,
    ICMPv6HAADRequest, ICMPv6HAADReply, ICMPv6MPSol, ICMPv6MPAdv,
    ICMPv6MRD_Advertisement, ICMPv6MRD_Solicitation, ICMPv6MRD_Termination,
    IPerror, UDPerror, TCPerror, IPerror6,
)
from scapy.layers.inet import ICMPExtension_Header, ICMPExtension_InterfaceInformation
from scapy.contrib.mpls import ICMPExtension_MPLS, MPLS

MAC = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
A, B, C = "198.18.0.1", "198.18.0.2", "198.18.1.9"
A6, B6 = "2001:db8::1", "2001:db8::2"


def v4(*msgs):
    return [Ether(**MAC) / IP(src=A, dst=B) / m for m in msgs]


def v6(*msgs, dst=B6, hlim=255):
    return [Ether(**MAC) / IPv6(src=A6, dst=dst, hlim=hlim) / m for m in msgs]


QUOTED_UDP = IPerror(src=B, dst=C, ttl=1) / UDPerror(sport=33434, dport=33435)
QUOTED_TCP = IPerror(src=B, dst=C) / TCPerror(sport=1025, dport=80)

ICMP4 = v4(
    ICMP(type=8, id=7, seq=1) / Raw(b"ping" * 4),
    ICMP(type=0, id=7, seq=1) / Raw(b"ping" * 4),
    *[ICMP(type=3, code=code) / QUOTED_UDP for code in range(16)],
    ICMP(type=3, code=4, nexthopmtu=1400) / QUOTED_TCP,
    ICMP(type=3, code=3) / IPerror(src=B, dst=C, proto=1) / ICMP(type=8),
    ICMP(type=4) / QUOTED_TCP,
    *[ICMP(type=3, code=1) / IPerror(src=B, dst=C, len=n) / UDPerror() for n in (1, 2, 4, 19)],
    *[ICMP(type=5, code=code, gw="198.18.0.254") / QUOTED_UDP for code in range(4)],
    ICMP(type=9) / Raw(bytes.fromhex("02000708") + bytes.fromhex("c6120001000000ffc6120002000000fe")),
    ICMP(type=9, code=16) / Raw(bytes.fromhex("00000708")),
    ICMP(type=10),
    ICMP(type=11, code=0) / QUOTED_UDP,
    ICMP(type=11, code=1) / IPerror(src=B, dst=C, flags=1, frag=0) / Raw(b"x" * 8),
    ICMP(type=12, ptr=20) / QUOTED_TCP,
    ICMP(type=12, code=1) / QUOTED_TCP,
    ICMP(type=13, id=3, seq=4, ts_ori=1000, ts_rx=0, ts_tx=0),
    ICMP(type=14, id=3, seq=4, ts_ori=1000, ts_rx=2000, ts_tx=0x80000000 | 3000),
    ICMP(type=15, id=5, seq=6),
    ICMP(type=16, id=5, seq=6),
    ICMP(type=17, id=9, seq=1),
    ICMP(type=18, id=9, seq=1, addr_mask="255.255.255.0"),
    ICMP(type=30) / Raw(bytes(12)),
    ICMP(type=40, code=1),
    ICMP(type=42, code=0),
    ICMP(type=99, code=3) / Raw(b"abcd"),
)

# RFC 4884: scapy pads the quoted datagram to 128 bytes before the extension.
EXTENSIONS = v4(
    ICMP(type=11, ext=ICMPExtension_Header() / ICMPExtension_MPLS(stack=[MPLS(label=16001, s=0, ttl=1), MPLS(label=24, cos=5, s=1, ttl=1)])) / QUOTED_UDP,
    ICMP(type=3, code=3, ext=ICMPExtension_Header() / ICMPExtension_MPLS(stack=[MPLS(label=100, s=1, ttl=254)])) / QUOTED_UDP,
    ICMP(type=11, ext=ICMPExtension_Header() / ICMPExtension_InterfaceInformation(has_ifindex=1, ifindex=7, has_ipaddr=1, ip4="198.18.0.254", has_ifname=1, ifname=b"eth0", has_mtu=1, mtu=1500)) / QUOTED_UDP,
)

ICMP6_ERRORS = v6(
    *[ICMPv6DestUnreach(code=code) / IPerror6(src=B6, dst="2001:db8::9") / UDPerror(sport=1000, dport=33434) for code in range(8)],
    ICMPv6PacketTooBig(mtu=1280) / IPerror6(src=B6, dst="2001:db8::9") / TCPerror(),
    ICMPv6TimeExceeded(code=0) / IPerror6(src=B6, dst="2001:db8::9", hlim=1) / UDPerror(),
    ICMPv6TimeExceeded(code=1) / IPerror6(src=B6, dst="2001:db8::9") / Raw(b"\x00" * 8),
    *[ICMPv6ParamProblem(code=code, ptr=ptr) / IPerror6(src=B6, dst="2001:db8::9") / UDPerror() for code, ptr in ((0, 4), (1, 40), (2, 6), (3, 40))],
    ICMPv6EchoRequest(id=0x1234, seq=9, data=b"hello"),
    ICMPv6EchoReply(id=0x1234, seq=9, data=b"hello"),
    ICMPv6Unknown(type=200, code=7, msgbody=b"\x01\x02"),
    ICMPv6Unknown(type=100, code=0),
)

ND = v6(
    ICMPv6ND_RS() / ICMPv6NDOptSrcLLAddr(lladdr="02:00:00:00:00:01"),
    ICMPv6ND_RA(chlim=64, M=1, O=1, H=1, prf=1, P=1, routerlifetime=1800, reachabletime=30000, retranstimer=1000)
    / ICMPv6NDOptSrcLLAddr(lladdr="02:00:00:00:00:01") / ICMPv6NDOptMTU(mtu=1500)
    / ICMPv6NDOptPrefixInfo(prefix="2001:db8:1::", prefixlen=64, L=1, A=1, R=1, validlifetime=0xffffffff, preferredlifetime=600)
    / ICMPv6NDOptRouteInfo(plen=48, prf=3, rtlifetime=100, prefix="2001:db8:2::")
    / ICMPv6NDOptRDNSS(lifetime=60, dns=["2001:db8::53", "2001:db8::54"])
    / ICMPv6NDOptDNSSL(lifetime=60, searchlist=["example.com.", "corp.example."])
    / ICMPv6NDOptAdvInterval(advint=3000) / ICMPv6NDOptHAInfo(pref=5, lifetime=100),
    ICMPv6ND_RA(prf=3, routerlifetime=0) / ICMPv6NDOptPrefixInfo(prefix="2001:db8:3::", prefixlen=48, L=0, A=0) / ICMPv6NDOptUnknown(type=99, data=b"\x00\x00\x00\x00\x00\x00"),
    ICMPv6ND_NS(tgt="2001:db8::3") / ICMPv6NDOptSrcLLAddr(lladdr="02:00:00:00:00:01"),
    ICMPv6ND_NS(tgt="fe80::3") / ICMPv6NDOptUnknown(type=14, data=b"\x01\x02\x03\x04\x05\x06"),
    ICMPv6ND_NA(R=1, S=1, O=1, tgt="2001:db8::3") / ICMPv6NDOptDstLLAddr(lladdr="02:00:00:00:00:03"),
    ICMPv6ND_NA(R=0, S=0, O=0, tgt="2001:db8::3"),
    ICMPv6ND_Redirect(tgt="fe80::1", dst="2001:db8::99") / ICMPv6NDOptDstLLAddr(lladdr="02:00:00:00:00:07")
    / ICMPv6NDOptRedirectedHdr(pkt=bytes(IPv6(src=A6, dst="2001:db8::99") / UDP())),
    ICMPv6ND_NS(tgt="2001:db8::3") / ICMPv6NDOptSrcLLAddr(len=0, lladdr="02:00:00:00:00:01"),
)

MLD = v6(
    ICMPv6MLQuery(mrd=10000),
    ICMPv6MLQuery(mrd=1000, mladdr="ff02::1:ff00:3"),
    ICMPv6MLReport(mladdr="ff02::1:ff00:3"),
    ICMPv6MLDone(mladdr="ff02::1:ff00:3"),
    ICMPv6MLQuery2(mrd=20000, S=1, QRV=3, QQIC=125),
    ICMPv6MLQuery2(mladdr="ff3e::8000:1", sources=["2001:db8::7", "2001:db8::8"], mrd=0x9000, QQIC=200),
    ICMPv6MLReport2(records=[
        ICMPv6MLDMultAddrRec(rtype=1, dst="ff3e::1"),
        ICMPv6MLDMultAddrRec(rtype=2, dst="ff3e::2", sources=["2001:db8::7"]),
        ICMPv6MLDMultAddrRec(rtype=3, dst="ff3e::3", sources=["2001:db8::7", "2001:db8::8"]),
        ICMPv6MLDMultAddrRec(rtype=4, dst="ff3e::4"),
        ICMPv6MLDMultAddrRec(rtype=5, dst="ff3e::5", sources=["2001:db8::9"]),
        ICMPv6MLDMultAddrRec(rtype=6, dst="ff3e::6", sources=["2001:db8::9"]),
    ]),
    dst="ff02::16", hlim=1,
)

NODEINFO = v6(
    ICMPv6NIQueryNOOP(nonce=b"\x01" * 8),
    ICMPv6NIQueryName(nonce=b"\x02" * 8, data="2001:db8::2"),
    ICMPv6NIQueryName(nonce=b"\x02" * 8, data="host.example."),
    ICMPv6NIQueryIPv6(nonce=b"\x03" * 8, flags=0x3e, data="2001:db8::2"),
    ICMPv6NIQueryIPv4(nonce=b"\x04" * 8, data="198.18.0.2"),
    ICMPv6NIReplyName(nonce=b"\x02" * 8, data=b"\x00\x00\x00\x1e\x04host\x07example\x00\x02h2\x00"),
    ICMPv6NIReplyIPv6(nonce=b"\x03" * 8, data=[(60, "2001:db8::2"), (60, "fe80::2")]),
    ICMPv6NIReplyIPv4(nonce=b"\x04" * 8, data=[(60, "198.18.0.2")]),
    ICMPv6NIReplyRefuse(nonce=b"\x05" * 8),
    ICMPv6NIReplyUnknown(nonce=b"\x06" * 8),
)

MOBILE = v6(
    ICMPv6HAADRequest(id=7),
    ICMPv6HAADReply(id=7, addresses=["2001:db8::10", "2001:db8::11"]),
    ICMPv6MPSol(id=8),
    ICMPv6MPAdv(id=8, flags=2) / ICMPv6NDOptPrefixInfo(prefix="2001:db8:4::", prefixlen=64),
    ICMPv6MRD_Advertisement(advinter=20, queryint=125, robustness=2),
    ICMPv6MRD_Solicitation(),
    ICMPv6MRD_Termination(),
    dst="ff02::2",
)

# Router renumbering (RFC 2894) and RPL (RFC 6550), built from the RFCs.
RR_COMMAND = (bytes.fromhex("8a00000000000001") + bytes.fromhex("0100000000000000")
              + bytes.fromhex("01064000") + bytes.fromhex("0000000000000000")
              + bytes.fromhex("20010db8000000000000000000000000")
              + bytes.fromhex("3f30400000000000") + bytes.fromhex("0000e1000000e100")
              + bytes.fromhex("c0000000") + bytes.fromhex("20010db8000100000000000000000000"))
RPL = v6(
    ICMPv6Unknown(type=138, code=0, msgbody=RR_COMMAND[4:]),
    ICMPv6Unknown(type=138, code=1, msgbody=bytes.fromhex("0000000200000000")),
    ICMPv6Unknown(type=138, code=255, msgbody=bytes.fromhex("0000000300000000")),
    ICMPv6Unknown(type=155, code=0, msgbody=bytes.fromhex("00000000")),
    ICMPv6Unknown(type=155, code=1, msgbody=bytes.fromhex("01f00100") + bytes(16) + bytes.fromhex("0404000000000000")),
    ICMPv6Unknown(type=155, code=1, msgbody=bytes.fromhex("2a01a800") + bytes.fromhex("20010db8000000000000000000000001")),
    ICMPv6Unknown(type=155, code=2, msgbody=bytes.fromhex("2a40") + bytes.fromhex("0500") + bytes.fromhex("20010db8000000000000000000000001") + bytes.fromhex("0504001000ff")),
    ICMPv6Unknown(type=155, code=3, msgbody=bytes.fromhex("2a800700") + bytes.fromhex("20010db8000000000000000000000001")),
    ICMPv6Unknown(type=155, code=0x80, msgbody=bytes.fromhex("00000000") + bytes(16)),
    dst="ff02::1a",
)

CASES = [
    ("net-icmp", ICMP4, dict(cuts=(38, 42, 50))),
    ("net-icmp-ext", EXTENSIONS, dict(cuts=(170, 180))),
    ("net-icmp6-err", ICMP6_ERRORS, dict(cuts=(58, 62, 70))),
    ("net-icmp6-nd", ND, dict(cuts=(62, 80, 100))),
    ("net-icmp6-mld", MLD, dict(cuts=(60, 70, 90))),
    ("net-icmp6-ni", NODEINFO, dict(cuts=(60, 70, 80))),
    ("net-icmp6-mobile", MOBILE, dict(cuts=(60, 64))),
    ("net-icmp6-rpl", RPL, dict(cuts=(60, 66, 80))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_icmp", CASES)
