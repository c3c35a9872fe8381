//! tcpdump's af_values (af.c): the address family numbers of RFC 3232
//! that BGP, LLDP and others name. A shared table, not a protocol.

/// Address family number to name, in af.c's order (tok2str takes the
/// first match).
pub(crate) const AF_VALUES: &[(u32, &str)] = &[
    (0, "Reserved"),
    (1, "IPv4"),
    (2, "IPv6"),
    (3, "NSAP"),
    (4, "HDLC"),
    (5, "BBN 1822"),
    (6, "802"),
    (7, "E.163"),
    (8, "E.164"),
    (9, "F.69"),
    (10, "X.121"),
    (11, "Novell IPX"),
    (12, "Appletalk"),
    (13, "Decnet IV"),
    (14, "Banyan Vines"),
    (15, "E.164 with NSAP subaddress"),
    (196, "Layer-2 VPN"),
    (25, "VPLS"),
];
