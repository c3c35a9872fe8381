//! Names both ways, read once: services, protocols, hosts, networks and
//! ethers from /etc (each file on first use), interface names, and the PTR
//! resolver worker for host names the hosts file lacks.
//!
//! The filter compiler asks name -> number through `filter::NameLookup`,
//! which `Netdb` implements, so that filter/ stays free of I/O; the printer
//! asks number -> name. Both get a `&'static Netdb`: `system()` for the
//! running program, `Netdb::from_text` (leaked) for tests, which must never
//! read the machine's files or ask its DNS servers.

mod ethers;
mod hosts;
pub mod ifnames;
mod networks;
mod protocols;
pub mod resolve;
mod services;

use std::net::IpAddr;
use std::sync::OnceLock;

use ethers::Ethers;
use hosts::Hosts;
use networks::Networks;
use protocols::Protocols;
use services::Services;

use crate::filter::{NameLookup, PortProto};
pub use resolve::{DnsConf, Resolver};

/// The records of a netdb file (services, protocols, hosts, networks,
/// ethers all share the layout): '#' starts a comment, words are split by
/// white space, and a line of fewer than two words holds no record. Each
/// is (first word, second word, the words after them).
fn records(text: &str) -> impl Iterator<Item = (&str, &str, std::str::SplitWhitespace<'_>)> {
    text.lines().filter_map(|line| {
        let mut words = line.split('#').next().unwrap_or("").split_whitespace();
        let (first, second) = (words.next()?, words.next()?);
        Some((first, second, words))
    })
}

const SERVICES: &str = "/etc/services";
const PROTOCOLS: &str = "/etc/protocols";
const HOSTS: &str = "/etc/hosts";
const NETWORKS: &str = "/etc/networks";
const ETHERS: &str = "/etc/ethers";

/// The text of each file a `Netdb` answers from, for a database that does
/// not read the system's files.
#[derive(Clone, Debug, Default)]
pub struct NetdbText {
    pub services: String,
    pub protocols: String,
    pub hosts: String,
    pub networks: String,
    pub ethers: String,
    /// Where PTR questions go; None asks no DNS server at all.
    pub dns: Option<DnsConf>,
}

impl NetdbText {
    /// This machine's /etc files as they are now, without DNS: names
    /// resolve as on the system, host names through the hosts file only.
    /// For tests and fuzz targets, which must not ask DNS servers.
    pub fn from_etc() -> NetdbText {
        let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
        NetdbText {
            services: read(SERVICES),
            protocols: read(PROTOCOLS),
            hosts: read(HOSTS),
            networks: read(NETWORKS),
            ethers: read(ETHERS),
            dns: None,
        }
    }
}

/// Where the tables come from.
#[derive(Debug)]
enum Source {
    /// /etc's files; host names forward through the C library (getaddrinfo,
    /// so nsswitch.conf and DNS apply as they do for libpcap), PTR queries
    /// to resolv.conf's servers.
    System,
    Text(NetdbText),
}

/// The name tables, each parsed on first use and kept.
#[derive(Debug)]
pub struct Netdb {
    source: Source,
    services: OnceLock<Services>,
    protocols: OnceLock<Protocols>,
    hosts: OnceLock<Hosts>,
    networks: OnceLock<Networks>,
    ethers: OnceLock<Ethers>,
    dns: OnceLock<DnsConf>,
}

/// The database over this machine's files, shared by the filter compiler
/// and the printer so that each file is read once per run.
pub fn system() -> &'static Netdb {
    static SYSTEM: OnceLock<Netdb> = OnceLock::new();
    SYSTEM.get_or_init(|| Netdb::new(Source::System))
}

impl Netdb {
    fn new(source: Source) -> Netdb {
        Netdb {
            source,
            services: OnceLock::new(),
            protocols: OnceLock::new(),
            hosts: OnceLock::new(),
            networks: OnceLock::new(),
            ethers: OnceLock::new(),
            dns: OnceLock::new(),
        }
    }

    /// A database answering only from `text`: no file is read, no DNS
    /// server asked unless `text.dns` names one.
    pub fn from_text(text: NetdbText) -> Netdb {
        Netdb::new(Source::Text(text))
    }

