//! DHCPv6 (print-dhcp6.c): the message type; with -v the transaction id or
//! relay addresses and every option, nested options and relayed messages
//! included.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, codes, print_char};
use super::dnsname::fqdn_from;
use super::out::Emit;

codes! {
    /// dhcp6_msgtype_str; tcpdump prints "msgtype-N" for the others.
    MSG_TYPES: u8 {
        _ = 1 => "solicit",
        _ = 2 => "advertise",
        _ = 3 => "request",
        _ = 4 => "confirm",
        _ = 5 => "renew",
        _ = 6 => "rebind",
        _ = 7 => "reply",
        _ = 8 => "release",
        _ = 9 => "decline",
        _ = 10 => "reconfigure",
        _ = 11 => "inf-req",
        RELAY_FORW = 12 => "relay-fwd",
        RELAY_REPLY = 13 => "relay-reply",
        _ = 14 => "leasequery",
        _ = 15 => "leasequery-reply",
    }
}

/// Relayed messages and sub-options nest; past this depth the rest is
/// marked ` [|dhcp6]` rather than risk the stack (tcpdump recurses on, so
/// it differs from tcpdump there). A debug build's test thread (2 MiB)
/// overflows near 500 levels; real relay chains stop at 32 hops.
const MAX_NESTING: u32 = 256;

/// dhcp6_print: `b` is the captured payload, `length` the UDP payload's.
pub(crate) fn dhcp6(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "dhcp6";
    if b.len() < 4 {
        c.s("dhcp6");
        return Err(Trunc);
    }
    message(c, b, length, 0)
}

/// One message: at top level or relayed inside a relay-message option
/// (then `b` ends where the option ends, as tcpdump moves its snapend).
fn message(c: &mut Ctx, b: &[u8], length: usize, depth: u32) -> Res {
    c.s("dhcp6");
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    let msgtype = b[0];
    c.s(" ");
    c.tok_or(MSG_TYPES, msgtype.into(), "msgtype-", "");
    if c.o.verbose == 0 {
        return Ok(());
    }
    let end = b.len().min(length);
    c.s(" (");
    if msgtype != RELAY_FORW && msgtype != RELAY_REPLY {
        c.s("xid=");
        c.out.hex(u64::from(be32(b, 0)? & 0x00ff_ffff));
        options(c, b, 4, end, depth)?;
    } else {
        // Each address is read before its label is printed, as tcpdump's
        // GET_IP6ADDR_STRING runs before its ND_PRINT.
        let link = bytes(b, 2, 16)?;
        c.s("linkaddr=");
        c.ip6(link);
        let peer = bytes(b, 18, 16)?;
        c.s(" peeraddr=");
        c.ip6(peer);
        options(c, b, 34, end, depth)?;
    }
    c.s(")");
    Ok(())
}

/// dh6opt_str; tcpdump prints "opt_N" for the others.
const OPTION_NAMES: &[(u32, &str)] = &[
    (1, "client-ID"),
    (2, "server-ID"),
    (3, "IA_NA"),
    (4, "IA_TA"),
    (5, "IA_ADDR"),
    (6, "option-request"),
    (7, "preference"),
    (8, "elapsed-time"),
    (9, "relay-message"),
    (11, "authentication"),
    (12, "server-unicast"),
    (13, "status-code"),
    (14, "rapid-commit"),
    (15, "user-class"),
    (16, "vendor-class"),
    (17, "vendor-specific-info"),
    (18, "interface-ID"),
    (19, "reconfigure-message"),
    (20, "reconfigure-accept"),
    (21, "SIP-servers-domain"),
    (22, "SIP-servers-address"),
    (23, "DNS-server"),
    (24, "DNS-search-list"),
    (25, "IA_PD"),
    (26, "IA_PD-prefix"),
    (31, "SNTP-servers"),
    (32, "lifetime"),
    (27, "NIS-server"),
    (28, "NIS+-server"),
    (29, "NIS-domain-name"),
    (30, "NIS+-domain-name"),
    (33, "BCMCS-domain-name"),
    (34, "BCMCS-server"),
    (36, "Geoconf-Civic"),
    (37, "Remote-ID"),
    (38, "Subscriber-ID"),
    (39, "Client-FQDN"),
    (40, "PANA-agent"),
    (41, "POSIX-timezone"),
    (42, "POSIX-tz-database"),
    (43, "Echo-request-option"),
    (44, "Lease-query"),
    (45, "LQ-client-data"),
    (46, "Clt-time"),
    (47, "LQ-relay-data"),
    (48, "LQ-client-link"),
    (56, "NTP-server"),
    (64, "AFTR-Name"),
    (112, "MUD-URL"),
];

/// Bytes as unbroken lowercase hex.
fn hex_run(c: &mut Ctx, d: &[u8]) {
    for &v in d {
        c.out.hex0(u64::from(v), 2);
    }
}

