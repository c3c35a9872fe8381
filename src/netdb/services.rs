//! /etc/services both ways: names to ports as libpcap's pcap_nametoport
//! asks (tcp, then udp), ports to names as tcpdump's table prints them.

use std::collections::HashMap;

use crate::filter::PortProto;

/// The services file, parsed.
#[derive(Debug, Default)]
pub(super) struct Services {
    /// (name or alias, "tcp"/"udp") -> port of its first line.
    by_name: HashMap<(Box<str>, Transport), u32>,
    tcp_names: HashMap<u16, Box<str>>,
    udp_names: HashMap<u16, Box<str>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Transport {
    Tcp,
    Udp,
}

impl Services {
    pub(super) fn parse(text: &str) -> Services {
        let mut s = Services::default();
        for (name, port_proto, aliases) in super::records(text) {
            let Some((port, proto)) = port_proto.split_once('/') else {
                continue;
            };
            let transport = match proto {
                "tcp" => Transport::Tcp,
                "udp" => Transport::Udp,
                _ => continue,
            };
            let Ok(port) = port.parse::<u32>() else {
                continue;
            };
            for n in std::iter::once(name).chain(aliases) {
                s.by_name.entry((n.into(), transport)).or_insert(port);
            }
            if let Ok(port) = u16::try_from(port) {
                let names = match transport {
                    Transport::Tcp => &mut s.tcp_names,
                    Transport::Udp => &mut s.udp_names,
                };
                names.entry(port).or_insert_with(|| name.into());
            }
        }
        s
    }

    /// A service name as pcap_nametoport resolves it: under tcp and udp
    /// with one number it is either transport's.
    pub(super) fn port(&self, name: &str) -> Option<(u32, PortProto)> {
        let find = |t| self.by_name.get(&(Box::<str>::from(name), t)).copied();
        match (find(Transport::Tcp), find(Transport::Udp)) {
            (Some(t), Some(u)) if t == u => Some((t, PortProto::Any)),
            (Some(t), _) => Some((t, PortProto::Tcp)),
            (None, Some(u)) => Some((u, PortProto::Udp)),
            (None, None) => None,
        }
    }

    /// The first name the file gives a port of that transport.
    pub(super) fn name(&self, port: u16, tcp: bool) -> Option<&str> {
        let names = if tcp {
            &self.tcp_names
        } else {
            &self.udp_names
        };
        names.get(&port).map(|n| &**n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVICES: &str = "# comment\nhttp 80/tcp www # WWW\nwww2 80/tcp\ndomain 53/tcp\ndomain 53/udp\nsyslog 514/udp\nodd 10/tcp\nodd 11/udp\nbad x/tcp\nssh 22/tcp # SSH\n";

    #[test]
    fn names_decide_the_transport() {
        let s = Services::parse(SERVICES);
        assert_eq!(s.port("http"), Some((80, PortProto::Tcp)));
        assert_eq!(s.port("www"), Some((80, PortProto::Tcp)));
        assert_eq!(s.port("domain"), Some((53, PortProto::Any)));
        assert_eq!(s.port("syslog"), Some((514, PortProto::Udp)));
        assert_eq!(s.port("odd"), Some((10, PortProto::Tcp)));
        assert_eq!(s.port("nope"), None);
        assert_eq!(s.port("HTTP"), None);
    }

    #[test]
    fn first_name_per_port_and_transport() {
        let s = Services::parse(SERVICES);
        assert_eq!(s.name(22, true), Some("ssh"));
        assert_eq!(s.name(53, false), Some("domain"));
        assert_eq!(s.name(80, true), Some("http"));
        assert_eq!(s.name(80, false), None);
    }
}
