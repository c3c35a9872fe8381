"""SNMP object identifiers printed with tcpdump's compiled-in MIB names
(no -n): each abbreviated prefix, names from the top, walks that leave
the named tree, identifiers no longer than the prefixes."""
from record import record, start
from scapy.all import (Ether, IP, UDP, SNMP, SNMPget, SNMPnext, SNMPtrapv1, SNMPvarbind,
                       ASN1_OID, ASN1_INTEGER, ASN1_TIME_TICKS)

OIDS = [
    "1.3.6.1.2.1.1.1.0", "1.3.6.1.2.1.2.2.1.10.3", "1.3.6.1.4.1.9.9.1",
    "1.3.6.1.4.1.2021.10", "1.3.6.1.3.5.1", "1.3.6.1.6.3.1.1.4.1.0",
    "1.3.6.1.6.3.15.1.1", "1.3.6.1.2.1", "1.3.6.1.2", "1.3", "2.5.4.3", "0.1",
    "1.3.6.1.2.1.4.20.1.1.10.0.0.1", "1.3.6.1.2.1.99999.1", "1.3.6.1.2.1.11.30",
    "1.3.6.1.5.1", "1.2.840.113549", "1.3.6.1.2.1.25.1.1.0", "1.3.6.1.2.1.31.1.1.1.1",
]
udp = (Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
       / IP(src="198.18.0.1", dst="198.18.0.2") / UDP(sport=1161, dport=161))
packets = [udp / SNMP(PDU=SNMPget(varbindlist=[SNMPvarbind(oid=o) for o in OIDS[i:i + 3]]))
           for i in range(0, len(OIDS), 3)]
packets.append(udp / SNMP(PDU=SNMPnext(varbindlist=[
    SNMPvarbind(oid="1.3.6.1.2.1.1.2.0", value=ASN1_OID("1.3.6.1.4.1.8072.3.2.10"))])))
packets.append(udp / SNMP(version=0, PDU=SNMPtrapv1(
    enterprise="1.3.6.1.4.1.9.1", agent_addr="198.18.0.1", time_stamp=ASN1_TIME_TICKS(5),
    varbindlist=[SNMPvarbind(oid="1.3.6.1.2.1.2.2.1.1.1", value=ASN1_INTEGER(1))])))

start("snmp", names=True)
record("snmp", "snmp-oid-names", packets, flagsets=[[], ["-v"]], names=True, cuts=(60, 80))
