//! RADIUS's tables (print-radius.c, oui.c): each attribute's name, how
//! its value is printed and the names of its standard values; the SMI
//! enterprise numbers that name a Vendor-Specific attribute's vendor.

/// How an attribute's value is printed (tcpdump's print_func).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// No printer: only the -vv hex dump.
    Skip,
    Str,
    /// A tunnel attribute's string after its tag byte (when one is there).
    TaggedStr,
    /// Tunnel-Password: tag and salt, then the string.
    TunnelPassword,
    /// Egress-VLAN-Name: an RFC 4675 tag indication, then the name.
    VlanStr,
    /// EAP-Message: the EAP packet it carries.
    Eap,
    Num,
    /// A tunnel attribute's tag byte, then the low 24 bits.
    TaggedNum,
    /// Egress-VLANID: a tag indication, then the low 24 bits.
    VlanNum,
    /// Seconds, as "NN secs", "MM:SS min" or "HH:MM:SS hours".
    Duration,
    /// A number with one value of its own name.
    NumOr(u32, &'static str),
    Addr,
    /// An address where all-ones and all-ones-but-one have names.
    AddrSelect,
    Addr6,
    Prefix6,
    Vendor,
    Time,
    Vector64,
    HomeLinkPrefix,
    OperatorName,
    LocationInfo,
    LocationData,
    PolicyRules,
    /// The ARAP and Error-Cause layouts (print_attr_strange).
    ArapPassword,
    ArapFeatures,
    ArapChallenge,
    ErrorCause,
}

/// Standard value names: the first value named, then the names in order.
pub(super) type Values = (u32, &'static [&'static str]);

pub(super) struct Attr {
    pub name: &'static str,
    pub kind: Kind,
    pub values: Values,
}

const fn attr(name: &'static str, kind: Kind, values: Values) -> Attr {
    Attr { name, kind, values }
}

const NONE: Values = (0, &[]);

