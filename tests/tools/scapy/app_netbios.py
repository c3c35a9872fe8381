"""NetBIOS name service, datagram and session (UDP 137/138, TCP 139) as
scapy builds them; tcpdump here is built without SMB printing, so these
show what it prints then."""
from app_common import udp4, tcp4, record_family
from scapy.all import (
    NBNSHeader, NBNSQueryRequest, NBNSQueryResponse, NBNSNodeStatusRequest, NBNSNodeStatusResponse,
    NBNSRegistrationRequest, NBNSWackResponse, NBTDatagram, NBTSession, Raw,
)

ns = [
    NBNSHeader(NAME_TRN_ID=1, NM_FLAGS=0x11) / NBNSQueryRequest(QUESTION_NAME=b"WORKGROUP", SUFFIX=0x4141),
    NBNSHeader(NAME_TRN_ID=1, RESPONSE=1, NM_FLAGS=0x50) / NBNSQueryResponse(RR_NAME=b"HOST1", TTL=300),
    NBNSHeader(NAME_TRN_ID=2) / NBNSNodeStatusRequest(),
    NBNSHeader(NAME_TRN_ID=3, OPCODE=5, NM_FLAGS=0x11) / NBNSRegistrationRequest(QUESTION_NAME=b"HOST1"),
    NBNSHeader(NAME_TRN_ID=3, RESPONSE=1, OPCODE=7) / NBNSWackResponse(RR_NAME=b"HOST1"),
]
dgm = [
    NBTDatagram(Type=0x11, SourceName=b"HOST1", DestinationName=b"WORKGROUP") / Raw(b"\xffSMB" + b"\x00" * 20),
    NBTDatagram(Type=0x10, Flags=2, SourceName=b"HOST1", DestinationName=b"HOST2") / Raw(b"data"),
]
session = [
    NBTSession(TYPE=0x81) / Raw(b"\x20" + b"EE" * 16 + b"\x00" + b"\x20" + b"FF" * 16 + b"\x00"),
    NBTSession(TYPE=0x82),
    NBTSession(TYPE=0x85),
    NBTSession(TYPE=0x00) / Raw(b"\xffSMB\x72" + b"\x00" * 27),
]

CASES = [
    ("app-netbios-ns", [udp4(137, 137) / m for m in ns], (44, 54, 70)),
    ("app-netbios-dgm", [udp4(138, 138) / m for m in dgm], (44, 60)),
    ("app-netbios-ssn", [tcp4(40001, 139) / m for m in session], (56, 60)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_netbios", CASES)
