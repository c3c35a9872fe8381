"""IKEv2 encrypted (SK) payloads that tcpdump decrypts with -E's ikev2 lines.

scapy builds the IKE headers and the payloads inside; the SK payloads are
encrypted here with python's cryptography module (AES-CBC, 3DES-CBC) and
carry an HMAC-SHA1-96 or HMAC-MD5-96 check value over the message, as an
IKE SA would send them. The keys are in tests/data/scapy-built/
ikev2_sk-secrets.txt (read with -E "file ..."), plus one case with the
line on the command line. What is covered: both sides (I and R lines),
three ciphers, an SA without a line, a wrong key (the plaintext is
garbage to the payload printers), a ciphertext that is not whole blocks,
a check value longer than the data, an SK payload inside a decrypted one,
a payload inside that overruns the plaintext, NAT-T on port 4500, and
copies cut before and inside the SK payload.

Needs scapy and cryptography in one Python: where scapy sits in a venv
without cryptography, run a Python that has cryptography with the venv's
packages on its path, e.g.
    PYTHONPATH=/work/venv-scapy/lib/python3.11/site-packages \
        unshare --net python3 ikev2_sk.py
The cases name the secrets file relative to the crate root, where
tests/tcpdump_suite.rs runs them, so tcpdump runs there too.
"""
import hashlib
import hmac
import os
import struct
import subprocess

from record import DATA, _write_pcap
from scapy.all import Ether, IP, UDP, Raw, raw
from scapy.contrib.ikev2 import IKEv2, IKEv2_AUTH, IKEv2_IDi, IKEv2_IDr, IKEv2_Nonce, IKEv2_Notify
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES

ROOT = os.path.normpath(os.path.join(DATA, "..", "..", ".."))
FAMILY = "ikev2_sk"
SECRETS = f"tests/data/scapy-built/{FAMILY}-secrets.txt"

SK = 46
IKE_AUTH = 35
FLAG_I, FLAG_R = 0x08, 0x20


class Sa:
    """One side's keys of an IKE SA: what its ikev2 line says."""

    def __init__(self, side, ispi, rspi, auth, auth_key, enc, enc_key):
        self.side, self.ispi, self.rspi = side, ispi, rspi
        self.auth, self.auth_key, self.enc, self.enc_key = auth, auth_key, enc, enc_key

    def line(self):
        return (f"ikev2 {self.side} 0x{self.ispi.hex()} 0x{self.rspi.hex()} "
                f"{self.auth}:0x{self.auth_key.hex()} {self.enc}:0x{self.enc_key.hex()}")

    def algorithm(self, key=None):
        key = key or self.enc_key
        return TripleDES(key) if self.enc == "3des" else algorithms.AES(key)

    def block(self):
        return 8 if self.enc == "3des" else 16


def seeded(n, seed):
    """n bytes that stay the same from run to run."""
    out = b""
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{len(out)}".encode()).digest()
    return out[:n]


def sk_payload(sa, first, plaintext, iv_seed, wrong_key=False, whole=True):
    """The SK payload: header naming the first inner payload, IV,
    ciphertext of the plaintext padded as RFC 7296 pads it, and room
    for the check value (filled in by message())."""
    block = sa.block()
    pad = (block - (len(plaintext) + 1) % block) % block
    padded = plaintext + bytes(range(1, pad + 1)) + bytes([pad])
    iv = seeded(block, iv_seed)
    key = seeded(len(sa.enc_key), "wrong") if wrong_key else None
    enc = Cipher(sa.algorithm(key), modes.CBC(iv)).encryptor()
    ct = enc.update(padded) + enc.finalize()
    if not whole:
        ct = ct[:-1]
    body = iv + ct + bytes(12)
    return bytes([first, 0]) + struct.pack("!H", 4 + len(body)) + body


def message(sa, flags, msgid, sk, natt=False, src="198.18.0.1", dst="198.18.0.2", sign=True):
    """The IKE message around `sk`, in UDP; with `sign`, its last twelve
    bytes are the check value computed over the rest."""
    ike = raw(IKEv2(init_SPI=sa.ispi, resp_SPI=sa.rspi, next_payload=SK,
                    exch_type=IKE_AUTH, flags=flags, id=msgid) / Raw(sk))
    if sign:
        digest = hashlib.sha1 if sa.auth == "sha1" else hashlib.md5
        icv = hmac.new(sa.auth_key, ike[:-12], digest).digest()[:12]
        ike = ike[:-12] + icv
    port = 4500 if natt else 500
    payload = (b"\0\0\0\0" + ike) if natt else ike
    return Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02") / IP(src=src, dst=dst) / UDP(sport=port, dport=port) / Raw(payload)


def inner(*payloads):
    """Payloads chained by scapy (each names the next), as bytes."""
    chain = payloads[0]
    for p in payloads[1:]:
        chain = chain / p
    return raw(chain)


