"""Link layers as scapy builds them: ARP, RARP and InARP over other hardware
types, 802.1Q and QinQ stacks, MPLS label stacks, LLC/SNAP, Ethernet
loopback (0x9000), MACsec, PPPoE discovery and PPP sessions, and the link
types NULL, LOOP, RAW, LINUX_SLL and LINUX_SLL2."""
from scapy.all import (
    Ether, Dot1Q, Dot1AD, ARP, IP, IPv6, ICMP, UDP, TCP, Raw, LLC, SNAP, Dot3,
    Loopback, CookedLinux, CookedLinuxV2, PPPoED, PPPoE, PPPoETag, PPP,
    PPP_LCP_Configure, PPP_LCP_Echo, PPP_LCP_Terminate, PPP_IPCP, PPP_IPCP_Option_IPAddress,
    PPP_IPCP_Option_DNS1, PPP_CHAP_ChallengeResponse, PPP_PAP_Request, PPP_LCP_MRU_Option,
    PPP_LCP_Magic_Number_Option, PPP_LCP_Auth_Protocol_Option, PPP_LCP_ACCM_Option,
    PPP_LCP_Code_Reject, PPP_LCP_Protocol_Reject, PPP_ECP, PPP_PAP_Response,
)
from scapy.contrib.mpls import MPLS
from scapy.contrib.macsec import MACsec

MAC = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
BC = dict(src="02:00:00:00:00:01", dst="ff:ff:ff:ff:ff:ff")
IP4 = IP(src="198.18.0.1", dst="198.18.0.2")
IP6 = IPv6(src="2001:db8::1", dst="2001:db8::2")

ARPS = [
    Ether(**BC) / ARP(psrc="198.18.0.1", pdst="198.18.0.2"),
    Ether(**MAC) / ARP(op=2, hwsrc="02:00:00:00:00:02", psrc="198.18.0.2", hwdst="02:00:00:00:00:01", pdst="198.18.0.1"),
    Ether(**BC) / ARP(psrc="198.18.0.7", pdst="198.18.0.7"),
    Ether(**BC) / ARP(hwtype=6, psrc="198.18.0.1", pdst="198.18.0.2"),
    Ether(**BC) / ARP(hwtype=15, hwlen=2, hwsrc=b"\x00\x10", hwdst=b"\x00\x00", op=8, psrc="198.18.0.1", pdst="0.0.0.0"),
    Ether(**MAC) / ARP(op=9, psrc="198.18.0.2", pdst="198.18.0.1"),
    Ether(**MAC) / ARP(op=10),
    Ether(**MAC) / ARP(op=7),
    Ether(**MAC) / ARP(op=99),
    Ether(**MAC) / ARP(ptype=0x86DD, plen=16, psrc="2001:db8::1", pdst="2001:db8::2"),
    Ether(**BC, type=0x8035) / ARP(op=3, hwsrc="02:00:00:00:00:01", hwdst="02:00:00:00:00:01"),
    Ether(**MAC, type=0x8035) / ARP(op=4, hwsrc="02:00:00:00:00:01", psrc="198.18.0.9", hwdst="02:00:00:00:00:01", pdst="198.18.0.9"),
]

VLANS = [
    Ether(**MAC) / Dot1Q(vlan=10) / IP4 / ICMP(),
    Ether(**MAC) / Dot1Q(vlan=4095, prio=7, id=1) / IP6 / UDP(sport=1000, dport=2000),
    Ether(**MAC) / Dot1AD(vlan=100) / Dot1Q(vlan=200, prio=3) / IP4 / TCP(),
    Ether(**MAC, type=0x9100) / Dot1Q(vlan=5) / Dot1Q(vlan=6) / ARP(psrc="198.18.0.1", pdst="198.18.0.2"),
    Ether(**MAC) / Dot1Q(vlan=0, prio=5) / LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(b"\x00\x00\x00\x00"),
    Ether(**MAC) / Dot1Q(vlan=7) / MPLS(label=16, s=1) / IP4 / ICMP(),
]

