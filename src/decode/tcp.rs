//! TCP (print-tcp.c): flags, relative sequence numbers per connection,
//! window, urgent pointer, the options list, and the application printers
//! tcpdump picks by port.

use std::collections::HashMap;

use super::ip::Net;
use super::out::Emit;
use super::{Ctx, Res, Trunc, app, be16, be32, cksum_shouldbe, dns, rest, u8at};

/// One direction-independent key per connection, ordered as tcpdump
/// orders it (lower port first, then lower address), plus the initial
/// sequence numbers recorded for it.
///
/// tcpdump's table only grows; over a days-long capture that is memory
/// without bound. This one keeps two generations: new and refreshed
/// connections go into `current`; when it holds GENERATION entries it
/// becomes `previous` and the old `previous` is dropped. A connection seen
/// at least once per GENERATION new connections keeps its numbers, so the
/// output equals tcpdump's for any capture with fewer live connections
/// than that; one idle longer restarts its relative numbers, as if its
/// next packet were its first.
#[derive(Debug)]
pub(crate) struct SeqTable {
    current: HashMap<ConnKey, (u32, u32)>,
    previous: HashMap<ConnKey, (u32, u32)>,
    generation: usize,
}

impl Default for SeqTable {
    fn default() -> SeqTable {
        SeqTable {
            current: HashMap::new(),
            previous: HashMap::new(),
            generation: GENERATION,
        }
    }
}

/// Connections per generation (at most twice this many are remembered).
const GENERATION: usize = 65_536;

impl SeqTable {
    fn get(&mut self, key: &ConnKey) -> Option<(u32, u32)> {
        if let Some(v) = self.current.get(key) {
            return Some(*v);
        }
        let (k, v) = self.previous.remove_entry(key)?;
        self.insert(k, v);
        Some(v)
    }

    fn insert(&mut self, key: ConnKey, v: (u32, u32)) {
        if self.current.len() >= self.generation && !self.current.contains_key(&key) {
            self.previous = std::mem::take(&mut self.current);
            // The next generation fills to the same size: reserve once
            // rather than regrow on the way.
            self.current.reserve(self.previous.len());
        }
        self.current.insert(key, v);
    }

    /// Connections remembered.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct ConnKey {
    src: [u8; 16],
    dst: [u8; 16],
    ports: u32,
}

const FIN: u8 = 0x01;
const SYN: u8 = 0x02;
const RST: u8 = 0x04;
const ACK: u8 = 0x10;
const URG: u8 = 0x20;

fn flag_letters(c: &mut Ctx, flags: u8) {
    let table = [
        (0x01, b'F'),
        (0x02, b'S'),
        (0x04, b'R'),
        (0x08, b'P'),
        (0x10, b'.'),
        (0x20, b'U'),
        (0x40, b'E'),
        (0x80, b'W'),
    ];
    if flags == 0 {
        c.s("none");
    }
    for (bit, letter) in table {
        if flags & bit != 0 {
            c.out.ch(letter);
        }
    }
}

fn addr16(a: &[u8]) -> [u8; 16] {
    let mut k = [0u8; 16];
    let n = a.len().min(16);
    k[..n].copy_from_slice(&a[..n]);
    k
}