fn be32_of(d: &[u8], at: usize) -> u32 {
    be32(d, at).unwrap_or(0)
}

/// Labelled 32-bit numbers (ids, times) one after another from `at`,
/// each label followed by its value in decimal.
fn be32_fields(c: &mut Ctx, d: &[u8], at: usize, labels: &[&str]) {
    for (i, label) in labels.iter().enumerate() {
        c.s(label);
        c.dec(be32_of(d, at + 4 * i));
    }
}

/// nd_printjnp: characters up to a NUL or `d`'s end.
fn print_until_nul(c: &mut Ctx, d: &[u8]) {
    for &ch in d.iter().take_while(|&&ch| ch != 0) {
        print_char(c, ch);
    }
}

/// dhcp6opt_print over b[start..end] (end within the capture). An option
/// running past `end` ends the list with ` [|dhcp6]`, and the caller goes
/// on, as tcpdump's local `goto trunc` does.
fn options(c: &mut Ctx, b: &[u8], start: usize, end: usize, depth: u32) -> Res {
    let mut p = start;
    while p < end {
        if end - p < 4 {
            c.trunc();
            return Ok(());
        }
        let optlen = usize::from(be16(b, p + 2)?);
        if end - p - 4 < optlen {
            c.trunc();
            return Ok(());
        }
        let opttype = be16(b, p)?;
        c.s(" (");
        c.tok_or(OPTION_NAMES, opttype.into(), "opt_", "");
        let (ds, de) = (p + 4, p + 4 + optlen);
        if !option(c, b, opttype, ds, de, depth)? {
            c.trunc();
            return Ok(());
        }
        p = de;
    }
    Ok(())
}

/// Whether an option's value has the size its printer needs: at least,
/// exactly or a multiple of so many bytes (print-dhcp6.c's checks, which
/// print " ?)" instead of the value).
fn value_fits(opttype: u16, len: usize) -> bool {
    match opttype {
        1 | 2 | 13 => len >= 2,
        4 | 37 | 56 => len >= 4,
        41 | 42 | 112 => len >= 5,
        3 | 25 => len >= 12,
        47 => len >= 16,
        44 => len >= 17,
        5 => len >= 24,
        26 => len >= 25,
        7 | 19 => len == 1,
        8 => len == 2,
        32 | 46 => len == 4,
        6 | 43 => len % 2 == 0,
        22 | 23 | 27 | 28 | 31 | 34 | 40 | 48 => len % 16 == 0,
        _ => true,
    }
}

