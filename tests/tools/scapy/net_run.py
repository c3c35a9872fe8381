"""What every net_*.py generator does when run: record its CASES, each a
(name, packets, record options) triple, as one family (tests/data/
scapy-built/FAMILY.list). A separate module so that tools can import a
generator's CASES without recording anything."""
from record import record, start


def run(family, cases):
    start(family)
    for name, packets, options in cases:
        record(family, name, packets, **options)
