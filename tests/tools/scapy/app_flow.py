"""sFlow v5 by hand (sflow.org sflow_version_5.txt): flow samples with
raw header, Ethernet, IPv4, switch and router records, counter samples
with generic, Ethernet, VLAN and processor records, expanded samples,
IPv4 and IPv6 agents, and an unknown sample type."""
import struct

from app_common import udp4, udp6, record_family
from scapy.all import Raw, Ether, IP, UDP

u32 = lambda *v: struct.pack("!" + "I" * len(v), *v)  # noqa: E731
u64 = lambda v: struct.pack("!Q", v)  # noqa: E731


def record(fmt, body):
    return u32(fmt, len(body)) + body


def sample(fmt, body):
    return u32(fmt, len(body)) + body


frame = bytes(Ether(src="02:00:00:00:00:0a", dst="02:00:00:00:00:0b") / IP(src="198.19.0.1", dst="198.19.0.2")
              / UDP(sport=1, dport=2))
raw_header = record(1, u32(1, len(frame) + 4, 4, len(frame)) + frame + b"\x00" * ((4 - len(frame) % 4) % 4))
ethernet = record(2, u32(1500) + b"\x02\x00\x00\x00\x00\x0a\x00\x00" + b"\x02\x00\x00\x00\x00\x0b\x00\x00" + u32(0x800))
ipv4 = record(3, u32(100, 17) + bytes([198, 19, 0, 1, 198, 19, 0, 2]) + u32(1, 2, 0, 0))
switch = record(1001, u32(10, 0, 20, 0))
router = record(1002, u32(1, bytes([198, 19, 0, 254])[0] << 24 | 19 << 16 | 254, 24, 16))
flow = sample(1, u32(7, 0x00000003, 1000, 50000, 0, 3, 0x40000004, 5) + raw_header + ethernet + ipv4 + switch + router)
generic = record(1, u32(3, 6, 1000000000) + u64(10 ** 9) + u32(1, 3) + u64(123456789) + u32(1000, 10, 20, 0, 0, 0)
                 + u64(987654321) + u32(2000, 30, 40, 0, 0, 0, 0))
ether_counters = record(2, u32(*range(13)))
vlan = record(5, u32(42) + u64(1000) + u32(1, 2, 3, 4))
processor = record(1001, u32(5, 10, 15) + u64(8 * 2 ** 30) + u64(2 ** 30))
counters = sample(2, u32(8, 0x00000003, 2) + generic + ether_counters + vlan + processor)
expanded_flow = sample(3, u32(9, 0, 3, 100, 1000, 0, 0, 3, 0, 4, 1) + switch)
expanded_counters = sample(4, u32(10, 0, 3, 1) + ether_counters)
unknown = sample(7, u32(1, 2, 3))


def datagram(agent, samples, v6=False):
    head = u32(5, 2 if v6 else 1) + agent + u32(0, 77, 3600000, len(samples))
    return Raw(head + b"".join(samples))


agent4 = bytes([198, 18, 0, 1])
agent6 = bytes.fromhex("20010db8000000000000000000000001")
msgs = [
    datagram(agent4, [flow]),
    datagram(agent4, [counters]),
    datagram(agent4, [expanded_flow, expanded_counters, unknown]),
    datagram(agent6, [flow, counters], v6=True),
    Raw(u32(4, 1) + agent4 + u32(0, 1, 2)),
    datagram(agent4, []),
]

CASES = [
    ("app-sflow", [udp4(40000, 6343) / m for m in msgs] + [udp6(40000, 6343) / msgs[1]], (60, 80, 120, 200)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_flow", CASES)