/// attr_type, indexed by the attribute type.
pub(super) static ATTRS: [Attr; 130] = [
    attr("", Kind::Skip, NONE),
    attr("User-Name", Kind::Str, NONE),
    attr("User-Password", Kind::Skip, NONE),
    attr("CHAP-Password", Kind::Skip, NONE),
    attr("NAS-IP-Address", Kind::Addr, NONE),
    attr("NAS-Port", Kind::Num, NONE),
    attr("Service-Type", Kind::Num, SERV_TYPE),
    attr("Framed-Protocol", Kind::Num, FRM_PROTO),
    attr("Framed-IP-Address", Kind::AddrSelect, NONE),
    attr("Framed-IP-Netmask", Kind::Addr, NONE),
    attr("Framed-Routing", Kind::Num, FRM_ROUTING),
    attr("Filter-Id", Kind::Str, NONE),
    attr("Framed-MTU", Kind::Num, NONE),
    attr("Framed-Compression", Kind::Num, FRM_COMP),
    attr("Login-IP-Host", Kind::AddrSelect, NONE),
    attr("Login-Service", Kind::Num, LOGIN_SERV),
    attr("Login-TCP-Port", Kind::Num, NONE),
    attr("Unassigned", Kind::Skip, NONE),
    attr("Reply-Message", Kind::Str, NONE),
    attr("Callback-Number", Kind::Str, NONE),
    attr("Callback-Id", Kind::Str, NONE),
    attr("Unassigned", Kind::Skip, NONE),
    attr("Framed-Route", Kind::Str, NONE),
    attr(
        "Framed-IPX-Network",
        Kind::NumOr(0xffff_fffe, "NAS Select"),
        NONE,
    ),
    attr("State", Kind::Str, NONE),
    attr("Class", Kind::Str, NONE),
    attr("Vendor-Specific", Kind::Vendor, NONE),
    attr("Session-Timeout", Kind::Duration, NONE),
    attr("Idle-Timeout", Kind::Duration, NONE),
    attr("Termination-Action", Kind::Num, TERM_ACTION),
    attr("Called-Station-Id", Kind::Str, NONE),
    attr("Calling-Station-Id", Kind::Str, NONE),
    attr("NAS-Identifier", Kind::Str, NONE),
    attr("Proxy-State", Kind::Str, NONE),
    attr("Login-LAT-Service", Kind::Str, NONE),
    attr("Login-LAT-Node", Kind::Str, NONE),
    attr("Login-LAT-Group", Kind::Str, NONE),
    attr("Framed-AppleTalk-Link", Kind::NumOr(0, "Unnumbered"), NONE),
    attr(
        "Framed-AppleTalk-Network",
        Kind::NumOr(0, "NAS assigned"),
        NONE,
    ),
    attr("Framed-AppleTalk-Zone", Kind::Str, NONE),
    attr("Acct-Status-Type", Kind::Num, ACCT_STATUS),
    attr("Acct-Delay-Time", Kind::Duration, NONE),
    attr("Acct-Input-Octets", Kind::Num, NONE),
    attr("Acct-Output-Octets", Kind::Num, NONE),
    attr("Acct-Session-Id", Kind::Str, NONE),
    attr("Acct-Authentic", Kind::Num, ACCT_AUTH),
    attr("Acct-Session-Time", Kind::Duration, NONE),
    attr("Acct-Input-Packets", Kind::Num, NONE),
    attr("Acct-Output-Packets", Kind::Num, NONE),
    attr("Acct-Terminate-Cause", Kind::Num, ACCT_TERM),
    attr("Acct-Multi-Session-Id", Kind::Str, NONE),
    attr("Acct-Link-Count", Kind::Num, NONE),
    attr("Acct-Input-Gigawords", Kind::Num, NONE),
    attr("Acct-Output-Gigawords", Kind::Num, NONE),
    attr("Unassigned", Kind::Skip, NONE),
    attr("Event-Timestamp", Kind::Time, NONE),
    attr("Egress-VLANID", Kind::VlanNum, NONE),
    attr("Ingress-Filters", Kind::Num, INGRESS_FILTERS),
    attr("Egress-VLAN-Name", Kind::VlanStr, NONE),
    attr("User-Priority-Table", Kind::Skip, NONE),
    attr("CHAP-Challenge", Kind::Str, NONE),
    attr("NAS-Port-Type", Kind::Num, NAS_PORT_TYPE),
    attr("Port-Limit", Kind::Num, NONE),
    attr("Login-LAT-Port", Kind::Str, NONE),
    attr("Tunnel-Type", Kind::TaggedNum, TUNNEL_TYPE),
    attr("Tunnel-Medium-Type", Kind::TaggedNum, TUNNEL_MEDIUM),
    attr("Tunnel-Client-Endpoint", Kind::TaggedStr, NONE),
    attr("Tunnel-Server-Endpoint", Kind::TaggedStr, NONE),
    attr("Acct-Tunnel-Connection", Kind::Str, NONE),
    attr("Tunnel-Password", Kind::TunnelPassword, NONE),
    attr("ARAP-Password", Kind::ArapPassword, NONE),
    attr("ARAP-Features", Kind::ArapFeatures, NONE),
    attr("ARAP-Zone-Access", Kind::Num, ARAP_ZONE),
    attr("ARAP-Security", Kind::Str, NONE),
    attr("ARAP-Security-Data", Kind::Str, NONE),
    attr("Password-Retry", Kind::Num, NONE),
    attr("Prompt", Kind::Num, PROMPT),
    attr("Connect-Info", Kind::Str, NONE),
    attr("Configuration-Token", Kind::Str, NONE),
    attr("EAP-Message", Kind::Eap, NONE),
    attr("Message-Authenticator", Kind::Str, NONE),
    attr("Tunnel-Private-Group-ID", Kind::TaggedStr, NONE),
    attr("Tunnel-Assignment-ID", Kind::TaggedStr, NONE),
    attr("Tunnel-Preference", Kind::TaggedNum, NONE),
    attr("ARAP-Challenge-Response", Kind::ArapChallenge, NONE),
    attr("Acct-Interim-Interval", Kind::Duration, NONE),
    attr("Acct-Tunnel-Packets-Lost", Kind::Num, NONE),
    attr("NAS-Port-Id", Kind::Str, NONE),
    attr("Framed-Pool", Kind::Str, NONE),
    attr("CUI", Kind::Str, NONE),
    attr("Tunnel-Client-Auth-ID", Kind::TaggedStr, NONE),
    attr("Tunnel-Server-Auth-ID", Kind::TaggedStr, NONE),
    attr("NAS-Filter-Rule", Kind::Str, NONE),
    attr("Unassigned", Kind::Skip, NONE),
    attr("Originating-Line-Info", Kind::Skip, NONE),
    attr("NAS-IPv6-Address", Kind::Addr6, NONE),
    attr("Framed-Interface-ID", Kind::Skip, NONE),
    attr("Framed-IPv6-Prefix", Kind::Prefix6, NONE),
    attr("Login-IPv6-Host", Kind::Addr6, NONE),
    attr("Framed-IPv6-Route", Kind::Str, NONE),
    attr("Framed-IPv6-Pool", Kind::Str, NONE),
    attr("Error-Cause", Kind::ErrorCause, NONE),
    attr("EAP-Key-Name", Kind::Skip, NONE),
    attr("Digest-Response", Kind::Str, NONE),
    attr("Digest-Realm", Kind::Str, NONE),
    attr("Digest-Nonce", Kind::Str, NONE),
    attr("Digest-Response-Auth", Kind::Str, NONE),
    attr("Digest-Nextnonce", Kind::Str, NONE),
    attr("Digest-Method", Kind::Str, NONE),
    attr("Digest-URI", Kind::Str, NONE),
    attr("Digest-Qop", Kind::Str, NONE),
    attr("Digest-Algorithm", Kind::Str, NONE),
    attr("Digest-Entity-Body-Hash", Kind::Str, NONE),
    attr("Digest-CNonce", Kind::Str, NONE),
    attr("Digest-Nonce-Count", Kind::Str, NONE),
    attr("Digest-Username", Kind::Str, NONE),
    attr("Digest-Opaque", Kind::Str, NONE),
    attr("Digest-Auth-Param", Kind::Str, NONE),
    attr("Digest-AKA-Auts", Kind::Str, NONE),
    attr("Digest-Domain", Kind::Str, NONE),
    attr("Digest-Stale", Kind::Str, NONE),
    attr("Digest-HA1", Kind::Str, NONE),
    attr("SIP-AOR", Kind::Str, NONE),
    attr("Delegated-IPv6-Prefix", Kind::Prefix6, NONE),
    attr("MIP6-Feature-Vector", Kind::Vector64, NONE),
    attr("MIP6-Home-Link-Prefix", Kind::HomeLinkPrefix, NONE),
    attr("Operator-Name", Kind::OperatorName, NONE),
    attr("Location-Information", Kind::LocationInfo, NONE),
    attr("Location-Data", Kind::LocationData, NONE),
    attr("Basic-Location-Policy-Rules", Kind::PolicyRules, NONE),
];

