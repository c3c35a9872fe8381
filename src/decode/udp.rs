//! UDP (print-udp.c) and the application printers tcpdump picks by port.

use super::Net;
use super::out::Emit;
use super::{Ctx, PacketType, Res, be16, cksum_shouldbe, dispatch, ports, rest};
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
        c.s("truncated-udp ");
        c.dec(length as u64);
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
        c.s("truncated-udplength ");
        c.dec(ulen as u64);
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
    if payload.get(2) == Some(&LAP_DDP) && (appletalk_port(sport) || appletalk_port(dport)) {
        return dispatch::kip(c, payload, length);
    }
    match ports::udp(sport, dport) {
        Some(print) => print(c, payload, length, &ports::Seg { net, sport, dport }),
        None => udp_length(c, ulen, length, fragmented),
    }
}

fn cksum_note(c: &mut Ctx, net: &Net, seg: &[u8], field: u16) {
    let sum = net.cksum(ipp::UDP, seg);
    if sum != 0 {
        c.s("[bad udp cksum 0x");
        c.out.hex0(u64::from(field), 4);
        c.s(" -> 0x");
        c.out.hex0(u64::from(cksum_shouldbe(field, sum)), 4);
        c.s("!] ");
    } else {
        c.s("[udp sum ok] ");
    }
}

/// LAP's type of a long DDP datagram.
const LAP_DDP: u8 = 2;

/// appletalk.h's atalk_port: the three UDP port ranges of AppleTalk
/// gateways.
fn appletalk_port(p: u16) -> bool {
    [200, 768, 16512]
        .iter()
        .any(|&low| p.wrapping_sub(low) < 128)
}

fn udp_length(c: &mut Ctx, ulen: usize, length: usize, fragmented: bool) -> Res {
    if ulen > length && !fragmented {
        c.s("UDP, bad length ");
        c.dec(ulen as u64);
        c.s(" > ");
        c.dec(length as u64);
    } else {
        c.s("UDP, length ");
        c.dec(ulen as u64);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// Application payloads behind UDP length fields shorter (and longer)
    /// than the datagram: printers read to the end of the datagram, as
    /// tcpdump 4.99.3 does (expected text from it on the same frames).
    #[test]
    fn udp_length_field_does_not_cut_the_payload() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000050000100004011f693c0000201c00002079c4000350022ffa90001810000010001000000000161076578616d706c6500000100010161076578616d706c65000001000100000000000401020304",
                    "IP 192.0.2.1.40000 > 192.0.2.7.53: 1- 1/0/0 A 1.2.3.4 (26)",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c00002079c40007b0018266f23020a0000000000000000007f0000010000000000000000eead242a875a70000000000000000000eead242a875b6800",
                    "IP 192.0.2.1.40000 > 192.0.2.7.123: NTPv4, Client, length 16",
                ),
                (
                    "02000000000202000000000108004500003f000100004011f6a4c0000201c00002079c4002020035c1633c33343e4f63742031312032323a31343a313520686f73742073753a206661696c6564",
                    "IP 192.0.2.1.40000 > 192.0.2.7.514: SYSLOG auth.critical, length: 35",
                ),
                (
                    "020000000002020000000001080045000050000100004011f693c0000201c00002079c400035000affc10001810000010001000000000161076578616d706c6500000100010161076578616d706c65000001000100000000000401020304",
                    "IP 192.0.2.1.40000 > 192.0.2.7.53: domain [length 2 < 12] (invalid)",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a1000aa991302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                    "IP 192.0.2.1.40000 > 192.0.2.7.161:  [len0<asnlen38]",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4001f40008dd8400000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.500: isakmp:",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c4013c40014325a494e56495445207369703a78205349502f322e300d0a0d0a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.5060: SIP: INVITE sip:x [|sip]",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a10030a96b302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                    "IP 192.0.2.1.40000 > 192.0.2.7.161:  GetRequest(25)  .1.3.6.1.2.1.1.1.0",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c00002079c400045000ca82d0001626f6f742e696d67006f6374657400",
                    "IP 192.0.2.1.40000 > 192.0.2.7.69: TFTP, length 4, RRQ \"bo\" [|tftp]",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a10014a987302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                    "IP 192.0.2.1.40000 > 192.0.2.7.161:  [len10<asnlen38]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c4002080014db66020200000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.520: RIPv2, Response, length: 12",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c00002079c4012b5000cb7ae0c00000300000100ffffffffffff0000000000000800450000140001000040007ce77f0000017f000001",
                    "IP 192.0.2.1.40000 > 192.0.2.7.4789: VXLAN (invalid)",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a1000ca98f302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                    "IP 192.0.2.1.40000 > 192.0.2.7.161:  [len2<asnlen38]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c400ec8001facc520c003180000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3784: BFDv1, Control, State Up, Flags: [none], length: 23",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c00002079c4007140026d84e0000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.1812:  [|radius]",
                ),
                (
                    "020000000002020000000001080045000108000100004011f5dbc0000201c00002079c4000430014d5570101060000000000000000000000000000000000000000000000000002000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.67: BOOTP/DHCP, Request from 02:00:00:00:00:01, length 12",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c00002079c4012b50018b7a20c00000300000100ffffffffffff0000000000000800450000140001000040007ce77f0000017f000001",
                    "IP 192.0.2.1.40000 > 192.0.2.7.4789: VXLAN, flags [I] (0x0c), vni 1
[length 8 < caplen 34] (invalid)",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a10009a992302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                    "IP 192.0.2.1.40000 > 192.0.2.7.161:  [no asnlen]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c4013c40020324e494e56495445207369703a78205349502f322e300d0a0d0a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.5060: SIP: INVITE sip:x SIP/2.0",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c00002079c4000450009a8300001626f6f742e696d67006f6374657400",
                    "IP 192.0.2.1.40000 > 192.0.2.7.69: TFTP, length 1 [|tftp]",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c00002079c400045000aa82f0001626f6f742e696d67006f6374657400",
                    "IP 192.0.2.1.40000 > 192.0.2.7.69: TFTP, length 2, RRQ [|tftp]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c4013c40010325e494e56495445207369703a78205349502f322e300d0a0d0a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.5060: SIP: INVITE s [|sip]",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c00002079c4000450019a8200001626f6f742e696d67006f6374657400",
                    "IP 192.0.2.1.40000 > 192.0.2.7.69: TFTP, length 17, RRQ \"boot.img\" octet",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002079c4013c4000c3262494e56495445207369703a78205349502f322e300d0a0d0a",
                    "IP 192.0.2.1.40000 > 192.0.2.7.5060: SIP",
                ),
            ],
        );
    }
}
