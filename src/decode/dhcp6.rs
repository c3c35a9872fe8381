//! DHCPv6 (print-dhcp6.c): the message type; with -v the transaction id or
//! relay addresses and every option, nested options and relayed messages
//! included.

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, print_char};
use super::dnsname;
use super::out::Emit;

const RELAY_FORW: u8 = 12;
const RELAY_REPLY: u8 = 13;

/// Relayed messages nest inside options; past this depth the rest is
/// marked truncated rather than risk the stack (tcpdump recurses on).
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
    match msgtype_name(msgtype) {
        Some(n) => c.s(n),
        None => {
            c.s("msgtype-");
            c.dec(msgtype);
        }
    }
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
        c.s("linkaddr=");
        c.ip6(bytes(b, 2, 16)?);
        c.s(" peeraddr=");
        c.ip6(bytes(b, 18, 16)?);
        options(c, b, 34, end, depth)?;
    }
    c.s(")");
    Ok(())
}

fn msgtype_name(t: u8) -> Option<&'static str> {
    Some(match t {
        1 => "solicit",
        2 => "advertise",
        3 => "request",
        4 => "confirm",
        5 => "renew",
        6 => "rebind",
        7 => "reply",
        8 => "release",
        9 => "decline",
        10 => "reconfigure",
        11 => "inf-req",
        12 => "relay-fwd",
        13 => "relay-reply",
        14 => "leasequery",
        15 => "leasequery-reply",
        _ => return None,
    })
}

/// dh6opt_str; tcpdump prints "opt_N" for the others.
fn option_name(c: &mut Ctx, t: u16) {
    let name = match t {
        1 => "client-ID",
        2 => "server-ID",
        3 => "IA_NA",
        4 => "IA_TA",
        5 => "IA_ADDR",
        6 => "option-request",
        7 => "preference",
        8 => "elapsed-time",
        9 => "relay-message",
        11 => "authentication",
        12 => "server-unicast",
        13 => "status-code",
        14 => "rapid-commit",
        15 => "user-class",
        16 => "vendor-class",
        17 => "vendor-specific-info",
        18 => "interface-ID",
        19 => "reconfigure-message",
        20 => "reconfigure-accept",
        21 => "SIP-servers-domain",
        22 => "SIP-servers-address",
        23 => "DNS-server",
        24 => "DNS-search-list",
        25 => "IA_PD",
        26 => "IA_PD-prefix",
        31 => "SNTP-servers",
        32 => "lifetime",
        27 => "NIS-server",
        28 => "NIS+-server",
        29 => "NIS-domain-name",
        30 => "NIS+-domain-name",
        33 => "BCMCS-domain-name",
        34 => "BCMCS-server",
        36 => "Geoconf-Civic",
        37 => "Remote-ID",
        38 => "Subscriber-ID",
        39 => "Client-FQDN",
        40 => "PANA-agent",
        41 => "POSIX-timezone",
        42 => "POSIX-tz-database",
        43 => "Echo-request-option",
        44 => "Lease-query",
        45 => "LQ-client-data",
        46 => "Clt-time",
        47 => "LQ-relay-data",
        48 => "LQ-client-link",
        56 => "NTP-server",
        64 => "AFTR-Name",
        112 => "MUD-URL",
        _ => {
            c.s("opt_");
            c.dec(t);
            return;
        }
    };
    c.s(name);
}

/// Bytes as unbroken lowercase hex.
fn hex_run(c: &mut Ctx, d: &[u8]) {
    for &v in d {
        c.out.hex0(u64::from(v), 2);
    }
}

fn be32_of(d: &[u8], at: usize) -> u32 {
    be32(d, at).unwrap_or(0)
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
        option_name(c, opttype);
        let (ds, de) = (p + 4, p + 4 + optlen);
        if !option(c, b, opttype, ds, de, depth)? {
            c.trunc();
            return Ok(());
        }
        p = de;
    }
    Ok(())
}

