"""Switching protocols as scapy builds them: STP, RSTP and MSTP BPDUs,
LLDP with many TLVs (802.1, 802.3 and MED organisation-specific ones),
CDP, DTP, VTP, LACP and the marker protocol, EAPOL (start, logoff, key)
and EAP methods."""
from scapy.all import Ether, Dot3, LLC, SNAP, STP, Raw, EAPOL, EAP, EAP_MD5, EAP_TLS, EAP_TTLS, LEAP, EAPOL_KEY, EAP_PEAP, EAP_FAST
from scapy.contrib.lldp import (
    LLDPDUChassisID, LLDPDUPortID, LLDPDUTimeToLive, LLDPDUPortDescription, LLDPDUSystemName,
    LLDPDUSystemDescription, LLDPDUSystemCapabilities, LLDPDUManagementAddress,
    LLDPDUGenericOrganisationSpecific as OrgTLV, LLDPDUEndOfLLDPDU,
)
from scapy.contrib.cdp import (
    CDPv2_HDR, CDPMsgDeviceID, CDPMsgAddr, CDPAddrRecordIPv4, CDPAddrRecordIPv6, CDPMsgPortID, CDPMsgCapabilities,
    CDPMsgSoftwareVersion, CDPMsgPlatform, CDPMsgIPPrefix, CDPMsgVTPMgmtDomain, CDPMsgNativeVLAN, CDPMsgDuplex,
    CDPMsgMTU, CDPMsgMgmtAddr, CDPMsgTrustBitmap, CDPMsgUntrustedPortCoS, CDPMsgGeneric, CDPMsgProtoHello,
    CDPMsgPower, CDPMsgVoIPVLANReply,
)
from scapy.config import conf
from scapy.contrib.dtp import DTP, DTPDomain, DTPStatus, DTPType, DTPNeighbor
from scapy.contrib.vtp import VTP, VTPVlanInfo
from scapy.contrib.lacp import LACP, MarkerProtocol, SlowProtocol

# Odd but valid TLV orders and lengths are the point here.
conf.contribs["LLDP"].strict_mode_disable()

SRC = "02:00:00:00:00:01"
STP_MAC = dict(src=SRC, dst="01:80:c2:00:00:00")


def bpdu(**kw):
    return Dot3(**STP_MAC) / LLC(dsap=0x42, ssap=0x42, ctrl=3) / STP(**kw)


BRIDGE = dict(rootid=32768, rootmac="02:00:00:00:00:0a", bridgeid=32769, bridgemac="02:00:00:00:00:0b")
MST_CONFIG = bytes.fromhex("00") + b"region1".ljust(32, b"\x00") + bytes.fromhex("0002") + bytes(16)
STPS = [
    bpdu(pathcost=4, portid=0x8001, age=1, maxage=20, hellotime=2, fwddelay=15, bpduflags=0x81, **BRIDGE),
    bpdu(bpdutype=0x80),
    bpdu(version=2, bpdutype=2, bpduflags=0x7C, pathcost=20000, portid=0x8002, **BRIDGE) / Raw(b"\x00"),
    bpdu(version=2, bpdutype=2, bpduflags=0x0E, **BRIDGE) / Raw(b"\x00"),
    bpdu(version=3, bpdutype=2, bpduflags=0x3C, pathcost=0, portid=0x8001, **BRIDGE)
    / Raw(bytes.fromhex("00") + bytes.fromhex("0040") + MST_CONFIG + bytes.fromhex("00000000") + bytes.fromhex("8000020000000000") + bytes.fromhex("14")
          + bytes.fromhex("7c" + "8001020000000001" + "00004e20" + "80" + "80" + "14")
          + bytes.fromhex("5c" + "8002020000000002" + "00000000" + "90" + "70" + "10")),
    bpdu(version=4, bpdutype=2, bpduflags=0x3C, **BRIDGE)
    / Raw(bytes.fromhex("00") + bytes.fromhex("0040") + MST_CONFIG + bytes.fromhex("00000000") + bytes.fromhex("8000020000000000") + bytes.fromhex("14")
          + bytes.fromhex("0000") + bytes.fromhex("0000") + bytes(36)),
    bpdu(proto=1),
]

LLDP_MAC = dict(src=SRC, dst="01:80:c2:00:00:0e", type=0x88CC)