/// tcp_print.
pub(crate) fn tcp(c: &mut Ctx, b: &[u8], length: usize, net: &Net, fragmented: bool) -> Res {
    c.proto = "tcp";
    if b.len() < 4 {
        net.pair(c);
        c.s(":");
        c.trunc();
        return Ok(());
    }
    let sport = be16(b, 0)?;
    let dport = be16(b, 2)?;
    if net.nh == super::ip::IPPROTO_TCP {
        net.addr(c, true);
        c.s(".");
        c.port(sport, true);
        c.s(" > ");
        net.addr(c, false);
        c.s(".");
        c.port(dport, true);
        c.s(": ");
    } else {
        c.port(sport, true);
        c.s(" > ");
        c.port(dport, true);
        c.s(": ");
    }
    if b.len() < 20 {
        c.trunc();
        return Ok(());
    }
    let mut hlen = usize::from(b[12] >> 4) * 4;
    if hlen < 20 {
        c.s(" tcp ");
        c.dec(length.wrapping_sub(hlen) as u32);
        c.s(" [bad hdr length ");
        c.dec(hlen as u64);
        c.s(" - too short, < 20]");
        return Ok(());
    }
    let mut seq = be32(b, 4)?;
    let mut ack = be32(b, 8)?;
    let win = be16(b, 14)?;
    let urp = be16(b, 18)?;
    if c.o.quiet {
        c.s("tcp ");
        c.dec(length.wrapping_sub(hlen) as u32);
        if hlen > length {
            c.s(" [bad hdr length ");
            c.dec(hlen as u64);
            c.s(" - too long, > ");
            c.dec(length as u64);
            c.s("]");
        }
        return Ok(());
    }
    let flags = b[13];
    c.s("Flags [");
    flag_letters(c, flags);
    c.s("]");
    let (mut thseq, mut thack, mut rev) = (0u32, 0u32, false);
    if !c.o.absolute_seq && flags & ACK != 0 {
        rev = sport > dport || (sport == dport && net.src > net.dst);
        let key = if rev {
            ConnKey {
                src: addr16(net.dst),
                dst: addr16(net.src),
                ports: u32::from(dport) << 16 | u32::from(sport),
            }
        } else {
            ConnKey {
                src: addr16(net.src),
                dst: addr16(net.dst),
                ports: u32::from(sport) << 16 | u32::from(dport),
            }
        };
        let entry = c.tcp.get(&key);
        let (s, a) = match entry {
            Some((s, a)) if flags & SYN == 0 => {
                if rev {
                    seq = seq.wrapping_sub(a);
                    ack = ack.wrapping_sub(s);
                } else {
                    seq = seq.wrapping_sub(s);
                    ack = ack.wrapping_sub(a);
                }
                (s, a)
            }
            _ => {
                let v = if rev {
                    (ack.wrapping_sub(1), seq)
                } else {
                    (seq, ack.wrapping_sub(1))
                };
                c.tcp.insert(key, v);
                v
            }
        };
        thseq = s;
        thack = a;
    }
    if hlen > length {
        c.s(" [bad hdr length ");
        c.dec(hlen as u64);
        c.s(" - too long, > ");
        c.dec(length as u64);
        c.s("]");
        return Ok(());
    }
    if c.o.verbose > 0 && !fragmented && b.len() >= length {
        let field = be16(b, 16)?;
        let sum = net.cksum(6, &b[..length]);
        c.s(", cksum 0x");
        c.out.hex0(u64::from(field), 4);
        if sum != 0 {
            c.s(" (incorrect -> 0x");
            c.out.hex0(u64::from(cksum_shouldbe(field, sum)), 4);
            c.s(")");
        } else {
            c.s(" (correct)");
        }
    }
    let length = length - hlen;
    if c.o.verbose > 1 || length > 0 || flags & (SYN | FIN | RST) != 0 {
        c.s(", seq ");
        c.dec(seq);
        if length > 0 {
            c.s(":");
            c.dec(seq.wrapping_add(length as u32));
        }
    }
    if flags & ACK != 0 {
        c.s(", ack ");
        c.dec(ack);
    }
    c.s(", win ");
    c.dec(win);
    if flags & URG != 0 {
        c.s(", urg ");
        c.dec(urp);
    }
    if hlen > 20 {
        c.s(", options [");
        let mut started = false;
        match options(c, b, &mut hlen, rev, thseq, thack, &mut started)? {
            OptEnd::Done => c.s("]"),
            OptEnd::Bad => {
                c.s("[bad opt]");
                if started {
                    c.s("]");
                }
                return Ok(());
            }
            OptEnd::Short => {
                // ND_TCHECK in LENCHECK: not a longjmp, so tcpdump closes
                // with ">" once an option has been printed.
                c.trunc();
                if started {
                    c.s(">");
                }
                return Ok(());
            }
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    if length == 0 {
        return Ok(());
    }
    let header_len = usize::from(b[12] >> 4) * 4;
    if b.len() < header_len {
        c.s(" [remaining caplen(");
        c.dec(b.len() as u64);
        c.s(") < header length(");
        c.dec(header_len as u64);
        c.s(")]");
        return Err(Trunc);
    }
    let payload = rest(b, header_len);
    if flags & RST != 0 && c.o.verbose > 0 {
        rst_data(c, payload, length);
        return Ok(());
    }
    let is = |p: u16| sport == p || dport == p;
    // tcpdump's order of port checks decides between e.g. ssh and http.
    if is(23) {
        // telnet_print prints nothing for data without IAC sequences.
        app::telnet(c, payload, length)
    } else if is(25) {
        c.s(": ");
        app::txtproto(c, payload, length, "smtp", app::TxtKind::Plain)
    } else if is(43) {
        c.s(": ");
        app::txtproto(c, payload, length, "whois", app::TxtKind::Plain)
    } else if is(179) {
        // bgp_print: the tag alone without -v.
        c.proto = "bgp";
        c.s(": BGP");
        Ok(())
    } else if is(1723) {
        pptp(c, payload)
    } else if is(6379) {
        app::resp(c, payload, length)
    } else if is(22) {
        app::ssh(c, payload, length)
    } else if is(6633) || is(6653) {
        app::openflow(c, payload, length)
    } else if is(21) {
        c.s(": ");
        app::txtproto(c, payload, length, "ftp", app::TxtKind::Plain)
    } else if is(80) || is(8080) {
        c.s(": ");
        app::txtproto(c, payload, length, "http", app::TxtKind::Http)
    } else if is(554) || is(8554) {
        c.s(": ");
        app::txtproto(c, payload, length, "rtsp", app::TxtKind::Rtsp)
    } else if is(53) {
        dns::domain(c, payload, length, true, false)
    } else if is(639) {
        msdp(c, payload, length)
    } else if is(646) {
        super::udpapp::ldp(c, payload, length)
    } else {
        Ok(())
    }
}

/// pptp_print: the control message header (bodies are not decoded).
fn pptp(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "pptp";
    c.s(": pptp");
    if c.o.verbose > 0 {
        let len = be16(b, 0)?;
        c.s(" Length=");
        c.dec(len);
        let kind = be16(b, 2)?;
        c.s(match kind {
            1 => " CTRL-MSG",
            2 => " MGMT-MSG",
            _ => " UNKNOWN-MSG-TYPE",
        });
    }
    let mc = super::be32(b, 4)?;
    if mc != 0x1a2b_3c4d {
        c.s(" UNEXPECTED Magic-Cookie!!(");
        c.out.hex0(u64::from(mc), 8);
        c.s(")");
    }
    if c.o.verbose > 0 || mc != 0x1a2b_3c4d {
        c.s(" Magic-Cookie=");
        c.out.hex0(u64::from(mc), 8);
    }
    let t = be16(b, 8)?;
    const TYPES: [&str; 16] = [
        "NOT_DEFINED",
        "SCCRQ",
        "SCCRP",
        "StopCCRQ",
        "StopCCRP",
        "ECHORQ",
        "ECHORP",
        "OCRQ",
        "OCRP",
        "ICRQ",
        "ICRP",
        "ICCN",
        "CCRQ",
        "CDN",
        "WEN",
        "SLI",
    ];
    match TYPES.get(usize::from(t)) {
        Some(n) => {
            c.s(" CTRL_MSGTYPE=");
            c.s(n);
        }
        None => {
            c.s(" UNKNOWN_CTRL_MSGTYPE(");
            c.dec(t);
            c.s(")");
        }
    }
    let reserved = be16(b, 10)?;
    if reserved != 0 {
        c.s(" [ERROR: reserved=");
        c.dec(reserved);
        c.s(" must be zero]");
    }
    if (1..16).contains(&t) {
        pptp_body(c, rest(b, 12), t)?;
    }
    Ok(())
}

/// One field of a PPTP control message body, in print order.
#[derive(Clone, Copy)]
enum Pf {
    /// " NAME(%u)" of a 16-bit field.
    U16(&'static str),
    /// " NAME(%u)" of a 32-bit field.
    U32(&'static str),
    /// " NAME(0x%08x)".
    Hex32(&'static str),
    ProtoVer,
    Reserved16,
    Reserved8,
    FrameCap,
    BearerCap,
    BearerType,
    FrameType,
    Result,
    Err,
    Reason,
    /// A NUL-padded string field of the given size; the printed length is
    /// at most the 16-bit value at the given body offset.
    Str(&'static str, usize, Option<usize>),
}

/// The body printers of print-pptp.c, field by field.
fn pptp_body(c: &mut Ctx, b: &[u8], t: u16) -> Res {
    use Pf::*;
    let fields: &[Pf] = match t {
        1 => &[
            ProtoVer,
            Reserved16,
            FrameCap,
            BearerCap,
            U16("MAX_CHAN"),
            U16("FIRM_REV"),
            Str("HOSTNAME", 64, None),
            Str("VENDOR", 64, None),
        ],
        2 => &[
            ProtoVer,
            Result,
            Err,
            FrameCap,
            BearerCap,
            U16("MAX_CHAN"),
            U16("FIRM_REV"),
            Str("HOSTNAME", 64, None),
            Str("VENDOR", 64, None),
        ],
        3 => &[Reason, Reserved8, Reserved16],
        4 => &[Result, Err, Reserved16],
        5 => &[U32("ID")],
        6 => &[U32("ID"), Result, Err, Reserved16],
        7 => &[
            U16("CALL_ID"),
            U16("CALL_SER_NUM"),
            U32("MIN_BPS"),
            U32("MAX_BPS"),
            BearerType,
            FrameType,
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            U16("PHONE_NO_LEN"),
            Reserved16,
            Str("PHONE_NO", 64, Some(24)),
            Str("SUB_ADDR", 64, None),
        ],
        8 => &[
            U16("CALL_ID"),
            U16("PEER_CALL_ID"),
            Result,
            Err,
            U16("CAUSE_CODE"),
            U32("CONN_SPEED"),
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            U32("PHY_CHAN_ID"),
        ],
        9 => &[
            U16("CALL_ID"),
            U16("CALL_SER_NUM"),
            BearerType,
            U32("PHY_CHAN_ID"),
            U16("DIALED_NO_LEN"),
            U16("DIALING_NO_LEN"),
            Str("DIALED_NO", 64, Some(12)),
            Str("DIALING_NO", 64, Some(14)),
            Str("SUB_ADDR", 64, None),
        ],
        10 => &[
            U16("CALL_ID"),
            U16("PEER_CALL_ID"),
            Result,
            Err,
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            Reserved16,
        ],
        11 => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            U32("CONN_SPEED"),
            U16("RECV_WIN"),
            U16("PROC_DELAY"),
            FrameType,
        ],
        12 => &[U16("CALL_ID"), Reserved16],
        13 => &[
            U16("CALL_ID"),
            Result,
            Err,
            U16("CAUSE_CODE"),
            Reserved16,
            Str("CALL_STATS", 128, None),
        ],
        14 => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            U32("CRC_ERR"),
            U32("FRAMING_ERR"),
            U32("HARDWARE_OVERRUN"),
            U32("BUFFER_OVERRUN"),
            U32("TIMEOUT_ERR"),
            U32("ALIGN_ERR"),
        ],
        _ => &[
            U16("PEER_CALL_ID"),
            Reserved16,
            Hex32("SEND_ACCM"),
            Hex32("RECV_ACCM"),
        ],
    };
    let v = c.o.verbose > 0;
    let mut p = 0;
    for f in fields {
        match *f {
            U16(name) => {
                let x = be16(b, p)?;
                c.s(" ");
                c.s(name);
                c.s("(");
                c.dec(x);
                c.s(")");
                p += 2;
            }
            U32(name) | Hex32(name) => {
                let x = super::be32(b, p)?;
                c.s(" ");
                c.s(name);
                c.s("(");
                if matches!(f, Hex32(_)) {
                    c.s("0x");
                    c.out.hex0(u64::from(x), 8);
                } else {
                    c.dec(x);
                }
                c.s(")");
                p += 4;
            }
            ProtoVer => {
                let x = be16(b, p)?;
                c.s(" PROTO_VER(");
                c.dec(x >> 8);
                c.s(".");
                c.dec(x & 0xff);
                c.s(")");
                p += 2;
            }
            Reserved16 | Reserved8 => {
                let x = if matches!(f, Reserved16) {
                    p += 2;
                    be16(b, p - 2)?
                } else {
                    p += 1;
                    u16::from(u8at(b, p - 1)?)
                };
                if x != 0 {
                    c.s(" [ERROR: reserved=");
                    c.dec(x);
                    c.s(" must be zero]");
                }
            }
            FrameCap | BearerCap => {
                let x = super::be32(b, p)?;
                if matches!(f, FrameCap) {
                    c.s(" FRAME_CAP(");
                    // Async is 0x1, sync 0x2.
                    if x & 1 != 0 {
                        c.s("A");
                    }
                    if x & 2 != 0 {
                        c.s("S");
                    }
                } else {
                    c.s(" BEARER_CAP(");
                    if x & 2 != 0 {
                        c.s("D");
                    }
                    if x & 1 != 0 {
                        c.s("A");
                    }
                }
                c.s(")");
                p += 4;
            }
            BearerType | FrameType => {
                let x = super::be32(b, p)?;
                let names = if matches!(f, BearerType) {
                    c.s(" BEARER_TYPE(");
                    ["A", "D", "Any"]
                } else {
                    c.s(" FRAME_TYPE(");
                    ["A", "S", "E"]
                };
                c.s(match x {
                    1..=3 => names[x as usize - 1],
                    _ => "?",
                });
                c.s(")");
                p += 4;
            }
            Result => {
                let x = u8at(b, p)?;
                c.s(" RESULT_CODE(");
                c.dec(x);
                if v {
                    let dict: &[&str] = match t {
                        2 => &[
                            "Successful channel establishment",
                            "General error",
                            "Command channel already exists",
                            "Requester is not authorized to establish a command channel",
                            "The protocol version of the requester is not supported",
                        ],
                        4 | 6 => &["OK", "General Error"],
                        8 => &[
                            "Connected",
                            "General Error",
                            "No Carrier",
                            "Busy",
                            "No Dial Tone",
                            "Time-out",
                            "Do Not Accept",
                        ],
                        10 => &["Connect", "General Error", "Do Not Accept"],
                        _ => &["Lost Carrier", "General Error", "Admin Shutdown", "Request"],
                    };
                    c.s(":");
                    c.s(usize::from(x)
                        .checked_sub(1)
                        .and_then(|i| dict.get(i))
                        .copied()
                        .unwrap_or("?"));
                }
                c.s(")");
                p += 1;
            }
            Err => {
                let x = u8at(b, p)?;
                c.s(" ERR_CODE(");
                c.dec(x);
                if v {
                    c.s(":");
                    c.s([
                        "None",
                        "Not-Connected",
                        "Bad-Format",
                        "Bad-Value",
                        "No-Resource",
                        "Bad-Call-ID",
                        "PAC-Error",
                    ]
                    .get(usize::from(x))
                    .copied()
                    .unwrap_or("?"));
                }
                c.s(")");
                p += 1;
            }
            Reason => {
                let x = u8at(b, p)?;
                c.s(" REASON(");
                c.dec(x);
                if v {
                    c.s(match x {
                        1 => ":None",
                        2 => ":Stop-Protocol",
                        3 => ":Stop-Local-Shutdown",
                        _ => ":?",
                    });
                }
                c.s(")");
                p += 1;
            }
            Str(name, size, len_at) => {
                let n = match len_at {
                    Some(at) => usize::from(be16(b, at)?).min(size),
                    None => size,
                };
                c.s(" ");
                c.s(name);
                c.s("(");
                for i in 0..n {
                    let ch = u8at(b, p + i)?;
                    if ch == 0 {
                        break;
                    }
                    super::app::print_char(c, ch);
                }
                c.s(")");
                p += size;
            }
        }
    }
    Ok(())
}

/// msdp_print: the messages of a compound packet.
fn msdp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "msdp";
    c.s(": msdp");
    let t = u8at(b, 0)?;
    let len = usize::from(be16(b, 1)?);
    if !(3..=1500).contains(&len) || t == 0 || t > 7 {
        c.trunc();
        return Ok(());
    }
    let mut p = 0;
    let mut length = length;
    while length != 0 {
        let t = u8at(b, p)?;
        let len = usize::from(be16(b, p + 1)?);
        if len > 1400 || c.o.verbose > 0 {
            c.s(" [len ");
            c.dec(len as u64);
            c.s("]");
        }
        if len < 3 || length < len {
            c.trunc();
            return Ok(());
        }
        p += 3;
        length -= 3;
        match t {
            1 | 3 => {
                c.s(if t == 1 { " SA" } else { " SA-Response" });
                let n = usize::from(u8at(b, p)?);
                c.s(" ");
                c.dec(n as u64);
                c.s(" entries");
                if n * 12 + 8 < len {
                    c.s(" [w/data]");
                    if c.o.verbose > 1 {
                        c.s(" ");
                        super::ip::ip(c, rest(b, p + n * 12 + 8 - 3), len - (n * 12 + 8))?;
                    }
                }
            }
            2 => {
                c.s(" SA-Request");
                let a = super::bytes(b, p + 1, 4)?;
                c.s(" for ");
                c.ip4(a);
            }
            4 => {
                c.s(" Keepalive");
                if len != 3 {
                    c.s("[len=");
                    c.dec(len as u64);
                    c.s("] ");
                }
            }
            5 => c.s(" Notification"),
            _ => {
                c.s(" [type=");
                c.dec(t);
                c.s(" len=");
                c.dec(len as u64);
                c.s("]");
            }
        }
        p += len - 3;
        length -= len - 3;
    }
    Ok(())
}

/// How the options list ended (a failed read of a kind or length byte is
/// Err, tcpdump's longjmp).
enum OptEnd {
    Done,
    /// tcpdump's "[bad opt]".
    Bad,
    /// An option's data runs past the captured bytes.
    Short,
}

fn options(
    c: &mut Ctx,
    b: &[u8],
    hlen: &mut usize,
    rev: bool,
    thseq: u32,
    thack: u32,
    started: &mut bool,
) -> Res<OptEnd> {
    let mut left = *hlen - 20;
    let mut p = 20;
    while left > 0 {
        if *started {
            c.s(",");
        }
        let opt = u8at(b, p)?;
        p += 1;
        let len = if opt == 0 || opt == 1 {
            1
        } else {
            let l = usize::from(u8at(b, p)?);
            p += 1;
            if l < 2 || l > left {
                return Ok(OptEnd::Bad);
            }
            left -= 1;
            l
        };
        left -= 1;
        c.s(match opt {
            0 => "eol",
            1 => "nop",
            2 => "mss",
            3 => "wscale",
            4 => "sackOK",
            5 => "sack",
            6 => "echo",
            7 => "echoreply",
            8 => "TS",
            11 => "cc",
            12 => "ccnew",
            13 => "",
            19 => "md5",
            20 => "scps",
            28 => "uto",
            29 => "tcp-ao",
            30 => "mptcp",
            34 => "tfo",
            254 => "exp",
            _ => "",
        });
        if !matches!(opt, 0..=8 | 11..=13 | 19 | 20 | 28 | 29 | 30 | 34 | 254) {
            c.s("unknown-");
            c.dec(opt);
        }
        let need = |n: usize, left: usize| -> Option<OptEnd> {
            if n > left {
                Some(OptEnd::Bad)
            } else if p + n > b.len() {
                Some(OptEnd::Short)
            } else {
                None
            }
        };
        let datalen = match opt {
            2 => {
                if let Some(end) = need(2, left) {
                    return Ok(end);
                }
                c.s(" ");
                c.dec(be16(b, p)?);
                2
            }
            3 => {
                if let Some(end) = need(1, left) {
                    return Ok(end);
                }
                c.s(" ");
                c.dec(b[p]);
                1
            }
            5 => {
                let datalen = len - 2;
                if datalen % 8 != 0 {
                    c.s(" invalid sack");
                } else {
                    c.s(" ");
                    c.dec((datalen / 8) as u64);
                    c.s(" ");
                    let mut i = 0;
                    while i < datalen {
                        if let Some(end) = need(i + 4, left) {
                            return Ok(end);
                        }
                        let mut s = be32(b, p + i)?;
                        if let Some(end) = need(i + 8, left) {
                            return Ok(end);
                        }
                        let mut e = be32(b, p + i + 4)?;
                        let base = if rev { thseq } else { thack };
                        s = s.wrapping_sub(base);
                        e = e.wrapping_sub(base);
                        c.s("{");
                        c.dec(s);
                        c.s(":");
                        c.dec(e);
                        c.s("}");
                        i += 8;
                    }
                }
                datalen
            }
            6 | 7 | 11 | 12 | 13 => {
                if let Some(end) = need(4, left) {
                    return Ok(end);
                }
                c.s(" ");
                c.dec(be32(b, p)?);
                4
            }
            8 => {
                if let Some(end) = need(8, left) {
                    return Ok(end);
                }
                c.s(" val ");
                c.dec(be32(b, p)?);
                c.s(" ecr ");
                c.dec(be32(b, p + 4)?);
                8
            }
            19 => {
                if let Some(end) = need(16, left) {
                    return Ok(end);
                }
                c.s(" ");
                for i in 0..16 {
                    c.out.hex0(u64::from(b[p + i]), 2);
                }
                16
            }
            20 => {
                if let Some(end) = need(2, left) {
                    return Ok(end);
                }
                c.s(" cap ");
                c.out.hex0(u64::from(b[p]), 2);
                c.s(" id ");
                c.dec(b[p + 1]);
                2
            }
            28 => {
                if let Some(end) = need(2, left) {
                    return Ok(end);
                }
                let v = be16(b, p)?;
                c.s(" 0x");
                c.out.hex(u64::from(v));
                let t = if v & 1 != 0 {
                    (v >> 1) as u64 * 60
                } else {
                    (v >> 1) as u64
                };
                c.s(" ");
                c.dec(t);
                2
            }
            29 => {
                // RFC 5925 authentication option.
                let datalen = len - 2;
                if datalen < 2 {
                    c.invalid();
                } else {
                    if let Some(end) = need(datalen, left) {
                        return Ok(end);
                    }
                    c.s(" keyid ");
                    c.dec(b[p]);
                    c.s(" rnextkeyid ");
                    c.dec(b[p + 1]);
                    if datalen > 2 {
                        c.s(" mac 0x");
                        for i in 2..datalen {
                            c.out.hex0(u64::from(b[p + i]), 2);
                        }
                    }
                }
                datalen
            }
            30 => {
                let datalen = len - 2;
                let Some(opt) = b.get(p - 2..p + datalen) else {
                    return Err(Trunc);
                };
                // mptcp_print leaves its name as the protocol for any
                // later truncation mark, as tcpdump's ndo_protocol does.
                c.proto = "mptcp";
                if !mptcp(c, opt, b[13]) {
                    return Ok(OptEnd::Bad);
                }
                datalen
            }
            34 => {
                let datalen = len - 2;
                if let Some(end) = need(datalen, left) {
                    return Ok(end);
                }
                c.s(" ");
                fast_open(c, &b[p..p + datalen]);
                datalen
            }
            254 => {
                // RFC 6994 shared experimental option: the ExID, or TFO.
                let datalen = len - 2;
                if datalen < 2 {
                    return Ok(OptEnd::Bad);
                }
                if let Some(end) = need(datalen, left) {
                    return Ok(end);
                }
                let magic = be16(b, p)?;
                c.s("-");
                if magic == 0xf989 {
                    c.s("tfo");
                    fast_open(c, &b[p + 2..p + datalen]);
                } else {
                    c.out.hex0(u64::from(magic), 4);
                }
                datalen
            }
            0 | 1 | 4 => 0,
            _ => {
                let datalen = len - 2;
                if datalen > 0 {
                    c.s(" 0x");
                }
                for i in 0..datalen {
                    if let Some(end) = need(i + 1, left) {
                        return Ok(end);
                    }
                    c.out.hex0(u64::from(b[p + i]), 2);
                }
                datalen
            }
        };
        p += datalen;
        left = left.saturating_sub(datalen);
        let mut expect = datalen + 1;
        if opt != 0 && opt != 1 {
            expect += 1;
        }
        if expect != len {
            c.s("[len ");
            c.dec(len as u64);
            c.s("]");
        }
        *started = true;
        if opt == 0 {
            break;
        }
    }
    *hlen = 20;
    Ok(OptEnd::Done)
}

/// mptcp_print: `opt` is the whole option (kind and length included),
/// `flags` the TCP flags; false where tcpdump reports "[bad opt]".
fn mptcp(c: &mut Ctx, opt: &[u8], flags: u8) -> bool {
    let len = opt.len();
    if len < 3 {
        return false;
    }
    let subtype = (opt[2] >> 4).min(8);
    const NAMES: [&str; 9] = [
        "capable",
        "join",
        "dss",
        "add-addr",
        "rem-addr",
        "prio",
        "fail",
        "fast-close",
        "unknown",
    ];
    c.s(" ");
    c.dec(len as u64);
    c.s(" ");
    c.s(NAMES[usize::from(subtype)]);
    let be64 = |at: usize| {
        opt.get(at..at + 8)
            .map(|s| s.iter().fold(0u64, |v, &x| v << 8 | u64::from(x)))
    };
    let be32 = |at: usize| {
        opt.get(at..at + 4)
            .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    };
    let syn = flags & SYN != 0;
    let ack = flags & ACK != 0;
    match subtype {
        0 => {
            let valid =
                ((len == 12 || len == 4) && syn) || ((len == 20 || len == 22) && ack && !syn);
            if !valid {
                return false;
            }
            let version = opt[2] & 0xf;
            if version > 1 {
                c.s(" Unknown Version (");
                c.dec(version);
                c.s(")");
                return true;
            }
            c.s(" v");
            c.dec(version);
            if opt.get(3).is_some_and(|f| f & 0x80 != 0) {
                c.s(" csum");
            }
            if len == 12 || len >= 20 {
                c.s(" {0x");
                c.out.hex(be64(4).unwrap_or(0));
                if len >= 20 {
                    c.s(",0x");
                    c.out.hex(be64(12).unwrap_or(0));
                }
                c.s("}");
            }
            true
        }
        1 => {
            let valid = (len == 12 && syn) || (len == 16 && syn && ack) || (len == 24 && ack);
            if !valid {
                return false;
            }
            if len != 24 {
                if opt[2] & 1 != 0 {
                    c.s(" backup");
                }
                c.s(" id ");
                c.dec(opt[3]);
            }
            match len {
                12 => {
                    c.s(" token 0x");
                    c.out.hex(u64::from(be32(4).unwrap_or(0)));
                    c.s(" nonce 0x");
                    c.out.hex(u64::from(be32(8).unwrap_or(0)));
                }
                16 => {
                    c.s(" hmac 0x");
                    c.out.hex(be64(4).unwrap_or(0));
                    c.s(" nonce 0x");
                    c.out.hex(u64::from(be32(12).unwrap_or(0)));
                }
                _ => {
                    c.s(" hmac 0x");
                    for &x in &opt[4..24] {
                        c.out.hex0(u64::from(x), 2);
                    }
                }
            }
            true
        }
        2 => {
            if len < 4 || syn {
                return false;
            }
            let f = opt[3];
            if f & 0x10 != 0 {
                c.s(" fin");
            }
            let mut at = 4;
            let mut left = len - 4;
            if f & 0x01 != 0 {
                c.s(" ack ");
                if f & 0x02 != 0 {
                    if left < 8 {
                        return false;
                    }
                    c.dec(be64(at).unwrap_or(0));
                    at += 8;
                    left -= 8;
                } else {
                    if left < 4 {
                        return false;
                    }
                    c.dec(be32(at).unwrap_or(0));
                    at += 4;
                    left -= 4;
                }
            }
            if f & 0x04 != 0 {
                c.s(" seq ");
                if f & 0x08 != 0 {
                    if left < 8 {
                        return false;
                    }
                    c.dec(be64(at).unwrap_or(0));
                    at += 8;
                    left -= 8;
                } else {
                    if left < 4 {
                        return false;
                    }
                    c.dec(be32(at).unwrap_or(0));
                    at += 4;
                    left -= 4;
                }
                if left < 4 {
                    return false;
                }
                c.s(" subseq ");
                c.dec(be32(at).unwrap_or(0));
                at += 4;
                left -= 4;
                if left < 2 {
                    return false;
                }
                c.s(" len ");
                c.dec(u16::from_be_bytes([opt[at], opt[at + 1]]));
                at += 2;
                left -= 2;
                if left >= 2 {
                    c.s(" csum 0x");
                    c.out
                        .hex(u64::from(u16::from_be_bytes([opt[at], opt[at + 1]])));
                    left -= 2;
                }
            }
            left == 0
        }
        3 => {
            if ![8, 10, 16, 18, 20, 22, 28, 30].contains(&len) {
                return false;
            }
            // tcpdump 4.99.3 names the echo bit's meaning for version 1.
            c.s(match opt[2] & 0xf {
                0 => " v1",
                1 => " v1-echo",
                _ => " [bad version/echo]",
            });
            c.s(" id ");
            c.dec(opt[3]);
            if len <= 18 {
                c.s(" ");
                c.ip4(&opt[4..8]);
                if len == 10 || len == 18 {
                    c.s(":");
                    c.dec(u16::from_be_bytes([opt[8], opt[9]]));
                }
                if len == 16 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(8).unwrap_or(0));
                }
                if len == 18 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(10).unwrap_or(0));
                }
            } else {
                c.s(" ");
                c.ip6(&opt[4..20]);
                if len == 22 || len == 30 {
                    c.s(":");
                    c.dec(u16::from_be_bytes([opt[20], opt[21]]));
                }
                if len == 28 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(20).unwrap_or(0));
                }
                if len == 30 {
                    c.s(" hmac 0x");
                    c.out.hex(be64(22).unwrap_or(0));
                }
            }
            true
        }
        4 => {
            if len < 4 {
                return false;
            }
            c.s(" id");
            for &id in &opt[3..] {
                c.s(" ");
                c.dec(id);
            }
            true
        }
        5 => {
            if len != 3 && len != 4 {
                return false;
            }
            c.s(if opt[2] & 1 != 0 {
                " backup"
            } else {
                " non-backup"
            });
            if len == 4 {
                c.s(" id ");
                c.dec(opt[3]);
            }
            true
        }
        6 | 7 => {
            if len != 12 {
                return false;
            }
            c.s(if subtype == 6 { " seq " } else { " key 0x" });
            let v = be64(4).unwrap_or(0);
            if subtype == 6 {
                c.dec(v);
            } else {
                c.out.hex(v);
            }
            true
        }
        _ => true,
    }
}

