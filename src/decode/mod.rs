//! One line per packet, as tcpdump 4.99 prints it; hex and ASCII dumps.
//!
//! Each layer has its own file and writes straight into the caller's
//! buffer. A layer that runs out of captured bytes returns `Err(Trunc)`;
//! the printer then appends tcpdump's ` [|proto]` marker, where `proto` is
//! the innermost layer that was being printed, exactly as tcpdump's
//! longjmp-based truncation does.

mod app;
mod arp;
mod dns;
mod ether;
mod hexdump;
mod icmp;
mod icmp6;
mod ip;
mod ip6;
mod iproto;
mod l2tp;
mod link;
mod llc;
mod mcast;
mod names;
mod out;
mod ppp;
mod resolve;
mod snmp;
mod tcp;
mod time;
mod tunnel;
mod udp;
mod udpapp;

use crate::link::LinkType;
use crate::packet::Packet;
use out::Emit;

/// Timestamp forms, tcpdump's -t family.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeFormat {
    /// `HH:MM:SS.frac` in local time (no -t).
    #[default]
    Clock,
    /// -t: no timestamp.
    None,
    /// -tt: seconds since the epoch.
    Epoch,
    /// -ttt: delta since the previous packet.
    DeltaPrev,
    /// -tttt: `YYYY-MM-DD HH:MM:SS.frac` in local time.
    Date,
    /// -ttttt: delta since the first packet.
    DeltaFirst,
}

/// Everything that changes how a packet is printed.
#[derive(Clone, Debug, Default)]
pub struct PrintOptions {
    /// -n count: 1 = no host names, 2 = no port names either.
    pub numeric: u8,
    /// -e: print the link-level header.
    pub link_header: bool,
    /// -q: less protocol detail.
    pub quiet: bool,
    pub time: TimeFormat,
    /// --time-stamp-precision nano: nine fractional digits instead of six.
    pub nano: bool,
    /// -v count.
    pub verbose: u8,
    /// -x count (1: hex of the packet without the link header, 2: with).
    pub hex: u8,
    /// -X count (hex and ASCII; 1: without link header, 2: with).
    pub hex_ascii: u8,
    /// -A count (the packet in ASCII; 1: without link header, 2: with).
    pub ascii: u8,
    /// -#: a packet number before each line.
    pub number: bool,
    /// -S: absolute TCP sequence numbers.
    pub absolute_seq: bool,
}

/// tcpdump's sanity limit on lengths in a record header (MAXIMUM_SNAPLEN).
const MAXIMUM_SNAPLEN: u32 = 262_144;

/// Formats packets into a caller's buffer; keeps what spans packets (the
/// previous timestamp for -ttt, TCP sequence state, name caches).
pub struct Printer {
    opts: PrintOptions,
    link: LinkType,
    count: u64,
    clock: time::Clock,
    tcp: tcp::SeqTable,
    names: names::Names,
    ike: udpapp::IkeCookies,
}

impl Printer {
    pub fn new(opts: PrintOptions, link: LinkType) -> Printer {
        let names = names::Names::new(opts.numeric == 0);
        Printer {
            opts,
            link,
            count: 0,
            clock: time::Clock::default(),
            tcp: tcp::SeqTable::default(),
            names,
            ike: udpapp::IkeCookies::default(),
        }
    }

    /// Without -n: wait (a bounded time) for each new address's host name
    /// instead of printing the number until the answer arrives. For reading
    /// files, where tcpdump blocks in gethostbyaddr; never for live capture.
    pub fn wait_for_names(&mut self, wait: bool) {
        self.names.set_wait(wait);
    }