aes128 = Sa("I", seeded(8, "i1"), seeded(8, "r1"), "sha1", seeded(20, "a1"), "aes128", seeded(16, "e1"))
aes256 = Sa("R", aes128.ispi, aes128.rspi, "md5", seeded(16, "a2"), "aes256", seeded(32, "e2"))
tdes = Sa("I", seeded(8, "i3"), seeded(8, "r3"), "sha1", seeded(20, "a3"), "3des", seeded(24, "e3"))
unknown = Sa("I", seeded(8, "i4"), seeded(8, "r4"), "sha1", seeded(20, "a4"), "aes128", seeded(16, "e4"))
# Zero cookies from the responder: tcpdump keeps ESP and IKEv2 keys in one
# list, and an ESP key without an SPI (here the default one) has SPI 0, no
# initiator flag and zero cookies, so it decrypts this message.
zero = Sa("R", bytes(8), bytes(8), "sha1", seeded(20, "a5"), "aes128", seeded(16, "e5"))

id_auth = inner(
    IKEv2_IDi(IDtype=2, ID=b"west"),
    IKEv2_AUTH(auth_type=2, load=seeded(20, "psk")),
)
id_r = inner(
    IKEv2_IDr(IDtype=1, ID="198.18.0.2"),
    IKEv2_AUTH(auth_type=1, load=seeded(32, "sig")),
    IKEv2_Notify(type=16384),
)
nonce_notify = inner(
    IKEv2_Nonce(nonce=seeded(16, "nonce")),
    IKEv2_Notify(type=24),
)
# An IDi whose length says more than the plaintext holds.
overrun = bytes([0, 0]) + struct.pack("!H", 200) + b"\x02\0\0\0east"
# An SK payload inside the SK payload, under the same key.
nested = sk_payload(aes128, 35, id_auth, "nested")

packets = [
    message(aes128, FLAG_I, 1, sk_payload(aes128, 35, id_auth, "p1")),
    message(aes256, FLAG_R, 1, sk_payload(aes256, 36, id_r, "p2"), src="198.18.0.2", dst="198.18.0.1"),
    message(tdes, FLAG_I, 2, sk_payload(tdes, 40, nonce_notify, "p3")),
    message(unknown, FLAG_I, 1, sk_payload(unknown, 35, id_auth, "p4")),
    message(aes128, FLAG_I, 3, sk_payload(aes128, 35, id_auth, "p5", wrong_key=True)),
    message(aes128, FLAG_I, 4, sk_payload(aes128, 35, id_auth, "p6", whole=False)),
    # Ten bytes of data: less than the check value tcpdump takes off.
    message(aes128, FLAG_I, 5, bytes([35, 0, 0, 14]) + bytes(10), sign=False),
    message(aes128, FLAG_I, 6, sk_payload(aes128, SK, nested, "p8")),
    message(aes128, FLAG_I, 7, sk_payload(aes128, 35, overrun, "p9")),
    message(aes128, FLAG_I, 8, sk_payload(aes128, 35, id_auth, "p10"), natt=True),
    # The responder's side of the first SA has no key for aes128's line.
    message(aes128, FLAG_R, 9, sk_payload(aes128, 35, id_auth, "p11")),
    message(zero, FLAG_R, 1, sk_payload(zero, 36, id_r, "p12"), src="198.18.0.2", dst="198.18.0.1"),
]
frames = [raw(p) for p in packets]

with open(os.path.join(DATA, f"{FAMILY}-secrets.txt"), "w") as f:
    f.write(f"# Keys of the SK payloads in {FAMILY}.pcap (tests/tools/scapy/{FAMILY}.py)\n")
    for sa in (aes128, aes256, tdes):
        f.write(sa.line() + "\n")
    f.write(f"{zero.enc}-hmac96:0x{zero.enc_key.hex()}\n")

# Ether 14 + IP 20 + UDP 8 + IKE header 28: the SK payload starts at 70.
captures = [(FAMILY, frames)] + [(f"{FAMILY}-cut{n}", [fr[:n] for fr in frames]) for n in (60, 72, 90, 140)]
flagsets = [
    ("n", ["-E", f"file {SECRETS}"]),
    ("v", ["-v", "-E", f"file {SECRETS}"]),
    ("vvve", ["-vvv", "-e", "-E", f"file {SECRETS}"]),
    ("v-noE", ["-v"]),
    ("v-cmdline", ["-v", "-E", aes128.line()]),
]
lines = [f"# Generated by tests/tools/scapy/{FAMILY}.py"]
for cname, data in captures:
    pcap = f"{cname}.pcap"
    _write_pcap(os.path.join(DATA, pcap), data, [len(f) for f in frames])
    for tag, flags in flagsets:
        if cname != FAMILY and tag not in ("v", "vvve"):
            continue
        out = f"{cname}-{tag}.out"
        run = subprocess.run(
            ["tcpdump", "-#", "-n", "-r", os.path.join(DATA, pcap)] + flags,
            capture_output=True, cwd=ROOT, env=dict(os.environ, TZ="GMT0"),
        )
        with open(os.path.join(DATA, out), "wb") as f:
            f.write(run.stdout)
        quoted = [f'"{a}"' if " " in a else a for a in flags]
        lines.append(" ".join([f"{cname}-{tag}", pcap, out] + quoted))
with open(os.path.join(DATA, f"{FAMILY}.list"), "w") as f:
    f.write("\n".join(lines) + "\n")
