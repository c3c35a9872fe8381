//! The decode context every protocol file imports: the buffer and options
//! a printer writes with (Ctx), truncation (Trunc, Res), the byte readers
//! that fail like tcpdump's GET_ macros, checksums, the network header a
//! transport printer is given (Net) and tcpdump's character escaping.
//! Nothing here knows a protocol; protocols reach each other only through
//! the dispatch tables.

use super::out::Emit;
use super::{PrintOptions, hexdump, names, state};
use crate::link::LinkType;

/// A layer ran past the captured bytes.
#[derive(Debug)]
pub(crate) struct Trunc;

pub(crate) type Res<T = ()> = Result<T, Trunc>;

/// What every layer's printer gets: the buffer, the options, the name of
/// the layer being printed (for ` [|proto]`) and the state across packets.
pub(crate) struct Ctx<'a> {
    pub out: &'a mut Vec<u8>,
    pub o: &'a PrintOptions,
    /// The link type being printed (set by dispatch::link, so a printer
    /// that serves several link types knows which).
    pub link: LinkType,
    pub proto: &'static str,
    /// Bytes of link-layer header, which -x/-X/-A leave out.
    pub ll_len: usize,
    pub tcp: &'a mut state::SeqTable,
    pub names: &'a mut names::Names,
    /// ISAKMP initiator cookies, for tcpdump's I/R marks.
    pub ike: &'a mut state::IkeCookies,
    /// CSLIP's connection state, for the lengths its -e header prints.
    pub slip: &'a mut state::Compression,
    /// AFS RX calls, for printing their replies.
    pub rx: &'a mut state::RxCalls,
    /// NFS calls, for printing their replies.
    pub nfs: &'a mut state::NfsCalls,
}

