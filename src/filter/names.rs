//! The names the compiler resolves, and where it asks: services, IP
//! protocols, host names, networks and Ethernet host names come from a
//! `NameLookup` handed in through `Options` (crate::netdb reads the
//! system's files), so that compiling does no I/O itself. Ethernet type
//! names are libpcap's built-in table, here.

use std::fmt;
use std::net::IpAddr;

/// Which transport a service name belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortProto {
    Tcp,
    Udp,
    /// Found under tcp and udp with the same number (libpcap's PROTO_UNDEF).
    Any,
}

/// Name -> number lookups, as libpcap's nametoaddr.c makes them.
pub trait NameLookup: fmt::Debug + Sync {
    /// A service name as pcap_nametoport resolves it (tcp and udp asked).
    fn port(&self, name: &str) -> Option<(u32, PortProto)>;
    /// An IP protocol name (getprotobyname, with the usual names built in).
    fn ip_proto(&self, name: &str) -> Option<u32>;
    /// The addresses of a host name, each once (pcap_nametoaddrinfo).
    fn host(&self, name: &str) -> Vec<IpAddr>;
    /// A network name as getnetbyname gives it: the number in host order
    /// (glibc pads `10.1` to 10.1.0.0; other C libraries give 0x0a01).
    fn network(&self, name: &str) -> Option<u32>;
    /// An Ethernet host name (pcap_ether_hostton, /etc/ethers).
    fn ether_host(&self, name: &str) -> Option<[u8; 6]>;
}

/// `lo-hi` with numbers or service names, as pcap_nametoportrange.
pub fn portrange_by_name(s: &str, names: &dyn NameLookup) -> Option<(u32, u32, PortProto)> {
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
        names.port(p).map(|(n, pp)| (n, Some(pp)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn port_ranges_take_numbers_and_names() {
        let names = crate::netdb::tests::etc_copy();
        assert_eq!(
            portrange_by_name("8000-84por43", names),
            Some((8000, 84, PortProto::Any))
        );
        assert_eq!(
            portrange_by_name("10-20", names),
            Some((10, 20, PortProto::Any))
        );
        assert_eq!(portrange_by_name("x-", names), None);
    }

    #[test]
    fn ether_protocol_names() {
        assert_eq!(ether_proto_by_name("ip6"), Some(0x86dd));
        assert_eq!(ether_proto_by_name("tcp"), None);
    }
}