/// serv_type
const SERV_TYPE: Values = (
    1,
    &[
        "Login",
        "Framed",
        "Callback Login",
        "Callback Framed",
        "Outbound",
        "Administrative",
        "NAS Prompt",
        "Authenticate Only",
        "Callback NAS Prompt",
        "Call Check",
        "Callback Administrative",
        "Voice",
        "Fax",
        "Modem Relay",
        "IAPP-Register",
        "IAPP-AP-Check",
        "Authorize Only",
        "Framed-Management",
        "Additional-Authorization",
    ],
);

/// frm_proto
const FRM_PROTO: Values = (
    1,
    &[
        "PPP",
        "SLIP",
        "ARAP",
        "Gandalf proprietary",
        "Xylogics IPX/SLIP",
        "X.75 Synchronous",
        "GPRS PDP Context",
    ],
);

/// frm_routing
const FRM_ROUTING: Values = (0, &["None", "Send", "Listen", "Send&Listen"]);

/// frm_comp
const FRM_COMP: Values = (0, &["None", "VJ TCP/IP", "IPX", "Stac-LZS"]);

/// login_serv
const LOGIN_SERV: Values = (
    0,
    &[
        "Telnet",
        "Rlogin",
        "TCP Clear",
        "PortMaster(proprietary)",
        "LAT",
        "X.25-PAD",
        "X.25-T3POS",
        "Unassigned",
        "TCP Clear Quiet",
    ],
);