MPLSS = [
    Ether(**MAC) / MPLS(label=100, cos=5, ttl=63) / IP4 / ICMP(),
    Ether(**MAC) / MPLS(label=100, s=0) / MPLS(label=200, s=0) / MPLS(label=3, s=1) / IP4 / UDP(),
    Ether(**MAC) / MPLS(label=0, s=1) / IP4 / ICMP(),
    Ether(**MAC) / MPLS(label=2, s=1) / IP6 / ICMP(),
    Ether(**MAC) / MPLS(label=1, s=0) / MPLS(label=1000000, s=1, ttl=1) / IP4 / TCP(),
    Ether(**MAC) / MPLS(label=13, s=1) / Raw(b"\x00\x01\x02\x03"),
    Ether(**MAC, type=0x8848) / MPLS(label=99999, s=1) / Raw(b"\x45"),
]

LOOP = [
    Ether(**MAC, type=0x9000) / Raw(b"\x00\x00\x01\x00\x00\x00" + b"\x00" * 36),
    Ether(**MAC, type=0x9000) / Raw(b"\x00\x00\x02\x00\x02\x00\x00\x00\x00\x01\x01\x00" + b"\x00" * 30),
    Ether(**MAC, type=0x9000) / Raw(b"\x00\x00\x01\x00\x07\x00" + b"\x00" * 30),
]

MACSECS = [
    Ether(**MAC) / MACsec(SC=1, E=1, C=1, an=2, pn=77, sci=b"\x02\x00\x00\x00\x00\x01\x00\x01") / Raw(b"\xaa" * 40),
    Ether(**MAC) / MACsec(SC=0, ES=1, an=0, pn=1, type=0x0800) / IP4 / ICMP(),
    Ether(**MAC) / MACsec(SC=1, an=3, pn=0xFFFFFFFF, sci=b"\x02\x00\x00\x00\x00\x01\x00\x02", type=0x86DD) / IP6 / UDP(),
]

PPPOE = [
    Ether(**BC) / PPPoED(code=0x09) / PPPoETag(tag_type=0x0101, tag_value=b"") / PPPoETag(tag_type=0x0103, tag_value=b"\x01\x02\x03\x04"),
    Ether(**MAC) / PPPoED(code=0x07, sessionid=0) / PPPoETag(tag_type=0x0102, tag_value=b"ac-name") / PPPoETag(tag_type=0x0101, tag_value=b"isp") / PPPoETag(tag_type=0x0104, tag_value=b"\xde\xad\xbe\xef"),
    Ether(**MAC) / PPPoED(code=0x19) / PPPoETag(tag_type=0x0101, tag_value=b"isp") / PPPoETag(tag_type=0x0201, tag_value=b"bad name"),
    Ether(**MAC) / PPPoED(code=0x65, sessionid=0x1234) / PPPoETag(tag_type=0x0202, tag_value=b"sys err") / PPPoETag(tag_type=0x0203, tag_value=b"gen err") / PPPoETag(tag_type=0x0110, tag_value=b"\x00\x01") / PPPoETag(tag_type=0x0000, tag_value=b""),
    Ether(**MAC) / PPPoED(code=0xA7, sessionid=0x1234),
    Ether(**MAC) / PPPoED(code=0x55) / PPPoETag(tag_type=0x0105, tag_value=b"\x00\x00\x0d\xe9\x01\x02") / PPPoETag(tag_type=0x0120, tag_value=b"\x05\xdc"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC021) / PPP_LCP_Configure(id=1, options=[
        PPP_LCP_MRU_Option(max_recv_unit=1492), PPP_LCP_Magic_Number_Option(magic_number=0x11223344),
        PPP_LCP_Auth_Protocol_Option(auth_protocol=0xC023), PPP_LCP_ACCM_Option(accm=0)]),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC021) / PPP_LCP_Configure(code=2, id=1, options=[
        PPP_LCP_MRU_Option(max_recv_unit=1492), PPP_LCP_Auth_Protocol_Option(auth_protocol=0xC223, data=b"\x05")]),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC021) / PPP_LCP_Echo(code=9, id=3, magic_number=0x11223344, data=b"hi"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC021) / PPP_LCP_Terminate(code=5, id=4, data=b"bye"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC021) / PPP_LCP_Protocol_Reject(id=5, rejected_protocol=0x8057, rejected_information=b"\x01\x02"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x8021) / PPP_IPCP(code=1, id=2, options=[
        PPP_IPCP_Option_IPAddress(data="198.18.0.9"), PPP_IPCP_Option_DNS1(data="198.18.0.53")]),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x8021) / PPP_IPCP(code=3, id=2, options=[PPP_IPCP_Option_IPAddress(data="198.18.0.10")]),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x8057) / Raw(b"\x01\x01\x00\x0e\x01\x0a\x00\x00\x00\x00\x00\x00\x00\x01"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC223) / PPP_CHAP_ChallengeResponse(code=1, id=7, value=b"\x01" * 16, optional_name=b"server"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC223) / PPP_CHAP_ChallengeResponse(code=2, id=7, value=b"\x02" * 16, optional_name=b"client"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC223) / Raw(b"\x03\x07\x00\x06ok"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC023) / PPP_PAP_Request(id=1, username=b"user", password=b"pass"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0xC023) / PPP_PAP_Response(code=2, id=1, message=b"welcome"),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x0021) / IP4 / ICMP(),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x0057) / IP6 / UDP(),
    Ether(**MAC) / PPPoE(sessionid=0x1234) / PPP(proto=0x8053) / PPP_ECP(code=1, id=1),
]

