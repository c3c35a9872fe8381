"""BOOTP/DHCP and DHCPv6 as scapy builds them: each message type, many
options (client id, vendor class, relay agent information, routes,
lists of addresses), relay-forward and relay-reply."""
from app_common import udp4, udp6, record_family
from scapy.all import BOOTP, DHCP
from scapy.layers.dhcp6 import (
    DHCP6_Solicit, DHCP6_Advertise, DHCP6_Request, DHCP6_Confirm, DHCP6_Renew, DHCP6_Rebind,
    DHCP6_Reply, DHCP6_Release, DHCP6_Decline, DHCP6_Reconf, DHCP6_InfoRequest,
    DHCP6_RelayForward, DHCP6_RelayReply, DHCP6OptClientId, DHCP6OptServerId, DHCP6OptIA_NA,
    DHCP6OptIA_TA, DHCP6OptIA_PD, DHCP6OptIAAddress, DHCP6OptIAPrefix, DHCP6OptOptReq,
    DHCP6OptPref, DHCP6OptElapsedTime, DHCP6OptRelayMsg, DHCP6OptAuth, DHCP6OptServerUnicast,
    DHCP6OptStatusCode, DHCP6OptRapidCommit, DHCP6OptUserClass, DHCP6OptVendorClass,
    DHCP6OptVendorSpecificInfo, DHCP6OptIfaceId, DHCP6OptReconfMsg, DHCP6OptReconfAccept,
    DHCP6OptSIPDomains, DHCP6OptSIPServers, DHCP6OptDNSServers, DHCP6OptDNSDomains,
    DHCP6OptSNTPServers, DHCP6OptInfoRefreshTime, DHCP6OptRemoteID, DHCP6OptSubscriberID,
    DHCP6OptClientFQDN, DHCP6OptNTPServer, DHCP6NTPSubOptSrvAddr, DHCP6OptBootFileUrl,
    DHCP6OptClientLinkLayerAddr, DHCP6OptNISServers, DHCP6OptNISDomain, DHCP6OptLQClientLink,
    DUID_LLT, DUID_LL, DUID_EN,
)

chaddr = b"\x02\x00\x00\x00\x00\x01"


def bootp(op, msgtype, options, **fields):
    return BOOTP(op=op, xid=0x1020304, chaddr=chaddr, **fields) / DHCP(
        options=[("message-type", msgtype)] + options + ["end"])


client = udp4(68, 67, src="0.0.0.0", dst="255.255.255.255")
server = udp4(67, 68)
dhcp4 = [
    client / bootp(1, "discover", [("client_id", b"\x01" + chaddr), ("hostname", b"host1"),
                                    ("vendor_class_id", b"MSFT 5.0"), ("max_dhcp_size", 1500),
                                    ("param_req_list", [1, 3, 6, 15, 31, 33, 43, 44, 46, 47, 119, 121, 249, 252])]),
    server / bootp(2, "offer", [("server_id", "198.18.0.1"), ("lease_time", 86400), ("renewal_time", 43200),
                                ("rebinding_time", 75600), ("subnet_mask", "255.255.255.0"),
                                ("router", "198.18.0.1"), ("name_server", "198.18.0.53", "198.18.0.54"),
                                ("domain", b"example.com"), ("broadcast_address", "198.18.0.255"),
                                ("NTP_server", "198.18.0.123"), ("interface-mtu", 1500),
                                ("NetBIOS_node_type", 8)],
                   yiaddr="198.18.0.9", siaddr="198.18.0.1", flags=0x8000),
    client / bootp(1, "request", [("requested_addr", "198.18.0.9"), ("server_id", "198.18.0.1"),
                                  ("client_FQDN", b"\x01\x00\x00host1.example.com"),
                                  ("user_class", b"\x04abcd")], secs=3),
    server / bootp(2, "ack", [("server_id", "198.18.0.1"), ("lease_time", 3600),
                              ("classless_static_routes", ["198.18.4.0/24:198.18.0.1", "0.0.0.0/0:198.18.0.254"]),
                              ("static-routes", "198.18.5.0", "198.18.0.1"),
                              ("time_zone", 3600), ("default_ttl", 64), ("ip-forwarding", 1),
                              ("tftp_server_name", b"tftp.example.com"), ("boot-file-name", b"pxelinux.0")],
                   yiaddr="198.18.0.9", giaddr="198.18.0.3", hops=1),
    server / bootp(2, "nak", [("server_id", "198.18.0.1"), ("error_message", b"wrong network")]),
    client / bootp(1, "decline", [("requested_addr", "198.18.0.9"), ("server_id", "198.18.0.1")]),
    client / bootp(1, "release", [("server_id", "198.18.0.1")], ciaddr="198.18.0.9"),
    client / bootp(1, "inform", [("param_req_list", [1, 3, 6]), ("vendor_specific", b"\x01\x04abcd")],
                   ciaddr="198.18.0.9"),
    udp4(67, 67) / bootp(1, "request", [("relay_agent_information", b"\x01\x06eth0/1\x02\x04\xaa\xbb\xcc\xdd"),
                                        ("subnet-selection", "198.18.7.0")], giaddr="198.18.0.3", hops=2),
    server / bootp(2, 9, [("rapid_commit", b"")]) ,
    server / bootp(2, "lease_query", [("client-last-transaction-time", 20), ("associated-ip", "198.18.0.20")]),
    client / BOOTP(op=1, xid=5, chaddr=chaddr, sname=b"srv", file=b"boot/file") / b"\x63\x82\x53\x63\xff",
]