    /// Appends the packet's line(s), each ending in '\n', to `out`.
    pub fn print(&mut self, out: &mut Vec<u8>, pkt: &Packet) {
        self.count += 1;
        if self.opts.number {
            // "%5u  "
            let digits = self.count.checked_ilog10().unwrap_or(0) as usize + 1;
            for _ in digits..5 {
                out.ch(b' ');
            }
            out.dec(self.count);
            out.s("  ");
        }
        if invalid_header(out, pkt) {
            return;
        }
        self.clock
            .print(out, self.opts.time, self.opts.nano, pkt.ts_sec, pkt.ts_nsec);
        let data = pkt.data;
        let mut c = Ctx {
            out,
            o: &self.opts,
            proto: "",
            ll_len: 0,
            tcp: &mut self.tcp,
            names: &mut self.names,
            ike: &mut self.ike,
        };
        let r = match self.link {
            LinkType::Ethernet => ether::frame(&mut c, data, pkt.wire_len),
            LinkType::Raw => link::raw(&mut c, data, pkt.wire_len),
            LinkType::Null | LinkType::NullSwapped | LinkType::Loop => {
                link::null(&mut c, data, pkt.wire_len, self.link)
            }
            LinkType::LinuxSll => link::sll(&mut c, data, pkt.wire_len),
            LinkType::LinuxSll2 => link::sll2(&mut c, data, pkt.wire_len),
            LinkType::Other(_) => {
                // As tcpdump's unsupported_if_print: the bytes as -X shows them.
                c.out.s("UNSUPPORTED");
                hexdump::hex_ascii(c.out, "\n\t", data);
                Ok(())
            }
        };
        if r.is_err() {
            c.trunc();
            c.ll_len = 0;
        }
        let hdr = c.ll_len.min(data.len());
        let o = &self.opts;
        if o.hex_ascii > 0 {
            let from = if o.hex_ascii > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::hex_ascii(out, "\n\t", &data[from..]);
            }
        } else if o.hex > 0 {
            let from = if o.hex > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::hex(out, "\n\t", &data[from..]);
            }
        } else if o.ascii > 0 {
            let from = if o.ascii > 1 { 0 } else { hdr };
            if from < data.len() {
                hexdump::ascii(out, &data[from..]);
            }
        }
        out.ch(b'\n');
    }
}

/// tcpdump's checks on the record header; prints its complaint and the
/// newline when the header is unusable.
fn invalid_header(out: &mut Vec<u8>, pkt: &Packet) -> bool {
    let caplen = pkt.data.len() as u64;
    let len = u64::from(pkt.wire_len);
    let mut bad = false;
    let open = |out: &mut Vec<u8>, bad: &mut bool| {
        out.s(if *bad { "," } else { "[Invalid header:" });
        *bad = true;
    };
    if caplen == 0 {
        open(out, &mut bad);
        out.s(" caplen==0");
    }
    if len == 0 {
        open(out, &mut bad);
        out.s(" len==0");
    } else if len < caplen {
        open(out, &mut bad);
        out.s(" len(");
        out.dec(len);
        out.s(") < caplen(");
        out.dec(caplen);
        out.s(")");
    }
    if caplen > u64::from(MAXIMUM_SNAPLEN) {
        open(out, &mut bad);
        out.s(" caplen(");
        out.dec(caplen);
        out.s(") > 262144");
    }
    if len > u64::from(MAXIMUM_SNAPLEN) {
        open(out, &mut bad);
        out.s(" len(");
        out.dec(len);
        out.s(") > 262144");
    }
    if bad {
        out.s("]\n");
    }
    bad
}

/// A layer ran past the captured bytes.
#[derive(Debug)]
pub(crate) struct Trunc;

pub(crate) type Res<T = ()> = Result<T, Trunc>;

/// What every layer's printer gets: the buffer, the options, the name of
/// the layer being printed (for ` [|proto]`) and the state across packets.
pub(crate) struct Ctx<'a> {
    pub out: &'a mut Vec<u8>,
    pub o: &'a PrintOptions,
    pub proto: &'static str,
    /// Bytes of link-layer header, which -x/-X/-A leave out.
    pub ll_len: usize,
    pub tcp: &'a mut tcp::SeqTable,
    pub names: &'a mut names::Names,
    /// ISAKMP initiator cookies, for tcpdump's I/R marks.
    pub ike: &'a mut udpapp::IkeCookies,
}