/// print_tcp_fastopen_option: a cookie request, a cookie, or invalid.
fn fast_open(c: &mut Ctx, data: &[u8]) {
    if data.is_empty() {
        c.s(" cookiereq");
    } else if data.len() % 2 != 0 || data.len() < 4 || data.len() > 16 {
        c.invalid();
    } else {
        c.s(" cookie ");
        for &x in data {
            c.out.hex0(u64::from(x), 2);
        }
    }
}

/// -v on a RST with data: the data as text, at most 30 bytes.
fn rst_data(c: &mut Ctx, data: &[u8], length: usize) {
    c.s(if data.len() >= length {
        " [RST"
    } else {
        " [!RST"
    });
    let mut n = length;
    if n > 30 {
        n = 30;
        c.s("+");
    }
    c.s(" ");
    for &ch in data.iter().take(n) {
        app::print_char(c, ch);
    }
    c.s("]");
}

#[cfg(test)]
mod tests {
    use super::super::tests::numeric;
    use super::super::{PrintOptions, Printer, tcp::SeqTable};
    use crate::link::LinkType;
    use crate::packet::Packet;

    /// An Ethernet/IPv4/TCP frame with an ACK (and `syn`) from
    /// 192.0.2.1:sport to 192.0.2.7:33333 carrying 10 bytes.
    fn segment(sport: u16, seq: u32, ack: u32, syn: bool) -> Vec<u8> {
        let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1, 8, 0];
        f.extend_from_slice(&[
            0x45, 0, 0, 50, 0, 1, 0, 0, 64, 6, 0, 0, 192, 0, 2, 1, 192, 0, 2, 7,
        ]);
        f.extend_from_slice(&sport.to_be_bytes());
        f.extend_from_slice(&33333u16.to_be_bytes());
        f.extend_from_slice(&seq.to_be_bytes());
        f.extend_from_slice(&ack.to_be_bytes());
        f.extend_from_slice(&[0x50, if syn { 0x12 } else { 0x10 }, 0x20, 0, 0, 0, 0, 0]);
        f.extend_from_slice(&[0x61; 10]);
        f
    }

    fn line(p: &mut Printer, frame: &[u8]) -> String {
        let mut out = Vec::new();
        p.print(
            &mut out,
            &Packet {
                ts_sec: 0,
                ts_nsec: 0,
                wire_len: frame.len() as u32,
                data: frame,
                pkttype: None,
                ifindex: None,
            },
        );
        String::from_utf8(out).unwrap()
    }

    fn printer(generation: usize) -> Printer {
        let mut p = Printer::new(numeric(0), LinkType::Ethernet);
        p.tcp = SeqTable {
            generation,
            ..SeqTable::default()
        };
        p
    }

    /// A connection that keeps talking keeps its relative numbers however
    /// many others come and go; the table never holds more than two
    /// generations.
    #[test]
    fn active_connections_survive_and_the_table_stays_bounded() {
        let mut p = printer(8);
        let first = line(&mut p, &segment(1000, 5000, 9000, false));
        assert!(
            first.ends_with("seq 5000:5010, ack 9000, win 8192, length 10\n"),
            "{first}"
        );
        for round in 0..50u32 {
            for other in 0..5u16 {
                let port = 2000 + (round as u16) * 5 + other;
                line(&mut p, &segment(port, 1, 1, false));
            }
            let l = line(&mut p, &segment(1000, 5010 + round, 9000, false));
            let want = format!("seq {}:{}, ack 1,", 10 + round, 20 + round);
            assert!(l.contains(&want), "round {round}: {l}");
            assert!(p.tcp.len() <= 16, "{} entries", p.tcp.len());
        }
    }

    /// One idle past two generations starts over, as if first seen.
    #[test]
    fn an_idle_connection_is_forgotten() {
        let mut p = printer(4);
        line(&mut p, &segment(1000, 5000, 9000, false));
        for port in 2000..2010 {
            line(&mut p, &segment(port, 1, 1, false));
        }
        let l = line(&mut p, &segment(1000, 5010, 9000, false));
        assert!(l.contains("seq 5010:5020, ack 9000,"), "{l}");
    }

    /// The default bound: 2 x 65536 connections at most.
    #[test]
    fn default_table_is_bounded() {
        let mut t = SeqTable::default();
        for i in 0..(3 * super::GENERATION as u32) {
            let key = super::ConnKey {
                src: [0; 16],
                dst: [0; 16],
                ports: i,
            };
            t.insert(key, (i, i));
        }
        assert!(t.len() <= 2 * super::GENERATION);
        assert!(t.len() > super::GENERATION);
    }

    /// TCP-AO, fast open (own kind and as an RFC 6994 experiment), other
    /// experiment IDs and unknown kinds (expected text from tcpdump 4.99.3).
    #[test]
    fn authentication_and_fast_open_options() {
        super::super::tests::golden(
            PrintOptions {
                absolute_seq: true,
                ..numeric(0)
            },
            &[
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060022000d3570000fe04f989",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 0, win 8192, options [exp-tfo cookiereq], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000000000000080022000d3570000fe0cf9896162636465666768",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 0, win 8192, options [exp-tfo cookie 6162636465666768], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000000000000070022000d3570000fe07f98901020300",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 0, win 8192, options [exp-tfo (invalid),eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060022000d357000022020000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 0, win 8192, options [tfo  cookiereq,eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060022000d35700001d040102",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 0, win 8192, options [tcp-ao keyid 1 rnextkeyid 2], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d34900001d020000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tcp-ao (invalid),eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d34900001d044445",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tcp-ao keyid 68 rnextkeyid 69], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000000000000070102000d34900001d06444546470000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tcp-ao keyid 68 rnextkeyid 69 mac 0x4647,eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d349000022020000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tfo  cookiereq,eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d349000022044445",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tfo  (invalid)], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000000000000070102000d34900002206444546470000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [tfo  cookie 44454647,eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d3490000fe020000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [exp[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d3490000fe044445",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [exp-4445], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000000000000080102000d3490000fe0a4445464748494a4b0000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [exp-4445,eol], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000000000000060102000d3490000fd044445",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [unknown-253 0x4445], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000000000000070102000d34900006306444546470000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 0, win 8192, options [unknown-99 0x44454647,eol], length 0",
                ),
            ],
        );
    }

    /// MPTCP options of every subtype and length, with the flags that make
    /// them valid or "[bad opt]", and cut ones (expected text from tcpdump
    /// 4.99.3 -n -S).
    #[test]
    fn mptcp_options() {
        super::super::tests::golden(
            PrintOptions {
                absolute_seq: true,
                ..numeric(0)
            },
            &[
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0682f55d4a0101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 6 unknown,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170182000d33f00001e0680ea063f0101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 6 unknown,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170182000d33f00001e0862a3d8aff1b9",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 8 fail[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160122000d34500001e0481d0",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 4 unknown], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e04828a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 4 unknown], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e18111481f0db79a3ff9924aecf68",
                    "IP truncated-ip - 9 bytes missing! 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp [|tcp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0550de67010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 5 prio[bad opt]",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6c6c0000201c00002079c409c410000000100000001a0102000d34700001e12320e4410c94631bf9ad48e888de621400101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 18 add-addr [bad version/echo] id 14 68.16.201.70:12735 hmac 0x9ad48e888de62140,nop,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160112000d34600001e035201",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 3 prio non-backup,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000010000000180112000d34600001e0c714f4213bffcb7e87c05",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 12 fast-close key 0x4213bffcb7e87c05], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e1821bbf3f5fa97d1642e32fe40f526ad1ce8360cd7f989",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 24 dss fin ack 17579232250470608434[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160182000d33f00001e04",
                    "IP truncated-ip - 2 bytes missing! 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp [|tcp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e0741138a158b01",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 7 rem-addr id 19 138 21 139,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160182000d33f00001e04420c",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 4 rem-addr id 12], length 0",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6c6c0000201c00002079c409c41000000010000000180182000d33f00001e0c7184a07113f775c0373a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 12 fast-close key 0xa07113f775c0373a], length 0",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6c6c0000201c00002079c409c410000000100000001b0102000d34700001e1630f6be9391846c0de4d554f6942beef68e3b9c500101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 22 add-addr v1 id 246 be93:9184:6c0d:e4d5:54f6:942b:eef6:8e3b:40016,nop,nop], length 0",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6c6c0000201c00002079c409c410000000100000001a0182000d33f00001e14315b729717841b850231f193e6b48dc32d73",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [P.], ack 1, win 8192, options [mptcp 20 add-addr v1-echo id 91 7297:1784:1b85:231:f193:e6b4:8dc3:2d73], length 0",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000160102000d34700001e042156",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [.], ack 1, win 8192, options [mptcp 4 dss fin seq [bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e034001",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 3 rem-addr[bad opt]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c6c0000201c00002079c409c41000000010000000060022000d35600001e0440c7",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 4 rem-addr id 199], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170112000d34600001e0831cb1f6df40e",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 8 add-addr v1-echo id 203 31.109.244.14], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170112000d34600001e054258f0010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [F.], seq 1, ack 1, win 8192, options [mptcp 5 rem-addr id 88 240,nop,nop,nop], length 0",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000070022000d35600001e086086c0fe5614",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S], seq 1, win 8192, options [mptcp 8 fail[bad opt]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6c6c0000201c00002079c409c41000000010000000170122000d34500001e05421e55010101",
                    "IP 192.0.2.1.40000 > 192.0.2.7.40001: Flags [S.], seq 1, ack 1, win 8192, options [mptcp 5 rem-addr id 30 85,nop,nop,nop], length 0",
                ),
            ],
        );
    }

    /// PPTP control headers, MSDP messages and LDP over TCP (expected
    /// text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn pptp_msdp_ldp() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c0000207ae71027f000003e8000007d050182000925a0000b0167fe7a684e635",
                    "IP 192.0.2.1.44657 > 192.0.2.7.639: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: msdp [|msdp]",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207ccf2027f000003e8000007d050182000d2600000010003e7db81e9b38b38583ee8034b573844086c41604cd5b4e46a2ca8651d2aeea9daf90633f9c4",
                    "IP 192.0.2.1.52466 > 192.0.2.7.639: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: msdp SA 231 entries [len 56193] [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207d05d027f000003e8000007d05018200013f000000500143b",
                    "IP 192.0.2.1.53341 > 192.0.2.7.639: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: msdp [|msdp]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e67d027f000003e8000007d050182000703e0000f75d00a5d57f350fe09e08e2f7dec2ce",
                    "IP 192.0.2.1.59005 > 192.0.2.7.639: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: msdp [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                    "IP 192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], seq 1000:1004, ack 2000, win 8192, length 4: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000029000100004006f6c5c0000201c0000207be1f06bb000003e8000007d0501820009f2f00009c",
                    "IP 192.0.2.1.48671 > 192.0.2.7.1723: Flags [P.], seq 1000:1001, ack 2000, win 8192, length 1: pptp [|pptp]",
                ),
                (
                    "020000000002020000000001080045000030000100004006f6bec0000201c0000207c8cc027f000003e8000007d0501820004cca0000060008f7531085e6",
                    "IP 192.0.2.1.51404 > 192.0.2.7.639: Flags [P.], seq 1000:1008, ack 2000, win 8192, length 8: msdp [type=6 len=8]",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207cbdf06bb000003e8000007d05018200028900000a3534be13ebc807a1c90b7ef15ff23eebf21395337682c2b22c3700fb1e37295aa9d496ad0ef6f94",
                    "IP 192.0.2.1.52191 > 192.0.2.7.1723: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: pptp UNEXPECTED Magic-Cookie!!(3ebc807a) Magic-Cookie=3ebc807a UNKNOWN_CTRL_MSGTYPE(7312) [ERROR: reserved=47087 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207db860286000003e8000007d050182000b9fa0000a1167fe5a770572294f8bc1b5cb799aa745c789262348b85b5972cc82581d208168ccbaac24f3725a26640f2e1cc32f41d030971b7d436515007fa01bc04bc20934da34f020bd0365451da176a3ce9d800defaae188482337beafcc1b7d1fb6be71c6c81251325a8b5c7f3c9aab458ef986fa80c4068b1a932fd074810c57c50b229390e65d3b14f434e85469a0567cb35b4b1b1b336301ccec5a7fd",
                    "IP 192.0.2.1.56198 > 192.0.2.7.646: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156LDP version 41238 packet not supported",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207caf006bb000003e8000007d0501820005d5f00003da7e8156f58e481d3e28caf7fe876de",
                    "IP 192.0.2.1.51952 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp UNEXPECTED Magic-Cookie!!(6f58e481) Magic-Cookie=6f58e481 UNKNOWN_CTRL_MSGTYPE(54242) [ERROR: reserved=36015 must be zero]",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207ab4f0286000003e8000007d0501820006e43000095c33fe1ce8afbaac8b00e83c482a666f0728579e0cdab28",
                    "IP 192.0.2.1.43855 > 192.0.2.7.646: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24LDP version 38339 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c0000207d4020286000003e8000007d05018200088ef00001cc86178f4ada26ad520c612b82e3c7133469b8fd6aad6ebe92636f58500d0e355fceb5d16cc2a81518fd4db6af1b94c223860ea03971be6273810d9c428a4257e49dfed8b631670b549f5136271eb7f",
                    "IP 192.0.2.1.54274 > 192.0.2.7.646: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80LDP version 7368 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c00002079e4906bb000003e8000007d05018200006ae0000108b7cf0f40d80040db8e31951233fd1fb5cd8e25acd80a9895bd6153df9dedea4ea30823d4719a0eb6b0731051cc3685025804439fa0eef53e25b8361c38729db9e52f9ebcac2fca2a0b24d2805b145",
                    "IP 192.0.2.1.40521 > 192.0.2.7.1723: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80: pptp UNEXPECTED Magic-Cookie!!(f40d8004) Magic-Cookie=f40d8004 UNKNOWN_CTRL_MSGTYPE(3512) [ERROR: reserved=58137 must be zero]",
                ),
                (
                    "020000000002020000000001080045000034000100004006f6bac0000201c0000207c2cc027f000003e8000007d05018200057e5000002000c8445467483af7c6b04",
                    "IP 192.0.2.1.49868 > 192.0.2.7.639: Flags [P.], seq 1000:1012, ack 2000, win 8192, length 12: msdp SA-Request for 69.70.116.131",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207c14f027f000003e8000007d050182000cc15000002000899cee37e7bfcc175822680e10e08229625",
                    "IP 192.0.2.1.49487 > 192.0.2.7.639: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: msdp SA-Request for 206.227.126.123 [len 49525] [|msdp]",
                ),
                (
                    "02000000000202000000000108004500002a000100004006f6c4c0000201c0000207e2f306bb000003e8000007d050182000a5f700007063",
                    "IP 192.0.2.1.58099 > 192.0.2.7.1723: Flags [P.], seq 1000:1002, ack 2000, win 8192, length 2: pptp [|pptp]",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207ca37027f000003e8000007d050182000e9580000030014ea044fed7aa91257c4e8537287c5551f2c",
                    "IP 192.0.2.1.51767 > 192.0.2.7.639: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: msdp SA-Response 234 entries",
                ),
            ],
        );
        super::super::tests::golden(
            super::super::tests::numeric(1),
            &[
            (
                "020000000002020000000001080045000030000100004006f6bec0000201c0000207ae71027f000003e8000007d050182000925a0000b0167fe7a684e635",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 48)
    192.0.2.1.44657 > 192.0.2.7.639: Flags [P.], cksum 0x925a (correct), seq 1000:1008, ack 2000, win 8192, length 8: msdp [|msdp]",
            ),
            (
                "020000000002020000000001080045000050000100004006f69ec0000201c0000207ccf2027f000003e8000007d050182000d2600000010003e7db81e9b38b38583ee8034b573844086c41604cd5b4e46a2ca8651d2aeea9daf90633f9c4",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 80)
    192.0.2.1.52466 > 192.0.2.7.639: Flags [P.], cksum 0xd260 (correct), seq 1000:1040, ack 2000, win 8192, length 40: msdp [len 3] SA 231 entries [len 56193] [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207d05d027f000003e8000007d05018200013f000000500143b",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.53341 > 192.0.2.7.639: Flags [P.], cksum 0x13f0 (correct), seq 1000:1004, ack 2000, win 8192, length 4: msdp [len 20] [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207e99e027f000003e8000007d050182000c37d0000ceef817c",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.59806 > 192.0.2.7.639: Flags [P.], cksum 0xc37d (correct), seq 1000:1004, ack 2000, win 8192, length 4: msdp [|msdp]",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e67d027f000003e8000007d050182000703e0000f75d00a5d57f350fe09e08e2f7dec2ce",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.59005 > 192.0.2.7.639: Flags [P.], cksum 0x703e (correct), seq 1000:1016, ack 2000, win 8192, length 16: msdp [|msdp]",
            ),
            (
                "02000000000202000000000108004500002c000100004006f6c2c0000201c0000207b5e806bb000003e8000007d0501820007dfa000056f86e71",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 44)
    192.0.2.1.46568 > 192.0.2.7.1723: Flags [P.], cksum 0x7dfa (correct), seq 1000:1004, ack 2000, win 8192, length 4: pptp Length=22264 UNKNOWN-MSG-TYPE [|pptp]",
            ),
            ],
        );
    }

    /// PPTP control message bodies of every type, whole and cut, with and
    /// without -v (expected text from tcpdump 4.99.3).
    #[test]
    fn pptp_bodies() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207a4a006bb000003e8000007d0501820008254000000a800021a2b3c4d000100000000b9138e0080c0686f73742e6578616d706c650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000076656e646f7201ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.42144 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(0.0) [ERROR: reserved=47379 must be zero] FRAME_CAP() BEARER_CAP() MAX_CHAN(11877) FIRM_REV(30817) HOSTNAME(mple) VENDOR()",
                ),
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207c15e06bb000003e8000007d050182000c795000000a800011a2b3c4d000200000000fdbc61ad008c5e0000d700009a632a00000000fc00f2d500a700000c260012000000008300480069e9009a0000000000688d0000000000bb3c0000003500a90ec5f400000016004b26d6b800004f004ca60000cb0000000000440000001100bd0050bd7a00000000b600a4000000005100007000000000ef00000000c4ae00b3006046d70000622e20003900005e000031001a260069ec9f00d0",
                    "IP 192.0.2.1.49502 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRP PROTO_VER(0.0) RESULT_CODE(253) ERR_CODE(188) FRAME_CAP() BEARER_CAP(DA) MAX_CHAN(0) FIRM_REV(39523) HOSTNAME(*) VENDOR()",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207a19d06bb000003e8000007d0501820008c140000001000031a2b3c4d0003000000007500",
                    "IP 192.0.2.1.41373 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=StopCCRQ REASON(0) [ERROR: reserved=29952 must be zero]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207a91906bb000003e8000007d050182000a19d0000001000011a2b3c4d0004000060fbf700",
                    "IP 192.0.2.1.43289 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=StopCCRP RESULT_CODE(96) ERR_CODE(251) [ERROR: reserved=63232 must be zero]",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207e51706bb000003e8000007d0501820001dd30000001000021a2b3c4d000500009fc60000",
                    "IP 192.0.2.1.58647 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=ECHORQ ID(2680553472)",
                ),
                (
                    "02000000000202000000000108004500003c000100004006f6b2c0000201c0000207e5d006bb000003e8000007d05018200050720000001400011a2b3c4d000600000000006700ff6b00",
                    "IP 192.0.2.1.58832 > 192.0.2.7.1723: Flags [P.], seq 1000:1020, ack 2000, win 8192, length 20: pptp CTRL_MSGTYPE=ECHORP ID(103) RESULT_CODE(0) ERR_CODE(255) [ERROR: reserved=27392 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000d4000100004006f61ac0000201c0000207e56a06bb000003e8000007d0501820001b5e000000ac00031a2b3c4d000700000000dd4e0000006c2c7588762900450000000000000015000003fd0035353531323334000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000220065009600f8c5230000d10a53004100008d000000000000000000d8cf000000007a0600005d000000000000268a1d0000005800000088000000000000b10000000041",
                    "IP 192.0.2.1.58730 > 192.0.2.7.1723: Flags [P.], seq 1000:1172, ack 2000, win 8192, length 172: pptp CTRL_MSGTYPE=OCRQ CALL_ID(0) CALL_SER_NUM(56654) MIN_BPS(108) MAX_BPS(745900150) BEARER_TYPE(?) FRAME_TYPE(?) RECV_WIN(0) PROC_DELAY(5376) PHONE_NO_LEN(3) [ERROR: reserved=64768 must be zero] PHONE_NO(555) SUB_ADDR(\")",
                ),
                (
                    "020000000002020000000001080045000050000100004006f69ec0000201c0000207e76606bb000003e8000007d0501820008fab0000002800021a2b3c4d000800004a4600005fefef00000059000f96e1f33b001100000000480000fb62",
                    "IP 192.0.2.1.59238 > 192.0.2.7.1723: Flags [P.], seq 1000:1040, ack 2000, win 8192, length 40: pptp CTRL_MSGTYPE=OCRP CALL_ID(19014) PEER_CALL_ID(0) RESULT_CODE(95) ERR_CODE(239) CAUSE_CODE(61184) CONN_SPEED(22784) RECV_WIN(3990) PROC_DELAY(57843) PHY_CHAN_ID(989860096)",
                ),
                (
                    "020000000002020000000001080045000110000100004006f5dec0000201c0000207d84f06bb000003e8000007d050182000d1d8000000e800011a2b3c4d0009000000ec000056000000005c007900400005313233343578787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878783637383930000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e700000000000000000000000000dae300000000007d4fa20000ad00850039005683a60000000b008000000000c80000889700003a00ee00b600b900a80000ea00ca007ed8c118fa",
                    "IP 192.0.2.1.55375 > 192.0.2.7.1723: Flags [P.], seq 1000:1232, ack 2000, win 8192, length 232: pptp CTRL_MSGTYPE=ICRQ CALL_ID(236) CALL_SER_NUM(0) BEARER_TYPE(?) PHY_CHAN_ID(6029433) DIALED_NO_LEN(64) DIALING_NO_LEN(5) DIALED_NO(12345xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) DIALING_NO(67890) SUB_ADDR()",
                ),
                (
                    "020000000002020000000001080045000039000100004006f6b5c0000201c0000207ab2b06bb000003e8000007d0501820003d840000001c00011a2b3c4d000a0000850000f034",
                    "IP 192.0.2.1.43819 > 192.0.2.7.1723: Flags [P.], seq 1000:1017, ack 2000, win 8192, length 17: pptp CTRL_MSGTYPE=ICRP CALL_ID(34048) PEER_CALL_ID(240) RESULT_CODE(52) [|pptp]",
                ),
                (
                    "020000000002020000000001080045000044000100004006f6aac0000201c0000207da4d06bb000003e8000007d0501820007e8a0000001c00031a2b3c4d000b0000470000ee00bc00000000000001100000",
                    "IP 192.0.2.1.55885 > 192.0.2.7.1723: Flags [P.], seq 1000:1028, ack 2000, win 8192, length 28: pptp CTRL_MSGTYPE=ICCN PEER_CALL_ID(18176) [ERROR: reserved=238 must be zero] CONN_SPEED(12320768) RECV_WIN(0) PROC_DELAY(0) FRAME_TYPE(?)",
                ),
                (
                    "020000000002020000000001080045000038000100004006f6b6c0000201c0000207dccd06bb000003e8000007d050182000ddd80000001000021a2b3c4d000c0000e8000003",
                    "IP 192.0.2.1.56525 > 192.0.2.7.1723: Flags [P.], seq 1000:1016, ack 2000, win 8192, length 16: pptp CTRL_MSGTYPE=CCRQ CALL_ID(59392) [ERROR: reserved=3 must be zero]",
                ),
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207c5de06bb000003e8000007d050182000909d0000009c00031a2b3c4d000d00004100f400838cd8000000000000000000030068a10000710000e80000d407c50000608e7a0000d3e700004d008a00f158000049c700f000000000007900001000000000ca7100a9000000000000f200e8f06680007c0098003400094aa2ff003b000000000040000045000000cc8000e700000000000000000015005e00000058000000736a00007d00e6bc00000000ca",
                    "IP 192.0.2.1.50654 > 192.0.2.7.1723: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156: pptp CTRL_MSGTYPE=CDN CALL_ID(16640) RESULT_CODE(244) ERR_CODE(0) CAUSE_CODE(33676) [ERROR: reserved=55296 must be zero] CALL_STATS()",
                ),
                (
                    "020000000002020000000001080045000046000100004006f6a8c0000201c0000207e96306bb000003e8000007d050182000cedb0000002800011a2b3c4d000e0000ae00ef0081660083000000d70000ce80fc00",
                    "IP 192.0.2.1.59747 > 192.0.2.7.1723: Flags [P.], seq 1000:1030, ack 2000, win 8192, length 30: pptp CTRL_MSGTYPE=WEN PEER_CALL_ID(44544) [ERROR: reserved=61184 must be zero] CRC_ERR(2170945667) FRAMING_ERR(215) HARDWARE_OVERRUN(52864) [|pptp]",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207d28006bb000003e8000007d050182000eecc0000001800011a2b3c4d000f000000000083002200a5e0000000",
                    "IP 192.0.2.1.53888 > 192.0.2.7.1723: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24: pptp CTRL_MSGTYPE=SLI PEER_CALL_ID(0) [ERROR: reserved=131 must be zero] SEND_ACCM(0x002200a5) RECV_ACCM(0xe0000000)",
                ),
                (
                    "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207e8ad06bb000003e8000007d0501820001879000000a800021a2b3c4d00010000dd1b9d7dc64dacbb686f73742e6578616d706c650000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000076656e646f7201ff00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.59565 > 192.0.2.7.1723: Flags [P.], seq 1000:1168, ack 2000, win 8192, length 168: pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(221.27) [ERROR: reserved=40317 must be zero] FRAME_CAP(AS) BEARER_CAP() MAX_CHAN(11877) FIRM_REV(30817) HOSTNAME(mple) VENDOR()",
                ),
                (
                    "0200000000020200000000010800450000d4000100004006f61ac0000201c00002079f8206bb000003e8000007d05018200095f6000000ac00031a2b3c4d000700002c5f37b8331a6a01927344f8503c7c65f5e8880315a5c1eb0003a3eb35353531323334000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000a3f90130b21ebd087c3cddd4d4513ace229ae15a0500b45b7852f82f3545e58947ac42a71784a30b4c3544a80afaa7cb923f396894ba8e439a9ac48195d488385ff0e24b",
                    "IP 192.0.2.1.40834 > 192.0.2.7.1723: Flags [P.], seq 1000:1172, ack 2000, win 8192, length 172: pptp CTRL_MSGTYPE=OCRQ CALL_ID(11359) CALL_SER_NUM(14264) MIN_BPS(857369089) MAX_BPS(2457027832) BEARER_TYPE(?) FRAME_TYPE(?) RECV_WIN(5541) PROC_DELAY(49643) PHONE_NO_LEN(3) [ERROR: reserved=41963 must be zero] PHONE_NO(555) SUB_ADDR(M-#M-y^A0M-2^^M-=^H|<M-]M-TM-TQ:M-N\"M-^ZM-aZ^E)",
                ),
                (
                    "020000000002020000000001080045000110000100004006f5dec0000201c00002079fc906bb000003e8000007d050182000e65c000000e800011a2b3c4d0009000066dbfbac5b6bc4255a3ac6550040000531323334357878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878787878363738393000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006920d668d4ee274875e8f6793fc88fae75deb9a13d8d7983bee5083fc1184582f13bff8882599c6deed10335db6a30801a9aa519fb5a6502469a4632c434c773ffd30369ee6d0472c8686980",
                    "IP 192.0.2.1.40905 > 192.0.2.7.1723: Flags [P.], seq 1000:1232, ack 2000, win 8192, length 232: pptp CTRL_MSGTYPE=ICRQ CALL_ID(26331) CALL_SER_NUM(64428) BEARER_TYPE(?) PHY_CHAN_ID(1513801301) DIALED_NO_LEN(64) DIALING_NO_LEN(5) DIALED_NO(12345xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) DIALING_NO(67890) SUB_ADDR(i M-VhM-TM-n'HuM-hM-vy?M-HM-^OM-.uM-^M-9M-!=M-^MyM-^CM->M-e^H?M-A^XEM-^BM-q;M-^?M-^HM-^BYM-^\\mM-nM-Q^C5M-[j0M-^@^ZM-^ZM-%^YM-{Ze^BFM-^ZF2M-D4M-Gs)",
                ),
            ],
        );
        super::super::tests::golden(
            super::super::tests::numeric(1),
            &[
            (
                "0200000000020200000000010800450000d0000100004006f61ec0000201c0000207c14006bb000003e8000007d050182000f60c000000a800011a2b3c4d000200004d5820735abe2afecb3b87d6dfdf89f777f0164a444ce19c37ac973db0540b1b519d5f50e9c0b9cba34ab9e162de54975440dbe4ee5f17eada2790d625ab808e24a23e4a64a00d45fd69074980c480e13fd76e25f6b8ee25b748defb57fd305f06ff09c18d7617f68321eefbf879ade3afb9d1c8e8370e6ecd0243f619d74036b6d2e40250be5b93076fd6e66c161b27189b7b99575d5e673eadd6a5",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 208)
    192.0.2.1.49472 > 192.0.2.7.1723: Flags [P.], cksum 0xf60c (correct), seq 1000:1168, ack 2000, win 8192, length 168: pptp Length=168 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=SCCRP PROTO_VER(77.88) RESULT_CODE(32:?) ERR_CODE(115:?) FRAME_CAP(S) BEARER_CAP(D) MAX_CHAN(57311) FIRM_REV(35319) HOSTNAME(wM-p^VJDLM-aM-^\\7M-,M-^W=M-0T^K^[QM-^]_PM-iM-@M-9M-KM-#JM-9M-abM-^TM-^WT@M-[M-dM-n_^WM-jM-Z'M-^PM-V%M-+M-^@M-^N$M-\">JdM- ^MEM-}i^GIM-^@M-DM-^@M-a) VENDOR(?M-Wn%M-vM-8M-n%M-7HM-^M-{WM-}0_^FM-^?^IM-AM-^Mv^WM-vM-^C!M-nM-{M-xyM--M-cM-/M-9M-QM-HM-h7^NnM-M^BCM-v^YM-W@6M-6M-RM-d^BPM->[M-^S^GoM-VM-fl^V^[')",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207b6b506bb000003e8000007d05018200013c30000001000011a2b3c4d000300006431740a",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.46773 > 192.0.2.7.1723: Flags [P.], cksum 0x13c3 (correct), seq 1000:1016, ack 2000, win 8192, length 16: pptp Length=16 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=StopCCRQ REASON(100:?) [ERROR: reserved=49 must be zero] [ERROR: reserved=29706 must be zero]",
            ),
            (
                "020000000002020000000001080045000038000100004006f6b6c0000201c0000207c7dc06bb000003e8000007d0501820006e540000001000031a2b3c4d000400007357f928",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)
    192.0.2.1.51164 > 192.0.2.7.1723: Flags [P.], cksum 0x6e54 (correct), seq 1000:1016, ack 2000, win 8192, length 16: pptp Length=16 UNKNOWN-MSG-TYPE Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=StopCCRP RESULT_CODE(115:?) ERR_CODE(87:?) [ERROR: reserved=63784 must be zero]",
            ),
            (
                "020000000002020000000001080045000033000100004006f6bbc0000201c0000207c79106bb000003e8000007d050182000db200000001400011a2b3c4d000600",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 51)
    192.0.2.1.51089 > 192.0.2.7.1723: Flags [P.], cksum 0xdb20 (correct), seq 1000:1011, ack 2000, win 8192, length 11: pptp Length=20 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=ECHORP [|pptp]",
            ),
            (
                "020000000002020000000001080045000050000100004006f69ec0000201c0000207e09f06bb000003e8000007d050182000e80a0000002800021a2b3c4d00080000f70c8e619c190be44a6c41cbe4c2870e8c5608b2bee3eecd64a40d00",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 80)
    192.0.2.1.57503 > 192.0.2.7.1723: Flags [P.], cksum 0xe80a (correct), seq 1000:1040, ack 2000, win 8192, length 40: pptp Length=40 MGMT-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=OCRP CALL_ID(63244) PEER_CALL_ID(36449) RESULT_CODE(156:?) ERR_CODE(25:?) CAUSE_CODE(3044) CONN_SPEED(1248608715) RECV_WIN(58562) PROC_DELAY(34574) PHY_CHAN_ID(2354448562)",
            ),
            (
                "020000000002020000000001080045000044000100004006f6aac0000201c0000207df6106bb000003e8000007d0501820006a730000001c00031a2b3c4d000a00002e7b09713e31c58ffc9635e980a069f0",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 68)
    192.0.2.1.57185 > 192.0.2.7.1723: Flags [P.], cksum 0x6a73 (correct), seq 1000:1028, ack 2000, win 8192, length 28: pptp Length=28 UNKNOWN-MSG-TYPE Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=ICRP CALL_ID(11899) PEER_CALL_ID(2417) RESULT_CODE(62:?) ERR_CODE(49:?) RECV_WIN(50575) PROC_DELAY(64662) [ERROR: reserved=13801 must be zero]",
            ),
            (
                "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207c78e06bb000003e8000007d05018200031610000009c00011a2b3c4d000d0000fa03c383bc5e0cef4c4863d217613039d87aa001670cd7c8dd832913f48555d2b8d2b28fc4cfd33803cf30a7a00c0391ce0b98f14ef788bd87a5754b202acd6aa4e62ac3bb2ea0f4ad51d7a49619d0fdd3851b7412bc9cdb6961a082e16a7289b9aa8cb44ef93b6c094f01fb6fc805a41af7c5fc1ce26a0093ee2eeb3caf3385ac8e6f03872a3cb260c76cca8cd9e2a0",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 196)
    192.0.2.1.51086 > 192.0.2.7.1723: Flags [P.], cksum 0x3161 (correct), seq 1000:1156, ack 2000, win 8192, length 156: pptp Length=156 CTRL-MSG Magic-Cookie=1a2b3c4d CTRL_MSGTYPE=CDN CALL_ID(64003) RESULT_CODE(195:?) ERR_CODE(131:?) CAUSE_CODE(48222) [ERROR: reserved=3311 must be zero] CALL_STATS(LHcM-R^Wa09M-XzM- ^Ag^LM-WM-HM-]M-^C)^SM-tM-^EUM-RM-8M-RM-2M-^OM-DM-OM-S8^CM-O0M-'M- ^L^CM-^QM-N^KM-^XM-qNM-wM-^HM-=M-^GM-%uK *M-MjM-$M-f*M-CM-;.M- M-tM--QM-WM-$M-^V^YM-PM-}M-SM-^E^[t^RM-<M-^\\M-[iaM- M-^BM-ajrM-^IM-9M-*M-^LM-4NM-y;l^IO^AM-{oM-H^EM-$^ZM-wM-EM-|^\\M-bj)",
            ),
            ],
        );
    }
}