impl Ctx<'_> {
    /// tcpdump's nd_print_trunc: ` [|proto]`.
    pub fn trunc(&mut self) {
        self.out.s(" [|");
        self.out.s(self.proto);
        self.out.ch(b']');
    }

    /// tcpdump's bittok2str: the names in `table` whose bits are all set
    /// in `value` (a zero entry never is), joined by ", ", or `default`
    /// when none is.
    pub fn bit_names(&mut self, value: u32, table: &[(u32, &str)], default: &str) {
        self.bit_tokens(value, table, ", ", default);
    }

    /// bittok2str with "none" for no bit, as most flag fields print.
    pub fn flag_names(&mut self, value: u32, table: &[(u32, &str)]) {
        self.bit_tokens(value, table, ", ", "none");
    }

    /// tcpdump's bittok2str_nosep: the names run together ("AH"), or
    /// "none" when no entry's bits are set.
    pub fn flag_letters(&mut self, value: u32, table: &[(u32, &str)]) {
        self.bit_tokens(value, table, "", "none");
    }

    fn bit_tokens(&mut self, value: u32, table: &[(u32, &str)], sep: &str, default: &str) {
        let mut any = false;
        for &(bits, name) in table {
            if bits != 0 && value & bits == bits {
                if any {
                    self.out.s(sep);
                }
                self.out.s(name);
                any = true;
            }
        }
        if !any {
            self.out.s(default);
        }
    }

    /// tcpdump's tok2str: the name of `v` in `table`, or `default`.
    pub fn tok(&mut self, table: &[(u32, &str)], v: u32, default: &str) {
        let found = table.iter().find(|&&(k, _)| k == v).map(|&(_, n)| n);
        self.out.s(found.unwrap_or(default));
    }

    /// "NAME (N)": the name of `v` in `table` (or `default`), then `v` in
    /// decimal between parentheses, as many printers show a code.
    pub fn tok_num(&mut self, table: &[(u32, &str)], v: u32, default: &str) {
        self.tok(table, v, default);
        self.out.s(" (");
        self.out.dec(v.into());
        self.out.ch(b')');
    }

    /// "NAME (0xHHHH)": the name of `v` in `table` (or `default`), then
    /// `v` in `width` hex digits, as TLV and payload types are shown.
    pub fn tok_hex(&mut self, table: &[(u32, &str)], v: u32, default: &str, width: usize) {
        let found = table.iter().find(|&&(k, _)| k == v).map(|&(_, n)| n);
        self.name_code(found.unwrap_or(default), v, width);
    }

    /// tok2str with a numeric default: the name of `v` in `table`, or `v`
    /// in decimal between `before` and `after` ("unknown (%u)").
    pub fn tok_or(&mut self, table: &[(u32, &str)], v: u32, before: &str, after: &str) {
        match table.iter().find(|&&(k, _)| k == v) {
            Some(&(_, name)) => self.out.s(name),
            None => {
                self.out.s(before);
                self.out.dec(v.into());
                self.out.s(after);
            }
        }
    }

    /// nd_printjnp: up to `n` characters of `b` from `at`, stopping at a
    /// NUL; a read past the capture ends the packet, as GET_U_1 does.
    pub fn printjnp(&mut self, b: &[u8], at: usize, n: usize) -> Res {
        for i in 0..n {
            let ch = u8at(b, at.saturating_add(i))?;
            if ch == 0 {
                break;
            }
            print_char(self, ch);
        }
        Ok(())
    }

    /// print_unknown_data: a hex dump of what was captured of the `len`
    /// bytes of `b` from `at`.
    pub fn unknown_data(&mut self, b: &[u8], at: usize, indent: &str, len: usize) {
        if at > b.len() {
            self.out.s(indent);
            self.out
                .s("Dissector error: print_unknown_data called with pointer past end of packet");
            return;
        }
        let end = at.saturating_add(len).min(b.len());
        hexdump::hex(self.out, indent, &b[at..end]);
    }

    /// tcpdump's nd_print_invalid.
    pub fn invalid(&mut self) {
        self.out.s(" (invalid)");
    }

    #[inline(always)]
    pub fn s(&mut self, text: &str) {
        self.out.s(text);
    }

    /// "NAME (0xHHHH)": a code's name and its value in `width` hex
    /// digits, as tcpdump prints ethertypes and SAPs.
    pub fn name_code(&mut self, name: &str, code: impl Into<u64>, width: usize) {
        self.s(name);
        self.s(" (0x");
        self.out.hex0(code.into(), width);
        self.s(")");
    }

    #[inline]
    pub fn dec(&mut self, v: impl Into<u64>) {
        self.out.dec(v.into());
    }

    /// `label`, then `v` in decimal: one printed field, as tcpdump's
    /// `ND_PRINT(", length %u", v)`. The value is computed before the
    /// label prints, so a read that can fail stays a separate step where
    /// tcpdump prints the label first.
    #[inline(always)]
    pub fn s_dec(&mut self, label: &str, v: impl Into<u64>) {
        self.out.s(label);
        self.out.dec(v.into());
    }

    /// " [bad hdr length H - too long, > L]": a transport header longer
    /// than the datagram (TCP, DCCP).
    pub fn bad_hdr_length(&mut self, hlen: usize, length: usize) {
        self.between([" [bad hdr length ", " - too long, > ", "]"], hlen, length);
    }

    /// " [remaining caplen(N) < header length(H)]": a header whose length
    /// field runs past the captured bytes (IPv4, TCP).
    pub fn header_past_capture(&mut self, caplen: usize, hlen: usize) {
        self.between(
            [" [remaining caplen(", ") < header length(", ")]"],
            caplen,
            hlen,
        );
    }

    /// Two numbers within three pieces of text: `text[0] a text[1] b text[2]`.
    fn between(&mut self, text: [&str; 3], a: usize, b: usize) {
        self.s(text[0]);
        self.dec(a as u64);
        self.s(text[1]);
        self.dec(b as u64);
        self.s(text[2]);
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
        if !self.host_name::<4>(a) {
            self.out.ip4(a);
        }
    }

    /// An IPv6 address as ip6addr_string prints it: the host name unless -n.
    pub fn ip6(&mut self, a: &[u8]) {
        if !self.host_name::<16>(a) {
            self.out.ip6(a);
        }
    }

    /// The host name of the `N`-byte address `a`, printed when names are
    /// resolved and one is known; false when nothing was printed.
    fn host_name<const N: usize>(&mut self, a: &[u8]) -> bool
    where
        std::net::IpAddr: From<[u8; N]>,
    {
        if !self.names.resolving() {
            return false;
        }
        let Ok(o) = <[u8; N]>::try_from(a) else {
            return false;
        };
        match self.names.host(std::net::IpAddr::from(o)) {
            Some(name) => {
                self.out.s(name);
                true
            }
            None => false,
        }
    }

    /// tcpdump's udpport_string/tcpport_string: a name from /etc/services
    /// unless -nn, else the number.
    pub fn port(&mut self, port: u16, tcp: bool) {
        match self.names.port(port, tcp) {
            Some(name) => self.out.s(name),
            None => self.out.dec(u64::from(port)),
        }
    }

    /// `text[0] len text[1] limit text[2]` then " (invalid)": tcpdump's
    /// complaint of a length at odds with the limit its context sets, as
    /// ND_ICHECK_U's " (len N < M)", ND_LCHECK_U's " [len N < M]" and a
    /// list whose last item claims more than the list has left
    /// (" [remaining objects length N < M]").
    pub fn invalid_length(&mut self, text: [&str; 3], len: usize, limit: usize) {
        self.between(text, len, limit);
        self.invalid();
    }

    /// tcpdump's recurring complaint about a length under the least its
    /// header allows: `before`, the length, " < ", the least, `after`
    /// ("[length 3 < 4]", "ERROR: common header too short 6 < 8").
    pub fn length_below(&mut self, before: &str, length: usize, least: usize, after: &str) {
        self.between([before, " < ", after], length, least);
    }

    /// Each (label, number) in turn: the label, then the number in
    /// decimal. Printers write runs of such fields ("len N op N",
    /// " [packet length N < M]"); the numbers are all taken before any
    /// is printed, so none of them may be a read that can fail.
    pub fn dec_fields(&mut self, fields: &[(&str, u64)]) {
        for &(label, v) in fields {
            self.s(label);
            self.dec(v);
        }
    }

    // Helpers several protocol printers share, instead of a copy in each.

    /// A link-layer header longer than the capture: " [|proto]", and the
    /// `caplen` captured bytes all counted as link-layer header (which
    /// -x/-X/-A leave out), as tcpdump's link printers return caplen.
    pub fn link_header_cut(&mut self, caplen: usize) -> Res {
        self.trunc();
        self.ll_len += caplen;
        Ok(())
    }

    /// -q's summary of a TCP or DCCP segment: the payload length (the
    /// length less the header's, wrapping as tcpdump's u_int does), then
    /// the complaint when the header claims more than the segment has.
    pub fn quiet_payload_len(&mut self, length: usize, hlen: usize) {
        self.dec(length.wrapping_sub(hlen) as u32);
        if hlen > length {
            self.bad_hdr_length(hlen, length);
        }
    }

    /// "`before`version N packet not supported": tcpdump's words for a
    /// version its printer does not decode (LSP-PING, sFlow, LACP, IS-IS,
    /// CLNP, ES-IS, VQP, EIGRP, RSVP, LMP, LDP).
    pub fn version_not_supported(&mut self, before: &str, version: impl Into<u64>) {
        self.s(before);
        self.s("version ");
        self.dec(version);
        self.s(" packet not supported");
    }

    /// -v's checksum verdict before a transport's line, as udp_print and
    /// icmp6_print word it: "[bad PROTO cksum 0xSTORED -> 0xSHOULDBE!] "
    /// when `sum` (the check over the pseudo-header and segment) is not
    /// zero, else "[PROTO sum ok] ". `stored` is the header's field.
    pub fn cksum_verdict(&mut self, proto: &str, stored: u16, sum: u16) {
        if sum != 0 {
            self.s("[bad ");
            self.s(proto);
            self.s(" cksum 0x");
            self.out.hex0(u64::from(stored), 4);
            self.s(" -> 0x");
            self.out.hex0(u64::from(cksum_shouldbe(stored, sum)), 4);
            self.s("!] ");
        } else {
            self.s("[");
            self.s(proto);
            self.s(" sum ok] ");
        }
    }

    /// Domain names from `start` up to `end` of `b`, each after a space,
    /// as DHCPv6's and HNCP's domain list options hold them (compression
    /// pointers count from `end`); false where fqdn_print gives up.
    pub fn domain_list(&mut self, b: &[u8], start: usize, end: usize) -> bool {
        let mut at = start;
        while at < end {
            self.s(" ");
            match super::dnsname::fqdn_from(self, b, at, end) {
                Some(next) => at = next,
                None => return false,
            }
        }
        true
    }
}