LINKTYPES = [
    ("net-null", [Loopback(type=2) / IP4 / ICMP(), Loopback(type=24) / IP6 / UDP(), Loopback(type=7) / Raw(b"\x00" * 8)], dict(linktype=0, cuts=(2, 6))),
    ("net-loop", [Raw(b"\x00\x00\x00\x02") / IP4 / ICMP(), Raw(b"\x00\x00\x00\x1e") / IP6 / TCP()], dict(linktype=108, cuts=(3,))),
    ("net-raw", [IP4 / ICMP(), IP6 / ICMP(), Raw(b"\x70\x00")], dict(linktype=101, cuts=(1, 10))),
    ("net-sll", [
        CookedLinux(pkttype=0, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x01\x00\x00", proto=0x0800) / IP4 / ICMP(),
        CookedLinux(pkttype=4, lladdrtype=772, lladdrlen=6, src=b"\x00" * 8, proto=0x86DD) / IP6 / UDP(),
        CookedLinux(pkttype=1, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x09\x00\x00", proto=0x8100) / Dot1Q(vlan=3) / IP4 / ICMP(),
        CookedLinux(pkttype=2, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x09\x00\x00", proto=0x0004) / LLC(dsap=0x42, ssap=0x42, ctrl=3) / Raw(b"\x00\x00"),
        CookedLinux(pkttype=3, lladdrtype=824, lladdrlen=0, src=b"\x00" * 8, proto=0x0806) / ARP(),
        CookedLinux(pkttype=1, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x09\x00\x00", proto=0x8100) / Dot1Q(vlan=4, type=0x88B5) / Raw(b"\x00" * 8),
    ], dict(linktype=113, cuts=(10, 16))),
    ("net-sll2", [
        CookedLinuxV2(proto=0x0800, ifindex=1, pkttype=4, lladdrtype=772, lladdrlen=6, src=b"\x00" * 8) / IP4 / ICMP(),
        CookedLinuxV2(proto=0x86DD, ifindex=1, pkttype=0, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x01\x00\x00") / IP6 / TCP(),
        CookedLinuxV2(proto=0x0806, ifindex=1, pkttype=1, lladdrtype=1, lladdrlen=6, src=b"\x02\x00\x00\x00\x00\x01\x00\x00") / ARP(),
    ], dict(linktype=276, cuts=(12, 20))),
]

CASES = [
    ("net-arp", ARPS, dict(cuts=(20, 30))),
    ("net-vlan", VLANS, dict(cuts=(16, 20))),
    ("net-mpls", MPLSS, dict(cuts=(16, 20))),
    ("net-loopback", LOOP, dict(cuts=(18,))),
    ("net-macsec", MACSECS, dict(cuts=(16, 24))),
    ("net-pppoe", PPPOE, dict(cuts=(20, 24, 30))),
] + LINKTYPES

if __name__ == "__main__":
    from net_run import run

    run("net_link", CASES)
