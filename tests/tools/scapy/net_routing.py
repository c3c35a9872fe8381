"""Routing protocols as scapy builds them: IGMP v1, v2 and v3, PIM v1 and
v2 (every message), OSPFv2 (every packet type, LSA types including
opaque), OSPFv3, IS-IS (hellos, LSPs with many TLVs, CSNP, PSNP), EIGRP,
VRRP v2 and v3, and CARP."""
from scapy.all import Ether, IP, IPv6, Raw, LLC, Dot3, VRRP, VRRPv3
from scapy.contrib.igmp import IGMP
from scapy.contrib.igmpv3 import IGMPv3, IGMPv3mq, IGMPv3mr, IGMPv3gr
from scapy.contrib.pim import (
    PIMv2Hdr, PIMv2Hello, PIMv2HelloHoldtime, PIMv2HelloLANPruneDelay, PIMv2HelloLANPruneDelayValue,
    PIMv2HelloDRPriority, PIMv2HelloGenerationID, PIMv2HelloStateRefresh, PIMv2HelloStateRefreshValue,
    PIMv2HelloAddrList, PIMv2HelloAddrListValue, PIMv2JoinPrune, PIMv2GroupAddrs, PIMv2JoinAddrs, PIMv2PruneAddrs,
)
from scapy.contrib.ospf import (
    OSPF_Hdr, OSPF_Hello, OSPF_DBDesc, OSPF_LSReq, OSPF_LSReq_Item, OSPF_LSUpd, OSPF_LSAck, OSPF_LSA_Hdr,
    OSPF_Router_LSA, OSPF_Link, OSPF_Network_LSA, OSPF_SummaryIP_LSA, OSPF_SummaryASBR_LSA, OSPF_External_LSA,
    OSPF_NSSA_External_LSA, OSPF_Area_Scope_Opaque_LSA, OSPF_Link_Scope_Opaque_LSA, OSPF_AS_Scope_Opaque_LSA,
    OSPFv3_Hdr, OSPFv3_Hello, OSPFv3_DBDesc, OSPFv3_LSReq, OSPFv3_LSReq_Item, OSPFv3_LSUpd, OSPFv3_LSAck,
    OSPFv3_LSA_Hdr, OSPFv3_Router_LSA, OSPFv3_Link, OSPFv3_Network_LSA, OSPFv3_Inter_Area_Prefix_LSA,
    OSPFv3_Inter_Area_Router_LSA, OSPFv3_AS_External_LSA, OSPFv3_Link_LSA, OSPFv3_Intra_Area_Prefix_LSA,
    OSPFv3_Prefix_Item, OSPFv3_Type_7_LSA,
)
from scapy.contrib.isis import (
    ISIS_CommonHdr, ISIS_L1_LAN_Hello, ISIS_L2_LAN_Hello, ISIS_P2P_Hello, ISIS_L1_LSP, ISIS_L2_LSP,
    ISIS_L1_CSNP, ISIS_L2_PSNP, ISIS_AreaTlv, ISIS_AreaEntry, ISIS_ProtocolsSupportedTlv, ISIS_IpInterfaceAddressTlv,
    ISIS_IsNeighbourTlv, ISIS_PaddingTlv, ISIS_DynamicHostnameTlv, ISIS_ExtendedIsReachabilityTlv,
    ISIS_ExtendedIsNeighbourEntry, ISIS_ExtendedIpReachabilityTlv, ISIS_ExtendedIpPrefix, ISIS_Ipv6ReachabilityTlv,
    ISIS_Ipv6Prefix, ISIS_Ipv6InterfaceAddressTlv, ISIS_TERouterIDTlv, ISIS_LspEntryTlv, ISIS_LspEntry,
    ISIS_P2PAdjacencyStateTlv, ISIS_AuthenticationTlv, ISIS_IsReachabilityTlv, ISIS_IsReachabilityEntry,
    ISIS_InternalIpReachabilityTlv, ISIS_IpReachabilityEntry, ISIS_RouterCapabilityTlv,
    ISIS_IPv4InterfaceAddressSubTlv, ISIS_MaximumLinkBandwidthSubTlv, ISIS_AdministrativeGroupSubTlv,
    ISIS_TEDefaultMetricSubTlv, ISIS_UnreservedBandwidthSubTlv, ISIS_PrefixSegmentIdentifierSubTlv,
    ISIS_32bitAdministrativeTagSubTlv,
)
from scapy.contrib.eigrp import (
    EIGRP, EIGRPParam, EIGRPSwVer, EIGRPIntRoute, EIGRPExtRoute, EIGRPv6IntRoute, EIGRPStub, EIGRPSeq,
    EIGRPNms, EIGRPAuthData, EIGRPGeneric,
)
from scapy.contrib.carp import CARP

