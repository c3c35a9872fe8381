//! TCP (print-tcp.c): flags, relative sequence numbers per connection,
//! window, urgent pointer, and the application printers tcpdump picks by
//! port. The options list, MPTCP, PPTP and MSDP live in their own files.

use super::Net;
use super::out::Emit;
use super::state::ConnKey;
use super::{Ctx, Res, Trunc, be16, cksum_shouldbe, ports, rest};
use crate::wire::{
    self, ip_proto as ipp,
    tcp::field::{DST_PORT, SRC_PORT},
};

mod mptcp;
mod options;
mod signature;

use options::{OptEnd, options};

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
    let fixed = wire::tcp::Fields::read(b);
    let (sport, dport) = match &fixed {
        Some(f) => (f.src_port, f.dst_port),
        None => (be16(b, SRC_PORT.start)?, be16(b, DST_PORT.start)?),
    };
    if net.nh == ipp::TCP {
        net.endpoints(c, (sport, dport), |c, p| c.port(p, true));
        c.s(": ");
    } else {
        c.port(sport, true);
        c.s(" > ");
        c.port(dport, true);
        c.s(": ");
    }
    let Some(f) = fixed else {
        c.trunc();
        return Ok(());
    };
    let mut hlen = usize::from(f.data_offset) * 4;
    if hlen < wire::tcp::MIN_HEADER_LEN {
        c.s_dec(" tcp ", length.wrapping_sub(hlen) as u32);
        c.s_dec(" [bad hdr length ", hlen as u64);
        c.s(" - too short, < 20]");
        return Ok(());
    }
    let mut seq = f.seq;
    let mut ack = f.ack;
    let win = f.window;
    let urp = f.urgent;
    if c.o.quiet {
        c.s("tcp ");
        c.quiet_payload_len(length, hlen);
        return Ok(());
    }
    let flags = f.flags;
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
        c.bad_hdr_length(hlen, length);
        return Ok(());
    }
    // -K: no checksum is verified.
    if c.o.verbose > 0 && !c.o.no_checksums && !fragmented && b.len() >= length {
        let field = f.checksum;
        let sum = net.cksum(ipp::TCP, &b[..length]);
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
    let length = length.saturating_sub(hlen);
    if c.o.verbose > 1 || length > 0 || flags & (SYN | FIN | RST) != 0 {
        c.s_dec(", seq ", seq);
        if length > 0 {
            c.s_dec(":", seq.wrapping_add(length as u32));
        }
    }
    if flags & ACK != 0 {
        c.s_dec(", ack ", ack);
    }
    c.s_dec(", win ", win);
    if flags & URG != 0 {
        c.s_dec(", urg ", urp);
    }
    if hlen > wire::tcp::MIN_HEADER_LEN {
        c.s(", options [");
        let mut started = false;
        let segment = signature::Segment {
            net,
            ip_len: length + hlen,
            payload_len: length,
        };
        let sack_base = if rev { thseq } else { thack };
        match options(c, b, &mut hlen, &segment, sack_base, &mut started)? {
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
    c.s_dec(", length ", length as u64);
    if length == 0 {
        return Ok(());
    }
    let header_len = usize::from(f.data_offset) * 4;
    if b.len() < header_len {
        c.header_past_capture(b.len(), header_len);
        return Err(Trunc);
    }
    let payload = rest(b, header_len);
    if flags & RST != 0 && c.o.verbose > 0 {
        rst_data(c, payload, length);
        return Ok(());
    }
    let seg = ports::Seg { net, sport, dport };
    let forced = c.o.packet_type.map(ports::tcp_forced);
    match forced {
        Some(ports::Forced::Print(print)) => print(c, payload, length, &seg),
        Some(ports::Forced::Nothing) => Ok(()),
        Some(ports::Forced::ByPort) | None => match ports::tcp(sport, dport) {
            Some(print) => print(c, payload, length, &seg),
            None => Ok(()),
        },
    }
}

/// For --json's `"info"`: what tcp_print prints after `length N` (the
/// payload's printer, by port) for a segment whose header --json has
/// read, without printing the header again. None where the header's text
/// could hold a ": " or end the line before the payload (other options
/// than these, a header longer than the segment, options that change the
/// line: -q, -v, -T, relative sequence numbers); tcp_print then runs whole.
pub(crate) fn payload_alone(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Option<Res> {
    let o = c.o;
    if o.quiet || o.verbose > 0 || o.packet_type.is_some() || !o.absolute_seq {
        return None;
    }
    let f = wire::tcp::Fields::read(b)?;
    let hlen = usize::from(f.data_offset) * 4;
    if hlen < wire::tcp::MIN_HEADER_LEN || hlen >= length || !plain_options(b.get(20..hlen)?) {
        return None;
    }
    c.proto = "tcp";
    let seg = ports::Seg {
        net,
        sport: f.src_port,
        dport: f.dst_port,
    };
    Some(match ports::tcp(f.src_port, f.dst_port) {
        Some(print) => print(c, rest(b, hlen), length - hlen, &seg),
        None => Ok(()),
    })
}

/// Options whose text has no ": " and ends the list well: each a NOP,
/// or an MSS, window scale, SACK-permitted, SACK or timestamp option of
/// its own length, up to the end or an end-of-list.
fn plain_options(mut o: &[u8]) -> bool {
    while let Some(&kind) = o.first() {
        let len = match kind {
            0 => return true,
            1 => 1,
            _ => usize::from(o.get(1).copied().unwrap_or(0)),
        };
        let fits = match kind {
            1 => true,
            2 => len == 4,
            3 => len == 3,
            4 => len == 2,
            5 => len >= 2 && (len - 2) % 8 == 0,
            8 => len == 10,
            _ => false,
        };
        if !fits || len > o.len() {
            return false;
        }
        o = &o[len..];
    }
    true
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
        super::print_char(c, ch);
    }
    c.s("]");
}

#[cfg(test)]
mod tests {
    use super::super::tests::numeric;
    use super::super::{Printer, state::SeqTable};
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
        p.print(&mut out, &Packet::bare(frame, frame.len() as u32, 0, 0));
        String::from_utf8(out).unwrap()
    }

    fn printer(generation: usize) -> Printer {
        let mut p = Printer::new(numeric(0), LinkType::Ethernet);
        p.tcp = SeqTable::with_generation(generation);
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
}