def org(oui, subtype, hexdata):
    return OrgTLV(org_code=oui, subtype=subtype, data=bytes.fromhex(hexdata))


LLDPS = [
    Ether(**LLDP_MAC) / LLDPDUChassisID(subtype=4, id="02:00:00:00:00:01") / LLDPDUPortID(subtype=5, id=b"eth0")
    / LLDPDUTimeToLive(ttl=120) / LLDPDUPortDescription(description=b"uplink port")
    / LLDPDUSystemName(system_name=b"switch1") / LLDPDUSystemDescription(description=b"afsniff test switch")
    / LLDPDUSystemCapabilities(mac_bridge_available=1, router_available=1, mac_bridge_enabled=1, telephone_available=1, station_only_available=1)
    / LLDPDUManagementAddress(management_address_subtype=1, management_address=b"\xc6\x12\x00\x01", interface_numbering_subtype=2, interface_number=3, object_id=b"\x2b\x06\x01")
    / LLDPDUManagementAddress(management_address_subtype=2, management_address=bytes(15) + b"\x01", interface_numbering_subtype=3, interface_number=0)
    / LLDPDUEndOfLLDPDU(),
    Ether(**LLDP_MAC) / LLDPDUChassisID(subtype=1, id=b"chassis") / LLDPDUPortID(subtype=3, id="02:00:00:00:00:07")
    / LLDPDUTimeToLive(ttl=0)
    / org(0x0080C2, 1, "0064") / org(0x0080C2, 2, "03000a") / org(0x0080C2, 3, "0014" + "05" + "7573657273")
    / org(0x0080C2, 4, "04888e0101") / org(0x0080C2, 6, "0a") / org(0x0080C2, 7, "0301020304")
    / org(0x0080C2, 8, "0c" + "000000000000") / org(0x0080C2, 0x0b, "00" + "00" * 9)
    / org(0x0080C2, 0x0c, "c0" + "0000001000" + "0000000008") / org(0x0080C2, 0x0a, "00002" + "0" * 15 + "32" * 0)
    / org(0x0080C2, 0x99, "0102")
    / LLDPDUEndOfLLDPDU(),
    Ether(**LLDP_MAC) / LLDPDUChassisID(subtype=5, family=1, id="198.18.0.1") / LLDPDUPortID(subtype=7, id=b"7")
    / LLDPDUTimeToLive(ttl=65535)
    / org(0x00120F, 1, "03" + "6c03" + "0010") / org(0x00120F, 2, "0f" + "01" + "03")
    / org(0x00120F, 3, "01" + "00000007") / org(0x00120F, 4, "05ee")
    / org(0x00120F, 2, "07" + "01" + "04" + "53" + "0100" + "00ff")
    / org(0x00120F, 0x55, "00")
    / LLDPDUEndOfLLDPDU(),
    Ether(**LLDP_MAC) / LLDPDUChassisID(subtype=6, id=b"ifname0") / LLDPDUPortID(subtype=1, id=b"alias")
    / LLDPDUTimeToLive(ttl=30)
    / org(0x0012BB, 1, "0033" + "03") / org(0x0012BB, 2, "01" + "600000" + "2e") / org(0x0012BB, 2, "05" + "2a0065" + "00")
    / org(0x0012BB, 3, "02" + "0a" * 16) / org(0x0012BB, 3, "03" + "0" * 0 + "1100" + "3130" + "2233")
    / org(0x0012BB, 3, "01" + "0003" + "40" * 11 + "00")
    / org(0x0012BB, 4, "53" + "00c8") / org(0x0012BB, 5, "312e30") / org(0x0012BB, 6, "322e30")
    / org(0x0012BB, 7, "332e30") / org(0x0012BB, 8, "73657269616c") / org(0x0012BB, 9, "61636d65")
    / org(0x0012BB, 10, "6d6f64656c") / org(0x0012BB, 11, "6173736574") / org(0x0012BB, 0x7f, "00")
    / LLDPDUEndOfLLDPDU(),
    Ether(**LLDP_MAC) / LLDPDUChassisID(subtype=2, id=b"ifalias") / LLDPDUPortID(subtype=2, id=b"pc")
    / LLDPDUTimeToLive(ttl=1) / org(0x000ECF, 1, "0102") / org(0x0080C2, 2, "01") / Raw(bytes.fromhex("fe03") + b"\x00\x80")
    / LLDPDUEndOfLLDPDU(),
]

