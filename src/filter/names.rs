//! Name lookups done once at compile time: services (/etc/services),
//! IP protocols (/etc/protocols), Ethernet type names and host names.

/// Transport protocol numbers.
pub const IPPROTO_TCP: u32 = 6;
pub const IPPROTO_UDP: u32 = 17;

/// Which transport a service name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortProto {
    Tcp,
    Udp,
    /// Found under tcp and udp with the same number (libpcap's PROTO_UNDEF).
    Any,
}

fn services_entry(text: &str, name: &str, proto: &str) -> Option<u32> {
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut fields = line.split_whitespace();
        let (Some(service), Some(port_proto)) = (fields.next(), fields.next()) else {
            continue;
        };
        let Some((port, p)) = port_proto.split_once('/') else {
            continue;
        };
        if p != proto {
            continue;
        }
        if service == name || fields.any(|alias| alias == name) {
            return port.parse().ok();
        }
    }
    None
}

/// A service name as libpcap's pcap_nametoport resolves it.
pub fn port_by_name(name: &str) -> Option<(u32, PortProto)> {
    let text = std::fs::read_to_string("/etc/services").unwrap_or_default();
    port_in_services(&text, name)
}

pub fn port_in_services(text: &str, name: &str) -> Option<(u32, PortProto)> {
    let tcp = services_entry(text, name, "tcp");
    let udp = services_entry(text, name, "udp");
    match (tcp, udp) {
        (Some(t), Some(u)) if t == u => Some((t, PortProto::Any)),
        (Some(t), _) => Some((t, PortProto::Tcp)),
        (None, Some(u)) => Some((u, PortProto::Udp)),
        (None, None) => None,
    }
}

/// `lo-hi` with numbers or service names, as pcap_nametoportrange.
pub fn portrange_by_name(s: &str) -> Option<(u32, u32, PortProto)> {
    // libpcap first tries sscanf("%d-%d"), which takes a numeric prefix and
    // ignores whatever follows it ("8000-84por43" is 8000-84).
    if let Some((lo, hi)) = scanf_range(s) {
        return Some((lo, hi, PortProto::Any));
    }
    let (a, b) = s.split_once('-')?;
    let one = |p: &str| -> Option<(u32, Option<PortProto>)> {
        if let Some(n) = super::lexer::parse_number(p) {
            return Some((n, None));
        }
        port_by_name(p).map(|(n, pp)| (n, Some(pp)))
    };
    let (lo, p1) = one(a)?;
    let (hi, p2) = one(b)?;
    let proto = match (p1, p2) {
        (Some(x), Some(y)) if x == y => x,
        (Some(x), None) | (None, Some(x)) => x,
        _ => PortProto::Any,
    };
    Some((lo, hi, proto))
}

/// The two decimal numbers at the start of `lo-hi...`, as "%d-%d" reads them.
fn scanf_range(s: &str) -> Option<(u32, u32)> {
    let digits = |t: &str| -> Option<(u32, usize)> {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        // %d stores an int: a longer run of digits than fits is no port anyway.
        (n > 0).then(|| t[..n].parse().ok().map(|v| (v, n)))?
    };
    let (lo, n) = digits(s)?;
    let rest = s[n..].strip_prefix('-')?;
    let (hi, _) = digits(rest)?;
    Some((lo, hi))
}

/// An IP protocol name (/etc/protocols, with the usual names built in).
pub fn ip_proto_by_name(name: &str) -> Option<u32> {
    let builtin = [
        ("ip", 0),
        ("icmp", 1),
        ("igmp", 2),
        ("tcp", 6),
        ("udp", 17),
        ("ipv6", 41),
        ("ip6", 41),
        ("gre", 47),
        ("esp", 50),
        ("ah", 51),
        ("icmp6", 58),
        ("ipv6-icmp", 58),
        ("pim", 103),
        ("vrrp", 112),
        ("sctp", 132),
        ("igrp", 9),
    ];
    if let Some((_, n)) = builtin.iter().find(|(k, _)| *k == name) {
        return Some(*n);
    }
    let text = std::fs::read_to_string("/etc/protocols").unwrap_or_default();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut f = line.split_whitespace();
        let (Some(n), Some(num)) = (f.next(), f.next()) else {
            continue;
        };
        if n == name || f.any(|a| a == name) {
            return num.parse().ok();
        }
    }
    None
}

/// libpcap's Ethernet type names (pcap_nametoeproto) and LLC names.
pub fn ether_proto_by_name(name: &str) -> Option<u32> {
    Some(match name {
        "ip" => 0x0800,
        "ip6" => 0x86dd,
        "arp" => 0x0806,
        "rarp" => 0x8035,
        "atalk" => 0x809b,
        "aarp" => 0x80f3,
        "decnet" => 0x6003,
        "sca" => 0x6007,
        "lat" => 0x6004,
        "mopdl" => 0x6001,
        "moprc" => 0x6002,
        "loopback" => 0x9000,
        "iso" => 0xfe,
        "stp" => 0x42,
        "ipx" => 0xe0,
        "netbeui" => 0xf0,
        _ => return None,
    })
}

