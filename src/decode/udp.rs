//! UDP (print-udp.c) and the application printers tcpdump picks by port.

use super::ip::{IPPROTO_UDP, Net};
use super::out::Emit;
use super::{Ctx, PacketType, Res, app, be16, cksum_shouldbe, dns, rest, snmp, tunnel, udpapp};

/// udpipaddr_print: addresses and ports, or ports alone when UDP is not
/// the network header's own protocol (it follows extension headers).
fn addrs(c: &mut Ctx, net: &Net, ports: Option<(u16, u16)>) {
    if net.nh == IPPROTO_UDP {
        match ports {
            None => {
                net.pair(c);
                c.s(": ");
            }
            Some((sp, dp)) => {
                net.addr(c, true);
                c.s(".");
                c.port(sp, false);
                c.s(" > ");
                net.addr(c, false);
                c.s(".");
                c.port(dp, false);
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
    let sport = be16(b, 0)?;
    let dport = be16(b, 2)?;
    if length < 8 {
        addrs(c, net, Some((sport, dport)));
        c.s("truncated-udp ");
        c.dec(length as u64);
        return Ok(());
    }
    if b.len() < 6 {
        addrs(c, net, Some((sport, dport)));
        c.trunc();
        return Ok(());
    }
    let mut ulen = usize::from(be16(b, 4)?);
    if ulen == 0 && length > 65535 {
        ulen = length;
    }
    if ulen < 8 {
        addrs(c, net, Some((sport, dport)));
        c.s("truncated-udplength ");
        c.dec(ulen as u64);
        return Ok(());
    }
    let ulen = ulen - 8;
    let mut length = length - 8;
    if ulen < length {
        length = ulen;
    }
    if b.len() < 8 {
        addrs(c, net, Some((sport, dport)));
        c.trunc();
        return Ok(());
    }
    addrs(c, net, Some((sport, dport)));
    let payload = rest(b, 8);
    // -T: what the filter selected is that protocol, whatever its ports,
    // and tcpdump decides it before the checksum. Types whose decoder is
    // not here yet go by port as without -T.
    match c.o.packet_type {
        Some(PacketType::Domain) => return dns::domain(c, payload, length, false, false),
        Some(PacketType::Tftp) => return udpapp::tftp(c, payload, length),
        Some(PacketType::Snmp) => return snmp::snmp(c, payload, length),
        Some(PacketType::Radius) => return udpapp::radius(c, payload, length),
        Some(PacketType::Vxlan) => return tunnel::vxlan(c, payload, length),
        _ => {}
    }
    if c.o.verbose > 0 && !c.o.no_checksums && !fragmented {
        let whole = payload.len() >= length;
        if !net.v6 && c.o.verbose > 1 {
            let field = be16(b, 6)?;
            if field == 0 {
                c.s("[no cksum] ");
            } else if whole {
                cksum_note(c, net, &b[..length + 8], field);
            }
        } else if net.v6 && whole {
            let field = be16(b, 6)?;
            cksum_note(c, net, &b[..length + 8], field);
        }
    }
    if c.o.quiet {
        return udp_length(c, ulen, length, fragmented);
    }
    // Printers get what the IP datagram holds past the UDP header, not
    // just `length` bytes: tcpdump's reads stop at the end of the datagram
    // (a UDP length field shorter than that does not cut them), and the
    // tunnels hand it to ether_print as the capture length.
    let is = |p: u16| sport == p || dport == p;
    // tcpdump's order of port checks decides which printer a packet
    // between two known ports gets.
    if is(53) {
        dns::domain(c, payload, length, false, false)
    } else if is(5353) {
        dns::domain(c, payload, length, false, true)
    } else if is(69) {
        udpapp::tftp(c, payload, length)
    } else if is(67) || is(68) {
        udpapp::bootp(c, payload, length)
    } else if is(520) {
        udpapp::rip(c, payload, length)
    } else if is(521) {
        udpapp::ripng(c, payload, length)
    } else if is(500) {
        udpapp::isakmp(c, payload, length, net)
    } else if is(4500) {
        nat_t(c, payload, length, net)
    } else if is(7500) || is(8500) {
        udpapp::isakmp(c, payload, length, net)
    } else if is(161) || is(162) {
        snmp::snmp(c, payload, length)
    } else if is(123) {
        app::ntp(c, payload, length)
    } else if is(88) || is(750) {
        udpapp::krb(c, payload)
    } else if is(1701) {
        super::l2tp::l2tp(c, payload, length)
    } else if (7000..=7009).contains(&sport) || (7000..=7009).contains(&dport) {
        udpapp::rx(c, payload, length, dport)
    } else if is(546) || is(547) {
        udpapp::dhcp6(c, payload, length)
    } else if is(496) {
        udpapp::autorp(c, payload, length)
    } else if [1645, 1812, 1646, 1813, 1700, 3799].iter().any(|&p| is(p)) {
        udpapp::radius(c, payload, length)
    } else if dport == 1985 {
        udpapp::hsrp(c, payload, length)
    } else if is(646) {
        udpapp::ldp(c, payload, length)
    } else if is(3503) {
        udpapp::lspping(c, payload, length)
    } else if [3784, 4784, 6784, 3785].contains(&dport) {
        udpapp::bfd(c, payload, length, dport)
    } else if is(6343) {
        udpapp::sflow(c, payload, length)
    } else if is(5060) {
        app::txtproto(c, payload, length, "sip", app::TxtKind::Sip)
    } else if is(514) {
        app::syslog(c, payload, length)
    } else if is(4342) {
        udpapp::lisp(c, payload, length)
    } else if is(6696) || is(6697) {
        udpapp::babel(c, payload, length)
    } else if is(8472) {
        tunnel::otv(c, payload, length)
    } else if is(4789) {
        tunnel::vxlan(c, payload, length)
    } else if is(6081) {
        tunnel::geneve(c, payload, length)
    } else {
        udp_length(c, ulen, length, fragmented)
    }
}

/// isakmp_rfc3948_print: NAT keep-alives, IKE behind a zero marker, and
/// ESP in UDP.
fn nat_t(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp_rfc3948";
    if length == 1 && super::u8at(b, 0)? == 0xff {
        c.s("isakmp-nat-keep-alive");
        return Ok(());
    }
    if length < 4 {
        return Err(super::Trunc);
    }
    if super::be32(b, 0)? == 0 {
        c.s("NONESP-encap: ");
        return udpapp::isakmp(c, rest(b, 4), length - 4, net);
    }
    c.s("UDP-encap: ");
    super::iproto::esp(c, b, length)
}

fn cksum_note(c: &mut Ctx, net: &Net, seg: &[u8], field: u16) {
    let sum = net.cksum(17, seg);
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
