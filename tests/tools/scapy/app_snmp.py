"""SNMP as scapy builds it: v1 and v2c get, getnext, set, response,
traps, getbulk and inform with many value types, and a v3 message built
by hand (USM, no privacy)."""
from app_common import udp4, udp6, record_family
from scapy.all import (
    SNMP, SNMPget, SNMPnext, SNMPset, SNMPresponse, SNMPtrapv1, SNMPtrapv2, SNMPbulk, SNMPinform,
    SNMPvarbind, ASN1_STRING, ASN1_INTEGER, ASN1_NULL, ASN1_OID, ASN1_IPADDRESS, ASN1_COUNTER32,
    ASN1_GAUGE32, ASN1_TIME_TICKS, ASN1_COUNTER64, Raw,
)

sys = "1.3.6.1.2.1.1"
values = [
    SNMPvarbind(oid=sys + ".1.0", value=ASN1_STRING(b"Linux box")),
    SNMPvarbind(oid=sys + ".2.0", value=ASN1_OID("1.3.6.1.4.1.8072.3.2.10")),
    SNMPvarbind(oid=sys + ".3.0", value=ASN1_TIME_TICKS(123456)),
    SNMPvarbind(oid="1.3.6.1.2.1.2.2.1.10.1", value=ASN1_COUNTER32(4000000000)),
    SNMPvarbind(oid="1.3.6.1.2.1.2.2.1.5.1", value=ASN1_GAUGE32(1000000000)),
    SNMPvarbind(oid="1.3.6.1.2.1.4.20.1.1.198.18.0.1", value=ASN1_IPADDRESS("198.18.0.1")),
    SNMPvarbind(oid="1.3.6.1.2.1.31.1.1.1.6.1", value=ASN1_COUNTER64(2**40 + 5)),
    SNMPvarbind(oid="1.3.6.1.2.1.2.2.1.8.1", value=ASN1_INTEGER(-3)),
    SNMPvarbind(oid="1.3.6.1.2.1.1.9.1.3.1", value=ASN1_STRING(b"\x00\x01\xfe\xff")),
]
get = [SNMPvarbind(oid=sys + ".1.0"), SNMPvarbind(oid=sys + ".5.0")]
v1 = [
    SNMP(version=0, community=b"public", PDU=SNMPget(id=1, varbindlist=get)),
    SNMP(version=0, community=b"public", PDU=SNMPnext(id=2, varbindlist=get)),
    SNMP(version=0, community=b"private", PDU=SNMPset(id=3, varbindlist=values[:1])),
    SNMP(version=0, community=b"public", PDU=SNMPresponse(id=1, varbindlist=values[:6])),
    SNMP(version=0, community=b"public", PDU=SNMPresponse(id=4, error=2, error_index=1, varbindlist=get)),
    SNMP(version=0, community=b"public", PDU=SNMPtrapv1(enterprise="1.3.6.1.4.1.9.1", agent_addr="198.18.0.1",
                                                       generic_trap=6, specific_trap=17, time_stamp=4242,
                                                       varbindlist=values[:2])),
    SNMP(version=0, community=b"public", PDU=SNMPtrapv1(enterprise="1.3.6.1.4.1.8072", generic_trap=3, time_stamp=0,
                                                       varbindlist=[])),
]
v2 = [
    SNMP(version=1, community=b"public", PDU=SNMPget(id=11, varbindlist=get)),
    SNMP(version=1, community=b"public", PDU=SNMPbulk(id=12, non_repeaters=1, max_repetitions=10, varbindlist=get)),
    SNMP(version=1, community=b"public", PDU=SNMPresponse(id=12, varbindlist=values)),
    SNMP(version=1, community=b"public", PDU=SNMPtrapv2(id=13, varbindlist=[
        SNMPvarbind(oid="1.3.6.1.2.1.1.3.0", value=ASN1_TIME_TICKS(100)),
        SNMPvarbind(oid="1.3.6.1.6.3.1.1.4.1.0", value=ASN1_OID("1.3.6.1.6.3.1.1.5.3"))])),
    SNMP(version=1, community=b"public", PDU=SNMPinform(id=14, varbindlist=values[:2])),
    SNMP(version=1, community=b"public", PDU=SNMPresponse(id=15, varbindlist=[
        SNMPvarbind(oid=sys + ".7.0", value=ASN1_NULL(0))])),
]


def tlv(tag, body):
    n = len(body)
    size = bytes([n]) if n < 128 else bytes([0x81, n])
    return bytes([tag]) + size + body


def integer(v):
    return tlv(0x02, v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big", signed=True))


def octets(b):
    return tlv(0x04, b)


def v3(flags, user, pdu, engine=b"\x80\x00\x1f\x88\x80\x01\x02\x03\x04"):
    """An SNMPv3 message (RFC 3412/3414) with a USM security block and a
    plaintext scoped PDU."""
    header = tlv(0x30, integer(4242) + integer(65507) + octets(bytes([flags])) + integer(3))
    usm = tlv(0x30, octets(engine) + integer(5) + integer(1234) + octets(user) + octets(b"\x00" * 12 if flags & 1 else b"")
              + octets(b""))
    scoped = tlv(0x30, octets(engine) + octets(b"") + bytes(pdu))
    return Raw(tlv(0x30, integer(3) + header + octets(usm) + scoped))


v3msgs = [
    v3(4, b"", SNMPget(id=21, varbindlist=[])),
    v3(5, b"admin", SNMPget(id=22, varbindlist=get)),
    v3(1, b"admin", SNMPresponse(id=22, varbindlist=values[:2])),
]

CASES = [
    ("app-snmp-v1", [udp4(1161, 161) / m for m in v1[:3]] + [udp4(161, 1161) / m for m in v1[3:5]]
     + [udp4(1162, 162) / m for m in v1[5:]], (50, 60, 75)),
    ("app-snmp-v2c", [udp4(1161, 161) / m for m in v2[:2]] + [udp6(161, 1161) / m for m in v2[2:3]]
     + [udp4(1162, 162) / m for m in v2[3:]], (50, 60, 80)),
    ("app-snmp-v3", [udp4(1161, 161) / m for m in v3msgs], (50, 70, 100)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_snmp", CASES)
