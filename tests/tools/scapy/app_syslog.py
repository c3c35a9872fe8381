"""Syslog (RFC 3164) by hand: every facility and severity, missing or
odd priorities, long messages, IPv4 and IPv6."""
from app_common import udp4, udp6, record_family
from scapy.all import Raw

messages = [
    Raw(b"<%d>Jan  1 00:00:00 host app[1]: message %d" % (fac * 8 + sev, fac * 8 + sev))
    for fac in range(24) for sev in (fac % 8,)
] + [
    Raw(b"<191>last facility, debug"),
    Raw(b"<192>out of range priority"),
    Raw(b"<>empty priority"),
    Raw(b"<13"),
    Raw(b"no priority at all"),
    Raw(b"<0>" + b"long " * 60),
    Raw(b"<14>tab\tand\x01control\r\n"),
]

CASES = [
    ("app-syslog", [udp4(5140, 514) / m for m in messages], (44, 46, 60)),
    ("app-syslog6", [udp6(514, 514) / m for m in messages[:3]], (64,)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_syslog", CASES)