impl Ctx<'_> {
    /// tcpdump's nd_print_trunc: ` [|proto]`.
    pub fn trunc(&mut self) {
        self.out.s(" [|");
        self.out.s(self.proto);
        self.out.ch(b']');
    }

    /// tcpdump's bittok2str: the names of the bits set in `value`, joined
    /// by ", ", or "none" when no named bit is set.
    pub fn flag_names(&mut self, value: u32, table: &[(u32, &str)]) {
        let mut any = false;
        for &(bit, name) in table {
            if value & bit != 0 {
                if any {
                    self.out.s(", ");
                }
                self.out.s(name);
                any = true;
            }
        }
        if !any {
            self.out.s("none");
        }
    }

    /// tcpdump's nd_print_invalid.
    pub fn invalid(&mut self) {
        self.out.s(" (invalid)");
    }

    #[inline(always)]
    pub fn s(&mut self, text: &str) {
        self.out.s(text);
    }

    #[inline]
    pub fn dec(&mut self, v: impl Into<u64>) {
        self.out.dec(v.into());
    }

    /// " [invalid len N]": tcpdump's mark of a message too short for its type.
    pub fn invalid_len(&mut self, len: usize) {
        self.s(" [invalid len ");
        self.dec(len as u64);
        self.s("]");
    }

    /// The hex-and-ASCII dump tcpdump prints for data it cannot decode,
    /// unless -x/-X will dump the packet anyway or -q asks for less (-A
    /// does not suppress it, as in tcpdump).
    /// ND_DEFAULTPRINT of `length` bytes from `b`: what was captured,
    /// then " [|proto]" when the capture ends first.
    pub fn default_print_len(&mut self, b: &[u8], length: usize) {
        if self.o.hex == 0 && self.o.hex_ascii == 0 && !self.o.quiet {
            hexdump::hex_ascii(self.out, "\n\t", &b[..b.len().min(length)]);
            if length > b.len() {
                self.trunc();
            }
        }
    }

    pub fn default_print(&mut self, data: &[u8]) {
        // tcpdump's -x, -X and -q each bump ndo_suppress_default_print.
        if self.o.hex == 0 && self.o.hex_ascii == 0 && !self.o.quiet {
            hexdump::hex_ascii(self.out, "\n\t", data);
        }
    }

    /// An IPv4 address as ipaddr_string prints it: the host name unless -n.
    pub fn ip4(&mut self, a: &[u8]) {
        if self.names.resolving() {
            if let Ok(o) = <[u8; 4]>::try_from(a) {
                if let Some(name) = self.names.host(std::net::IpAddr::from(o)) {
                    self.out.s(name);
                    return;
                }
            }
        }
        self.out.ip4(a);
    }

    /// An IPv6 address as ip6addr_string prints it: the host name unless -n.
    pub fn ip6(&mut self, a: &[u8]) {
        if self.names.resolving() {
            if let Ok(o) = <[u8; 16]>::try_from(a) {
                if let Some(name) = self.names.host(std::net::IpAddr::from(o)) {
                    self.out.s(name);
                    return;
                }
            }
        }
        self.out.ip6(a);
    }

    /// tcpdump's udpport_string/tcpport_string: a name from /etc/services
    /// unless -nn, else the number.
    pub fn port(&mut self, port: u16, tcp: bool) {
        match self.names.port(port, tcp) {
            Some(name) => self.out.s(name),
            None => self.out.dec(u64::from(port)),
        }
    }
}

/// Reads that fail like tcpdump's GET_ macros when past the captured bytes.
pub(crate) fn u8at(b: &[u8], i: usize) -> Res<u8> {
    b.get(i).copied().ok_or(Trunc)
}

pub(crate) fn be16(b: &[u8], i: usize) -> Res<u16> {
    match b.get(i..i + 2) {
        Some(s) => Ok(u16::from_be_bytes([s[0], s[1]])),
        None => Err(Trunc),
    }
}

pub(crate) fn be32(b: &[u8], i: usize) -> Res<u32> {
    match b.get(i..i + 4) {
        Some(s) => Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]])),
        None => Err(Trunc),
    }
}

pub(crate) fn bytes(b: &[u8], i: usize, n: usize) -> Res<&[u8]> {
    b.get(i..i.checked_add(n).ok_or(Trunc)?).ok_or(Trunc)
}

/// The captured bytes from `i` on (empty past the end).
pub(crate) fn rest(b: &[u8], i: usize) -> &[u8] {
    b.get(i..).unwrap_or(&[])
}

/// The Internet checksum over `parts` in sequence (RFC 1071), complemented;
/// 0 means a correct checksum field was included.
pub(crate) fn in_cksum(parts: &[&[u8]]) -> u16 {
    let mut sum: u64 = 0;
    let mut odd: Option<u8> = None;
    for part in parts {
        let mut p: &[u8] = part;
        if let Some(hi) = odd.take() {
            if let Some((&lo, tail)) = p.split_first() {
                sum += u64::from(u16::from_be_bytes([hi, lo]));
                p = tail;
            } else {
                odd = Some(hi);
                continue;
            }
        }
        let mut chunks = p.chunks_exact(2);
        for w in &mut chunks {
            sum += u64::from(u16::from_be_bytes([w[0], w[1]]));
        }
        if let [last] = chunks.remainder() {
            odd = Some(*last);
        }
    }
    if let Some(hi) = odd {
        sum += u64::from(u16::from_be_bytes([hi, 0]));
    }
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

/// What the checksum field should have been (tcpdump's in_cksum_shouldbe).
pub(crate) fn cksum_shouldbe(field: u16, computed: u16) -> u16 {
    let mut s = u32::from(field) + u32::from(computed);
    s = (s & 0xffff) + (s >> 16);
    s = (s & 0xffff) + (s >> 16);
    s as u16
}

#[cfg(test)]
mod tests;
