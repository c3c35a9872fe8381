"""NTP as scapy builds it: client, server, broadcast, symmetric modes,
leap and stratum values, an authenticator, control (mode 6) and private
(mode 7) messages, IPv4 and IPv6."""
from app_common import udp4, udp6, record_family
from scapy.all import NTPHeader, NTPControl, NTPPrivate, Raw

ts = dict(ref=1700000000.25, orig=1700000001.5, recv=1700000002.125, sent=1700000003.0625)
ntp = [
    NTPHeader(mode=3, version=4, stratum=0, poll=6, precision=-20, sent=1700000003.0625),
    NTPHeader(mode=4, version=4, leap=0, stratum=2, poll=6, precision=-23, delay=0.0123, dispersion=0.5,
              id="198.18.0.123", **ts),
    NTPHeader(mode=5, version=3, leap=1, stratum=3, poll=10, id="198.18.0.9", **ts),
    NTPHeader(mode=1, version=4, leap=2, stratum=1, ref_id=b"GPS", **ts),
    NTPHeader(mode=2, version=2, leap=3, stratum=16, ref_id=b"INIT", **ts),
    NTPHeader(mode=4, version=4, stratum=0, ref_id=b"RATE", **ts),
    NTPHeader(mode=3, version=4, **ts) / Raw(b"\x00\x00\x00\x01" + b"\x11" * 16),
    NTPHeader(mode=3, version=4, **ts) / Raw(b"\x00\x00\x00\x02" + b"\x22" * 20),
    NTPHeader(mode=0, version=1, stratum=4, id="198.18.0.9"),
]
control = [
    NTPControl(op_code=1, sequence=7, association_id=0),
    NTPControl(response=1, op_code=2, sequence=8, association_id=12345, status=0x0615,
               data=b'version="ntpd 4.2.8"\r\n'),
    NTPControl(response=1, err=1, more=1, op_code=2, sequence=9, status=5, count=0),
]
private = [
    NTPPrivate(mode=7, implementation=3, request_code=1, nb_items=0, mbz=0, data_item_size=0),
    NTPPrivate(response=1, more=1, mode=7, auth=1, seq=3, implementation=2, request_code=42, nb_items=1,
               data_item_size=4, req_data=b"\x00\x00\x00\x00"),
]

CASES = [
    ("app-ntp4", [udp4(123, 123) / m for m in ntp], (44, 50, 70, 90)),
    ("app-ntp6", [udp6(123, 123) / m for m in ntp[:3]], (70, 100)),
    ("app-ntp-control", [udp4(1234, 123) / m for m in control + private], (44, 48, 54)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_ntp", CASES)
