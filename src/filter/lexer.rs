//! Tokens of pcap-filter(7). Like libpcap's scanner, a word is the longest
//! prefix that forms a valid token, and on a tie keywords beat numbers,
//! numbers beat IPv4/IPv6/MAC literals, and those beat plain names.

use super::FilterError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// A reserved word (`host`, `tcp`, `and`, ...), stored as written.
    Kw(&'static str),
    /// A number (decimal, 0x hex, 0 octal) or a named constant (`tcp-syn`).
    Num(u32),
    /// Dotted IPv4 with one to four parts (`10.1`, `192.0.2.7`).
    Hid(String),
    /// An IPv6 address.
    Hid6(String),
    /// A MAC address in any accepted spelling.
    Eid([u8; 6]),
    /// An ARCnet address, `$` and one or two hex digits, as the byte
    /// libpcap makes of it (see arcnet_address).
    Aid(u8),
    /// A name (host, service, protocol), possibly written with a backslash.
    Id(String),
    /// Punctuation and operators: ( ) [ ] : + - * / % & | ^ << >> < > <= >= = != ! && ||
    Op(&'static str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

pub(crate) const KEYWORDS: &[&str] = &[
    "dst",
    "src",
    "host",
    "gateway",
    "net",
    "mask",
    "port",
    "portrange",
    "proto",
    "protochain",
    "arp",
    "rarp",
    "ip",
    "sctp",
    "tcp",
    "udp",
    "icmp",
    "igmp",
    "igrp",
    "pim",
    "vrrp",
    "carp",
    "radio",
    "ip6",
    "icmp6",
    "ah",
    "esp",
    "atalk",
    "aarp",
    "decnet",
    "lat",
    "sca",
    "moprc",
    "mopdl",
    "iso",
    "esis",
    "es-is",
    "isis",
    "is-is",
    "l1",
    "l2",
    "iih",
    "lsp",
    "snp",
    "csnp",
    "psnp",
    "clnp",
    "stp",
    "ipx",
    "netbeui",
    "less",
    "greater",
    "byte",
    "broadcast",
    "multicast",
    "and",
    "or",
    "not",
    "link",
    "ether",
    "ppp",
    "slip",
    "fddi",
    "tr",
    "wlan",
    "len",
    "inbound",
    "outbound",
    "ifindex",
    "vlan",
    "mpls",
    "pppoed",
    "pppoes",
    "geneve",
    "vxlan",
    "llc",
    "lane",
    "metac",
    "bcc",
    "oam",
    "oamf4",
    "oamf4ec",
    "oamf4sc",
    "sc",
    "ilmic",
    "vpi",
    "vci",
    "connectmsg",
    "metaconnect",
    "on",
    "ifname",
    "rnr",
    "rulenum",
    "reason",
    "rset",
    "ruleset",
    "srnr",
    "subrulenum",
    "action",
    "type",
    "subtype",
    "dir",
    "addr1",
    "addr2",
    "addr3",
    "addr4",
    "address1",
    "address2",
    "address3",
    "address4",
    "ra",
    "ta",
    "fisu",
    "lssu",
    "msu",
    "hfisu",
    "hlssu",
    "hmsu",
    "sio",
    "opc",
    "dpc",
    "sls",
    "hsio",
    "hopc",
    "hdpc",
    "hsls",
    "batadv",
];

/// Named constants the scanner turns into numbers.
const CONSTANTS: &[(&str, u32)] = &[
    ("icmptype", 0),
    ("icmpcode", 1),
    ("icmp-echoreply", 0),
    ("icmp-unreach", 3),
    ("icmp-sourcequench", 4),
    ("icmp-redirect", 5),
    ("icmp-echo", 8),
    ("icmp-routeradvert", 9),
    ("icmp-routersolicit", 10),
    ("icmp-timxceed", 11),
    ("icmp-paramprob", 12),
    ("icmp-tstamp", 13),
    ("icmp-tstampreply", 14),
    ("icmp-ireq", 15),
    ("icmp-ireqreply", 16),
    ("icmp-maskreq", 17),
    ("icmp-maskreply", 18),
    ("icmp6type", 0),
    ("icmp6code", 1),
    ("icmp6-destinationunreach", 1),
    ("icmp6-packettoobig", 2),
    ("icmp6-timeexceeded", 3),
    ("icmp6-parameterproblem", 4),
    ("icmp6-echo", 128),
    ("icmp6-echoreply", 129),
    ("icmp6-multicastlistenerquery", 130),
    ("icmp6-multicastlistenerreportv1", 131),
    ("icmp6-multicastlistenerdone", 132),
    ("icmp6-routersolicit", 133),
    ("icmp6-routeradvert", 134),
    ("icmp6-neighborsolicit", 135),
    ("icmp6-neighboradvert", 136),
    ("icmp6-redirect", 137),
    ("icmp6-routerrenum", 138),
    ("icmp6-nodeinformationquery", 139),
    ("icmp6-nodeinformationresponse", 140),
    ("icmp6-ineighbordiscoverysolicit", 141),
    ("icmp6-ineighbordiscoveryadvert", 142),
    ("icmp6-multicastlistenerreportv2", 143),
    ("icmp6-homeagentdiscoveryrequest", 144),
    ("icmp6-homeagentdiscoveryreply", 145),
    ("icmp6-mobileprefixsolicit", 146),
    ("icmp6-mobileprefixadvert", 147),
    ("icmp6-certpathsolicit", 148),
    ("icmp6-certpathadvert", 149),
    ("icmp6-multicastrouteradvert", 151),
    ("icmp6-multicastroutersolicit", 152),
    ("icmp6-multicastrouterterm", 153),
    ("tcpflags", 13),
    ("tcp-fin", 0x01),
    ("tcp-syn", 0x02),
    ("tcp-rst", 0x04),
    ("tcp-push", 0x08),
    ("tcp-ack", 0x10),
    ("tcp-urg", 0x20),
    ("tcp-ece", 0x40),
    ("tcp-cwr", 0x80),
];

const OPERATORS: &[&str] = &[
    "<<", ">>", "<=", ">=", "!=", "==", "&&", "||", "(", ")", "[", "]", ":", "+", "-", "*", "/",
    "%", "&", "|", "^", "<", ">", "=", "!",
];

fn is_word_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':' | b'-')
}

