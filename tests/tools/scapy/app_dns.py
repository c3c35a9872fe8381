"""DNS, mDNS and LLMNR as scapy builds them: every common record type,
EDNS options, DNSSEC records, flags and rcodes, compression, over UDP
and TCP, IPv4 and IPv6."""
from app_common import udp4, udp6, tcp4, tcp6, record_family
from scapy.all import (
    DNS, DNSQR, DNSRR, DNSRRMX, DNSRRSOA, DNSRRSRV, DNSRRNAPTR, DNSRROPT,
    DNSRRRSIG, DNSRRDNSKEY, DNSRRDS, DNSRRNSEC, DNSRRNSEC3, DNSRRHINFO,
    DNSRRTSIG, EDNS0TLV, EDNS0ClientSubnet, EDNS0COOKIE, EDNS0PADDING,
    LLMNRQuery, LLMNRResponse, Raw,
)

query = DNS(id=0x1234, rd=1, qd=DNSQR(qname="www.example.com", qtype="A"))
answers = DNS(
    id=0x1234, qr=1, aa=1, rd=1, ra=1,
    qd=DNSQR(qname="example.com", qtype=255),
    an=[DNSRR(rrname="example.com", type="A", ttl=300, rdata="198.18.0.5"),
    DNSRR(rrname="example.com", type="AAAA", ttl=300, rdata="2001:db8::5"),
    DNSRRMX(rrname="example.com", preference=10, exchange="mx.example.com"),
    DNSRR(rrname="example.com", type="NS", rdata="ns1.example.com"),
    DNSRR(rrname="www.example.com", type="CNAME", rdata="example.com"),
    DNSRR(rrname="example.com", type="TXT", rdata=[b"v=spf1 -all", b"hello"]),
    DNSRRSOA(rrname="example.com", mname="ns1.example.com", rname="hostmaster.example.com",
               serial=2024010101, refresh=7200, retry=3600, expire=1209600, minimum=300),
    DNSRRSRV(rrname="_sip._tcp.example.com", priority=10, weight=60, port=5060, target="sip.example.com"),
    DNSRRNAPTR(rrname="example.com", order=100, preference=10, flags=b"S", services=b"SIP+D2U",
                 regexp=b"", replacement="_sip._udp.example.com"),
    DNSRRHINFO(rrname="h.example.com", cpu=b"x86", os=b"linux")],
)
ptr = DNS(id=7, qr=1, rd=1, ra=1, qd=DNSQR(qname="5.0.18.198.in-addr.arpa", qtype="PTR"),
          an=DNSRR(rrname="5.0.18.198.in-addr.arpa", type="PTR", rdata="host.example.com"))
nxdomain = DNS(id=9, qr=1, opcode=0, aa=1, tc=0, rd=1, ra=1, z=0, ad=1, cd=1, rcode=3,
               qd=DNSQR(qname="nope.example.com"),
               ns=DNSRRSOA(rrname="example.com", mname="ns1.example.com", rname="h.example.com"))
flags = [
    DNS(id=1, qr=1, tc=1, rcode=2, qd=DNSQR(qname="a.example")),
    DNS(id=2, opcode=4, aa=1, qd=DNSQR(qname="b.example", qtype="SOA")),
    DNS(id=3, opcode=5, qd=DNSQR(qname="zone.example", qtype="SOA"),
        ns=DNSRR(rrname="c.zone.example", type="A", ttl=0, rdata="198.18.0.7")),
    DNS(id=4, qr=1, rcode=5, ra=1, qd=DNSQR(qname="c.example", qtype="MX", qclass="CH")),
    DNS(id=5, qr=1, rcode=1),
]
edns = DNS(
    id=0x4242, rd=1, ad=1, qd=DNSQR(qname="example.org", qtype="DNSKEY"),
    ar=DNSRROPT(rclass=4096, z=0x8000, rdata=[
        EDNS0ClientSubnet(family=1, source_plen=24, address="198.18.0.0"),
        EDNS0COOKIE(client_cookie=b"\x01\x02\x03\x04\x05\x06\x07\x08"),
        EDNS0TLV(optcode=3, optdata=b""),
        EDNS0PADDING(padding=b"\x00" * 8),
    ]),
)
dnssec = DNS(
    id=0x5151, qr=1, rd=1, ra=1, ad=1, qd=DNSQR(qname="example.org", qtype="DNSKEY"),
    an=[DNSRRDNSKEY(rrname="example.org", flags=257, algorithm=8, publickey=b"\x03\x01\x00\x01" + b"k" * 20),
    DNSRRRSIG(rrname="example.org", typecovered=48, algorithm=8, labels=2, originalttl=3600,
                expiration=1700000000, inception=1690000000, keytag=12345, signersname="example.org",
                signature=b"s" * 16),
    DNSRRDS(rrname="example.org", keytag=12345, algorithm=8, digesttype=2, digest=b"d" * 32),
    DNSRRNSEC(rrname="a.example.org", nextname="b.example.org", typebitmaps=[1, 2, 46, 47]),
    DNSRRNSEC3(rrname="x.example.org", hashalg=1, flags=1, iterations=10, salt=b"\xaa\xbb",
                 nexthashedownername=b"n" * 20, typebitmaps=[1, 28])],
    ar=DNSRROPT(rclass=1232, rdata=[]),
)
tsig = DNS(id=0x77, opcode=5, qd=DNSQR(qname="zone.example", qtype="SOA"),
           ar=DNSRRTSIG(rrname="key.example", algo_name="hmac-sha256", time_signed=1700000000,
                        fudge=300, mac_data=b"m" * 32, original_id=0x77))