    /// For callers that need the `&'static` the compiler and printer take
    /// (tests, fuzz targets); the database lives until the process ends.
    pub fn leak(self) -> &'static Netdb {
        Box::leak(Box::new(self))
    }

    /// A file's text: the given one, or the system file (empty when it
    /// cannot be read, as the C library treats a missing file).
    fn text(&self, path: &str, given: fn(&NetdbText) -> &String) -> String {
        match &self.source {
            Source::System => std::fs::read_to_string(path).unwrap_or_default(),
            Source::Text(t) => given(t).clone(),
        }
    }

    /// The table in `cell`, parsed from its file's text on first use.
    fn table<'a, T>(
        &self,
        cell: &'a OnceLock<T>,
        path: &str,
        given: fn(&NetdbText) -> &String,
        parse: fn(&str) -> T,
    ) -> &'a T {
        cell.get_or_init(|| parse(&self.text(path, given)))
    }

    fn services(&self) -> &Services {
        self.table(&self.services, SERVICES, |t| &t.services, Services::parse)
    }

    fn protocols(&self) -> &Protocols {
        self.table(
            &self.protocols,
            PROTOCOLS,
            |t| &t.protocols,
            Protocols::parse,
        )
    }

    fn hosts(&self) -> &Hosts {
        self.table(&self.hosts, HOSTS, |t| &t.hosts, Hosts::parse)
    }

    fn networks(&self) -> &Networks {
        self.table(&self.networks, NETWORKS, |t| &t.networks, Networks::parse)
    }

    fn ethers(&self) -> &Ethers {
        self.table(&self.ethers, ETHERS, |t| &t.ethers, Ethers::parse)
    }

    /// Where PTR questions go (no server: host names come from the hosts
    /// file only).
    pub fn dns(&self) -> &DnsConf {
        self.dns.get_or_init(|| match &self.source {
            Source::System => DnsConf::system(),
            Source::Text(t) => t.dns.clone().unwrap_or_else(DnsConf::none),
        })
    }

    /// The /etc/services name of a TCP or UDP port (the first entry wins).
    pub fn service_name(&self, port: u16, tcp: bool) -> Option<&str> {
        self.services().name(port, tcp)
    }

    /// The /etc/protocols name of an IP protocol number (the first entry wins).
    pub fn protocol_name(&self, proto: u8) -> Option<&str> {
        self.protocols().name(proto)
    }

    /// The hosts file's canonical name of an address, as gethostbyaddr
    /// finds it there.
    pub fn host_name(&self, addr: IpAddr) -> Option<&str> {
        self.hosts().name(addr)
    }
}

impl NameLookup for Netdb {
    fn port(&self, name: &str) -> Option<(u32, PortProto)> {
        self.services().port(name)
    }

    fn ip_proto(&self, name: &str) -> Option<u32> {
        self.protocols().number(name)
    }

    fn host(&self, name: &str) -> Vec<IpAddr> {
        if hosts::is_reserved_invalid(name) {
            return Vec::new();
        }
        match self.source {
            Source::System => hosts::system_lookup(name),
            Source::Text(_) => self.hosts().addresses(name),
        }
    }

    fn network(&self, name: &str) -> Option<u32> {
        self.networks().number(name)
    }

    fn ether_host(&self, name: &str) -> Option<[u8; 6]> {
        self.ethers().mac(name)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The database the unit tests of the compiler and printer use: copies
    /// of this machine's /etc files (NetdbText::from_etc), so the names a
    /// test expression uses resolve as on the system, but never via DNS.
    pub(crate) fn etc_copy() -> &'static Netdb {
        static COPY: OnceLock<&'static Netdb> = OnceLock::new();
        COPY.get_or_init(|| Netdb::from_text(NetdbText::from_etc()).leak())
    }

    #[test]
    fn given_text_answers_both_directions() {
        let db = Netdb::from_text(NetdbText {
            services: "http 80/tcp www\n".into(),
            protocols: "tcp 6 TCP\n".into(),
            hosts: "192.0.2.1 gw.example gw\n".into(),
            networks: "lab 10.1\n".into(),
            ethers: "0:1:2:a:b:c beta\n".into(),
            dns: None,
        });
        assert_eq!(db.port("www"), Some((80, PortProto::Tcp)));
        assert_eq!(db.service_name(80, true), Some("http"));
        assert_eq!(db.ip_proto("TCP"), Some(6));
        assert_eq!(db.protocol_name(6), Some("tcp"));
        assert_eq!(db.host("GW"), vec!["192.0.2.1".parse::<IpAddr>().unwrap()]);
        assert_eq!(
            db.host_name("192.0.2.1".parse().unwrap()),
            Some("gw.example")
        );
        assert!(db.host("x.invalid").is_empty());
        assert_eq!(db.network("LAB"), Some(0x0a01_0000));
        assert_eq!(db.ether_host("Beta"), Some([0, 1, 2, 0xa, 0xb, 0xc]));
        assert!(db.dns().servers.is_empty());
    }
}