/// The reserved word `word` was probably meant to be (one typo away).
pub fn suggest(word: &str) -> Option<&'static str> {
    // Edit distance counting a swap of neighbours as one edit.
    fn distance(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        d[a.len()][b.len()]
    }
    let limit = if word.len() >= 5 { 2 } else { 1 };
    KEYWORDS
        .iter()
        .filter(|k| k.len() > 1)
        .map(|k| (distance(word, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Splits `expr` into tokens.
pub fn tokenize(expr: &str) -> Result<Vec<Token>, FilterError> {
    let bytes = expr.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if super::is_blank_byte(c) {
            i += 1;
            continue;
        }
        if c == b'\\' {
            let start = i;
            i += 1;
            while i < bytes.len() && !matches!(bytes[i], b' ' | b'!' | b'(' | b')' | b'\n' | b'\t')
            {
                i += 1;
            }
            let name = &expr[start + 1..i];
            if name.is_empty() {
                return Err(lex_error(
                    expr,
                    start,
                    i.max(start + 1),
                    "expected a name after '\\'",
                ));
            }
            out.push(Token {
                tok: Tok::Id(name.to_string()),
                start,
                end: i,
            });
            continue;
        }
        let starts_word =
            c.is_ascii_alphanumeric() || (c == b':' && bytes.get(i + 1) == Some(&b':'));
        if starts_word {
            let mut j = i;
            while j < bytes.len() && is_word_char(bytes[j]) {
                j += 1;
            }
            let (tok, len) = longest_token(&expr[i..j])
                .ok_or_else(|| lex_error(expr, i, j, &format!("cannot read '{}'", &expr[i..j])))?;
            out.push(Token {
                tok,
                start: i,
                end: i + len,
            });
            i += len;
            continue;
        }
        if c == b'$' {
            let digits = bytes[i + 1..]
                .iter()
                .take(2)
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if digits > 0 {
                out.push(Token {
                    tok: Tok::Aid(arcnet_address(bytes[i + 1])),
                    start: i,
                    end: i + 1 + digits,
                });
                i += 1 + digits;
                continue;
            }
        }
        let rest = &expr[i..];
        match OPERATORS.iter().find(|op| rest.starts_with(**op)) {
            Some(op) => {
                out.push(Token {
                    tok: Tok::Op(op),
                    start: i,
                    end: i + op.len(),
                });
                i += op.len();
            }
            None => {
                let ch = rest.chars().next().unwrap_or('?');
                return Err(lex_error(
                    expr,
                    i,
                    i + ch.len_utf8(),
                    &format!("unexpected character '{}'", ch.escape_default()),
                ));
            }
        }
    }
    Ok(out)
}

/// The byte libpcap 1.10 compares for an ARCnet address `$Xy`: its
/// pcap_ether_aton reads the `$` as a hex digit too (-19, from
/// xdtoi('$')), shifts it into the first byte's high nibble and puts X
/// in the low one; y goes to a second byte nobody reads.
fn arcnet_address(first_digit: u8) -> u8 {
    let nibble = char::from(first_digit).to_digit(16).unwrap_or(0) as u8;
    0xd0 | nibble
}

fn lex_error(expr: &str, start: usize, end: usize, message: &str) -> FilterError {
    FilterError {
        message: message.to_string(),
        span: Some((start, end)),
        hint: None,
        expr: expr.to_string(),
    }
}

/// The longest prefix of `word` that is a token, with its length.
fn longest_token(word: &str) -> Option<(Tok, usize)> {
    (1..=word.len())
        .rev()
        .filter(|&n| word.is_char_boundary(n))
        .find_map(|n| classify(&word[..n]).map(|t| (t, n)))
}

/// What `s` is as a whole token, by libpcap's rule order.
fn classify(s: &str) -> Option<Tok> {
    if let Some(kw) = KEYWORDS.iter().find(|k| **k == s) {
        return Some(Tok::Kw(kw));
    }
    // libpcap's scanner returns the same token for both spellings.
    if s == "length" {
        return Some(Tok::Kw("len"));
    }
    if let Some((_, v)) = CONSTANTS.iter().find(|(k, _)| *k == s) {
        return Some(Tok::Num(*v));
    }
    // Twelve hex digits are a MAC address before they are a number, even
    // all-decimal ones (libpcap's scanner lists the MAC rule first).
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return parse_mac(s).map(Tok::Eid);
    }
    if let Some(n) = parse_number(s) {
        return Some(Tok::Num(n));
    }
    // aabb.ccdd.eeff is a MAC address even when every digit is decimal.
    if s.len() == 14 && s.split('.').all(|p| p.len() == 4) {
        if let Some(mac) = parse_mac(s) {
            return Some(Tok::Eid(mac));
        }
    }
    if is_dotted_v4(s) {
        return Some(Tok::Hid(s.to_string()));
    }
    if s.contains(':') && s.parse::<std::net::Ipv6Addr>().is_ok() {
        return Some(Tok::Hid6(s.to_string()));
    }
    if let Some(mac) = parse_mac(s) {
        return Some(Tok::Eid(mac));
    }
    if is_name(s) {
        return Some(Tok::Id(s.to_string()));
    }
    None
}

/// Decimal, 0x-hex or 0-octal, as libpcap's scanner reads them (32 bits).
pub fn parse_number(s: &str) -> Option<u32> {
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        return u32::from_str_radix(hex, 16).ok();
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) || s.is_empty() {
        return None;
    }
    if s.len() > 1 && s.starts_with('0') {
        if !s.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
            return None;
        }
        return u32::from_str_radix(&s[1..], 8).ok();
    }
    s.parse().ok()
}

