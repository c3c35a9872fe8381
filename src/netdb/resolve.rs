//! Host names for addresses, as tcpdump's ipaddr_string/ip6addr_string get
//! them from gethostbyaddr: the hosts file first (the Netdb's), then a DNS
//! PTR query to the nameservers in /etc/resolv.conf (when nsswitch.conf
//! lists `dns`).
//!
//! The printer never does network I/O itself. DNS queries go to one worker
//! thread; the printer asks without blocking and prints the number until
//! the answer is in (live capture), or waits a bounded time for each new
//! address (reading a file, so that lines match tcpdump's, which blocks in
//! gethostbyaddr). Answers, failures included, are cached; the cache and
//! the queue of unanswered questions are bounded, so a capture that sees
//! millions of addresses keeps its memory flat.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::{Duration, Instant};

use super::Netdb;

/// Cached answers kept at most; the cache starts afresh when full.
const CACHE_MAX: usize = 16_384;
/// Questions the worker may have outstanding; past this, new addresses
/// print numerically (and are asked about again later) rather than grow a
/// queue that a scan of the address space would make endless.
const PENDING_MAX: usize = 256;
/// The longest a file reader waits for one address, whatever resolv.conf says.
const WAIT_MAX: Duration = Duration::from_secs(20);

/// Where and how to ask: /etc/resolv.conf and nsswitch.conf, or a test's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsConf {
    /// Empty when DNS is not to be asked at all.
    pub servers: Vec<SocketAddr>,
    pub timeout: Duration,
    pub attempts: u32,
}

impl DnsConf {
    /// glibc's reading of the system files (defaults: 127.0.0.1, 5 s, 2).
    pub(crate) fn system() -> DnsConf {
        let nss = std::fs::read_to_string("/etc/nsswitch.conf").ok();
        let resolv = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
        let mut conf = DnsConf::parse(&resolv);
        if !nss.as_deref().is_none_or(nss_hosts_uses_dns) {
            conf.servers.clear();
        }
        conf
    }

    /// No DNS at all: host names come from the hosts file only.
    pub fn none() -> DnsConf {
        DnsConf {
            servers: Vec::new(),
            timeout: Duration::from_secs(5),
            attempts: 2,
        }
    }