/// One option's data, b[ds..de], and its closing parenthesis; false where
/// tcpdump abandons the option list as truncated.
fn option(c: &mut Ctx, b: &[u8], opttype: u16, ds: usize, de: usize, depth: u32) -> Res<bool> {
    let d = &b[ds..de];
    let len = d.len();
    let nested = |c: &mut Ctx, from: usize| -> Res {
        if depth >= MAX_NESTING {
            c.trunc();
            return Ok(());
        }
        options(c, b, ds + from, de, depth + 1)
    };
    match opttype {
        // client-ID, server-ID: the DUID by its type.
        1 | 2 => {
            if len < 2 {
                c.s(" ?)");
                return Ok(true);
            }
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
            if len < 24 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            c.ip6(&d[..16]);
            c.s(" pltime:");
            c.dec(be32_of(d, 16));
            c.s(" vltime:");
            c.dec(be32_of(d, 20));
            if len > 24 {
                nested(c, 24)?;
            }
            c.s(")");
        }
        // option-request, Echo-request-option: option codes.
        6 | 43 => {
            if len % 2 != 0 {
                c.s(" ?)");
                return Ok(true);
            }
            for w in d.chunks_exact(2) {
                c.s(" ");
                option_name(c, u16::from_be_bytes([w[0], w[1]]));
            }
            c.s(")");
        }
        7 => {
            if len != 1 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            c.dec(d[0]);
            c.s(")");
        }
        8 => {
            if len != 2 {
                c.s(" ?)");
                return Ok(true);
            }
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
        19 => {
            if len != 1 {
                c.s(" ?)");
                return Ok(true);
            }
            match d[0] {
                5 => c.s(" for renew)"),
                11 => c.s(" for inf-req)"),
                t => {
                    c.s(" for ???(");
                    c.out.hex0(u64::from(t), 2);
                    c.s("))");
                }
            }
        }
        // Lists of IPv6 addresses.
        22 | 23 | 27 | 28 | 31 | 34 | 40 | 48 => {
            if len % 16 != 0 {
                c.s(" ?)");
                return Ok(true);
            }
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
                match dnsname::fqdn(c, b, tp) {
                    Some(next) => tp = next,
                    None => return Ok(false),
                }
            }
            c.s(")");
        }
        13 => {
            if len < 2 {
                c.s(" ?)");
                return Ok(true);
            }
            let code = be16(d, 0)?;
            c.s(" ");
            status_code(c, code);
            c.s(")");
        }
        // IA_NA, IA_PD
        3 | 25 => {
            if len < 12 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" IAID:");
            c.dec(be32_of(d, 0));
            c.s(" T1:");
            c.dec(be32_of(d, 4));
            c.s(" T2:");
            c.dec(be32_of(d, 8));
            if len > 12 {
                nested(c, 12)?;
            }
            c.s(")");
        }
        // IA_TA
        4 => {
            if len < 4 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" IAID:");
            c.dec(be32_of(d, 0));
            if len > 4 {
                nested(c, 4)?;
            }
            c.s(")");
        }
        // IA_PD-prefix
        26 => {
            if len < 25 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            c.ip6(&d[9..25]);
            c.s("/");
            c.dec(d[8]);
            c.s(" pltime:");
            c.dec(be32_of(d, 0));
            c.s(" vltime:");
            c.dec(be32_of(d, 4));
            if len > 25 {
                nested(c, 25)?;
            }
            c.s(")");
        }
        // lifetime, Clt-time
        32 | 46 => {
            if len != 4 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            c.dec(be32_of(d, 0));
            c.s(")");
        }
        // Remote-ID: enterprise number, then up to ten bytes in hex.
        37 => {
            if len < 4 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            c.dec(be32_of(d, 0));
            c.s(" ");
            hex_run(c, &d[4..len.min(14)]);
            c.s("...)");
        }
        44 => {
            if len < 17 {
                c.s(" ?)");
                return Ok(true);
            }
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
            if len > 17 {
                nested(c, 17)?;
            }
            c.s(")");
        }
        45 => {
            if len > 0 {
                nested(c, 0)?;
            }
            c.s(")");
        }
        47 => {
            if len < 16 {
                c.s(" ?)");
                return Ok(true);
            }
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
            if len < 5 {
                c.s(" ?)");
                return Ok(true);
            }
            c.s(" ");
            print_until_nul(c, d);
            c.s(")");
        }
        _ => c.s(")"),
    }
    Ok(true)
}

/// dhcp6stcode
fn status_code(c: &mut Ctx, code: u16) {
    let name = match code {
        0 => "Success",
        1 => "UnspecFail",
        2 => "NoAddrsAvail",
        3 => "NoBinding",
        4 => "NotOnLink",
        5 => "UseMulticast",
        6 => "NoPrefixAvail",
        7 => "UnknownQueryType",
        8 => "MalformedQuery",
        9 => "NotConfigured",
        10 => "NotAllowed",
        256.. => "INVALID code",
        _ => {
            c.s("code");
            c.dec(code);
            return;
        }
    };
    c.s(name);
}

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

/// NTP server (RFC 5908): its sub-options; false where one runs past the
/// option.
fn ntp_server(c: &mut Ctx, b: &[u8], ds: usize, de: usize) -> Res<bool> {
    if de - ds < 4 {
        c.s(" ?)");
        return Ok(true);
    }
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
                if dnsname::fqdn(c, b, tp).is_none() {
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
}
