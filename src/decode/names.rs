//! Names tcpdump prints without -n: ports from /etc/services, protocol
//! names from /etc/protocols, MAC vendor (OUI) tags, and interface names
//! for cooked captures. All are read once, on first use; nothing here does
//! I/O per packet. Host names come from resolve.rs.

use super::resolve::Resolver;
use std::collections::HashMap;
use std::net::IpAddr;

/// Name tables, loaded lazily.
#[derive(Debug, Default)]
pub(crate) struct Names {
    resolve: bool,
    /// -N: host names without their domain (cut at the first dot).
    strip_domain: bool,
    hosts: Option<Resolver>,
    services: Option<Services>,
    protocols: Option<HashMap<u8, String>>,
    ifnames: Option<HashMap<u32, String>>,
    /// Interface indexes a reload did not find, so each costs one reload.
    ifname_misses: Vec<u32>,
}

#[derive(Debug, Default)]
struct Services {
    tcp: HashMap<u16, String>,
    udp: HashMap<u16, String>,
}

impl Names {
    /// `resolve` is false with -n: then every lookup answers None.
    pub(crate) fn new(resolve: bool) -> Names {
        Names {
            resolve,
            ..Names::default()
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
            self.hosts
                .get_or_insert_with(Resolver::system)
                .set_wait(wait);
        }
    }

    /// The host name tcpdump would print for an address, if any.
    pub(crate) fn host(&mut self, addr: IpAddr) -> Option<&str> {
        if !self.resolve {
            return None;
        }
        let name = self.hosts.get_or_insert_with(Resolver::system).name(addr)?;
        if self.strip_domain {
            name.split('.').next()
        } else {
            Some(name)
        }
    }

    #[cfg(test)]
    pub(crate) fn with_resolver(r: Resolver) -> Names {
        Names {
            resolve: true,
            hosts: Some(r),
            ..Names::default()
        }
    }

    /// The /etc/services name of a TCP or UDP port (first entry wins, as
    /// in tcpdump's table).
    pub(crate) fn port(&mut self, port: u16, tcp: bool) -> Option<&str> {
        if !self.resolve {
            return None;
        }
        let s = self.services.get_or_insert_with(|| {
            let text = std::fs::read_to_string("/etc/services").unwrap_or_default();
            parse_services(&text)
        });
        let table = if tcp { &s.tcp } else { &s.udp };
        table.get(&port).map(String::as_str)
    }

    /// The /etc/protocols name of an IP protocol number.
    pub(crate) fn protocol(&mut self, proto: u8) -> Option<&str> {
        if !self.resolve {
            return None;
        }
        let p = self.protocols.get_or_insert_with(|| {
            let text = std::fs::read_to_string("/etc/protocols").unwrap_or_default();
            parse_protocols(&text)
        });
        // tcpdump's built-in table uses IANA keywords; /etc/protocols
        // lists protocol 0 as "ip" first.
        match proto {
            0 => return Some("hopopt"),
            126 => return Some("crtp"),
            253 => return Some("exptest-253"),
            254 => return Some("exptest-254"),
            _ => {}
        }
        p.get(&proto).map(String::as_str)
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
        self.ifnames.as_ref()?.get(&index).map(String::as_str)
    }
}

fn parse_services(text: &str) -> Services {
    let mut s = Services::default();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let (Some(name), Some(port_proto)) = (words.next(), words.next()) else {
            continue;
        };
        let Some((port, proto)) = port_proto.split_once('/') else {
            continue;
        };
        let Ok(port) = port.parse::<u16>() else {
            continue;
        };
        let table = match proto {
            "tcp" => &mut s.tcp,
            "udp" => &mut s.udp,
            _ => continue,
        };
        table.entry(port).or_insert_with(|| name.to_string());
    }
    s
}

fn parse_protocols(text: &str) -> HashMap<u8, String> {
    let mut m = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let mut words = line.split_whitespace();
        let (Some(name), Some(num)) = (words.next(), words.next()) else {
            continue;
        };
        if let Ok(n) = num.parse::<u8>() {
            m.entry(n).or_insert_with(|| name.to_string());
        }
    }
    m
}

fn read_ifnames() -> HashMap<u32, String> {
    let mut m = HashMap::new();
    let Ok(dir) = std::fs::read_dir("/sys/class/net") else {
        return m;
    };
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path().join("ifindex");
        if let Ok(text) = std::fs::read_to_string(path) {
            if let Ok(idx) = text.trim().parse::<u32>() {
                m.insert(idx, name);
            }
        }
    }
    m
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

    #[test]
    fn services_first_entry_per_protocol() {
        let s = parse_services(
            "# comment\nssh 22/tcp # SSH\ndomain 53/tcp\ndomain 53/udp\nhttp 80/tcp www\nwww2 80/tcp\nbad x/tcp\n",
        );
        assert_eq!(s.tcp.get(&22).map(String::as_str), Some("ssh"));
        assert_eq!(s.udp.get(&53).map(String::as_str), Some("domain"));
        assert_eq!(s.tcp.get(&80).map(String::as_str), Some("http"));
        assert!(!s.udp.contains_key(&80));
    }

    #[test]
    fn numeric_mode_never_names() {
        let mut n = Names::new(false);
        assert_eq!(n.port(22, true), None);
        assert_eq!(n.protocol(6), None);
    }

    #[test]
    fn loopback_is_found_by_index() {
        let mut n = Names::new(false);
        let lo = std::fs::read_to_string("/sys/class/net/lo/ifindex");
        match lo {
            Ok(idx) => assert_eq!(n.ifname(idx.trim().parse().unwrap()), Some("lo")),
            Err(_) => eprintln!("skipped: no /sys/class/net/lo"),
        }
        assert_eq!(n.ifname(u32::MAX), None);
    }

    #[test]
    fn protocols_parse() {
        let p = parse_protocols("ip 0 IP\nhopopt 0 HOPOPT\ntcp 6 TCP # t\n");
        assert_eq!(p.get(&0).map(String::as_str), Some("ip"));
        assert_eq!(p.get(&6).map(String::as_str), Some("tcp"));
    }

    #[test]
    fn strip_domain_cuts_at_the_first_dot() {
        use super::super::resolve::DnsConf;
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