duid = DUID_LLT(lladdr="02:00:00:00:00:01", timeval=600000000)
cid = DHCP6OptClientId(duid=duid)
sid = DHCP6OptServerId(duid=DUID_EN(enterprisenum=9, id=b"\x01\x02\x03\x04"))
ia = DHCP6OptIA_NA(iaid=1, T1=3600, T2=5400, ianaopts=[
    DHCP6OptIAAddress(addr="2001:db8::100", preflft=7200, validlft=10800)])
pd = DHCP6OptIA_PD(iaid=2, T1=0, T2=0, iapdopt=[DHCP6OptIAPrefix(prefix="2001:db8:1::", plen=56)])
c6 = udp6(546, 547, src="fe80::1", dst="ff02::1:2")
s6 = udp6(547, 546, src="fe80::2", dst="fe80::1")
dhcp6 = [
    c6 / DHCP6_Solicit(trid=0x123456) / cid / DHCP6OptElapsedTime(elapsedtime=100)
    / DHCP6OptOptReq(reqopts=[23, 24, 31, 56]) / ia / pd / DHCP6OptRapidCommit()
    / DHCP6OptUserClass(userclassdata=[b"uc1"]) / DHCP6OptVendorClass(enterprisenum=311, vcdata=[b"MSFT"]),
    s6 / DHCP6_Advertise(trid=0x123456) / sid / cid / ia / DHCP6OptPref(prefval=255)
    / DHCP6OptDNSServers(dnsservers=["2001:db8::53", "2001:db8::54"])
    / DHCP6OptDNSDomains(dnsdomains=["example.com."])
    / DHCP6OptStatusCode(statuscode=0, statusmsg=b"ok"),
    c6 / DHCP6_Request(trid=2) / cid / sid / ia / DHCP6OptClientFQDN(flags=1, fqdn="host1.example.com."),
    c6 / DHCP6_Confirm(trid=3) / cid / ia,
    c6 / DHCP6_Renew(trid=4) / cid / sid / ia / DHCP6OptReconfAccept(),
    c6 / DHCP6_Rebind(trid=5) / cid / ia,
    s6 / DHCP6_Reply(trid=6) / sid / cid / ia / DHCP6OptSNTPServers(sntpservers=["2001:db8::123"])
    / DHCP6OptInfoRefreshTime(reftime=86400) / DHCP6OptServerUnicast(srvaddr="2001:db8::2")
    / DHCP6OptSIPServers(sipservers=["2001:db8::5060"]) / DHCP6OptSIPDomains(sipdomains=["sip.example."])
    / DHCP6OptNISServers(nisservers=["2001:db8::111"]) / DHCP6OptNISDomain(nisdomain="nis.example."),
    c6 / DHCP6_Release(trid=7) / cid / sid / ia,
    c6 / DHCP6_Decline(trid=8) / cid / sid / ia,
    s6 / DHCP6_Reconf(trid=9) / sid / cid / DHCP6OptReconfMsg(msgtype=5)
    / DHCP6OptAuth(proto=3, alg=1, rdm=0, replay=b"\x00" * 7 + b"\x01", authinfo=b"k" * 16),
    c6 / DHCP6_InfoRequest(trid=10) / cid / DHCP6OptOptReq(reqopts=[23, 24])
    / DHCP6OptVendorSpecificInfo(enterprisenum=4491, vso=[]) / DHCP6OptBootFileUrl(optdata=b"tftp://x/boot"),
    udp6(547, 547, src="2001:db8::3", dst="2001:db8::2")
    / DHCP6_RelayForward(hopcount=1, linkaddr="2001:db8:7::1", peeraddr="fe80::1")
    / DHCP6OptIfaceId(ifaceid=b"eth0") / DHCP6OptRemoteID(enterprisenum=9, remoteid=b"rid")
    / DHCP6OptSubscriberID(subscriberid=b"sub") / DHCP6OptClientLinkLayerAddr(clladdr="02:00:00:00:00:01")
    / DHCP6OptRelayMsg(message=DHCP6_Solicit(trid=11) / cid / DHCP6OptElapsedTime()),
    udp6(547, 547, src="2001:db8::2", dst="2001:db8::3")
    / DHCP6_RelayReply(hopcount=1, linkaddr="2001:db8:7::1", peeraddr="fe80::1")
    / DHCP6OptIfaceId(ifaceid=b"eth0")
    / DHCP6OptRelayMsg(message=DHCP6_Advertise(trid=11) / sid / cid / ia),
    s6 / DHCP6_Reply(trid=12) / sid / DHCP6OptNTPServer(ntpserver=[DHCP6NTPSubOptSrvAddr(addr="2001:db8::123")])
    / DHCP6OptStatusCode(statuscode=2, statusmsg=b"no addrs"),
]

CASES = [
    ("app-dhcp", dhcp4, (50, 250, 290)),
    ("app-dhcp6", dhcp6, (63, 66, 80, 100)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_dhcp", CASES)
