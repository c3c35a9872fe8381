"""802.11 in radiotap as scapy builds it: beacons, probes, authentication,
(re)association, deauthentication, action frames, data and QoS data
(plain and protected), control frames, under radiotap headers with many
fields (TSFT, flags, rate, channel, signal and noise, antenna, RX flags,
MCS, A-MPDU, VHT)."""
from scapy.all import (
    RadioTap, Dot11, Dot11FCS, Dot11Beacon, Dot11ProbeReq, Dot11ProbeResp, Dot11Auth, Dot11AssoReq, Dot11AssoResp,
    Dot11ReassoReq, Dot11ReassoResp, Dot11Deauth, Dot11Disas, Dot11ATIM, Dot11Action, Dot11QoS, Dot11Elt,
    Dot11EltRates, Dot11EltDSSSet, Dot11EltRSN, Dot11EltHTCapabilities, Dot11EltCountry, Dot11EltMicrosoftWPA,
    Dot11EltVendorSpecific, Dot11EltCountryConstraintTriplet, Dot11WEP, Dot11CCMP, LLC, SNAP, IP, ICMP, ARP, Raw,
    EAPOL,
)

AP, STA, BC = "02:00:00:00:00:0a", "02:00:00:00:00:01", "ff:ff:ff:ff:ff:ff"
RT_PLAIN = RadioTap()
RT_RICH = RadioTap(present="TSFT+Flags+Rate+Channel+dBm_AntSignal+dBm_AntNoise+Antenna+RXFlags",
                   mac_timestamp=123456789, Flags=0x10, Rate=12, ChannelFrequency=2437, ChannelFlags=0x00a0,
                   dBm_AntSignal=-42, dBm_AntNoise=-95, Antenna=1, RXFlags=0)
RT_SHORT = RadioTap(present="Flags+Rate+Channel+dBm_AntSignal", Flags=0x02, Rate=108, ChannelFrequency=5180, ChannelFlags=0x0140, dBm_AntSignal=-60)
RT_MCS = RadioTap(present="Flags+Channel+dBm_AntSignal+MCS", Flags=0x00, ChannelFrequency=5745, ChannelFlags=0x0140,
                  dBm_AntSignal=-50, knownMCS=0x3f, MCS_bandwidth=1, guard_interval=1, MCS_index=7)
RT_VHT = RadioTap(present="Flags+Channel+dBm_AntSignal+A_MPDU+VHT", Flags=0x00, ChannelFrequency=5500, ChannelFlags=0x0140,
                  dBm_AntSignal=-55, A_MPDU_ref=5, A_MPDU_flags=0, KnownVHT=0x0044, PresentVHT=0x04, VHT_bandwidth=4,
                  mcs_nss=[0x92, 0, 0, 0], GroupID=0, PartialAID=0)
RT_BADFCS = RadioTap(present="Flags", Flags=0x50)

ESSID = Dot11Elt(ID="SSID", info=b"afsniff-lab")
RATES = Dot11EltRates(rates=[0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24])
DS = Dot11EltDSSSet(channel=6)
TIM = Dot11Elt(ID=5, info=b"\x00\x01\x00\x00")
CF = Dot11Elt(ID=4, info=b"\x01\x02\x00\x00\x00\x00")
IBSS = Dot11Elt(ID=6, info=b"\x00\x00")
CHALLENGE = Dot11Elt(ID=16, info=b"\x01" * 16)

MGMT = [
    RT_RICH / Dot11(addr1=BC, addr2=AP, addr3=AP, SC=16) / Dot11Beacon(cap=0x0431, beacon_interval=100) / ESSID / RATES / DS / TIM
    / Dot11EltCountry(country_string=b"US ", descriptors=[Dot11EltCountryConstraintTriplet(first_channel_number=1, num_channels=11, mtp=30)])
    / Dot11EltRSN() / Dot11EltHTCapabilities() / Dot11EltVendorSpecific(oui=0x0050f2, info=b"\x02\x00\x01"),
    RT_PLAIN / Dot11(addr1=BC, addr2=AP, addr3=AP) / Dot11Beacon(cap=0x0002) / Dot11Elt(ID="SSID", info=b"") / RATES / CF / IBSS,
    RT_SHORT / Dot11(addr1=BC, addr2=STA, addr3=BC) / Dot11ProbeReq() / Dot11Elt(ID="SSID", info=b"afsniff-lab") / RATES,
    RT_PLAIN / Dot11(addr1=BC, addr2=STA, addr3=BC) / Dot11ProbeReq() / Dot11Elt(ID="SSID", info=b"") / Dot11Elt(ID=1, info=b"\x02\x04"),
    RT_RICH / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11ProbeResp(cap=0x0011) / ESSID / RATES / DS / Dot11EltMicrosoftWPA(),
    RT_PLAIN / Dot11(addr1=AP, addr2=STA, addr3=AP) / Dot11Auth(algo=0, seqnum=1, status=0),
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Auth(algo=1, seqnum=2, status=0) / CHALLENGE,
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Auth(algo=3, seqnum=1, status=13),
    RT_PLAIN / Dot11(addr1=AP, addr2=STA, addr3=AP) / Dot11AssoReq(cap=0x0431, listen_interval=10) / ESSID / RATES,
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11AssoResp(cap=0x0431, status=0, AID=0xc001) / RATES,
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11AssoResp(cap=0x0001, status=17, AID=0),
    RT_PLAIN / Dot11(addr1=AP, addr2=STA, addr3=AP) / Dot11ReassoReq(cap=0x0001, listen_interval=5, current_AP="02:00:00:00:00:0b") / ESSID,
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11ReassoResp(cap=0x0001, status=0, AID=2) / RATES,
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Deauth(reason=7),
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Deauth(reason=99),
    RT_PLAIN / Dot11(addr1=AP, addr2=STA, addr3=AP) / Dot11Disas(reason=8),
    RT_PLAIN / Dot11(addr1=BC, addr2=STA, addr3=AP) / Dot11ATIM(),
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Action(category=3) / Raw(b"\x00\x01\x02\x10\x00\x00\x00\x00\x00"),
    RT_PLAIN / Dot11(addr1=STA, addr2=AP, addr3=AP) / Dot11Action(category=0) / Raw(b"\x04\x00"),
    RT_PLAIN / Dot11(type=0, subtype=6, addr1=STA, addr2=AP, addr3=AP) / Raw(b"\x00" * 4),
]

