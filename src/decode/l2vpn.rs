//! tcpdump's mpls_pw_types_values (l2vpn.c): the pseudowire types of
//! RFC 4446 that LDP's and LSP ping's FEC elements name. A shared table,
//! not a protocol.

/// Pseudowire type to name.
pub(crate) const MPLS_PW_TYPES: &[(u32, &str)] = &[
    (0x0000, "Reserved"),
    (0x0001, "Frame Relay DLCI (Martini Mode)"),
    (0x0002, "ATM AAL5 SDU VCC transport"),
    (0x0003, "ATM transparent cell transport"),
    (0x0004, "Ethernet VLAN"),
    (0x0005, "Ethernet"),
    (0x0006, "Cisco-HDLC"),
    (0x0007, "PPP"),
    (0x0008, "SONET/SDH Circuit Emulation Service over MPLS"),
    (0x0009, "ATM n-to-one VCC cell transport"),
    (0x000a, "ATM n-to-one VPC cell transport"),
    (0x000b, "IP Layer2 Transport"),
    (0x000c, "ATM one-to-one VCC Cell Mode"),
    (0x000d, "ATM one-to-one VPC Cell Mode"),
    (0x000e, "ATM AAL5 PDU VCC transport"),
    (0x000f, "Frame-Relay Port mode"),
    (0x0010, "SONET/SDH Circuit Emulation over Packet"),
    (0x0011, "Structure-agnostic E1 over Packet"),
    (0x0012, "Structure-agnostic T1 (DS1) over Packet"),
    (0x0013, "Structure-agnostic E3 over Packet"),
    (0x0014, "Structure-agnostic T3 (DS3) over Packet"),
    (0x0015, "CESoPSN basic mode"),
    (0x0016, "TDMoIP basic mode"),
    (0x0017, "CESoPSN TDM with CAS"),
    (0x0018, "TDMoIP TDM with CAS"),
    (0x0019, "Frame Relay DLCI"),
    (0x0040, "IP-interworking"),
];
