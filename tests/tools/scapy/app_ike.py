"""ISAKMP/IKEv1 and IKEv2 as scapy builds them: SA with proposals and
transforms, KE, nonce, ID, certificate, notify, delete, vendor ID,
traffic selectors and AUTH, over UDP 500 and 4500 (non-ESP marker)."""
from app_common import udp4, udp6, record_family
from scapy.all import (
    ISAKMP, ISAKMP_payload_SA, ISAKMP_payload_Proposal, ISAKMP_payload_Transform, ISAKMP_payload_KE,
    ISAKMP_payload_Nonce, ISAKMP_payload_ID, ISAKMP_payload_Hash, ISAKMP_payload_Notify,
    ISAKMP_payload_Delete, ISAKMP_payload_VendorID, Raw, load_contrib,
)

load_contrib("ikev2")
from scapy.contrib.ikev2 import (
    IKEv2, IKEv2_SA, IKEv2_Proposal, IKEv2_Transform, IKEv2_KE, IKEv2_Nonce, IKEv2_Notify, IKEv2_IDi,
    IKEv2_IDr, IKEv2_CERT, IKEv2_CERTREQ, IKEv2_AUTH, IKEv2_Delete, IKEv2_VendorID, IKEv2_TSi, IKEv2_TSr,
    IKEv2_Encrypted,
)

icookie = b"\x11\x22\x33\x44\x55\x66\x77\x88"
rcookie = b"\x99\xaa\xbb\xcc\xdd\xee\xff\x00"
transforms = [("Encryption", "AES-CBC"), ("KeyLength", 256), ("Hash", "SHA2-256"), ("Authentication", "PSK"),
              ("GroupDesc", "2048MODPgr"), ("LifeType", "Seconds"), ("LifeDuration", 28800)]
sa1 = ISAKMP_payload_SA(prop=ISAKMP_payload_Proposal(trans_nb=2, trans=ISAKMP_payload_Transform(
    transforms=transforms) / ISAKMP_payload_Transform(transform_count=2, transforms=transforms[:4])))
ikev1 = [
    ISAKMP(init_cookie=icookie, exch_type=2, next_payload=1) / sa1 / ISAKMP_payload_VendorID(
        VendorID=b"\xaf\xca\xd7\x13\x68\xa1\xf1\xc9\x6b\x86\x96\xfc\x77\x57\x01\x00"),
    ISAKMP(init_cookie=icookie, resp_cookie=rcookie, exch_type=2, next_payload=4)
    / ISAKMP_payload_KE(ke=b"\x01" * 64) / ISAKMP_payload_Nonce(nonce=b"\x02" * 16),
    ISAKMP(init_cookie=icookie, resp_cookie=rcookie, exch_type=4, next_payload=1) / sa1
    / ISAKMP_payload_KE(ke=b"\x03" * 32) / ISAKMP_payload_Nonce(nonce=b"\x04" * 20)
    / ISAKMP_payload_ID(IDtype=1, IdentData="198.18.0.1") / ISAKMP_payload_Hash(hash=b"\x05" * 20),
    ISAKMP(init_cookie=icookie, resp_cookie=rcookie, exch_type=5, next_payload=11)
    / ISAKMP_payload_Notify(proto=1, notify_msg_type=36136, SPIsize=16, SPI=icookie + rcookie,
                            notify_data=b"\x00\x00\x00\x01"),
    ISAKMP(init_cookie=icookie, resp_cookie=rcookie, exch_type=5, next_payload=12)
    / ISAKMP_payload_Delete(proto=3, SPIsize=4, SPIs=[b"\x00\x00\x10\x01", b"\x00\x00\x10\x02"]),
    ISAKMP(init_cookie=icookie, resp_cookie=rcookie, exch_type=32, flags=1, id=0x12345678, next_payload=8)
    / Raw(b"\xee" * 32),
    ISAKMP(init_cookie=icookie, exch_type=2, next_payload=5) / ISAKMP_payload_ID(
        IDtype=2, ProtoID=17, Port=500, IdentData="vpn.example.com"),
]

prop = IKEv2_Proposal(proposal=1, proto=1, trans_nb=4, trans=IKEv2_Transform(transform_type=1, transform_id=12,
                                                                                key_length=0x800e0100)
                      / IKEv2_Transform(transform_type=3, transform_id=12)
                      / IKEv2_Transform(transform_type=2, transform_id=5)
                      / IKEv2_Transform(transform_type=4, transform_id=14))
esp_prop = IKEv2_Proposal(proposal=1, proto=3, SPIsize=4, SPI=b"\xca\xfe\x00\x01", trans_nb=2,
                          trans=IKEv2_Transform(transform_type=1, transform_id=20)
                          / IKEv2_Transform(transform_type=5, transform_id=0))
ikev2 = [
    IKEv2(init_SPI=icookie, exch_type=34, flags=8, next_payload=33) / IKEv2_SA(prop=prop)
    / IKEv2_KE(group=14, ke=b"\x06" * 32) / IKEv2_Nonce(nonce=b"\x07" * 32)
    / IKEv2_Notify(type=16388, notify=b"\x08" * 20) / IKEv2_Notify(type=16389, notify=b"\x09" * 20)
    / IKEv2_VendorID(vendorID=b"strongSwan"),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=34, flags=0x20, next_payload=33) / IKEv2_SA(prop=prop)
    / IKEv2_KE(group=14, ke=b"\x0a" * 32) / IKEv2_Nonce(nonce=b"\x0b" * 32)
    / IKEv2_CERTREQ(cert_encoding=4, cert_authority=b"\x0c" * 20),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=34, flags=0x20, next_payload=41)
    / IKEv2_Notify(type=14),
    IKEv2(init_SPI=icookie, exch_type=34, flags=0x20, next_payload=41)
    / IKEv2_Notify(type=16390, notify=b"\x00\x0e" + b"\x0d" * 30),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=35, flags=8, id=1, next_payload=35)
    / IKEv2_IDi(IDtype=1, ID="198.18.0.1") / IKEv2_CERT(cert_encoding=4, cert_data=b"\x0e" * 40)
    / IKEv2_AUTH(auth_type=2, load=b"\x0f" * 20) / IKEv2_SA(prop=esp_prop)
    / IKEv2_TSi(number_of_TSs=0) / IKEv2_TSr(number_of_TSs=0),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=37, flags=8, id=2, next_payload=42)
    / IKEv2_Delete(proto=3, SPIsize=4, SPInum=1, SPI=[b"\xca\xfe\x00\x01"]),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=37, flags=0x20, id=3, next_payload=0),
    IKEv2(init_SPI=icookie, resp_SPI=rcookie, exch_type=36, flags=8, id=4, next_payload=36)
    / IKEv2_IDr(IDtype=2, ID="vpn.example.com"),
]

CASES = [
    ("app-ikev1", [udp4(500, 500) / m for m in ikev1], (50, 70, 100, 130)),
    ("app-ikev1-natt", [udp4(4500, 4500) / Raw(b"\x00\x00\x00\x00") / m for m in ikev1[:2]], (54, 80)),
    ("app-ikev2", [udp4(500, 500) / m for m in ikev2], (50, 70, 100, 140)),
    ("app-ikev2-6", [udp6(500, 500) / m for m in ikev2[:3]], (70, 100)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_ike", CASES)