DATA = [
    RT_RICH / Dot11(type=2, FCfield="to_DS", addr1=AP, addr2=STA, addr3="02:00:00:00:00:fe", SC=0x0120) / LLC() / SNAP() / IP(src="198.18.0.1", dst="198.18.0.2") / ICMP(),
    RT_PLAIN / Dot11(type=2, FCfield="from_DS", addr1=STA, addr2=AP, addr3="02:00:00:00:00:fe") / LLC() / SNAP(code=0x0806) / ARP(psrc="198.18.0.2", pdst="198.18.0.1"),
    RT_PLAIN / Dot11(type=2, FCfield="to_DS+from_DS", addr1=AP, addr2=STA, addr3="02:00:00:00:00:fe", addr4="02:00:00:00:00:fd") / LLC() / SNAP() / IP(src="198.18.0.1", dst="198.18.0.2") / ICMP(),
    RT_PLAIN / Dot11(type=2, addr1=STA, addr2=AP, addr3=AP) / LLC() / SNAP(code=0x888e) / EAPOL(version=2, type=1),
    RT_MCS / Dot11(type=2, subtype=8, FCfield="to_DS", addr1=AP, addr2=STA, addr3=AP) / Dot11QoS(TID=6, EOSP=0, Ack_Policy=0, TXOP=0) / LLC() / SNAP() / IP(src="198.18.0.1", dst="198.18.0.2") / ICMP(),
    RT_VHT / Dot11(type=2, subtype=8, FCfield="from_DS+protected", addr1=STA, addr2=AP, addr3=AP) / Dot11QoS(TID=0) / Dot11CCMP(PN0=1, key_id=0, ext_iv=1, data=b"\x00" * 24),
    RT_PLAIN / Dot11(type=2, FCfield="to_DS+protected", addr1=AP, addr2=STA, addr3=AP) / Dot11WEP(iv=b"\x01\x02\x03", keyid=0, wepdata=b"\x00" * 16),
    RT_PLAIN / Dot11(type=2, subtype=4, FCfield="to_DS+pw_mgt", addr1=AP, addr2=STA, addr3=AP),
    RT_PLAIN / Dot11(type=2, subtype=12, FCfield="to_DS", addr1=AP, addr2=STA, addr3=AP) / Dot11QoS(TID=1),
    RT_PLAIN / Dot11(type=2, FCfield="to_DS+retry+MF", addr1=AP, addr2=STA, addr3=AP, SC=0x0231) / Raw(b"\x00" * 8),
    RT_BADFCS / Dot11FCS(type=2, FCfield="to_DS", addr1=AP, addr2=STA, addr3=AP, fcs=0x12345678) / LLC() / SNAP() / IP(src="198.18.0.1", dst="198.18.0.2") / ICMP(),
]

CTRL = [
    RT_PLAIN / Dot11(type=1, subtype=11, addr1=AP, addr2=STA, ID=0x013a),
    RT_PLAIN / Dot11(type=1, subtype=12, addr1=STA, ID=0x0100),
    RT_PLAIN / Dot11(type=1, subtype=13, addr1=STA),
    RT_PLAIN / Dot11(type=1, subtype=10, FCfield="pw_mgt", addr1=AP, addr2=STA, ID=0xc001),
    RT_PLAIN / Dot11(type=1, subtype=14, addr1=BC, addr2=AP),
    RT_PLAIN / Dot11(type=1, subtype=15, addr1=BC, addr2=AP),
    RT_PLAIN / Dot11(type=1, subtype=8, addr1=AP, addr2=STA) / Raw(b"\x04\x00\x10\x00"),
    RT_PLAIN / Dot11(type=1, subtype=9, addr1=STA, addr2=AP) / Raw(b"\x04\x00\x10\x00" + b"\x00" * 8),
    RT_PLAIN / Dot11(type=1, subtype=7, addr1=STA) / Raw(b"\x00" * 10),
    RT_PLAIN / Dot11(type=1, subtype=4, addr1=STA, addr2=AP),
    RT_PLAIN / Dot11(type=3, subtype=0, addr1=STA),
]

CASES = [
    ("net-wlan-mgmt", MGMT, dict(linktype=127, cuts=(8, 20, 40, 50))),
    ("net-wlan-data", DATA, dict(linktype=127, cuts=(20, 40, 60))),
    ("net-wlan-ctrl", CTRL, dict(linktype=127, cuts=(10, 16, 20))),
]

if __name__ == "__main__":
    from net_run import run

    run("net_wlan", CASES)