tsig_short = DNS(id=0x78, opcode=5, qd=DNSQR(qname="zone.example", qtype="SOA"),
                 ar=DNSRRTSIG(rrname="key.example", algo_name="hmac-sha256", time_signed=1700000000,
                              fudge=300, mac_data=b"m" * 32, original_id=0x78, rdlen=40))
mdns = [
    DNS(id=0, qd=DNSQR(qname="_http._tcp.local", qtype="PTR", unicastresponse=1)),
    DNS(id=0, qr=1, aa=1,
        qd=[], an=[DNSRR(rrname="_http._tcp.local", type="PTR", rdata="web._http._tcp.local", ttl=4500),
        DNSRRSRV(rrname="web._http._tcp.local", port=80, target="host.local", cacheflush=1),
        DNSRR(rrname="web._http._tcp.local", type="TXT", rdata=[b"path=/"], cacheflush=1),
        DNSRR(rrname="host.local", type="A", rdata="198.18.0.9", cacheflush=1)]),
]



def over_tcp(message):
    """DNS over TCP: the message behind its two-byte length."""
    data = bytes(message)
    return Raw(len(data).to_bytes(2, "big") + data)


CASES = [
    ("app-dns-udp4", [udp4(3333, 53) / query, udp4(53, 3333) / answers, udp4(53, 3333) / ptr,
                      udp4(53, 3333) / nxdomain] + [udp4(53, 4444) / f for f in flags], (50, 60, 90)),
    ("app-dns-udp6", [udp6(3333, 53) / query, udp6(53, 3333) / answers, udp6(3333, 53) / edns,
                      udp6(53, 3333) / dnssec, udp6(3333, 53) / tsig], (70, 80, 110)),
    ("app-dns-edns4", [udp4(3333, 53) / edns, udp4(53, 3333) / dnssec, udp4(3333, 53) / tsig], (50, 80, 120)),
    # A record length short of its fields, and cuts in each field after
    # the MAC: TSIG prints a field only when its two bytes were captured.
    ("app-dns-tsig", [udp4(3333, 53) / tsig_short], (145, 147, 149, 151, 153, 155)),
    ("app-dns-tcp", [tcp4(3333, 53) / over_tcp(query), tcp4(53, 3333) / over_tcp(answers),
                     tcp6(53, 3333) / over_tcp(ptr)], (60, 70)),
    ("app-mdns", [udp4(5353, 5353, dst="224.0.0.251") / m for m in mdns]
     + [udp6(5353, 5353, dst="ff02::fb") / m for m in mdns], (50, 70)),
    ("app-llmnr", [udp4(4000, 5355, dst="224.0.0.252") / LLMNRQuery(id=3, qd=DNSQR(qname="peer")),
                   udp4(5355, 4000) / LLMNRResponse(id=3, qd=DNSQR(qname="peer"),
                                                    an=DNSRR(rrname="peer", rdata="198.18.0.2")),
                   udp6(4000, 5355, dst="ff02::1:3") / LLMNRQuery(id=4, qd=DNSQR(qname="peer", qtype="AAAA"))],
     (50,)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_dns", CASES)
