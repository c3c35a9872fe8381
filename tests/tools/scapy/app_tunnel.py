"""BFD, VXLAN, Geneve and GTP as scapy builds them: BFD control in each
state with flags and authentication, VXLAN and Geneve (with options)
carrying frames, GTPv1-C/U and GTPv2-C messages with information
elements."""
from app_common import MAC, V4, udp4, udp6, record_family
from scapy.all import Ether, IP, UDP, ICMP, Raw, load_contrib

load_contrib("bfd")
load_contrib("gtp")
load_contrib("gtp_v2")
load_contrib("geneve")
from scapy.contrib.bfd import BFD
from scapy.contrib.geneve import GENEVE, GeneveOptions
from scapy.contrib.gtp import (
    GTPHeader, GTP_U_Header, GTPEchoRequest, GTPEchoResponse, GTPCreatePDPContextRequest,
    GTPDeletePDPContextRequest, GTPErrorIndication, IE_Recovery, IE_IMSI, IE_Cause, IE_TEIDI, IE_TEICP,
    IE_NSAPI, IE_GSNAddress, IE_AccessPointName, IE_SelectionMode, IE_EndUserAddress, IE_Teardown,
)
from scapy.contrib.gtp_v2 import (
    GTPHeader as GTP2Header, GTPV2EchoRequest, GTPV2CreateSessionRequest, GTPV2DeleteSessionRequest,
    IE_IMSI as IE2_IMSI, IE_RecoveryRestart, IE_APN, IE_RAT, IE_EPSBearerID, IE_Cause as IE2_Cause,
)
from scapy.layers.vxlan import VXLAN

auth_md5 = bytes([2, 24, 1, 0]) + (7).to_bytes(4, "big") + b"\x55" * 16
auth_simple = bytes([1, 8, 3]) + b"secret"
bfd = [
    BFD(sta=1, diag=0, detect_mult=3, my_discriminator=1, your_discriminator=0,
        min_tx_interval=1000000, min_rx_interval=1000000, echo_rx_interval=0),
    BFD(sta=2, diag=1, flags=0x20, detect_mult=5, my_discriminator=1, your_discriminator=2,
        min_tx_interval=300000, min_rx_interval=300000, echo_rx_interval=50000),
    BFD(sta=3, diag=3, flags=0x10, detect_mult=3, my_discriminator=1, your_discriminator=2),
    BFD(sta=0, diag=7, flags=0x08, my_discriminator=9),
    BFD(sta=3, flags=0x04 | 0x02, len=24 + len(auth_md5), my_discriminator=1, your_discriminator=2)
    / Raw(auth_md5),
    BFD(sta=3, flags=0x04, len=24 + len(auth_simple), my_discriminator=1, your_discriminator=2)
    / Raw(auth_simple),
    BFD(version=2, sta=3, my_discriminator=1),
]
inner = Ether(src="02:00:00:00:00:0a", dst="02:00:00:00:00:0b") / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP()
geneve_opts = [
    GeneveOptions(classid=0x0102, type=0x80, data=b"\x00\x00\x00\x01"),
    GeneveOptions(classid=0xffff, type=0x01, data=b"\x01\x02\x03\x04\x05\x06\x07\x08"),
]
tunnels = [
    udp4(40000, 4789) / VXLAN(vni=42) / inner,
    udp4(40000, 4789) / VXLAN(flags=0x08, vni=0xFFFFFF) / inner,
    udp6(40000, 4789) / VXLAN(vni=7) / inner,
    udp4(40000, 6081) / GENEVE(vni=10, proto=0x6558) / inner,
    udp4(40000, 6081) / GENEVE(vni=11, proto=0x6558, oam=1, critical=1, options=geneve_opts) / inner,
    udp4(40000, 6081) / GENEVE(vni=12, proto=0x0800, options=geneve_opts[:1]) / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP(),
    udp6(40000, 6081) / GENEVE(version=1, vni=13, proto=0x86dd),
]
gtp1 = [
    udp4(2123, 2123) / GTPHeader(seq=1) / GTPEchoRequest(),
    udp4(2123, 2123) / GTPHeader(seq=1) / GTPEchoResponse(IE_list=[IE_Recovery(restart_counter=5)]),
    udp4(2123, 2123) / GTPHeader(seq=2, teid=0) / GTPCreatePDPContextRequest(IE_list=[
        IE_IMSI(imsi="001010123456789"), IE_SelectionMode(), IE_TEIDI(TEIDI=0x11), IE_TEICP(TEICI=0x22),
        IE_NSAPI(NSAPI=5), IE_EndUserAddress(), IE_AccessPointName(APN=b"\x08internet"),
        IE_GSNAddress(ipv4_address="198.18.0.1"), IE_GSNAddress(ipv4_address="198.18.0.1")]),
    udp4(2123, 2123) / GTPHeader(seq=3, teid=0x22) / GTPDeletePDPContextRequest(IE_list=[
        IE_Teardown(), IE_NSAPI(NSAPI=5)]),
    udp4(2152, 2152) / GTP_U_Header(teid=0x11) / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP(),
    udp4(2152, 2152) / GTP_U_Header(teid=0x11, S=1, seq=9) / IP(src="198.19.0.1", dst="198.19.0.2") / ICMP(),
    udp4(2152, 2152) / GTPHeader(gtp_type=26, teid=0) / GTPErrorIndication(IE_list=[
        IE_TEIDI(TEIDI=0x11), IE_GSNAddress(ipv4_address="198.18.0.1")]),
]
gtp2 = [
    udp4(2123, 2123) / GTP2Header(seq=1) / GTPV2EchoRequest(IE_list=[IE_RecoveryRestart(restart_counter=3)]),
    udp4(2123, 2123) / GTP2Header(seq=2, T=1, teid=0) / GTPV2CreateSessionRequest(IE_list=[
        IE2_IMSI(IMSI="001010123456789"), IE_APN(APN="internet"), IE_RAT(RAT_type=6),
        IE_EPSBearerID(EBI=5)]),
    udp4(2123, 2123) / GTP2Header(seq=3, T=1, teid=0x1234) / GTPV2DeleteSessionRequest(IE_list=[
        IE_EPSBearerID(EBI=5)]),
]

CASES = [
    # Not from 49152: tcpdump gives that port to the Broadcom LI shim first.
    ("app-bfd", [udp4(49200, 3784, ttl=255) / m for m in bfd] + [udp4(49200, 4784) / bfd[1]]
     + [udp6(49200, 3784) / bfd[2]], (43, 50, 60, 70)),
    ("app-vxlan-geneve", tunnels, (44, 50, 58, 70)),
    ("app-gtp1", gtp1, (44, 50, 60)),
    ("app-gtp2", gtp2, (44, 50, 60)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_tunnel", CASES)