/// A field's named codes and their names, each written once: every row
/// `NAME = value => "text"` defines the constant NAME (of type `$ty`) and a
/// row of the table `$table` that tok/tok_or/flag_names read. A row whose
/// code the printer never names is written `_ = value => "text"`.
macro_rules! codes {
    ($(#[$doc:meta])* $vis:vis $table:ident: $ty:ty { $($name:tt = $value:expr => $text:expr),* $(,)? }) => {
        $(#[allow(dead_code)] $vis const $name: $ty = $value;)*
        $(#[$doc])*
        $vis const $table: &[(u32, &str)] = &[$((($value) as u32, $text)),*];
    };
}
pub(crate) use codes;

/// Reads that fail like tcpdump's GET_ macros when past the captured bytes.
pub(crate) fn u8at(b: &[u8], i: usize) -> Res<u8> {
    b.get(i).copied().ok_or(Trunc)
}

/// The `N` bytes from `i`, for the fixed-width reads below.
#[inline]
fn array<const N: usize>(b: &[u8], i: usize) -> Res<[u8; N]> {
    bytes(b, i, N)?.try_into().map_err(|_| Trunc)
}

pub(crate) fn be16(b: &[u8], i: usize) -> Res<u16> {
    array(b, i).map(u16::from_be_bytes)
}

pub(crate) fn be32(b: &[u8], i: usize) -> Res<u32> {
    array(b, i).map(u32::from_be_bytes)
}

/// GET_LE_U_2: a little-endian 16-bit field (802.11, radiotap, PPI).
pub(crate) fn le16(b: &[u8], i: usize) -> Res<u16> {
    array(b, i).map(u16::from_le_bytes)
}

/// GET_LE_U_4.
pub(crate) fn le32(b: &[u8], i: usize) -> Res<u32> {
    array(b, i).map(u32::from_le_bytes)
}

pub(crate) fn bytes(b: &[u8], i: usize, n: usize) -> Res<&[u8]> {
    b.get(i..i.checked_add(n).ok_or(Trunc)?).ok_or(Trunc)
}

/// ND_TCHECK_LEN: Ok when the `n` bytes from `i` were captured, else the
/// packet ends in a truncation mark.
pub(crate) fn tcheck(b: &[u8], i: usize, n: usize) -> Res {
    if i.saturating_add(n) > b.len() {
        return Err(Trunc);
    }
    Ok(())
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

/// The network header a transport printer needs: addresses for its line
/// and checksum pseudo-header, and the header's own protocol field (TCP and
/// UDP print addresses only when it names them directly).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Net<'a> {
    pub v6: bool,
    pub src: &'a [u8],
    pub dst: &'a [u8],
    /// Destination for checksums (the last hop of a source route).
    pub cksum_dst: &'a [u8],
    /// ip_p, or the first ip6_nxt.
    pub nh: u8,
    /// TTL or hop limit (VRRP notes a value other than 255).
    pub ttl: u8,
}

impl<'a> Net<'a> {
    /// A header's view before any source route: checksums go to `dst`.
    pub(crate) fn new(v6: bool, src: &'a [u8], dst: &'a [u8], nh: u8, ttl: u8) -> Net<'a> {
        Net {
            v6,
            src,
            dst,
            cksum_dst: dst,
            nh,
            ttl,
        }
    }

    pub(crate) fn addr(&self, c: &mut Ctx, src: bool) {
        let a = if src { self.src } else { self.dst };
        if self.v6 { c.ip6(a) } else { c.ip4(a) }
    }

    /// "src.sport > dst.dport", each port as `port` prints it (a number,
    /// or a service name for TCP and UDP).
    #[inline]
    pub(crate) fn endpoints(
        &self,
        c: &mut Ctx,
        (sport, dport): (u16, u16),
        port: impl Fn(&mut Ctx, u16),
    ) {
        self.addr(c, true);
        c.s(".");
        port(c, sport);
        c.s(" > ");
        self.addr(c, false);
        c.s(".");
        port(c, dport);
    }

    /// "src > dst"
    pub(crate) fn pair(&self, c: &mut Ctx) {
        self.addr(c, true);
        c.s(" > ");
        self.addr(c, false);
    }

    /// The checksum of `seg` (the transport header and payload) with this
    /// header's pseudo-header; 0 when correct.
    pub(crate) fn cksum(&self, proto: u8, seg: &[u8]) -> u16 {
        let len = seg.len() as u32;
        if self.v6 {
            let mut ph = [0u8; 8];
            ph[0..4].copy_from_slice(&len.to_be_bytes());
            ph[7] = proto;
            in_cksum(&[self.src, self.cksum_dst, &ph, seg])
        } else {
            let mut ph = [0u8; 4];
            ph[1] = proto;
            ph[2..4].copy_from_slice(&(len as u16).to_be_bytes());
            in_cksum(&[self.src, self.cksum_dst, &ph, seg])
        }
    }
}

/// fn_print_char: printable ASCII as is, others as M- and ^ escapes.
pub(crate) fn print_char(c: &mut Ctx, ch: u8) {
    let mut ch = ch;
    if !ch.is_ascii() {
        ch &= 0x7f;
        c.s("M-");
    }
    if !(0x20..0x7f).contains(&ch) {
        ch ^= 0x40;
        c.s("^");
    }
    c.out.ch(ch);
}

/// unsigned_relts_print: a TTL as "1w2d3h4m5s".
pub(crate) fn relts(c: &mut Ctx, mut secs: u32) {
    const UNITS: [(u32, &str); 6] = [
        (31_536_000, "y"),
        (604_800, "w"),
        (86_400, "d"),
        (3600, "h"),
        (60, "m"),
        (1, "s"),
    ];
    if secs == 0 {
        c.s("0s");
        return;
    }
    for (unit, name) in UNITS {
        if secs >= unit {
            c.dec(secs / unit);
            c.s(name);
            secs %= unit;
        }
    }
}

/// ND_ASCII_ISPRINT: printable ASCII, space included.
pub(crate) fn is_print(ch: u8) -> bool {
    (0x20..0x7f).contains(&ch)
}