CDP_MAC = dict(src=SRC, dst="01:00:0c:cc:cc:cc")


def cdp(*msgs, vers=2):
    return Dot3(**CDP_MAC) / LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / SNAP(OUI=0x00000C, code=0x2000) / CDPv2_HDR(vers=vers, msg=list(msgs))


CDPS = [
    cdp(CDPMsgDeviceID(val=b"switch1.example"), CDPMsgAddr(addr=[CDPAddrRecordIPv4(addr="198.18.0.1"), CDPAddrRecordIPv6(addr="2001:db8::1")]),
        CDPMsgPortID(iface=b"GigabitEthernet0/1"), CDPMsgCapabilities(cap=0x29), CDPMsgSoftwareVersion(val=b"IOS 15.2\nline two"),
        CDPMsgPlatform(val=b"cisco WS-C2960"), CDPMsgVTPMgmtDomain(val=b"dom"), CDPMsgNativeVLAN(vlan=10), CDPMsgDuplex(duplex=1)),
    cdp(CDPMsgDeviceID(val=b"r2"), CDPMsgIPPrefix(prefixes=[]) if False else CDPMsgGeneric(type=7, val=bytes.fromhex("c612000018")),
        CDPMsgMTU(mtu=1500), CDPMsgMgmtAddr(addr=[CDPAddrRecordIPv4(addr="198.18.0.2")]), CDPMsgTrustBitmap(trust_bitmap=0),
        CDPMsgUntrustedPortCoS(untrusted_port_cos=0), CDPMsgPower(power=15400), CDPMsgVoIPVLANReply(vlan=20), CDPMsgGeneric(type=0x99, val=b"\x01\x02"), vers=1),
    cdp(CDPMsgGeneric(type=0x0008, val=bytes.fromhex("00000c0112" + "0000000002000000" + "0000")), CDPMsgDuplex(duplex=0)),
]

DTP_MAC = dict(src=SRC, dst="01:00:0c:cc:cc:cc")
DTPS = [
    Dot3(**DTP_MAC) / LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / SNAP(OUI=0x00000C, code=0x2004)
    / DTP(tlvlist=[DTPDomain(domain=b"dom\x00"), DTPStatus(status=b"\x81"), DTPType(dtptype=b"\xa5"), DTPNeighbor(neighbor="02:00:00:00:00:01")]),
    Dot3(**DTP_MAC) / LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / SNAP(OUI=0x00000C, code=0x2004)
    / DTP(ver=1, tlvlist=[DTPStatus(status=b"\x03"), DTPType(dtptype=b"\x40")]),
]

VTPS = [
    Dot3(**DTP_MAC) / LLC(dsap=0xAA, ssap=0xAA, ctrl=3) / SNAP(OUI=0x00000C, code=0x2003) / p
    for p in (
        VTP(ver=1, code=1, followers=1, domname=b"lab", rev=5, uid="198.18.0.1", timestamp=b"260101000000"),
        VTP(ver=2, code=2, seq=1, domname=b"lab", rev=5, vlaninfo=[VTPVlanInfo(vlanid=1, vlanname=b"default"), VTPVlanInfo(status=1, vlanid=20, mtu=1500, vlanname=b"voice"), VTPVlanInfo(type=2, vlanid=1002, vlanname=b"fddi-default")]),
        VTP(ver=1, code=3, domname=b"lab", startvalue=7),
        Raw(bytes.fromhex("0104000003") + b"lab".ljust(32, b"\x00") + bytes.fromhex("0001")),
    )
]

SLOW = dict(src=SRC, dst="01:80:c2:00:00:02")
LACPS = [
    Ether(**SLOW) / SlowProtocol() / LACP(actor_system_priority=32768, actor_system="02:00:00:00:00:01", actor_key=13, actor_port_priority=32768,
                                          actor_port_number=22, actor_state=0x3d, partner_system="02:00:00:00:00:02", partner_state=0x3f, collector_max_delay=5),
    Ether(**SLOW) / SlowProtocol() / LACP(actor_state=0xc0, partner_state=0),
    Ether(**SLOW) / SlowProtocol() / MarkerProtocol(requester_port=5, requester_system="02:00:00:00:00:01", requester_transaction_id=99),
    Ether(**SLOW) / SlowProtocol() / MarkerProtocol(marker_type=2, requester_port=5, requester_system="02:00:00:00:00:01", requester_transaction_id=99),
]