MAC = dict(src="02:00:00:00:00:01", dst="01:00:5e:00:00:05")
A, B = "198.18.0.1", "224.0.0.5"


def v4(dst, *msgs, ttl=1, proto=None):
    kw = dict(src=A, dst=dst, ttl=ttl)
    if proto is not None:
        kw["proto"] = proto
    return [Ether(**MAC) / IP(**kw) / m for m in msgs]


IGMPS = v4(
    "224.0.0.1",
    IGMP(type=0x11, mrcode=100, gaddr="0.0.0.0"),
    IGMP(type=0x11, mrcode=0, gaddr="0.0.0.0"),
    IGMP(type=0x12, gaddr="239.1.2.3"),
    IGMP(type=0x16, gaddr="239.1.2.3"),
    IGMP(type=0x17, gaddr="239.1.2.3"),
    IGMPv3(type=0x11, mrcode=200) / IGMPv3mq(gaddr="239.1.2.3", s=1, qrv=2, qqic=125, srcaddrs=["198.18.5.1", "198.18.5.2"]),
    IGMPv3(type=0x11, mrcode=10) / IGMPv3mq(qqic=150),
    IGMPv3(type=0x22) / IGMPv3mr(records=[
        IGMPv3gr(rtype=1, maddr="239.1.1.1"), IGMPv3gr(rtype=2, maddr="239.1.1.2", srcaddrs=["198.18.5.1"]),
        IGMPv3gr(rtype=3, maddr="239.1.1.3", srcaddrs=["198.18.5.1", "198.18.5.2"]), IGMPv3gr(rtype=4, maddr="239.1.1.4"),
        IGMPv3gr(rtype=5, maddr="239.1.1.5", srcaddrs=["198.18.5.3"]), IGMPv3gr(rtype=6, maddr="239.1.1.6", srcaddrs=["198.18.5.4"]),
        IGMPv3gr(rtype=9, maddr="239.1.1.7")]),
    Raw(bytes.fromhex("1e00e1ff") + bytes.fromhex("ef010203")),
    Raw(bytes.fromhex("1300ecfc") + bytes.fromhex("00000000")),
    Raw(bytes.fromhex("1f05d9fa") + bytes.fromhex("ef010203")),
    Raw(bytes.fromhex("30000000")),
    proto=2,
)