/// term_action
const TERM_ACTION: Values = (0, &["Default", "RADIUS-Request"]);

/// ingress_filters
const INGRESS_FILTERS: Values = (1, &["Enabled", "Disabled"]);

/// nas_port_type
const NAS_PORT_TYPE: Values = (
    0,
    &[
        "Async",
        "Sync",
        "ISDN Sync",
        "ISDN Async V.120",
        "ISDN Async V.110",
        "Virtual",
        "PIAFS",
        "HDLC Clear Channel",
        "X.25",
        "X.75",
        "G.3 Fax",
        "SDSL",
        "ADSL-CAP",
        "ADSL-DMT",
        "ISDN-DSL",
        "Ethernet",
        "xDSL",
        "Cable",
        "Wireless - Other",
        "Wireless - IEEE 802.11",
        "Token-Ring",
        "FDDI",
        "Wireless - CDMA200",
        "Wireless - UMTS",
        "Wireless - 1X-EV",
        "IAPP",
        "FTTP",
        "Wireless - IEEE 802.16",
        "Wireless - IEEE 802.20",
        "Wireless - IEEE 802.22",
        "PPPoA",
        "PPPoEoA",
        "PPPoEoE",
        "PPPoEoVLAN",
        "PPPoEoQinQ",
        "xPON",
        "Wireless - XGP",
        "WiMAX Pre-Release 8 IWK Function",
        "WIMAX-WIFI-IWK",
        "WIMAX-SFF",
        "WIMAX-HA-LMA",
        "WIMAX-DHCP",
        "WIMAX-LBS",
        "WIMAX-WVS",
    ],
);

/// acct_status
const ACCT_STATUS: Values = (
    1,
    &[
        "Start",
        "Stop",
        "Interim-Update",
        "Unassigned",
        "Unassigned",
        "Unassigned",
        "Accounting-On",
        "Accounting-Off",
        "Tunnel-Start",
        "Tunnel-Stop",
        "Tunnel-Reject",
        "Tunnel-Link-Start",
        "Tunnel-Link-Stop",
        "Tunnel-Link-Reject",
        "Failed",
    ],
);

/// acct_auth
const ACCT_AUTH: Values = (1, &["RADIUS", "Local", "Remote", "Diameter"]);

/// acct_term
const ACCT_TERM: Values = (
    1,
    &[
        "User Request",
        "Lost Carrier",
        "Lost Service",
        "Idle Timeout",
        "Session Timeout",
        "Admin Reset",
        "Admin Reboot",
        "Port Error",
        "NAS Error",
        "NAS Request",
        "NAS Reboot",
        "Port Unneeded",
        "Port Preempted",
        "Port Suspended",
        "Service Unavailable",
        "Callback",
        "User Error",
        "Host Request",
        "Supplicant Restart",
        "Reauthentication Failure",
        "Port Reinitialized",
        "Port Administratively Disabled",
        "Lost Power",
    ],
);

/// tunnel_type
const TUNNEL_TYPE: Values = (
    1,
    &[
        "PPTP",
        "L2F",
        "L2TP",
        "ATMP",
        "VTP",
        "AH",
        "IP-IP",
        "MIN-IP-IP",
        "ESP",
        "GRE",
        "DVS",
        "IP-in-IP Tunneling",
        "VLAN",
    ],
);

/// tunnel_medium
const TUNNEL_MEDIUM: Values = (
    1,
    &[
        "IPv4",
        "IPv6",
        "NSAP",
        "HDLC",
        "BBN 1822",
        "802",
        "E.163",
        "E.164",
        "F.69",
        "X.121",
        "IPX",
        "Appletalk",
        "Decnet IV",
        "Banyan Vines",
        "E.164 with NSAP subaddress",
    ],
);