PAE = dict(src=SRC, dst="01:80:c2:00:00:03")
EAPOLS = [
    Ether(**PAE) / EAPOL(type=1),
    Ether(**PAE) / EAPOL(version=2, type=2),
    Ether(**PAE) / EAPOL(version=3, type=0) / EAP(code=1, id=1, type=1),
    Ether(**PAE) / EAPOL(type=0) / EAP(code=2, id=1, type=1, identity=b"user@example"),
    Ether(**PAE) / EAPOL(type=0) / EAP_MD5(code=1, id=2, value=b"\x11" * 16),
    Ether(**PAE) / EAPOL(type=0) / EAP_MD5(code=2, id=2, value=b"\x22" * 16, optional_name=b"user"),
    Ether(**PAE) / EAPOL(type=0) / EAP_TLS(code=1, id=3, S=1),
    Ether(**PAE) / EAPOL(type=0) / EAP_TLS(code=2, id=3, L=1, M=1, tls_message_len=1000, tls_data=b"\x16\x03\x01"),
    Ether(**PAE) / EAPOL(type=0) / EAP_TTLS(code=1, id=4, S=1, version=0),
    Ether(**PAE) / EAPOL(type=0) / EAP_PEAP(code=1, id=5, S=1, version=1),
    Ether(**PAE) / EAPOL(type=0) / EAP_FAST(code=1, id=6, S=1, version=1),
    Ether(**PAE) / EAPOL(type=0) / LEAP(code=1, id=7, challenge_response=b"\x01" * 8, username=b"u"),
    Ether(**PAE) / EAPOL(type=0) / EAP(code=2, id=8, type=3, desired_auth_types=[13, 21]),
    Ether(**PAE) / EAPOL(type=0) / EAP(code=1, id=9, type=2, message=b"notice"),
    Ether(**PAE) / EAPOL(type=0) / EAP(code=3, id=9),
    Ether(**PAE) / EAPOL(type=0) / EAP(code=4, id=9),
    Ether(**PAE) / EAPOL(type=0) / Raw(bytes.fromhex("0109000a") + bytes.fromhex("12") + b"\x01" * 5),
    Ether(**PAE) / EAPOL(type=0) / Raw(bytes.fromhex("010a0008") + bytes.fromhex("fe") + b"\x00\x00\x09"),
    Ether(**PAE) / EAPOL(version=2, type=3) / EAPOL_KEY(key_descriptor_type=2, key_descriptor_type_version=2, key_type=1, key_ack=1, key_length=16, key_replay_counter=1, key_nonce=b"\x01" * 32),
    Ether(**PAE) / EAPOL(version=2, type=3) / EAPOL_KEY(key_descriptor_type=254, key_type=1, has_key_mic=1, key_mic=b"\x02" * 16, key_data=b"\xdd\x16" + b"\x00" * 22),
    Ether(**PAE) / EAPOL(version=1, type=3) / Raw(bytes.fromhex("01" + "0010" + "0000000000000001") + b"\x03" * 16 + bytes.fromhex("81") + b"\x04" * 16),
    Ether(**PAE) / EAPOL(version=2, type=4) / Raw(b"\x00" * 4),
    Ether(**PAE) / EAPOL(version=3, type=5) / Raw(bytes.fromhex("01600000") + b"\x00" * 8),
    Ether(**PAE) / EAPOL(version=2, type=9),
]

CASES = [
    ("net-stp", STPS, dict(cuts=(20, 30, 50, 80))),
    ("net-lldp", LLDPS, dict(cuts=(20, 30, 60, 100))),
    ("net-cdp", CDPS, dict(cuts=(26, 30, 50, 100))),
    ("net-dtp", DTPS, dict(cuts=(26, 30))),
    ("net-vtp", VTPS, dict(cuts=(26, 40, 90))),
    ("net-lacp", LACPS, dict(cuts=(16, 20, 40))),
    ("net-eapol", EAPOLS, dict(cuts=(16, 19, 22, 40))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_switch", CASES)
