//! UDP (print-udp.c) and the application printers tcpdump picks by port.

use super::Net;
use super::{Ctx, PacketType, Res, be16, dispatch, ports, rest};
use crate::wire::ip_proto as ipp;
use crate::wire::udp::{self, field};

/// udpipaddr_print: addresses and ports, or ports alone when UDP is not
/// the network header's own protocol (it follows extension headers).
fn addrs(c: &mut Ctx, net: &Net, ports: Option<(u16, u16)>) {
    if net.nh == ipp::UDP {
        match ports {
            None => {
                net.pair(c);
                c.s(": ");
            }
            Some(ports) => {
                net.endpoints(c, ports, |c, p| c.port(p, false));
                c.s(": ");
            }
        }
    } else if let Some((sp, dp)) = ports {
        c.port(sp, false);
        c.s(" > ");
        c.port(dp, false);
        c.s(": ");
    }
}

/// udp_print.
pub(crate) fn udp(c: &mut Ctx, b: &[u8], length: usize, net: &Net, fragmented: bool) -> Res {
    c.proto = "udp";
    if b.len() < 4 {
        addrs(c, net, None);
        c.trunc();
        return Ok(());
    }
    // Whole: etherparse's slice; cut: the fields before the cut.
    let h = udp::header(b);
    let (sport, dport) = match &h {
        Some(h) => (h.source_port(), h.destination_port()),
        None => (
            be16(b, field::SRC_PORT.start)?,
            be16(b, field::DST_PORT.start)?,
        ),
    };
    if length < udp::HEADER_LEN {
        addrs(c, net, Some((sport, dport)));
        c.s_dec("truncated-udp ", length as u64);
        return Ok(());
    }
    if b.len() < field::LENGTH.end {
        addrs(c, net, Some((sport, dport)));
        c.trunc();
        return Ok(());
    }
    let mut ulen = usize::from(match &h {
        Some(h) => h.length(),
        None => be16(b, field::LENGTH.start)?,
    });
    if ulen == 0 && length > 65535 {
        ulen = length;
    }
    if ulen < udp::HEADER_LEN {
        addrs(c, net, Some((sport, dport)));
        c.s_dec("truncated-udplength ", ulen as u64);
        return Ok(());
    }
    let ulen = ulen.saturating_sub(udp::HEADER_LEN);
    let mut length = length.saturating_sub(udp::HEADER_LEN);
    if ulen < length {
        length = ulen;
    }
    let Some(h) = h else {
        addrs(c, net, Some((sport, dport)));
        c.trunc();
        return Ok(());
    };
    let forced = c.o.packet_type.map(ports::udp_forced);
    // -T with a type udp_print has no case for: not even the ports.
    if matches!(forced, Some(ports::Forced::Nothing)) {
        return Ok(());
    }
    let payload = rest(b, udp::HEADER_LEN);
    // -T rpc: its printers print the addresses their own way.
    if c.o.packet_type == Some(PacketType::Rpc) {
        return ports::udp_rpc(c, payload, length, net);
    }
    addrs(c, net, Some((sport, dport)));
    let seg = &b[..b.len().min(length + udp::HEADER_LEN)];
    // -T: what the filter selected is that protocol, whatever its ports,
    // and tcpdump decides it before the checksum.
    if let Some(ports::Forced::Print(print)) = forced {
        return print(c, payload, length, &ports::Seg { net, sport, dport });
    }
    // NFS is recognised before the checksum is verified.
    if !c.o.quiet && c.o.packet_type.is_none() {
        let seg = ports::Seg { net, sport, dport };
        if let Some(r) = ports::udp_nfs(c, payload, length, &seg) {
            return r;
        }
    }
    // -K: no checksum is verified.
    if c.o.verbose > 0 && !c.o.no_checksums && !fragmented {
        let whole = payload.len() >= length;
        if !net.v6 && c.o.verbose > 1 {
            let sum = h.checksum();
            if sum == 0 {
                c.s("[no cksum] ");
            } else if whole {
                cksum_note(c, net, seg, sum);
            }
        } else if net.v6 && whole {
            cksum_note(c, net, seg, h.checksum());
        }
    }
    if c.o.quiet {
        return udp_length(c, ulen, length, fragmented);
    }
    // udp_print's AppleTalk case sits among the port rows, after every
    // row whose ports fall in the AppleTalk ranges but PTP's, so it can be
    // asked first.
    if payload.get(2) == Some(&dispatch::LAP_DDP)
        && (appletalk_port(sport) || appletalk_port(dport))
    {
        return dispatch::kip(c, payload, length);
    }
    match ports::udp(sport, dport) {
        Some(print) => print(c, payload, length, &ports::Seg { net, sport, dport }),
        None => udp_length(c, ulen, length, fragmented),
    }
}

fn cksum_note(c: &mut Ctx, net: &Net, seg: &[u8], field: u16) {
    let sum = net.cksum(ipp::UDP, seg);
    c.cksum_verdict("udp", field, sum);
}

/// appletalk.h's atalk_port: the three UDP port ranges of AppleTalk
/// gateways.
fn appletalk_port(p: u16) -> bool {
    [200, 768, 16512]
        .iter()
        .any(|&low| p.wrapping_sub(low) < 128)
}

fn udp_length(c: &mut Ctx, ulen: usize, length: usize, fragmented: bool) -> Res {
    if ulen > length && !fragmented {
        c.s_dec("UDP, bad length ", ulen as u64);
        c.s_dec(" > ", length as u64);
    } else {
        c.s_dec("UDP, length ", ulen as u64);
    }
    Ok(())
}