ALLPIM = "224.0.0.13"
PIMS = v4(
    ALLPIM,
    PIMv2Hdr() / PIMv2Hello(option=[PIMv2HelloHoldtime(holdtime=105), PIMv2HelloDRPriority(dr_priority=7),
        PIMv2HelloGenerationID(generation_id=0x11223344),
        PIMv2HelloLANPruneDelay(value=[PIMv2HelloLANPruneDelayValue(t=1, propagation_delay=500, override_interval=2500)]),
        PIMv2HelloStateRefresh(value=[PIMv2HelloStateRefreshValue(version=1, interval=60)]),
        PIMv2HelloAddrList(value=[PIMv2HelloAddrListValue(addr_family=2, prefix="2001:db8::31")])]),
    PIMv2Hdr(type=3) / PIMv2JoinPrune(up_addr_family=1, up_neighbor_ip="198.18.0.2", jp_ips=[
        PIMv2GroupAddrs(gaddr="239.1.1.1",
            join_ips=[PIMv2JoinAddrs(src_ip="198.18.5.1", sparse=1, wildcard=0, rpt=0), PIMv2JoinAddrs(src_ip="198.18.0.9", sparse=1, wildcard=1, rpt=1)],
            prune_ips=[PIMv2PruneAddrs(src_ip="198.18.5.2", sparse=1, wildcard=0, rpt=1)]),
        PIMv2GroupAddrs(gaddr="239.1.1.2", mask_len=24, join_ips=[PIMv2JoinAddrs(src_ip="198.18.5.3")])]),
    Raw(bytes.fromhex("21000000" + "00000000" + "45000014000100004000f3e7c6120001efa0a0a0")),
    Raw(bytes.fromhex("21000000" + "40000000" + "45000014000100004000f3e7c6120001efa0a0a0")),
    Raw(bytes.fromhex("22000000" + "010020efa0a0a0" + "0100c6120001")),
    Raw(bytes.fromhex("24000000" + "1234" + "18" + "00" + "0100" + "0020efa0a0a0" + "0102" + "0100c6120001" + "0190" + "05" + "00")),
    Raw(bytes.fromhex("25000000" + "0100" + "0020efa0a0a0" + "0100c6120001" + "80000064" + "0000000a")),
    Raw(bytes.fromhex("26000000" + "0100" + "0020efa0a0a0" + "0100c6120001" + "0100c6120002" + "00000064" + "00000001" + "20" + "0f" + "00" + "00" + "003c")),
    Raw(bytes.fromhex("28000000" + "01" + "00" + "0096" + "0100c6120001")),
    Raw(bytes.fromhex("29000000" + "1200")),
    Raw(bytes.fromhex("2a000000")),
    Raw(bytes.fromhex("2c000000" + "0102030405060708")),
    proto=103,
)
PIMV1 = v4(
    "224.0.0.2",
    Raw(bytes.fromhex("14100000" + "10000000" + "0069")),
    Raw(bytes.fromhex("14110000" + "10000000") + bytes(16)),
    Raw(bytes.fromhex("14130000" + "10000000" + "c6120002" + "0000" + "00d2" + "ffffffff" + "efa0a0a0" + "01" + "01" + "00" + "00"
                      + "efa0a0a0" + "ffffffff" + "0001" + "0000" + "ffffffff" + "18" + "20" + "c6120005")),
    Raw(bytes.fromhex("14170000" + "10000000" + "efa0a0a0" + "c6120005" + "00000064" + "00000003")),
    Raw(bytes.fromhex("14180000" + "10000000")),
    proto=2,
)