/// One option's data, b[ds..de], and its closing parenthesis; false where
/// tcpdump abandons the option list as truncated.
fn option(c: &mut Ctx, b: &[u8], opttype: u16, ds: usize, de: usize, depth: u32) -> Res<bool> {
    let d = &b[ds..de];
    let len = d.len();
    // The sub-options from `from` on (if any), then the closing
    // parenthesis: how every option that nests others ends.
    let nested_then_close = |c: &mut Ctx, from: usize| -> Res {
        if len > from {
            if depth >= MAX_NESTING {
                c.trunc();
            } else {
                options(c, b, ds + from, de, depth + 1)?;
            }
        }
        c.s(")");
        Ok(())
    };
    if !value_fits(opttype, len) {
        c.s(" ?)");
        return Ok(true);
    }
    match opttype {
        // client-ID, server-ID: the DUID by its type.
        1 | 2 => {
            let duid = be16(d, 0)?;
            match duid {
                1 if len >= 8 => {
                    c.s(" hwaddr/time type ");
                    c.dec(be16(d, 2)?);
                    c.s(" time ");
                    c.dec(be32(d, 4)?);
                    c.s(" ");
                    hex_run(c, &d[8..]);
                    c.s(")");
                }
                2 if len >= 10 => {
                    c.s(" vid ");
                    hex_run(c, &d[2..10]);
                    c.s(")");
                }
                3 if len >= 4 => {
                    c.s(" hwaddr type ");
                    c.dec(be16(d, 2)?);
                    c.s(" ");
                    hex_run(c, &d[4..]);
                    c.s(")");
                }
                1..=3 => c.s(" ?)"),
                _ => {
                    c.s(" type ");
                    c.dec(duid);
                    c.s(")");
                }
            }
        }
        // IA_ADDR
        5 => {
            c.s(" ");
            c.ip6(&d[..16]);
            be32_fields(c, d, 16, &[" pltime:", " vltime:"]);
            nested_then_close(c, 24)?;
        }
        // option-request, Echo-request-option: option codes.
        6 | 43 => {
            for w in d.chunks_exact(2) {
                c.s(" ");
                c.tok_or(
                    OPTION_NAMES,
                    u16::from_be_bytes([w[0], w[1]]).into(),
                    "opt_",
                    "",
                );
            }
            c.s(")");
        }
        7 => {
            c.s(" ");
            c.dec(d[0]);
            c.s(")");
        }
        8 => {
            c.s(" ");
            c.dec(be16(d, 0)?);
            c.s(")");
        }
        // relay-message: the relayed message, printed whole.
        9 => {
            c.s(" (");
            if depth >= MAX_NESTING {
                c.trunc();
            } else {
                message(c, d, len, depth + 1)?;
            }
            c.s(")");
        }
        11 => authentication(c, d),
        // rapid-commit, reconfigure-accept: no data.
        14 | 20 => c.s(")"),
        // interface-ID, Subscriber-ID: up to ten bytes in hex.
        18 | 38 => {
            c.s(" ");
            hex_run(c, &d[..len.min(10)]);
            c.s("...)");
        }
        19 => match d[0] {
            5 => c.s(" for renew)"),
            11 => c.s(" for inf-req)"),
            t => {
                c.s(" for ???(");
                c.out.hex0(u64::from(t), 2);
                c.s("))");
            }
        },
        // Lists of IPv6 addresses.
        22 | 23 | 27 | 28 | 31 | 34 | 40 | 48 => {
            for a in d.chunks_exact(16) {
                c.s(" ");
                c.ip6(a);
            }
            c.s(")");
        }
        // SIP-servers-domain, DNS-search-list: domain names.
        21 | 24 => {
            let mut tp = ds;
            while tp < de {
                c.s(" ");
                match name(c, b, tp, de) {
                    Some(next) => tp = next,
                    None => return Ok(false),
                }
            }
            c.s(")");
        }
        13 => {
            let code = be16(d, 0)?;
            c.s(" ");
            if code >= 256 {
                c.s("INVALID code");
            } else {
                c.tok_or(STATUS_CODES, code.into(), "code", "");
            }
            c.s(")");
        }
        // IA_NA, IA_PD
        3 | 25 => {
            be32_fields(c, d, 0, &[" IAID:", " T1:", " T2:"]);
            nested_then_close(c, 12)?;
        }
        // IA_TA
        4 => {
            be32_fields(c, d, 0, &[" IAID:"]);
            nested_then_close(c, 4)?;
        }
        // IA_PD-prefix
        26 => {
            c.s(" ");
            c.ip6(&d[9..25]);
            c.s("/");
            c.dec(d[8]);
            be32_fields(c, d, 0, &[" pltime:", " vltime:"]);
            nested_then_close(c, 25)?;
        }
        // lifetime, Clt-time
        32 | 46 => {
            c.s(" ");
            c.dec(be32_of(d, 0));
            c.s(")");
        }
        // Remote-ID: enterprise number, then up to ten bytes in hex.
        37 => {
            c.s(" ");
            c.dec(be32_of(d, 0));
            c.s(" ");
            hex_run(c, &d[4..len.min(14)]);
            c.s("...)");
        }
        44 => {
            match d[0] {
                1 => c.s(" by-address"),
                2 => c.s(" by-clientID"),
                t => {
                    c.s(" type_");
                    c.dec(t);
                }
            }
            c.s(" ");
            c.ip6(&d[1..17]);
            nested_then_close(c, 17)?;
        }
        45 => {
            nested_then_close(c, 0)?;
        }
        47 => {
            c.s(" ");
            c.ip6(&d[..16]);
            c.s(" ");
            hex_run(c, &d[16..len.min(26)]);
            c.s("...)");
        }
        56 => return ntp_server(c, b, ds, de),
        64 => aftr_name(c, d),
        // POSIX-timezone, POSIX-tz-database, MUD-URL: text.
        41 | 42 | 112 => {
            c.s(" ");
            print_until_nul(c, d);
            c.s(")");
        }
        _ => c.s(")"),
    }
    Ok(true)
}

/// dhcp6stcode; tcpdump prints "codeN" for the others below 256.
const STATUS_CODES: &[(u32, &str)] = &[
    (0, "Success"),
    (1, "UnspecFail"),
    (2, "NoAddrsAvail"),
    (3, "NoBinding"),
    (4, "NotOnLink"),
    (5, "UseMulticast"),
    (6, "NoPrefixAvail"),
    (7, "UnknownQueryType"),
    (8, "MalformedQuery"),
    (9, "NotConfigured"),
    (10, "NotAllowed"),
];