/// A network name from /etc/networks, as getnetbyname gives it: the
/// number in host order, not left-justified (`127` is 0x7f).
pub fn network_by_name(name: &str) -> Option<u32> {
    let text = std::fs::read_to_string("/etc/networks").unwrap_or_default();
    network_in_file(&text, name)
}

fn network_in_file(text: &str, name: &str) -> Option<u32> {
    for line in text.lines() {
        let mut words = line.split('#').next().unwrap_or("").split_whitespace();
        let (Some(net), Some(number)) = (words.next(), words.next()) else {
            continue;
        };
        if net == name || words.any(|alias| alias == name) {
            return inet_network(number);
        }
    }
    None
}

/// inet_network(3) for the dotted decimal forms /etc/networks uses.
fn inet_network(s: &str) -> Option<u32> {
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let mut v: u32 = 0;
    for p in parts {
        let b: u32 = p.parse().ok()?;
        if b > 255 {
            return None;
        }
        v = (v << 8) | b;
    }
    Some(v)
}

/// The addresses of a host name (resolved through the system resolver).
pub fn resolve_host(name: &str) -> Vec<std::net::IpAddr> {
    use std::net::ToSocketAddrs;
    let mut out: Vec<std::net::IpAddr> = Vec::new();
    if is_reserved_invalid(name) {
        return out;
    }
    // Unit tests compile generated expressions whose words often land in
    // host position: they must never ask a DNS server, so only /etc/hosts.
    if cfg!(test) {
        let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
        return hosts_file_lookup(&hosts, name);
    }
    if let Ok(addrs) = (name, 0u16).to_socket_addrs() {
        for a in addrs {
            if !out.contains(&a.ip()) {
                out.push(a.ip());
            }
        }
    }
    out
}

/// The addresses /etc/hosts (`text`) gives `name`, in file order.
fn hosts_file_lookup(text: &str, name: &str) -> Vec<std::net::IpAddr> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut words = line.split('#').next().unwrap_or("").split_whitespace();
        let Some(Ok(addr)) = words.next().map(str::parse::<std::net::IpAddr>) else {
            continue;
        };
        if words.any(|w| w.eq_ignore_ascii_case(name)) && !out.contains(&addr) {
            out.push(addr);
        }
    }
    out
}

/// Names under `.invalid` never exist (RFC 6761 section 6.4): answered
/// here, without asking a DNS server.
fn is_reserved_invalid(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name == "invalid" || name.ends_with(".invalid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_names_are_answered_without_a_lookup() {
        for name in ["no-such-host.invalid", "X.INVALID.", "invalid"] {
            assert!(is_reserved_invalid(name), "{name}");
            assert!(resolve_host(name).is_empty());
        }
        assert!(!is_reserved_invalid("invalid.example"));
        let hosts = "127.0.0.1 localhost\n::1 localhost ip6-localhost # v6\n# 10.0.0.1 gone\n";
        assert_eq!(hosts_file_lookup(hosts, "localhost").len(), 2);
        assert!(hosts_file_lookup(hosts, "gone").is_empty());
        assert!(!is_reserved_invalid("localhost"));
    }

    const SERVICES: &str = "http 80/tcp www # WWW\ndomain 53/tcp\ndomain 53/udp\nsyslog 514/udp\nodd 10/tcp\nodd 11/udp\n";

    #[test]
    fn services_decide_the_transport() {
        assert_eq!(
            port_in_services(SERVICES, "http"),
            Some((80, PortProto::Tcp))
        );
        assert_eq!(
            port_in_services(SERVICES, "www"),
            Some((80, PortProto::Tcp))
        );
        assert_eq!(
            port_in_services(SERVICES, "domain"),
            Some((53, PortProto::Any))
        );
        assert_eq!(
            port_in_services(SERVICES, "syslog"),
            Some((514, PortProto::Udp))
        );
        assert_eq!(
            port_in_services(SERVICES, "odd"),
            Some((10, PortProto::Tcp))
        );
        assert_eq!(port_in_services(SERVICES, "nope"), None);
    }

    #[test]
    fn networks_file_gives_unjustified_numbers() {
        let text = "default\t0.0.0.0\nloopback 127 lo # x\nlink-local\t169.254.0.0\n";
        assert_eq!(network_in_file(text, "loopback"), Some(0x7f));
        assert_eq!(network_in_file(text, "lo"), Some(0x7f));
        assert_eq!(network_in_file(text, "link-local"), Some(0xa9fe_0000));
        assert_eq!(network_in_file(text, "default"), Some(0));
        assert_eq!(network_in_file(text, "x"), None);
    }

    #[test]
    fn protocol_names() {
        assert_eq!(ip_proto_by_name("tcp"), Some(6));
        assert_eq!(ether_proto_by_name("ip6"), Some(0x86dd));
        assert_eq!(ether_proto_by_name("tcp"), None);
    }
}