HDR = dict(src="198.18.0.1", area="0.0.0.1")
LSA = dict(id="198.18.0.1", adrouter="198.18.0.1", seq=0x80000001, age=10)
OSPF2 = v4(
    B,
    OSPF_Hdr(type=1, **HDR) / OSPF_Hello(mask="255.255.255.0", hellointerval=10, options=0x52, prio=3,
        deadinterval=40, router="198.18.0.1", backup="198.18.0.2", neighbors=["198.18.0.2", "198.18.0.3"]),
    OSPF_Hdr(type=1, authtype=1, authdata=0x7061737377640000, **HDR) / OSPF_Hello(mask="255.255.255.252", options=0x02),
    OSPF_Hdr(type=1, authtype=2, keyid=3, authdatalen=16, seq=1234, **HDR) / OSPF_Hello(options=0x00),
    OSPF_Hdr(type=2, **HDR) / OSPF_DBDesc(mtu=1500, options=0x42, dbdescr=7, ddseq=0x1000),
    OSPF_Hdr(type=2, **HDR) / OSPF_DBDesc(mtu=1500, dbdescr=2, ddseq=0x1001, lsaheaders=[
        OSPF_LSA_Hdr(type=1, **LSA), OSPF_LSA_Hdr(type=2, **LSA), OSPF_LSA_Hdr(type=5, **LSA),
        OSPF_LSA_Hdr(type=10, id="1.0.0.1", adrouter="198.18.0.1")]),
    OSPF_Hdr(type=3, **HDR) / OSPF_LSReq(requests=[OSPF_LSReq_Item(type=1, id="198.18.0.1", adrouter="198.18.0.1"),
        OSPF_LSReq_Item(type=3, id="198.18.9.0", adrouter="198.18.0.2"), OSPF_LSReq_Item(type=9, id="4.0.0.0", adrouter="198.18.0.2")]),
    OSPF_Hdr(type=4, **HDR) / OSPF_LSUpd(lsalist=[
        OSPF_Router_LSA(flags=0x07, options=0x22, linklist=[
            OSPF_Link(type=1, id="198.18.0.2", data="198.18.0.1", metric=10),
            OSPF_Link(type=2, id="198.18.1.1", data="198.18.1.2", metric=1),
            OSPF_Link(type=3, id="198.18.2.0", data="255.255.255.0", metric=100),
            OSPF_Link(type=4, id="198.18.3.1", data="0.0.0.5", metric=65535)], **LSA),
        OSPF_Network_LSA(mask="255.255.255.0", routerlist=["198.18.0.1", "198.18.0.2"], **LSA),
        OSPF_SummaryIP_LSA(mask="255.255.0.0", metric=20, **LSA),
        OSPF_SummaryASBR_LSA(metric=30, **LSA),
        OSPF_External_LSA(mask="255.255.255.0", ebit=1, metric=40, fwdaddr="198.18.0.9", tag=77, **LSA),
        OSPF_NSSA_External_LSA(mask="255.255.255.0", ebit=0, metric=50, fwdaddr="198.18.0.9", **LSA),
    ]),
    OSPF_Hdr(type=4, **HDR) / OSPF_LSUpd(lsalist=[
        OSPF_Area_Scope_Opaque_LSA(id="1.0.0.1", adrouter="198.18.0.1", data=bytes.fromhex("00010004c6120001")),
        OSPF_Area_Scope_Opaque_LSA(id="1.0.0.2", adrouter="198.18.0.1", data=bytes.fromhex(
            "00020034" + "000100010100" + "0000" + "000200040c6120002"[1:] + "00030004c6120001" + "000400040000000a"
            + "0006000449742400" + "00090004000000ff")),
        OSPF_Link_Scope_Opaque_LSA(id="3.0.0.0", adrouter="198.18.0.1", data=bytes.fromhex("00010004000000b4" + "000200010100000000" + "0003000400000002")),
        OSPF_Link_Scope_Opaque_LSA(id="4.0.0.0", adrouter="198.18.0.1", data=bytes.fromhex("0001000470000000")),
        OSPF_AS_Scope_Opaque_LSA(id="7.0.0.1", adrouter="198.18.0.1", data=b"\x00\x01\x00\x00"),
    ]),
    OSPF_Hdr(type=5, **HDR) / OSPF_LSAck(lsaheaders=[OSPF_LSA_Hdr(type=1, **LSA), OSPF_LSA_Hdr(type=3, id="198.18.9.0", adrouter="198.18.0.2")]),
    Raw(bytes.fromhex("0209001898120001000000010000000000000000")),
    proto=89,
)

