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
                    c.s_dec(" type ", duid);
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
            c.s_dec(" ", d[0]);
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
            if !c.domain_list(b, ds, de) {
                return Ok(false);
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
            c.s_dec("/", d[8]);
            be32_fields(c, d, 0, &[" pltime:", " vltime:"]);
            nested_then_close(c, 25)?;
        }
        // lifetime, Clt-time
        32 | 46 => {
            c.s_dec(" ", be32_of(d, 0));
            c.s(")");
        }
        // Remote-ID: enterprise number, then up to ten bytes in hex.
        37 => {
            c.s_dec(" ", be32_of(d, 0));
            c.s(" ");
            hex_run(c, &d[4..len.min(14)]);
            c.s("...)");
        }
        44 => {
            match d[0] {
                1 => c.s(" by-address"),
                2 => c.s(" by-clientID"),
                t => {
                    c.s_dec(" type_", t);
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
            c.s_dec(" proto: ", proto);
        }
    }
    match d[1] {
        1 => c.s(", alg: HMAC-MD5"),
        a => {
            c.s_dec(", alg: ", a);
        }
    }
    match d[2] {
        0 => c.s(", RDM: mono"),
        r => {
            c.s_dec(", RDM: ", r);
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
        c.s_dec(" subopt:", code);
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
    }
}
