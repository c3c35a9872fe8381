//! /etc/protocols both ways: names to numbers for `proto NAME` (with the
//! usual names built in, as libpcap finds them even without the file),
//! numbers to names for the printer.

use std::collections::HashMap;

/// Names libpcap resolves whatever /etc/protocols says.
const BUILT_IN: [(&str, u32); 16] = [
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

/// The protocols file, parsed.
#[derive(Debug, Default)]
pub(super) struct Protocols {
    /// Name or alias -> number of its first line (getprotobyname: exact case).
    by_name: HashMap<Box<str>, u32>,
    /// Number -> name of its first line.
    names: HashMap<u8, Box<str>>,
}

impl Protocols {
    pub(super) fn parse(text: &str) -> Protocols {
        let mut p = Protocols::default();
        for (name, number, aliases) in super::records(text) {
            let Ok(number) = number.parse::<u32>() else {
                continue;
            };
            for n in std::iter::once(name).chain(aliases) {
                p.by_name.entry(n.into()).or_insert(number);
            }
            if let Ok(n) = u8::try_from(number) {
                p.names.entry(n).or_insert_with(|| name.into());
            }
        }
        p
    }

    pub(super) fn number(&self, name: &str) -> Option<u32> {
        match BUILT_IN.iter().find(|(n, _)| *n == name) {
            Some((_, number)) => Some(*number),
            None => self.by_name.get(name).copied(),
        }
    }

    pub(super) fn name(&self, number: u8) -> Option<&str> {
        self.names.get(&number).map(|n| &**n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_ways_first_line_wins() {
        let p = Protocols::parse("ip 0 IP\nhopopt 0 HOPOPT\ntcp 6 TCP # t\nospf 89 OSPFIGP\n");
        assert_eq!(p.name(0), Some("ip"));
        assert_eq!(p.name(6), Some("tcp"));
        assert_eq!(p.number("OSPFIGP"), Some(89));
        assert_eq!(p.number("hopopt"), Some(0));
        assert_eq!(p.number("ospfigp"), None);
    }

    #[test]
    fn built_in_names_need_no_file() {
        let p = Protocols::parse("");
        assert_eq!(p.number("tcp"), Some(6));
        assert_eq!(p.number("icmp6"), Some(58));
        assert_eq!(p.number("nope"), None);
    }
}