MAC6 = dict(src="02:00:00:00:00:01", dst="33:33:00:00:00:05")
HDR6 = dict(src="198.18.0.1", area="0.0.0.0")
LSA6 = dict(id="0.0.0.1", adrouter="198.18.0.1", seq=0x80000002, age=1)
OSPF3 = [
    Ether(**MAC6) / IPv6(src="fe80::1", dst="ff02::5", hlim=1) / m
    for m in (
        OSPFv3_Hdr(type=1, **HDR6) / OSPFv3_Hello(intid=5, prio=1, options=0x13, hellointerval=10, deadinterval=40,
            router="198.18.0.1", backup="0.0.0.0", neighbors=["198.18.0.2"]),
        OSPFv3_Hdr(type=2, **HDR6) / OSPFv3_DBDesc(options=0x13, mtu=1500, dbdescr=7, ddseq=42),
        OSPFv3_Hdr(type=2, **HDR6) / OSPFv3_DBDesc(mtu=1500, dbdescr=0, ddseq=43, lsaheaders=[
            OSPFv3_LSA_Hdr(type=0x2001, **LSA6), OSPFv3_LSA_Hdr(type=0x2002, **LSA6), OSPFv3_LSA_Hdr(type=0x0008, **LSA6),
            OSPFv3_LSA_Hdr(type=0x2009, **LSA6), OSPFv3_LSA_Hdr(type=0x4005, **LSA6), OSPFv3_LSA_Hdr(type=0x2007, **LSA6)]),
        OSPFv3_Hdr(type=3, **HDR6) / OSPFv3_LSReq(requests=[OSPFv3_LSReq_Item(type=0x2001, id="0.0.0.0", adrouter="198.18.0.2")]),
        OSPFv3_Hdr(type=4, **HDR6) / OSPFv3_LSUpd(lsalist=[
            OSPFv3_Router_LSA(flags=0x07, options=0x33, linklist=[
                OSPFv3_Link(type=1, metric=10, intid=5, neighintid=6, neighbor="198.18.0.2"),
                OSPFv3_Link(type=2, metric=1, intid=5, neighintid=5, neighbor="198.18.0.1"),
                OSPFv3_Link(type=4, metric=7, intid=9, neighintid=9, neighbor="198.18.0.3")], **LSA6),
            OSPFv3_Network_LSA(options=0x13, routerlist=["198.18.0.1", "198.18.0.2"], **LSA6),
            OSPFv3_Inter_Area_Prefix_LSA(metric=20, prefix="2001:db8:1::/64", **LSA6),
            OSPFv3_Inter_Area_Router_LSA(options=0x13, metric=30, router="198.18.0.7", **LSA6),
            OSPFv3_AS_External_LSA(flags=0x07, metric=40, prefix="2001:db8:2::/48", reflstype=1,
                fwaddr="2001:db8::9", tag=99, reflsid=5, **LSA6),
            OSPFv3_Type_7_LSA(flags=0x04, metric=41, prefix="2001:db8:3::/56", **LSA6),
            OSPFv3_Link_LSA(prio=1, options=0x13, lladdr="fe80::1", prefixlist=[
                OSPFv3_Prefix_Item(prefixoptions=0x0f, prefix="2001:db8:4::/64"),
                OSPFv3_Prefix_Item(prefix="::/0")], **LSA6),
            OSPFv3_Intra_Area_Prefix_LSA(reflstype=0x2001, reflsid=0, refadrouter="198.18.0.1", prefixlist=[
                OSPFv3_Prefix_Item(metric=1, prefix="2001:db8::1/128"),
                OSPFv3_Prefix_Item(metric=10, prefixoptions=2, prefix="2001:db8:5::/64")], **LSA6),
        ]),
        OSPFv3_Hdr(type=5, **HDR6) / OSPFv3_LSAck(lsaheaders=[OSPFv3_LSA_Hdr(type=0x2001, **LSA6)]),
    )
]

ISIS_MAC = dict(src="02:00:00:00:00:01", dst="01:80:c2:00:00:14")
SYS = "1921.6800.1001"


def isis(pdu, dst="01:80:c2:00:00:14"):
    return Dot3(src="02:00:00:00:00:01", dst=dst) / LLC(dsap=0xFE, ssap=0xFE, ctrl=3) / ISIS_CommonHdr() / pdu