    fn parse(resolv: &str) -> DnsConf {
        let mut conf = DnsConf {
            servers: Vec::new(),
            timeout: Duration::from_secs(5),
            attempts: 2,
        };
        for line in resolv.lines() {
            let line = line.split(['#', ';']).next().unwrap_or("");
            let mut words = line.split_whitespace();
            match words.next() {
                Some("nameserver") if conf.servers.len() < 3 => {
                    // A zone index (fe80::1%eth0) is not supported by
                    // IpAddr parsing; such a server is skipped.
                    if let Some(Ok(ip)) = words.next().map(str::parse::<IpAddr>) {
                        conf.servers.push(SocketAddr::new(ip, 53));
                    }
                }
                Some("options") => {
                    for opt in words {
                        if let Some(v) = opt.strip_prefix("timeout:") {
                            if let Ok(n) = v.parse::<u64>() {
                                conf.timeout = Duration::from_secs(n.clamp(1, 30));
                            }
                        } else if let Some(v) = opt.strip_prefix("attempts:") {
                            if let Ok(n) = v.parse::<u32>() {
                                conf.attempts = n.clamp(1, 5);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if conf.servers.is_empty() {
            conf.servers
                .push(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 53));
        }
        conf
    }

    /// The longest one address can keep the worker busy.
    fn budget(&self) -> Duration {
        let tries = self.attempts.saturating_mul(self.servers.len() as u32);
        self.timeout.saturating_mul(tries).min(WAIT_MAX)
    }
}

/// Whether the `hosts:` line of nsswitch.conf lists the dns service.
fn nss_hosts_uses_dns(nss: &str) -> bool {
    for line in nss.lines() {
        let line = line.split('#').next().unwrap_or("");
        if let Some(services) = line.trim_start().strip_prefix("hosts:") {
            return services.split_whitespace().any(|w| w == "dns");
        }
    }
    // glibc's default for a missing hosts line is "dns [!UNAVAIL=return] files".
    true
}

#[derive(Debug)]
enum Slot {
    Name(Box<str>),
    /// Looked up and not found: printed as a number from now on.
    Numeric,
    Pending,
}

/// The worker's two ends, created on the first address /etc/hosts lacks.
#[derive(Debug)]
struct Worker {
    ask: Sender<IpAddr>,
    answers: Receiver<(IpAddr, Option<Box<str>>)>,
}

/// Address-to-name lookups for the printer: one per printer, over the
/// Netdb's hosts file and DNS configuration.
#[derive(Debug)]
pub struct Resolver {
    db: &'static Netdb,
    cache: HashMap<IpAddr, Slot>,
    pending: usize,
    worker: Option<Worker>,
    /// Some(bound): wait for each new address's answer (reading a file).
    wait: Option<Duration>,
}

impl Resolver {
    /// Nothing is read until the first address is asked about.
    pub fn new(db: &'static Netdb) -> Resolver {
        Resolver {
            db,
            cache: HashMap::new(),
            pending: 0,
            worker: None,
            wait: None,
        }
    }

    /// A resolver over a given hosts file and DNS configuration, for tests.
    #[cfg(test)]
    pub(crate) fn with(hosts: &str, dns: DnsConf) -> Resolver {
        Resolver::new(
            Netdb::from_text(super::NetdbText {
                hosts: hosts.into(),
                dns: Some(dns),
                ..super::NetdbText::default()
            })
            .leak(),
        )
    }

    /// Wait for each new address's answer (up to what resolv.conf allows,
    /// at most 20 s), so that lines read from a file carry the names
    /// tcpdump would print; otherwise print numbers until answers arrive.
    pub fn set_wait(&mut self, wait: bool) {
        self.wait = wait.then(|| self.db.dns().budget() + Duration::from_millis(500));
    }

    /// The host name of `addr`, or None to print it as a number.
    pub fn name(&mut self, addr: IpAddr) -> Option<&str> {
        if self.pending > 0 {
            self.collect(None);
        }
        match self.cache.get(&addr) {
            Some(Slot::Pending) => {
                if let Some(bound) = self.wait {
                    self.collect(Some((addr, bound)));
                }
            }
            Some(_) => {}
            None => self.ask(addr),
        }
        match self.cache.get(&addr) {
            Some(Slot::Name(n)) => Some(n),
            _ => None,
        }
    }

    fn ask(&mut self, addr: IpAddr) {
        if self.cache.len() >= CACHE_MAX {
            self.cache.retain(|_, s| matches!(s, Slot::Pending));
        }
        if let Some(name) = self.db.host_name(addr) {
            self.cache.insert(addr, Slot::Name(name.into()));
            return;
        }
        if self.db.dns().servers.is_empty() {
            self.cache.insert(addr, Slot::Numeric);
            return;
        }
        if self.pending >= PENDING_MAX {
            return;
        }
        if self.worker.is_none() {
            self.worker = spawn_worker(self.db.dns().clone());
        }
        let Some(w) = &self.worker else {
            self.cache.insert(addr, Slot::Numeric);
            return;
        };
        if w.ask.send(addr).is_err() {
            self.cache.insert(addr, Slot::Numeric);
            return;
        }
        self.cache.insert(addr, Slot::Pending);
        self.pending += 1;
        if let Some(bound) = self.wait {
            self.collect(Some((addr, bound)));
        }
    }

    /// Takes in the worker's answers; with `until`, blocks until that
    /// address is answered or the bound passes (then it prints numerically).
    fn collect(&mut self, until: Option<(IpAddr, Duration)>) {
        let Some(w) = &self.worker else { return };
        let deadline = until.map(|(a, bound)| (a, Instant::now() + bound));
        loop {
            let got = match deadline {
                None => match w.answers.try_recv() {
                    Ok(a) => Some(a),
                    Err(TryRecvError::Empty) => return,
                    Err(TryRecvError::Disconnected) => None,
                },
                Some((_, at)) => {
                    match w
                        .answers
                        .recv_timeout(at.saturating_duration_since(Instant::now()))
                    {
                        Ok(a) => Some(a),
                        Err(RecvTimeoutError::Timeout) => None,
                        Err(RecvTimeoutError::Disconnected) => None,
                    }
                }
            };
            let Some((addr, name)) = got else {
                // The worker is gone or too slow: what it has not answered
                // prints as a number.
                if let Some((want, _)) = deadline {
                    self.cache.insert(want, Slot::Numeric);
                }
                return;
            };
            if let Some(Slot::Pending) = self.cache.get(&addr) {
                self.pending -= 1;
            }
            let slot = name.map_or(Slot::Numeric, Slot::Name);
            self.cache.insert(addr, slot);
            if deadline.is_some_and(|(want, _)| want == addr) {
                return;
            }
        }
    }
}

fn spawn_worker(conf: DnsConf) -> Option<Worker> {
    let (ask, questions) = mpsc::channel::<IpAddr>();
    let (tell, answers) = mpsc::channel();
    std::thread::Builder::new()
        .name("afsniff-resolver".into())
        .spawn(move || {
            let mut id: u16 = std::process::id() as u16;
            for addr in questions {
                id = id.wrapping_add(0x9e37);
                let name = query_ptr(&conf, addr, id);
                if tell.send((addr, name)).is_err() {
                    return;
                }
            }
        })
        .ok()?;
    Some(Worker { ask, answers })
}

/// Asks each server in turn, `attempts` rounds, for the PTR of `addr`.
fn query_ptr(conf: &DnsConf, addr: IpAddr, id: u16) -> Option<Box<str>> {
    let query = ptr_query(addr, id);
    for _ in 0..conf.attempts {
        for server in &conf.servers {
            match ask_server(*server, &query, conf.timeout) {
                Some(Answer::Name(n)) => return Some(n),
                Some(Answer::NotFound) => return None,
                None => {}
            }
        }
    }
    None
}

enum Answer {
    Name(Box<str>),
    NotFound,
}

fn ask_server(server: SocketAddr, query: &[u8], timeout: Duration) -> Option<Answer> {
    let local: SocketAddr = match server {
        SocketAddr::V4(_) => (Ipv4Addr::UNSPECIFIED, 0).into(),
        SocketAddr::V6(_) => (Ipv6Addr::UNSPECIFIED, 0).into(),
    };
    let sock = UdpSocket::bind(local).ok()?;
    sock.connect(server).ok()?;
    sock.send(query).ok()?;
    let deadline = Instant::now() + timeout;
    let mut buf = [0u8; 1500];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || sock.set_read_timeout(Some(left)).is_err() {
            return None;
        }
        let n = sock.recv(&mut buf).ok()?;
        if let Some(a) = parse_ptr_answer(&buf[..n], query) {
            return Some(a);
        }
    }
}

/// The question name for `addr`: `4.3.2.1.in-addr.arpa` or the nibbles
/// of an IPv6 address under `ip6.arpa`.
fn reverse_name(addr: IpAddr) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(72);
    match addr {
        IpAddr::V4(a) => {
            for o in a.octets().iter().rev() {
                s.push_str(&o.to_string());
                s.push('.');
            }
            s.push_str("in-addr.arpa");
        }
        IpAddr::V6(a) => {
            for o in a.octets().iter().rev() {
                s.push(HEX[usize::from(o & 0xf)] as char);
                s.push('.');
                s.push(HEX[usize::from(o >> 4)] as char);
                s.push('.');
            }
            s.push_str("ip6.arpa");
        }
    }
    s
}

const TYPE_PTR: u16 = 12;
const CLASS_IN: u16 = 1;

/// A recursive PTR query for `addr` with the given message id.
fn ptr_query(addr: IpAddr, id: u16) -> Vec<u8> {
    let mut q = Vec::with_capacity(90);
    q.extend_from_slice(&id.to_be_bytes());
    q.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in reverse_name(addr).split('.') {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&TYPE_PTR.to_be_bytes());
    q.extend_from_slice(&CLASS_IN.to_be_bytes());
    q
}

/// The first PTR name in a response to `query`; NotFound for an
/// authoritative "no such name" or an answer without PTR; None for a
/// message that is not the answer (wrong id or question, malformed).
fn parse_ptr_answer(msg: &[u8], query: &[u8]) -> Option<Answer> {
    if msg.len() < 12 || query.len() < 12 || msg[0..2] != query[0..2] || msg[2] & 0x80 == 0 {
        return None;
    }
    // The question must be ours, byte for byte (DNS names are
    // case-insensitive, but servers echo the question as sent).
    let question = &query[12..];
    if msg.get(12..12 + question.len())? != question || msg[4..6] != [0, 1] {
        return None;
    }
    let rcode = msg[3] & 0x0f;
    if rcode == 3 {
        return Some(Answer::NotFound);
    }
    if rcode != 0 {
        // SERVFAIL and the like: let the next server try.
        return None;
    }
    let ancount = u16::from_be_bytes([msg[6], msg[7]]);
    let mut at = 12 + question.len();
    for _ in 0..ancount {
        at = skip_name(msg, at)?;
        let fixed = msg.get(at..at + 10)?;
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let class = u16::from_be_bytes([fixed[2], fixed[3]]);
        let rdlen = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        let rdata = at + 10;
        if rtype == TYPE_PTR && class == CLASS_IN {
            let name = read_name(msg, rdata)?;
            if host_name_ok(&name) {
                return Some(Answer::Name(name.into()));
            }
        }
        at = rdata.checked_add(rdlen)?;
    }
    Some(Answer::NotFound)
}

fn skip_name(msg: &[u8], mut at: usize) -> Option<usize> {
    loop {
        let len = *msg.get(at)?;
        match len {
            0 => return Some(at + 1),
            l if l & 0xc0 == 0xc0 => return Some(at + 2),
            l if l & 0xc0 == 0 => at += 1 + usize::from(l),
            _ => return None,
        }
    }
}

/// A name with compression pointers followed, dotted, without the root dot.
fn read_name(msg: &[u8], mut at: usize) -> Option<String> {
    let mut name = String::new();
    let mut jumps = 0;
    loop {
        let len = *msg.get(at)?;
        if len & 0xc0 == 0xc0 {
            jumps += 1;
            if jumps > 32 {
                return None;
            }
            at = usize::from(u16::from_be_bytes([len, *msg.get(at + 1)?]) & 0x3fff);
            continue;
        }
        if len & 0xc0 != 0 {
            return None;
        }
        if len == 0 {
            return Some(name);
        }
        let label = msg.get(at + 1..at + 1 + usize::from(len))?;
        if !name.is_empty() {
            name.push('.');
        }
        name.push_str(std::str::from_utf8(label).ok()?);
        if name.len() > 255 {
            return None;
        }
        at += 1 + usize::from(len);
    }
}

/// glibc drops PTR names that are not host names (res_hnok); so does this.
fn host_name_ok(name: &str) -> bool {
    !name.is_empty()
        && name.split('.').all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::thread;

    /// A DNS server on 127.0.0.1 that answers PTR questions from `names`
    /// (NXDOMAIN otherwise) after `delay`, and counts the questions.
    pub(crate) fn fake_dns(
        names: &'static [(&'static str, &'static str)],
        delay: Duration,
    ) -> (SocketAddr, Receiver<String>) {
        let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
        let addr = sock.local_addr().unwrap();
        let (seen, heard) = mpsc::channel();
        thread::spawn(move || {
            let mut buf = [0u8; 512];
            while let Ok((n, from)) = sock.recv_from(&mut buf) {
                let q = &buf[..n];
                let Some(qname) = read_name(q, 12) else {
                    continue;
                };
                let qend = skip_name(q, 12).unwrap() + 4;
                if seen.send(qname.clone()).is_err() {
                    return;
                }
                thread::sleep(delay);
                let mut r = q[..qend].to_vec();
                r[2] = 0x81;
                r[3] = 0x80;
                match names.iter().find(|(rev, _)| *rev == qname) {
                    Some((_, host)) => {
                        r[7] = 1;
                        // name pointer to the question, PTR IN, ttl, rdata
                        r.extend_from_slice(&[0xc0, 12, 0, 12, 0, 1, 0, 0, 0, 60]);
                        let mut rd = Vec::new();
                        for l in host.split('.') {
                            rd.push(l.len() as u8);
                            rd.extend_from_slice(l.as_bytes());
                        }
                        rd.push(0);
                        r.extend_from_slice(&(rd.len() as u16).to_be_bytes());
                        r.extend_from_slice(&rd);
                    }
                    None => r[3] = 0x83,
                }
                let _ = sock.send_to(&r, from);
            }
        });
        (addr, heard)
    }

    pub(crate) fn conf(server: SocketAddr, timeout_ms: u64) -> DnsConf {
        DnsConf {
            servers: vec![server],
            timeout: Duration::from_millis(timeout_ms),
            attempts: 1,
        }
    }

    const NAMES: &[(&str, &str)] = &[
        ("7.2.0.192.in-addr.arpa", "seven.example"),
        (
            "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
            "six.example",
        ),
    ];

    #[test]
    fn resolv_conf_servers_and_options() {
        let c = DnsConf::parse(
            "search x\nnameserver 10.0.0.1\nnameserver ::1 # v6\nnameserver bogus\noptions timeout:2 attempts:3\n",
        );
        assert_eq!(
            c.servers,
            vec!["10.0.0.1:53".parse().unwrap(), "[::1]:53".parse().unwrap()]
        );
        assert_eq!(c.timeout, Duration::from_secs(2));
        assert_eq!(c.attempts, 3);
        let d = DnsConf::parse("");
        assert_eq!(d.servers, vec!["127.0.0.1:53".parse().unwrap()]);
        assert_eq!((d.timeout, d.attempts), (Duration::from_secs(5), 2));
        assert!(nss_hosts_uses_dns(
            "passwd: files\nhosts: files mdns4 dns\n"
        ));
        assert!(!nss_hosts_uses_dns("hosts: files myhostname\n"));
    }

    #[test]
    fn reverse_names() {
        assert_eq!(
            reverse_name("192.0.2.7".parse().unwrap()),
            "7.2.0.192.in-addr.arpa"
        );
        assert_eq!(reverse_name("2001:db8::1".parse().unwrap()), NAMES[1].0);
    }

    #[test]
    fn hosts_answer_without_asking_dns() {
        let (server, heard) = fake_dns(NAMES, Duration::ZERO);
        let mut r = Resolver::with("127.0.0.1 localhost\n", conf(server, 500));
        r.set_wait(true);
        assert_eq!(r.name("127.0.0.1".parse().unwrap()), Some("localhost"));
        assert!(
            heard.try_recv().is_err(),
            "a hosts entry must not reach DNS"
        );
    }

    #[test]
    fn file_mode_waits_for_ptr_and_caches() {
        let (server, heard) = fake_dns(NAMES, Duration::from_millis(50));
        let mut r = Resolver::with("", conf(server, 2000));
        r.set_wait(true);
        assert_eq!(r.name("192.0.2.7".parse().unwrap()), Some("seven.example"));
        assert_eq!(r.name("2001:db8::1".parse().unwrap()), Some("six.example"));
        assert_eq!(r.name("192.0.2.8".parse().unwrap()), None);
        assert_eq!(r.name("192.0.2.7".parse().unwrap()), Some("seven.example"));
        assert_eq!(r.name("192.0.2.8".parse().unwrap()), None);
        let asked: Vec<String> = heard.try_iter().collect();
        assert_eq!(asked.len(), 3, "each address asked once: {asked:?}");
    }

    #[test]
    fn live_mode_prints_numbers_until_the_answer_arrives() {
        let (server, _heard) = fake_dns(NAMES, Duration::from_millis(300));
        let mut r = Resolver::with("", conf(server, 2000));
        let a: IpAddr = "192.0.2.7".parse().unwrap();
        let t = Instant::now();
        assert_eq!(r.name(a), None);
        assert!(
            t.elapsed() < Duration::from_millis(100),
            "the lookup stalled"
        );
        let deadline = Instant::now() + Duration::from_secs(5);
        while r.name(a).is_none() && Instant::now() < deadline {
            thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(r.name(a), Some("seven.example"));
    }

    #[test]
    fn a_silent_server_costs_a_bounded_wait_then_numbers() {
        // A bound socket that never answers.
        let mute = UdpSocket::bind("127.0.0.1:0").unwrap();
        let mut r = Resolver::with("", conf(mute.local_addr().unwrap(), 200));
        r.set_wait(true);
        let t = Instant::now();
        assert_eq!(r.name("192.0.2.9".parse().unwrap()), None);
        assert!(t.elapsed() < Duration::from_secs(2));
        // Cached as numeric: no second wait.
        let t = Instant::now();
        assert_eq!(r.name("192.0.2.9".parse().unwrap()), None);
        assert!(t.elapsed() < Duration::from_millis(50));
    }

    #[test]
    fn no_dns_service_means_numbers() {
        let mut r = Resolver::with(
            "",
            DnsConf {
                servers: vec![],
                timeout: Duration::from_secs(1),
                attempts: 1,
            },
        );
        r.set_wait(true);
        assert_eq!(r.name("192.0.2.7".parse().unwrap()), None);
        assert!(r.worker.is_none());
    }

    #[test]
    fn pending_questions_are_bounded() {
        let mute = UdpSocket::bind("127.0.0.1:0").unwrap();
        let mut r = Resolver::with("", conf(mute.local_addr().unwrap(), 5000));
        for i in 0..(PENDING_MAX as u32 + 100) {
            assert_eq!(r.name(IpAddr::V4(Ipv4Addr::from(0xc000_0200 + i))), None);
        }
        assert_eq!(r.pending, PENDING_MAX);
        assert!(r.cache.len() <= PENDING_MAX);
    }

    #[test]
    fn answers_that_are_not_ours_are_ignored() {
        let q = ptr_query("192.0.2.7".parse().unwrap(), 0x1234);
        let mut r = q.clone();
        r[2] |= 0x80;
        r[7] = 1;
        r.extend_from_slice(&[0xc0, 12, 0, 12, 0, 1, 0, 0, 0, 60, 0, 4, 2, b'a', b'b', 0]);
        assert!(matches!(parse_ptr_answer(&r, &q), Some(Answer::Name(n)) if &*n == "ab"));
        let mut other = r.clone();
        other[1] ^= 1;
        assert!(parse_ptr_answer(&other, &q).is_none());
        // A name that is not a host name, and a looping pointer.
        let mut bad = r.clone();
        let n = bad.len();
        bad[n - 3] = b' ';
        assert!(matches!(parse_ptr_answer(&bad, &q), Some(Answer::NotFound)));
        let mut looped = r.clone();
        let n = looped.len();
        looped[n - 4..].copy_from_slice(&[0xc0, (n - 4) as u8, 0, 0]);
        assert!(parse_ptr_answer(&looped, &q).is_none());
        for cut in 0..r.len() {
            let _ = parse_ptr_answer(&r[..cut], &q);
        }
    }
}
