"""ForCES (RFC 5810) messages over SCTP, built here byte by byte (scapy
has no ForCES layer) and carried in scapy's SCTPChunkData, on the ForCES
ports (6704-6706, high, medium and low priority) and, on other ports, under
the ForCES payload protocol IDs (21-23): association setup, its response
and teardown, heartbeat, config and query with LFB selectors, operations
and path data of each content kind, their responses, an event
notification and a packet redirect."""
import struct

from record import FLAGSETS, record, start
from scapy.all import IP, SCTP, Ether, IPv6, SCTPChunkData

FE, CE = 0x00000002, 0x40000001

# Message types.
ASSOC_SETUP, ASSOC_TEARDOWN, CONFIG, QUERY, EVENT, REDIRECT = 1, 2, 3, 4, 5, 6
HEARTBEAT, ASSOC_RESPONSE, CONFIG_RESPONSE, QUERY_RESPONSE = 0x0F, 0x11, 0x13, 0x14

# TLV types.
T_REDIRECT, T_ASRESULT, T_ASTREASON, T_LFBSELECT = 0x0001, 0x0010, 0x0011, 0x1000
T_PATHDATA, T_KEYINFO, T_FULLDATA, T_SPARSEDATA = 0x0110, 0x0111, 0x0112, 0x0113
T_RESULT, T_METADATA, T_REDIRECTDATA = 0x0114, 0x0115, 0x0116

# Operations.
SET, SETPROP, SETRESP, DEL, GET, GETRESP, REPORT, COMMIT, RCOMMIT = 1, 2, 3, 5, 7, 9, 11, 12, 13


def pad4(b):
    return b + b"\0" * (-len(b) % 4)


def tlv(kind, value):
    """A TLV: its length counts the header and value, not the padding."""
    return pad4(struct.pack(">HH", kind, 4 + len(value)) + value)


def ilv(kind, value):
    return pad4(struct.pack(">II", kind, 8 + len(value)) + value)


def path(ids, content=b"", flags=0):
    """A PATH-DATA TLV: flags, ID count, the IDs, then one content TLV."""
    body = struct.pack(">HH", flags, len(ids)) + b"".join(struct.pack(">I", i) for i in ids)
    return tlv(T_PATHDATA, body + content)


def lfb(cls, inst, *ops):
    return tlv(T_LFBSELECT, struct.pack(">II", cls, inst) + b"".join(ops))


