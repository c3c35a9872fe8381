//! /etc/hosts both ways, as the C library's files service reads it:
//! gethostbyaddr gives the first name of the first line naming an address;
//! a name finds every line that lists it, in any case.

use std::collections::HashMap;
use std::net::IpAddr;

/// The hosts file, parsed.
#[derive(Debug, Default)]
pub(super) struct Hosts {
    names: HashMap<IpAddr, Box<str>>,
    /// Every (address, its names) line, in file order.
    lines: Vec<(IpAddr, Vec<Box<str>>)>,
}

impl Hosts {
    pub(super) fn parse(text: &str) -> Hosts {
        let mut h = Hosts::default();
        for (addr, first, aliases) in super::records(text) {
            let Ok(addr) = addr.parse::<IpAddr>() else {
                continue;
            };
            let names: Vec<Box<str>> = std::iter::once(first)
                .chain(aliases)
                .map(Box::from)
                .collect();
            h.names.entry(addr).or_insert_with(|| first.into());
            h.lines.push((addr, names));
        }
        h
    }

    /// The canonical name of `addr`.
    pub(super) fn name(&self, addr: IpAddr) -> Option<&str> {
        self.names.get(&addr).map(|n| &**n)
    }

    /// The addresses the file gives `name`, in file order, each once.
    pub(super) fn addresses(&self, name: &str) -> Vec<IpAddr> {
        let mut out = Vec::new();
        for (addr, names) in &self.lines {
            if names.iter().any(|n| n.eq_ignore_ascii_case(name)) && !out.contains(addr) {
                out.push(*addr);
            }
        }
        out
    }
}

/// The addresses of a host name through the C library's resolver
/// (getaddrinfo: nsswitch.conf decides between the hosts file and DNS), as
/// libpcap's pcap_nametoaddrinfo asks, each once.
pub(super) fn system_lookup(name: &str) -> Vec<IpAddr> {
    use std::net::ToSocketAddrs;
    let mut out: Vec<IpAddr> = Vec::new();
    if let Ok(addrs) = (name, 0u16).to_socket_addrs() {
        for a in addrs {
            if !out.contains(&a.ip()) {
                out.push(a.ip());
            }
        }
    }
    out
}

/// Names under `.invalid` never exist (RFC 6761 section 6.4): answered
/// here, without asking a DNS server.
pub(super) fn is_reserved_invalid(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name == "invalid" || name.ends_with(".invalid")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTS: &str = "127.0.0.1 localhost lo\n127.0.0.1 runsc\n::1 localhost ip6-localhost # v6\n# 10.0.0.1 gone\nbad line\n10.0.0.2\n";

    #[test]
    fn first_line_and_first_name_win() {
        let h = Hosts::parse(HOSTS);
        assert_eq!(h.name("127.0.0.1".parse().unwrap()), Some("localhost"));
        assert_eq!(h.name("::1".parse().unwrap()), Some("localhost"));
        assert_eq!(h.name("10.0.0.2".parse().unwrap()), None);
        assert_eq!(h.names.len(), 2);
    }

    #[test]
    fn names_find_every_line_in_any_case() {
        let h = Hosts::parse(HOSTS);
        assert_eq!(h.addresses("LOCALHOST").len(), 2);
        assert_eq!(
            h.addresses("runsc"),
            vec!["127.0.0.1".parse::<IpAddr>().unwrap()]
        );
        assert!(h.addresses("gone").is_empty());
    }

    #[test]
    fn invalid_names_are_reserved() {
        for name in ["no-such-host.invalid", "X.INVALID.", "invalid"] {
            assert!(is_reserved_invalid(name), "{name}");
        }
        assert!(!is_reserved_invalid("invalid.example"));
        assert!(!is_reserved_invalid("localhost"));
    }
}