ISISS = [
    isis(ISIS_L1_LAN_Hello(circuittype=3, sourceid=SYS, holdingtime=30, priority=64, lanid=SYS + ".01", tlvs=[
        ISIS_AreaTlv(areas=[ISIS_AreaEntry(areaid="49.0001")]), ISIS_ProtocolsSupportedTlv(nlpids=["IPv4", "IPv6"]),
        ISIS_IpInterfaceAddressTlv(addresses=["198.18.0.1"]), ISIS_IsNeighbourTlv(neighbours=["02:00:00:00:00:02"]),
        ISIS_PaddingTlv(padding=b"\x00" * 8)])),
    isis(ISIS_L2_LAN_Hello(circuittype=2, sourceid=SYS, holdingtime=9, priority=1, lanid=SYS + ".02", tlvs=[
        ISIS_AreaTlv(areas=[ISIS_AreaEntry(areaid="49.0001"), ISIS_AreaEntry(areaid="39.0840.f001")]),
        ISIS_AuthenticationTlv(authtype=1, password=b"secret")]), dst="01:80:c2:00:00:15"),
    isis(ISIS_P2P_Hello(circuittype=1, sourceid=SYS, holdingtime=30, localcircuitid=3, tlvs=[
        ISIS_AreaTlv(areas=[ISIS_AreaEntry(areaid="49.0002")]), ISIS_P2PAdjacencyStateTlv(len=5, state=0, extlocalcircuitid=7),
        ISIS_Ipv6InterfaceAddressTlv(addresses=["fe80::1"])]), dst="09:00:2b:00:00:05"),
    isis(ISIS_L1_LSP(lifetime=1199, lspid=SYS + ".00-00", seqnum=0x21, typeblock=0x03, tlvs=[
        ISIS_AreaTlv(areas=[ISIS_AreaEntry(areaid="49.0001")]), ISIS_ProtocolsSupportedTlv(nlpids=["IPv4"]),
        ISIS_DynamicHostnameTlv(hostname=b"router1"), ISIS_TERouterIDTlv(routerid="198.18.0.1"),
        ISIS_IpInterfaceAddressTlv(addresses=["198.18.0.1", "198.18.1.1"]),
        ISIS_IsReachabilityTlv(neighbours=[ISIS_IsReachabilityEntry(neighbourid=SYS + ".01")]),
        ISIS_InternalIpReachabilityTlv(entries=[ISIS_IpReachabilityEntry(ipaddress="198.18.0.0", subnetmask="255.255.255.0")]),
        ISIS_ExtendedIsReachabilityTlv(neighbours=[ISIS_ExtendedIsNeighbourEntry(neighbourid=SYS + ".02", metric=10, subtlvs=[
            ISIS_IPv4InterfaceAddressSubTlv(address="198.18.1.1"), ISIS_AdministrativeGroupSubTlv(admingroup=5),
            ISIS_MaximumLinkBandwidthSubTlv(maxbw=125000000.0), ISIS_TEDefaultMetricSubTlv(temetric=20)])]),
        ISIS_ExtendedIpReachabilityTlv(pfxs=[ISIS_ExtendedIpPrefix(metric=10, pfx="198.18.0.0/24"),
            ISIS_ExtendedIpPrefix(metric=20, updown=1, pfx="198.18.8.0/22", subtlvs=[ISIS_32bitAdministrativeTagSubTlv(tags=[7])])]),
        ISIS_Ipv6ReachabilityTlv(pfxs=[ISIS_Ipv6Prefix(metric=10, pfx="2001:db8::/64"), ISIS_Ipv6Prefix(metric=1, external=1, pfx="2001:db8:1::/48")]),
    ])),
    isis(ISIS_L2_LSP(lifetime=0, lspid=SYS + ".00-01", seqnum=0x1, typeblock=0x0b, tlvs=[ISIS_DynamicHostnameTlv(hostname=b"r2")]), dst="01:80:c2:00:00:15"),
    isis(ISIS_L1_CSNP(sourceid=SYS + ".00", startlspid="0000.0000.0000.00-00", endlspid="ffff.ffff.ffff.ff-ff", tlvs=[
        ISIS_LspEntryTlv(entries=[ISIS_LspEntry(lifetime=1199, lspid=SYS + ".00-00", seqnum=0x21, checksum=0x1234),
                                  ISIS_LspEntry(lifetime=300, lspid="1921.6800.1002.00-00", seqnum=0x5, checksum=0xabcd)])])),
    isis(ISIS_L2_PSNP(sourceid=SYS + ".00", tlvs=[
        ISIS_LspEntryTlv(entries=[ISIS_LspEntry(lifetime=1199, lspid=SYS + ".00-00", seqnum=0x22, checksum=0x1111)])]), dst="01:80:c2:00:00:15"),
]