fn is_dotted_v4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    (2..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// aa:bb:cc:dd:ee:ff, aa-bb-.., aa.bb.cc.dd.ee.ff (1 or 2 hex digits per
/// byte), aabb.ccdd.eeff and aabbccddeeff.
pub fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let hex_byte = |p: &str| {
        if (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_hexdigit()) {
            u8::from_str_radix(p, 16).ok()
        } else {
            None
        }
    };
    for sep in [':', '-', '.'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if parts.len() == 6 {
            let mut mac = [0u8; 6];
            for (m, p) in mac.iter_mut().zip(&parts) {
                *m = hex_byte(p)?;
            }
            return Some(mac);
        }
    }
    let compact: String = if s.len() == 14 && s.as_bytes()[4] == b'.' && s.as_bytes()[9] == b'.' {
        s.replace('.', "")
    } else {
        s.to_string()
    };
    if compact.len() == 12 && compact.bytes().all(|b| b.is_ascii_hexdigit()) {
        let mut mac = [0u8; 6];
        for (k, m) in mac.iter_mut().enumerate() {
            *m = u8::from_str_radix(&compact[2 * k..2 * k + 2], 16).ok()?;
        }
        return Some(mac);
    }
    None
}

/// libpcap's ID: starts alphanumeric, may hold - _ . inside, ends alnum or '.'.
fn is_name(s: &str) -> bool {
    let b = s.as_bytes();
    let Some((&first, rest)) = b.split_first() else {
        return false;
    };
    if !first.is_ascii_alphanumeric() {
        return false;
    }
    if rest
        .iter()
        .any(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.')))
    {
        return false;
    }
    match rest.last() {
        Some(&l) => l.is_ascii_alphanumeric() || l == b'.',
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn arcnet_addresses_are_the_byte_libpcap_compares() {
        // `$` counts as a hex digit of -19 in libpcap's pcap_ether_aton.
        assert_eq!(toks("$00"), vec![Tok::Aid(0xd0)]);
        assert_eq!(toks("$a"), vec![Tok::Aid(0xda)]);
        assert_eq!(toks("$F1"), vec![Tok::Aid(0xdf)]);
        assert_eq!(toks("($05)")[1], Tok::Aid(0xd0));
        assert!(tokenize("$").is_err());
        assert!(tokenize("$g").is_err());
    }

    #[test]
    fn words_split_like_libpcap() {
        assert_eq!(
            toks("ip[2:2]-5>0"),
            vec![
                Tok::Kw("ip"),
                Tok::Op("["),
                Tok::Num(2),
                Tok::Op(":"),
                Tok::Num(2),
                Tok::Op("]"),
                Tok::Op("-"),
                Tok::Num(5),
                Tok::Op(">"),
                Tok::Num(0)
            ]
        );
        assert_eq!(toks("len-1"), vec![Tok::Id("len-1".into())]);
        assert_eq!(toks("length"), vec![Tok::Kw("len")]);
        assert_eq!(toks("lengths"), vec![Tok::Id("lengths".into())]);
        assert_eq!(toks("tcp-syn"), vec![Tok::Num(2)]);
        assert_eq!(toks("0x10 010"), vec![Tok::Num(16), Tok::Num(8)]);
        assert_eq!(toks("10.1"), vec![Tok::Hid("10.1".into())]);
        assert_eq!(toks("::1"), vec![Tok::Hid6("::1".into())]);
        assert_eq!(toks("\\tcp"), vec![Tok::Id("tcp".into())]);
    }

    #[test]
    fn every_mac_spelling() {
        let want = [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
        for s in [
            "aa:bb:cc:dd:ee:ff",
            "aa-bb-cc-dd-ee-ff",
            "aabb.ccdd.eeff",
            "aabbccddeeff",
            "aa.bb.cc.dd.ee.ff",
        ] {
            assert_eq!(toks(s), vec![Tok::Eid(want)], "{s}");
        }
        assert_eq!(
            toks("a:b:c:d:e:f"),
            vec![Tok::Eid([10, 11, 12, 13, 14, 15])]
        );
    }

    #[test]
    fn typos_get_a_suggestion() {
        assert_eq!(suggest("tcpp"), Some("tcp"));
        assert_eq!(suggest("prot"), Some("port"));
        assert_eq!(suggest("portrnage"), Some("portrange"));
        assert_eq!(suggest("example"), None);
    }

    #[test]
    fn bad_character_points_at_it() {
        let e = tokenize("port 80 # x").unwrap_err();
        assert_eq!(e.span, Some((8, 9)));
    }
}