/// Authentication (RFC 3315 21.4): protocol, algorithm, replay detection,
/// then the protocol's own information.
fn authentication(c: &mut Ctx, d: &[u8]) {
    if d.len() < 11 {
        c.s(" ?)");
        return;
    }
    let proto = d[0];
    match proto {
        2 => c.s(" proto: delayed"),
        3 => c.s(" proto: reconfigure"),
        _ => {
            c.s(" proto: ");
            c.dec(proto);
        }
    }
    match d[1] {
        1 => c.s(", alg: HMAC-MD5"),
        a => {
            c.s(", alg: ");
            c.dec(a);
        }
    }
    match d[2] {
        0 => c.s(", RDM: mono"),
        r => {
            c.s(", RDM: ");
            c.dec(r);
        }
    }
    c.s(", RD:");
    for w in d[3..11].chunks_exact(2) {
        c.s(" ");
        c.out.hex0(u64::from(u16::from_be_bytes([w[0], w[1]])), 4);
    }
    let info = &d[11..];
    let words = |c: &mut Ctx, w: &[u8]| {
        for q in w.chunks_exact(4).take(4) {
            c.s(" ");
            c.out.hex0(u64::from(be32_of(q, 0)), 8);
        }
    };
    match proto {
        2 if info.is_empty() => {}
        2 if info.len() < 20 => c.s(" ??"),
        2 => {
            let realm_len = info.len() - 20;
            if realm_len > 0 {
                c.s(", realm: ");
            }
            hex_run(c, &info[..realm_len]);
            c.s(", key ID: ");
            c.out.hex0(u64::from(be32_of(info, realm_len)), 8);
            c.s(", HMAC-MD5:");
            words(c, &info[realm_len + 4..]);
        }
        3 if info.len() != 17 => c.s(" ??"),
        3 => {
            match info[0] {
                1 => c.s(" reconfig-key"),
                2 => c.s(" type: HMAC-MD5"),
                _ => c.s(" type: ??"),
            }
            c.s(" value:");
            words(c, &info[1..]);
        }
        _ => c.s(" ??"),
    }
    c.s(")");
}

/// NTP server (RFC 5908), of at least 4 bytes (value_fits): its
/// sub-options; false where one runs past the option.
fn ntp_server(c: &mut Ctx, b: &[u8], ds: usize, de: usize) -> Res<bool> {
    let mut tp = ds;
    while tp < de - 4 {
        let code = be16(b, tp)?;
        let sublen = usize::from(be16(b, tp + 2)?);
        tp += 4;
        if sublen > de - tp {
            return Ok(false);
        }
        c.s(" subopt:");
        c.dec(code);
        match code {
            1 | 2 if sublen == 16 => {
                c.s(" ");
                c.ip6(&b[tp..tp + 16]);
            }
            3 => {
                c.s(" ");
                // tcpdump bounds the name by the capture, not the option.
                if name(c, b, tp, tp + sublen).is_none() {
                    return Ok(false);
                }
            }
            _ => c.s(" ?"),
        }
        tp += sublen;
    }
    c.s(")");
    Ok(true)
}

/// fqdn_print as print-dhcp6.c calls it: compression pointers count from
/// `base`, the end of the option (not the message start, as in DNS), so
/// the first pointer is always taken and usually lands past the capture;
/// the name may run on past the option to the end of the capture.
/// Returns where the name ends, None where tcpdump returns NULL.
fn name(c: &mut Ctx, b: &[u8], start: usize, base: usize) -> Option<usize> {
    fqdn_from(c, b, start, base)
}