EIGRP_DST = "224.0.0.10"
EIGRPS = v4(
    EIGRP_DST,
    EIGRP(opcode=5, asn=100, tlvlist=[EIGRPParam(k1=1, k2=0, k3=1, k4=0, k5=0, holdtime=15), EIGRPSwVer(ios="12.4", eigrp="1.2")]),
    EIGRP(opcode=1, asn=100, flags=1, seq=5, ack=0, tlvlist=[
        EIGRPIntRoute(nexthop="0.0.0.0", delay=2560, bandwidth=256, mtu=1500, hopcount=0, reliability=255, load=1, prefixlen=24, dst="198.18.5.0"),
        EIGRPExtRoute(nexthop="0.0.0.0", originrouter="198.18.0.9", originasn=200, tag=7, externalmetric=10, extprotocolid=3, flags=0x01,
                      delay=2560, bandwidth=256, mtu=1500, hopcount=1, reliability=255, load=1, prefixlen=16, dst="198.19.0.0")]),
    EIGRP(opcode=3, asn=100, seq=6, ack=5, tlvlist=[EIGRPIntRoute(delay=0xffffffff, prefixlen=8, dst="10.0.0.0")]),
    EIGRP(opcode=4, asn=100, seq=7, ack=6, tlvlist=[EIGRPIntRoute(prefixlen=32, dst="198.18.5.5")]),
    EIGRP(opcode=5, asn=100, ack=7),
    EIGRP(opcode=10, asn=100, tlvlist=[EIGRPStub(flags=0x0d)]),
    EIGRP(opcode=11, asn=100, tlvlist=[EIGRPSeq(addrlen=4, ipaddr="198.18.0.2"), EIGRPNms(nms=3)]),
    EIGRP(opcode=5, asn=100, tlvlist=[EIGRPAuthData(authtype=2, keyid=1, authdata=b"\x11" * 16), EIGRPGeneric(type=0x0099, value=b"\x01\x02")]),
    EIGRP(opcode=6, asn=1),
    proto=88,
)

VRRPS = v4("224.0.0.18", VRRP(vrid=1, priority=100, addrlist=["198.18.0.254"]),
           VRRP(vrid=200, priority=255, authtype=1, adv=3, addrlist=["198.18.0.253", "198.18.0.252"], auth1=0x70617373, auth2=0x776f7264),
           VRRP(vrid=2, priority=0, authtype=2, addrlist=["198.18.0.251"]),
           VRRPv3(vrid=9, priority=150, adv=100, addrlist=["198.18.0.250"]),
           VRRP(version=2, type=2, vrid=3, addrlist=[]),
           ttl=255, proto=112) + [
    Ether(**MAC) / IPv6(src="fe80::1", dst="ff02::12", hlim=255) / VRRPv3(vrid=9, priority=150, adv=100, ipcount=1, addrlist=["fe80::254"]),
]
CARPS = v4("224.0.0.18", CARP(vhid=5, advskew=10, advbase=1, counter1=1, counter2=2),
           CARP(version=2, type=1, vhid=6, advskew=0, demotion=3), ttl=255, proto=112)

CASES = [
    ("net-igmp", IGMPS, dict(cuts=(38, 40, 46, 60))),
    ("net-pim2", PIMS, dict(cuts=(38, 40, 46, 60))),
    ("net-pim1", PIMV1, dict(cuts=(38, 42, 50))),
    ("net-ospf2", OSPF2, dict(cuts=(40, 50, 70, 100))),
    ("net-ospf3", OSPF3, dict(cuts=(60, 70, 80, 120))),
    ("net-isis", ISISS, dict(cuts=(20, 30, 40, 60))),
    ("net-eigrp", EIGRPS, dict(cuts=(40, 54, 60))),
    ("net-vrrp", VRRPS, dict(cuts=(38, 42))),
    ("net-carp", CARPS, dict(cuts=(38, 42))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_routing", CASES)
