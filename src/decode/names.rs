//! Names tcpdump prints without -n: ports, protocol names and host names
//! from the Netdb (read once, on first use; nothing here does I/O per
//! packet), MAC vendor (OUI) tags, and interface names for cooked captures.

use crate::netdb::{Netdb, Resolver};
use crate::wire::ip_proto;
use std::collections::HashMap;
use std::net::IpAddr;

/// The printer's view of the name tables.
#[derive(Debug)]
pub(crate) struct Names {
    resolve: bool,
    db: &'static Netdb,
    /// -N: host names without their domain (cut at the first dot).
    strip_domain: bool,
    hosts: Option<Resolver>,
    ifnames: Option<HashMap<u32, Box<str>>>,
    /// Interface indexes a reload did not find, so each costs one reload.
    ifname_misses: Vec<u32>,
}

impl Names {
    /// `resolve` is false with -n: then every lookup but the interface
    /// name answers None.
    pub(crate) fn new(resolve: bool, db: &'static Netdb) -> Names {
        Names {
            resolve,
            db,
            strip_domain: false,
            hosts: None,
            ifnames: None,
            ifname_misses: Vec::new(),
        }
    }

    /// -N, as tcpdump's addrtoname cuts each name it gets.
    pub(crate) fn set_strip_domain(&mut self, strip: bool) {
        self.strip_domain = strip;
    }

    pub(crate) fn resolving(&self) -> bool {
        self.resolve
    }

    /// See Resolver::set_wait.
    pub(crate) fn set_wait(&mut self, wait: bool) {
        if self.resolve {
            let db = self.db;
            self.hosts
                .get_or_insert_with(|| Resolver::new(db))
                .set_wait(wait);
        }
    }

    /// The host name tcpdump would print for an address, if any.
    pub(crate) fn host(&mut self, addr: IpAddr) -> Option<&str> {
        if !self.resolve {
            return None;
        }
        let db = self.db;
        let name = self
            .hosts
            .get_or_insert_with(|| Resolver::new(db))
            .name(addr)?;
        if self.strip_domain {
            name.split('.').next()
        } else {
            Some(name)
        }
    }

    #[cfg(test)]
    pub(crate) fn with_resolver(r: Resolver) -> Names {
        Names {
            hosts: Some(r),
            ..Names::new(true, crate::netdb::tests::etc_copy())
        }
    }

    /// The services name of a TCP or UDP port (first entry wins, as in
    /// tcpdump's table).
    pub(crate) fn port(&mut self, port: u16, tcp: bool) -> Option<&str> {
        if !self.resolve {
            return None;
        }
        self.db.service_name(port, tcp)
    }

    /// The name tcpdump gives an IP protocol number without -n: its own
    /// table of IANA keywords (netdb_protoname), not /etc/protocols.
    pub(crate) fn protocol(&mut self, proto: u8) -> Option<&'static str> {
        if !self.resolve {
            return None;
        }
        ip_proto::keyword(proto)
    }

    /// The name of a local interface by index, for cooked v2 captures.
    /// An index not seen before rereads /sys/class/net once (interfaces
    /// come and go during a capture); at most 64 such misses are tried.
    pub(crate) fn ifname(&mut self, index: u32) -> Option<&str> {
        let known = self
            .ifnames
            .get_or_insert_with(read_ifnames)
            .contains_key(&index);
        if !known && self.ifname_misses.len() < 64 && !self.ifname_misses.contains(&index) {
            self.ifname_misses.push(index);
            self.ifnames = Some(read_ifnames());
        }
        self.ifnames.as_ref()?.get(&index).map(|n| &**n)
    }
}

fn read_ifnames() -> HashMap<u32, Box<str>> {
    crate::netdb::ifnames::interfaces().into_iter().collect()
}

/// tcpdump's oui_values, for the " (oui NAME)" tag after a MAC address.
pub(crate) fn oui_name(oui: u32) -> &'static str {
    match oui {
        0x000000 => "Ethernet",
        0x00000c => "Cisco",
        0x00005e => "IANA",
        0x000081 => "Nortel Networks SONMP",
        0x0000f8 => "Cisco bridged",
        0x0080c2 => "Ethernet bridged",
        0x00a03e => "ATM Forum",
        0x00e02f => "DOCSIS Spanning Tree",
        0x080007 => "Appletalk",
        0x009069 => "Juniper",
        0x080009 => "Hewlett-Packard",
        0x00120f => "IEEE 802.3 Private",
        0x0012bb => "ANSI/TIA",
        0x001b21 => "DCBX",
        0x002320 => "Nicira Networks",
        0x5c16c7 => "Big Switch Networks",
        0xb0d2f5 => "Vello Systems",
        0x002481 => "HP",
        0x0004ea => "HP-Labs",
        0x748771 => "Infoblox Inc",
        0xa42305 => "Open Networking Lab",
        0x00049f => "Freescale",
        0x0015ad => "Netronome",
        0x001018 => "Broadcom",
        0x00e004 => "PMC-Sierra",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netdb::NetdbText;

    #[test]
    fn names_come_from_the_netdb_and_numeric_mode_never_names() {
        let db = Netdb::from_text(NetdbText {
            services: "ssh 22/tcp\n".into(),
            ..NetdbText::default()
        })
        .leak();
        let mut n = Names::new(true, db);
        assert_eq!(n.port(22, true), Some("ssh"));
        assert_eq!(n.port(22, false), None);
        assert_eq!(n.protocol(6), Some("tcp"));
        assert_eq!(n.protocol(0), Some("hopopt"));
        assert_eq!(n.protocol(7), Some("cbt"));
        assert_eq!(n.protocol(138), Some("manet"));
        assert_eq!(n.protocol(200), None);
        let mut n = Names::new(false, db);
        assert_eq!(n.port(22, true), None);
        assert_eq!(n.protocol(6), None);
    }

    #[test]
    fn loopback_is_found_by_index() {
        let mut n = Names::new(false, crate::netdb::tests::etc_copy());
        let lo = std::fs::read_to_string("/sys/class/net/lo/ifindex");
        match lo {
            Ok(idx) => assert_eq!(n.ifname(idx.trim().parse().unwrap()), Some("lo")),
            Err(_) => eprintln!("skipped: no /sys/class/net/lo"),
        }
        assert_eq!(n.ifname(u32::MAX), None);
    }

    #[test]
    fn strip_domain_cuts_at_the_first_dot() {
        use crate::netdb::DnsConf;
        let no_dns = DnsConf {
            servers: Vec::new(),
            timeout: std::time::Duration::from_millis(1),
            attempts: 1,
        };
        let hosts = "192.0.2.1 host.example.org\n";
        let mut n = Names::with_resolver(Resolver::with(hosts, no_dns));
        let addr = IpAddr::from([192, 0, 2, 1]);
        assert_eq!(n.host(addr), Some("host.example.org"));
        n.set_strip_domain(true);
        assert_eq!(n.host(addr), Some("host"));
    }
}
