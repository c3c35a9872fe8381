//! UDP (print-udp.c) and the application printers tcpdump picks by port.

use super::ip::{IPPROTO_UDP, Net};
use super::out::Emit;
use super::{Ctx, Res, app, be16, cksum_shouldbe, dns, rest, snmp, tunnel, udpapp};

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
    if c.o.verbose > 0 && !fragmented {
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
    } else if (7000..=7009).contains(&sport) || (7000..=7009).contains(&dport) {
        // RX (AFS): only the short-header form is recognised.
        if payload.len() < 28 {
            c.proto = "rx";
            c.s(" [|rx] (");
            c.dec(length as u64);
            c.s(")");
            Ok(())
        } else {
            udp_length(c, ulen, length, fragmented)
        }
    } else if is(546) || is(547) {
        udpapp::dhcp6(c, payload, length)
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
            &[(
                "020000000002020000000001080045000044000100004011f69fc0000201c00002079c4000a1000ca98f302602010104067075626c6963a019020100020100020100300e300c06082b060102010101000500",
                "IP 192.0.2.1.40000 > 192.0.2.7.161:  [len2<asnlen38]",
            )],
        );
    }
}