/// arap_zone
const ARAP_ZONE: Values = (
    1,
    &[
        "Only access to dfl zone",
        "Use zone filter inc.",
        "Not used",
        "Use zone filter exc.",
    ],
);

/// prompt
const PROMPT: Values = (0, &["No Echo", "Echo"]);

/// Error-Cause values (RFC 5176).
pub(super) const ERROR_CAUSES: &[(u32, &str)] = &[
    (201, "Residual Session Context Removed"),
    (202, "Invalid EAP Packet (Ignored)"),
    (401, "Unsupported Attribute"),
    (402, "Missing Attribute"),
    (403, "NAS Identification Mismatch"),
    (404, "Invalid Request"),
    (405, "Unsupported Service"),
    (406, "Unsupported Extension"),
    (407, "Invalid Attribute Value"),
    (501, "Administratively Prohibited"),
    (502, "Request Not Routable (Proxy)"),
    (503, "Session Context Not Found"),
    (504, "Session Context Not Removable"),
    (505, "Other Proxy Processing Error"),
    (506, "Resources Unavailable"),
    (507, "Request Initiated"),
    (508, "Multiple Session Selection Unsupported"),
    (509, "Location Info Required"),
];

/// MIP6-Feature-Vector bits (RFC 5447).
pub(super) const MIP6_FEATURES: &[(u64, &str)] = &[
    (0x0000_0000_0000_0001, "MIP6_INTEGRATED"),
    (0x0000_0000_0000_0002, "LOCAL_HOME_AGENT_ASSIGNMENT"),
    (0x0000_0100_0000_0000, "PMIP6_SUPPORTED"),
    (0x0000_0200_0000_0000, "IP4_HOA_SUPPORTED"),
    (0x0000_0400_0000_0000, "LOCAL_MAG_ROUTING_SUPPORTED"),
    (0x0000_0800_0000_0000, "ASSIGN_LOCAL_IP"),
    (0x0000_1000_0000_0000, "MIP4_SUPPORTED"),
    (0x0000_2000_0000_0000, "OPTIMIZED_IDLE_MODE_MOBILITY"),
    (0x0000_4000_0000_0000, "GTPv2_SUPPORTED"),
    (0x0000_8000_0000_0000, "IP4_TRANSPORT_SUPPORTED"),
    (0x0001_0000_0000_0000, "IP4_HOA_ONLY_SUPPORTED"),
    (0x0002_0000_0000_0000, "INTER_MAG_ROUTING_SUPPORTED"),
];

/// Operator-Name namespaces (RFC 5580).
pub(super) const OPERATOR_NAMESPACES: &[(u32, &str)] = &[
    (0x30, "TADIG"),
    (0x31, "REALM"),
    (0x32, "E212"),
    (0x33, "ICC"),
];

/// Location-Information codes and entities (RFC 5580).
pub(super) const LOCATION_CODES: &[(u32, &str)] = &[(0, "Civic"), (1, "Geospatial")];
pub(super) const LOCATION_ENTITIES: &[(u32, &str)] = &[(0, "User"), (1, "RADIUS")];

/// Basic-Location-Policy-Rules flags (RFC 5580).
pub(super) const POLICY_FLAGS: &[(u32, &str)] = &[
    (0x0001, "MBZ-15"),
    (0x0002, "MBZ-14"),
    (0x0004, "MBZ-13"),
    (0x0008, "MBZ-12"),
    (0x0010, "MBZ-11"),
    (0x0020, "MBZ-10"),
    (0x0040, "MBZ-9"),
    (0x0080, "MBZ-8"),
    (0x0100, "MBZ-7"),
    (0x0200, "MBZ-6"),
    (0x0400, "MBZ-5"),
    (0x0800, "MBZ-4"),
    (0x1000, "MBZ-3"),
    (0x2000, "MBZ-2"),
    (0x4000, "MBZ-1"),
    (0x8000, "Retransmission Allowed"),
];

/// Egress-VLANID and Egress-VLAN-Name tag indications (RFC 4675).
pub(super) const VLAN_TAGS: &[(u32, &str)] = &[(0x31, "Tagged"), (0x32, "Untagged")];