/// AFTR-Name (RFC 6334): the name's labels joined by dots.
fn aftr_name(c: &mut Ctx, d: &[u8]) {
    if d.len() < 3 {
        c.s(" ?)");
        return;
    }
    c.s(" ");
    let mut p = 0;
    while p < d.len() && d[p] != 0 {
        let label = usize::from(d[p]);
        p += 1;
        let remain = d.len() - p;
        if label < remain {
            print_until_nul(c, &d[p..p + label]);
            p += label;
            if d[p] != 0 {
                c.s(".");
            }
        } else {
            c.s(" ?");
            break;
        }
    }
    c.s(")");
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// DHCPv6 summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207eaa102220018f900bd5bcbb0f1d7bda6ec8707d777c6f13f",
                    "IP 192.0.2.1.60065 > 192.0.2.7.546: dhcp6 msgtype-189",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207ca0a02220024491901013f618b1a923f03bb3768472eeadec46328c3cc12239e9e712021",
                    "IP 192.0.2.1.51722 > 192.0.2.7.546: dhcp6 solicit",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c0000207b92f02220008c083",
                    "IP 192.0.2.1.47407 > 192.0.2.7.546: dhcp6 [|dhcp6]",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c00002070222772500182ce70305d180a5accc5b5946a458bcf0d468",
                    "IP 192.0.2.1.546 > 192.0.2.7.30501: dhcp6 request",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c0000207022248670058c44e0676595caebed097210900408d74afea1be3af8b30036dc7ce6d9893b0b5f4a1a67bdbe9d7627964aedab832e64b77d4c2104dd600b1c76e9549a5c778e94f242a7ab18ce37ff95489276c958acf0c11",
                    "IP 192.0.2.1.546 > 192.0.2.7.18535: dhcp6 rebind",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c00002070222e2e8001ccebf020032426c5bd8e384437ca1b5a416f4d01db0c5",
                    "IP 192.0.2.1.546 > 192.0.2.7.58088: dhcp6 advertise",
                ),
                (
                    "0200000000020200000000010800450000e4000100004011f5ffc0000201c00002070223752d00d0de070503d559c85641692bc6454e10642c3db8f67dd602c44e78d93bd90ebabfbbc1e9f18e3762aa9218487c09b0420075251ebd14ec3f515e3df59d7c01d6b2be0097f25285645a5144a237dad7ca954b7326af029795323ae801904d163a3c3462aaa5953748d7bb2334c2eb2b1e9b979db4d6bb987c38df70a14eb04114982f9677cc8ba618adbda3589179f185fdd6034d038f2a9a28a7c94f6147d678da999ba5562231728c8fa131bd1a9cedd705e97f2e4b8b073245b7294666d3e84514a35a4fb11c9f3e059a",
                    "IP 192.0.2.1.547 > 192.0.2.7.29997: dhcp6 renew",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfbc700000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-0",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfac701000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 solicit",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cf0c70b000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 inf-req",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cecc70f000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 leasequery-reply",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cebc710000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-16",
                ),
            ],
        );
    }

    /// A DHCPv6 advertise with IA_NA and a nested IA_ADDR (dhcpv6-ia-na.pcap,
    /// packet 2) cut through its options, then whole (tcpdump -v).
    #[test]
    fn ia_na_cut_at_each_option() {
        golden(
            numeric(1),
            &[
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290",
                    "IP6 truncated-ip6 - 78 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 [|dhcp6]",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c",
                    "IP6 truncated-ip6 - 76 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c)",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c00030028",
                    "IP6 truncated-ip6 - 72 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c000300280203040500",
                    "IP6 truncated-ip6 - 67 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c000300280203040500000e1000001518000500182a000001",
                    "IP6 truncated-ip6 - 52 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c000300280203040500000e1000001518000500182a0000010001020038e6b22ec440acdf0000119400001c200001000a000300010001",
                    "IP6 truncated-ip6 - 22 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c (IA_NA IAID:33752069 T1:3600 T2:5400 (IA_ADDR 2a00:1:1:200:38e6:b22e:c440:acdf pltime:4500 vltime:7200)) [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c000300280203040500000e1000001518000500182a0000010001020038e6b22ec440acdf0000119400001c200001000a000300010001020304050002000e000100011846488c00112233",
                    "IP6 truncated-ip6 - 2 bytes missing!(hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: dhcp6 advertise (xid=90b45c (IA_NA IAID:33752069 T1:3600 T2:5400 (IA_ADDR 2a00:1:1:200:38e6:b22e:c440:acdf pltime:4500 vltime:7200)) (client-ID hwaddr type 1 000102030405) [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd6000000000581140fe80000000000000021122fffe334455fe80000000000000020102fffe0304050223022200582b6f0290b45c000300280203040500000e1000001518000500182a0000010001020038e6b22ec440acdf0000119400001c200001000a000300010001020304050002000e000100011846488c001122334455",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 88) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: [udp sum ok] dhcp6 advertise (xid=90b45c (IA_NA IAID:33752069 T1:3600 T2:5400 (IA_ADDR 2a00:1:1:200:38e6:b22e:c440:acdf pltime:4500 vltime:7200)) (client-ID hwaddr type 1 000102030405) (server-ID hwaddr/time type 1 time 407259276 001122334455))",
                ),
            ],
        );
    }

    /// NTP server sub-options (whole and cut), AFTR-Name, MUD-URL and a
    /// search list (dhcpv6-*.pcap of the suite, tcpdump -v).
    #[test]
    fn ntp_aftr_mud_domain_list() {
        golden(
            numeric(1),
            &[
                (
                    "000c2938f368000c299ba15d86dd6000000000711140fe80000000000000020c29fffe9ba15dfe80000000000000020c29fffe38f36802230222007147c107f69b570001000e0001000118f00b3f000c2938f3680002000e0001000118ef951b000c299ba1530038003d000100102a01000000000000000000000000000100020010ff05000000000000000000000000010100030011036e7470076578616d706c6503636f6d00",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 113) fe80::20c:29ff:fe9b:a15d.547 > fe80::20c:29ff:fe38:f368.546: [udp sum ok] dhcp6 reply (xid=f69b57 (client-ID hwaddr/time type 1 time 418384703 000c2938f368) (server-ID hwaddr/time type 1 time 418354459 000c299ba153) (NTP-server subopt:1 2a01::1 subopt:2 ff05::101 subopt:3 ntp.example.com.))",
                ),
                (
                    "000c2938f368000c299ba15d86dd6000000000711140fe80000000000000020c29fffe9ba15dfe80000000000000020c29fffe38f36802230222007147c107f69b570001000e0001000118f00b3f000c2938f3680002000e0001000118ef951b000c299ba1530038003d000100102a01000000000000000000000000000100020010ff05000000000000000000000000010100030011",
                    "IP6 truncated-ip6 - 17 bytes missing!(hlim 64, next-header UDP (17) payload length: 113) fe80::20c:29ff:fe9b:a15d.547 > fe80::20c:29ff:fe38:f368.546: dhcp6 reply (xid=f69b57 (client-ID hwaddr/time type 1 time 418384703 000c2938f368) (server-ID hwaddr/time type 1 time 418354459 000c299ba153) [|dhcp6])",
                ),
                (
                    "00010203040500112233445586dd60000000008e1140fe80000000000000021122fffe334455fe80000000000000020102fffe03040502230222008ea2c002d81eb8001900290203040500000096000000fa001a0019000000fa0000012c382a0000010001010000000000000000000001000a000300010001020304050002000e00010001183f4ef0001122334455000700010a001700102a0100000000000000000000000000010040001809616674722d6e616d65086d79646f6d61696e036e657400",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 142) fe80::211:22ff:fe33:4455.547 > fe80::201:2ff:fe03:405.546: [udp sum ok] dhcp6 advertise (xid=d81eb8 (IA_PD IAID:33752069 T1:150 T2:250 (IA_PD-prefix 2a00:1:1:100::/56 pltime:250 vltime:300)) (client-ID hwaddr type 1 000102030405) (server-ID hwaddr/time type 1 time 406802160 001122334455) (preference 10) (DNS-server 2a01::1) (AFTR-Name aftr-name.mydomain.net))",
                ),
                (
                    "002354c257020023eb102c2986dd6e00000000fc11ff200108a8100600040223ebfffe102c29200108a810060004022354fffec257020223022300fc506d0c00200108a810060003022584fffedb2380fe80000000000000ba27ebfffeb853c8000900c60178244b0001000e000100011e62770bb827ebb853c80008000200000010003300009f08002d6468637063642d362e31312e353a4c696e75782d342e312e31382d76372b3a61726d76376c3a42434d32373039000e00000003000cebb853c800000000000000000027000d010b72617370626572727970690070003668747470733a2f2f6d756463746c2e6578616d706c652e636f6d2f2e77656c6c2d6b6e6f776e2f6d75642f76312f7261736270313031001400000006000c00170018001f0027005200530012000400000008",
                    "IP6 (class 0xe0, hlim 255, next-header UDP (17) payload length: 252) 2001:8a8:1006:4:223:ebff:fe10:2c29.547 > 2001:8a8:1006:4:223:54ff:fec2:5702.547: [udp sum ok] dhcp6 relay-fwd (linkaddr=2001:8a8:1006:3:225:84ff:fedb:2380 peeraddr=fe80::ba27:ebff:feb8:53c8 (relay-message (dhcp6 solicit (xid=78244b (client-ID hwaddr/time type 1 time 509769483 b827ebb853c8) (elapsed-time 0) (vendor-class) (rapid-commit) (IA_NA IAID:3954725832 T1:0 T2:0) (Client-FQDN) (MUD-URL https://mudctl.example.com/.well-known/mud/v1/rasbp101) (reconfigure-accept) (option-request DNS-server DNS-search-list SNTP-servers Client-FQDN opt_82 opt_83))) (interface-ID 00000008...))",
                ),
                (
                    "000c2938f368000c299ba15d86dd6000000000651140fe80000000000000020c29fffe9ba15dfe80000000000000020c29fffe38f368022302220065312707aa56ce0001000e0001000118f00b3f000c2938f3680002000e0001000118ef951b000c299ba15300180031076578616d706c6503636f6d000573616c6573076578616d706c6503636f6d0003656e67076578616d706c6503636f6d00",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 101) fe80::20c:29ff:fe9b:a15d.547 > fe80::20c:29ff:fe38:f368.546: [udp sum ok] dhcp6 reply (xid=aa56ce (client-ID hwaddr/time type 1 time 418384703 000c2938f368) (server-ID hwaddr/time type 1 time 418354459 000c299ba153) (DNS-search-list example.com. sales.example.com. eng.example.com.))",
                ),
            ],
        );
    }

    /// Built messages: a relay-fwd carrying a solicit with reconfigure
    /// authentication, then cut; a reply with every odd option form and bad
    /// length, then cut in its header (tcpdump -v).
    #[test]
    fn relay_and_option_forms() {
        golden(
            numeric(1),
            &[
                (
                    "33330001000202000000000186dd60000000009a1140fe800000000000000000000000000001ff02000000000000000000000001000202230222009a00000c0120010db8000000000000000000000001fe80000000000000000000000000000200120004657468300009003c011234560008000200050001000a00030001000000000000000e0000000b001c030100000000000000000001000102030405060708090a0b0c0d0e0f0025001400000de96162636465666768696a6b6c6d6e6f70000d0002000200070001050063000178",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 154) fe80::1.547 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0xcab3!] dhcp6 relay-fwd (linkaddr=2001:db8::1 peeraddr=fe80::2 (interface-ID 65746830...) (relay-message (dhcp6 solicit (xid=123456 (elapsed-time 5) (client-ID hwaddr type 1 000000000000) (rapid-commit) (authentication proto: reconfigure, alg: HMAC-MD5, RDM: mono, RD: 0000 0000 0000 0000 reconfig-key value: 00010203 04050607 08090a0b 0c0d0e0f))) (Remote-ID 3561 6162636465666768696a...) (status-code NoAddrsAvail) (preference 5) (opt_99))",
                ),
                (
                    "33330001000202000000000186dd6000000001991140fe800000000000000000000000000001ff020000000000000000000000010002022302220199000007abcdef0001000c000200010203040506070809000200020009000100020001000600030017000013000105001300010b0013000107001400000017000f000000000000000000000000000000000d0002000b000d000201000020000400000e10002c00110100000000000000000000000000000000002c00190500000000000000000000000000000000002e000400000005002f0012000000000000000000000000000000000102002d001c00050018000000000000000000000000000000000000000000000000000b002402020100000000000000007265616c6d0000000000000000000000000000000000000000000b000e02010000000000000000000000000040000803666f6f02787900004000030961620029000745535435454454001a001900000000000000003020010db8000000000000000000000000000400040000000100080001000018000a036162630003646566000009000201000003002e0000000000000000000000000005001e000000000000000000000000000000000000000000000000000000000000",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 409) fe80::1.547 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0x55ee!] dhcp6 reply (xid=abcdef (client-ID vid 0001020304050607) (server-ID type 9) (client-ID ?) (option-request ?) (reconfigure-message for renew) (reconfigure-message for inf-req) (reconfigure-message for ???(07)) (reconfigure-accept) (DNS-server ?) (status-code code11) (status-code INVALID code) (lifetime 3600) (Lease-query by-address ::) (Lease-query type_5 :: (Clt-time 5)) (LQ-relay-data :: 0102...) (LQ-client-data (IA_ADDR :: pltime:0 vltime:0)) (authentication proto: delayed, alg: 2, RDM: 1, RD: 0000 0000 0000 0000, realm: 7265616c6d, key ID: 00000000, HMAC-MD5: 00000000 00000000 00000000 00000000) (authentication proto: delayed, alg: HMAC-MD5, RDM: mono, RD: 0000 0000 0000 0000 ??) (AFTR-Name foo.xy) (AFTR-Name  ?) (POSIX-timezone EST5EDT) (IA_PD-prefix 2001:db8::/48 pltime:0 vltime:0) (IA_TA IAID:1) (elapsed-time ?) (DNS-search-list abc. def.) (relay-message (dhcp6 [|dhcp6]) (IA_NA IAID:0 T1:0 T2:0 (IA_ADDR :: pltime:0 vltime:0 (opt_0) [|dhcp6])))",
                ),
                (
                    "33330001000202000000000186dd60000000009a1140fe800000000000000000000000000001ff02000000000000000000000001000202230222009a00000c0120010db80000",
                    "IP6 truncated-ip6 - 138 bytes missing!(hlim 64, next-header UDP (17) payload length: 154) fe80::1.547 > ff02::1:2.546: dhcp6 relay-fwd ( [|dhcp6]",
                ),
                (
                    "33330001000202000000000186dd60000000009a1140fe800000000000000000000000000001ff02000000000000000000000001000202230222009a00000c0120010db8000000000000000000000001fe80000000000000000000000000000200120004",
                    "IP6 truncated-ip6 - 108 bytes missing!(hlim 64, next-header UDP (17) payload length: 154) fe80::1.547 > ff02::1:2.546: dhcp6 relay-fwd (linkaddr=2001:db8::1 peeraddr=fe80::2 [|dhcp6])",
                ),
                (
                    "33330001000202000000000186dd60000000009a1140fe800000000000000000000000000001ff02000000000000000000000001000202230222009a00000c0120010db8000000000000000000000001fe80000000000000000000000000000200120004657468300009003c011234560008000200050001",
                    "IP6 truncated-ip6 - 88 bytes missing!(hlim 64, next-header UDP (17) payload length: 154) fe80::1.547 > ff02::1:2.546: dhcp6 relay-fwd (linkaddr=2001:db8::1 peeraddr=fe80::2 (interface-ID 65746830...) [|dhcp6])",
                ),
                (
                    "33330001000202000000000186dd60000000009a1140fe800000000000000000000000000001ff02000000000000000000000001000202230222009a00000c0120010db8000000000000000000000001fe80000000000000000000000000000200120004657468300009003c011234560008000200050001000a00030001000000000000000e0000000b001c",
                    "IP6 truncated-ip6 - 68 bytes missing!(hlim 64, next-header UDP (17) payload length: 154) fe80::1.547 > ff02::1:2.546: dhcp6 relay-fwd (linkaddr=2001:db8::1 peeraddr=fe80::2 (interface-ID 65746830...) [|dhcp6])",
                ),
                (
                    "33330001000202000000000186dd6000000001991140fe800000000000000000000000000001ff020000000000000000000000010002022302220199000007",
                    "IP6 truncated-ip6 - 400 bytes missing!(hlim 64, next-header UDP (17) payload length: 409) fe80::1.547 > ff02::1:2.546: dhcp6 [|dhcp6]",
                ),
                (
                    "33330001000202000000000186dd6000000001991140fe800000000000000000000000000001ff020000000000000000000000010002022302220199000007abcdef0001000c00020001020304050607",
                    "IP6 truncated-ip6 - 383 bytes missing!(hlim 64, next-header UDP (17) payload length: 409) fe80::1.547 > ff02::1:2.546: dhcp6 reply (xid=abcdef [|dhcp6])",
                ),
            ],
        );
    }

    /// Relay messages nested 250 deep (each a solicit whose only option
    /// relays the next) print whole, as tcpdump -v prints them (checked
    /// against it at 1, 3, 250 and 1000 levels), within a test thread's
    /// stack; past MAX_NESTING afsniff marks the rest truncated instead.
    #[test]
    fn deeply_nested_relay_messages() {
        const LEVELS: usize = 250;
        let mut msg = vec![1u8, 0, 0, 0];
        for _ in 1..LEVELS {
            let mut outer = vec![1u8, 0, 0, 0, 0, 9];
            outer.extend_from_slice(&(msg.len() as u16).to_be_bytes());
            outer.extend_from_slice(&msg);
            msg = outer;
        }
        let udp_len = 8 + msg.len();
        let mut ip = vec![0x45, 0];
        ip.extend_from_slice(&(20 + udp_len as u16).to_be_bytes());
        ip.extend_from_slice(&[0, 1, 0, 0, 64, 17, 0, 0, 192, 0, 2, 1, 192, 0, 2, 7]);
        let sum = crate::decode::ctx::in_cksum(&[&ip]);
        ip[10..12].copy_from_slice(&sum.to_be_bytes());
        let mut frame = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0];
        frame.extend_from_slice(&ip);
        frame.extend_from_slice(&[2, 0x22, 2, 0x23]);
        frame.extend_from_slice(&(udp_len as u16).to_be_bytes());
        frame.extend_from_slice(&[0, 0]);
        frame.extend_from_slice(&msg);
        let hex: String = frame.iter().map(|b| format!("{b:02x}")).collect();
        let want = format!(
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length {})\n    \
             192.0.2.1.546 > 192.0.2.7.547: dhcp6 solicit (xid=0{}{})",
            20 + udp_len,
            " (relay-message (dhcp6 solicit (xid=0".repeat(LEVELS - 1),
            "))".repeat(LEVELS - 1)
        );
        golden(numeric(1), &[(&hex, &want)]);
    }

    /// Compression pointers in names count from the end of the option, as
    /// print-dhcp6.c passes it to fqdn_print: past the capture, into the
    /// next option, and a name running on past its option (tcpdump -v).
    #[test]
    fn name_pointers_count_from_the_option_end() {
        golden(
            numeric(1),
            &[
                (
                    "33330001000202000000000186dd60000000001b1140fe800000000000000000000000000001ff02000000000000000000000001000202230222001b0000070102030018000b036162630003646566c000",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 27) fe80::1.547 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0xc3d7!] dhcp6 reply (xid=10203 (DNS-search-list abc. def. [|dhcp6])",
                ),
                (
                    "33330001000202000000000186dd60000000001e1140fe800000000000000000000000000001ff02000000000000000000000001000202230222001e0000070102030018000603616263c004000e0000027a7a00",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 30) fe80::1.547 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0x5272!] dhcp6 reply (xid=10203 (DNS-search-list abc.zz.) (rapid-commit) [|dhcp6])",
                ),
                (
                    "33330001000202000000000186dd6000000000251140fe800000000000000000000000000001ff02000000000000000000000001000202230222002500000701020300150002c0010038000f00030006036e7470c0020001027100",
                    "IP6 (hlim 64, next-header UDP (17) payload length: 37) fe80::1.547 > ff02::1:2.546: [bad udp cksum 0x0000 -> 0xfa17!] dhcp6 reply (xid=10203 (SIP-servers-domain ^@^O^@^C^@^F^CntpM-@^B^@^A^Bq^@ [|dhcp6])",
                ),
            ],
        );
    }
}