def message(tom, tlvs=b"", src=CE, dst=FE, corr=1, flags=0x38400000):
    """The common header (version 1, length in 32-bit words) and TLVs."""
    length = 24 + len(tlvs)
    return struct.pack(">BBHIIQI", 0x10, tom, length // 4, src, dst, corr, flags) + tlvs


def sctp(msg, port=6704, ppid=0, sport=40000, tsn=1, v6=False):
    net = IPv6(src="2001:db8::1", dst="2001:db8::2") if v6 else IP(src="198.18.0.1", dst="198.18.0.2", id=1)
    return (
        Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
        / net
        / SCTP(sport=sport, dport=port, tag=0x1234)
        / SCTPChunkData(tsn=tsn, stream_id=0, stream_seq=0, proto_id=ppid, beginning=1, ending=1, data=msg)
    )


setup = [
    sctp(message(ASSOC_SETUP, flags=0xC0400000)),
    sctp(message(ASSOC_SETUP, lfb(1, 1, tlv(REPORT, path([1, 2], tlv(T_FULLDATA, b"\0\0\0\x05")))))),
    sctp(message(ASSOC_RESPONSE, tlv(T_ASRESULT, struct.pack(">I", 0)), src=FE, dst=CE)),
    sctp(message(ASSOC_RESPONSE, tlv(T_ASRESULT, struct.pack(">I", 2)), src=FE, dst=CE)),
    sctp(message(ASSOC_RESPONSE, tlv(T_ASRESULT, struct.pack(">I", 3)), src=FE, dst=CE)),
    sctp(message(ASSOC_TEARDOWN, tlv(T_ASTREASON, struct.pack(">I", 1)), flags=0)),
    sctp(message(ASSOC_TEARDOWN, tlv(T_ASTREASON, struct.pack(">I", 200)), flags=0)),
    sctp(message(HEARTBEAT, src=FE, dst=0xFFFFFFFE, flags=0xC0000000), port=6706),
    sctp(message(HEARTBEAT, src=0xC0000001, dst=0xFFFFFFFF), port=9, ppid=23),
    sctp(message(HEARTBEAT, src=0x80000000, dst=0xFFFFFFFD), port=6705, v6=True),
]

config = [
    # Set with full data (3 bytes: padded), two IDs.
    sctp(message(CONFIG, lfb(3, 1, tlv(SET, path([60, 1], tlv(T_FULLDATA, b"abc"))))), port=6705),
    # SetProp with sparse data ILVs.
    sctp(message(CONFIG, lfb(1, 1, tlv(SETPROP, path([4], tlv(T_SPARSEDATA, ilv(1, b"\0\0\0\x09") + ilv(2, b"xy"))))))),
    # Delete, then commit, in one selector; two selectors.
    sctp(message(CONFIG, lfb(2, 7, tlv(DEL, path([9, 10])), tlv(COMMIT, b"\0" * 8)) + lfb(1, 1, tlv(SET, path([3], tlv(T_FULLDATA, b"\0\0\0\x01")))))),
    # A table append and a path within a path.
    sctp(message(CONFIG, lfb(1, 2, tlv(SET, path([5], path([6], tlv(T_FULLDATA, b"\x01\x02\x03\x04")), flags=4)))), ppid=21, port=3868),
    sctp(message(CONFIG_RESPONSE, lfb(3, 1, tlv(SETRESP, path([60, 1], tlv(T_RESULT, b"\0\0\0\0")))), src=FE, dst=CE)),
    sctp(message(CONFIG_RESPONSE, lfb(3, 1, tlv(SETRESP, path([60], tlv(T_RESULT, b"\x0b\0\0\0")))), src=FE, dst=CE)),
    sctp(message(CONFIG_RESPONSE, lfb(3, 1, tlv(RCOMMIT, path([1], tlv(T_RESULT, b"\xff\0\0\0")))), src=FE, dst=CE)),
    # An operation the message type does not allow.
    sctp(message(CONFIG, lfb(1, 1, tlv(GET, path([1]))))),
]

query = [
    sctp(message(QUERY, lfb(1, 1, tlv(GET, path([1]))), flags=0xF8400000)),
    sctp(message(QUERY, lfb(2, 1, tlv(GET, path([2, 3]), ), tlv(GET, path([4]))))),
    # A table range (flags 2): a TLV header, first and last index.
    sctp(message(QUERY, lfb(1, 1, tlv(GET, path([7], struct.pack(">HHII", 0x0117, 12, 10, 20), flags=2))))),
    # A key (flags 1): key ID, key TLV, then the key info content.
    sctp(message(QUERY, lfb(1, 1, tlv(GET, path([7], struct.pack(">I", 1) + tlv(0x0112, b"\0\0\0\x02"), flags=1))))),
    # A key, then key info: key ID and a key TLV holding full data.
    sctp(message(QUERY, lfb(1, 1, tlv(GET, path([7], struct.pack(">I", 1) + tlv(0x0112, b"\0\0\0\x02") + tlv(T_KEYINFO, struct.pack(">I", 9) + tlv(T_FULLDATA, tlv(T_FULLDATA, b"\0\0\0\x03"))), flags=1))))),
    sctp(message(QUERY_RESPONSE, lfb(1, 1, tlv(GETRESP, path([2], tlv(T_FULLDATA, bytes(range(20)))))), src=FE, dst=CE)),
    sctp(message(QUERY_RESPONSE, lfb(1, 1, tlv(GETRESP, path([2], tlv(T_RESULT, b"\x05\0\0\0")))), src=FE, dst=CE), ppid=22, port=80),
]

events = [
    sctp(message(EVENT, lfb(1, 1, tlv(REPORT, path([5, 1], tlv(T_FULLDATA, b"\0\0\0\x01")))), src=FE, dst=CE)),
    sctp(message(REDIRECT, tlv(T_REDIRECT, tlv(T_METADATA, ilv(1, b"\0\0\0\x02") + ilv(7, b"abcd")) + tlv(T_REDIRECTDATA, bytes(range(0x40, 0x5a)))), src=FE, dst=CE)),
    sctp(message(REDIRECT, tlv(T_REDIRECT, tlv(0x0200, b"\0" * 8)), src=FE, dst=CE)),
]

flagsets = FLAGSETS + [["-vvvv"]]
start("forces")
record("forces", "forces-setup", setup, flagsets, cuts=(50, 70, 90))
record("forces", "forces-config", config, flagsets, cuts=(90, 110))
record("forces", "forces-query", query, flagsets, cuts=(100,))
record("forces", "forces-events", events, flagsets, cuts=(95,))
