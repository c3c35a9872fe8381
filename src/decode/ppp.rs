//! PPPoE (print-pppoe.c) and the PPP protocol field of its sessions.

use super::out::Emit;
use super::{Ctx, Res, be16, bytes, ip, ip6, rest, u8at};

/// PPPoE (print-pppoe.c): session data goes on to PPP.
pub(crate) fn pppoe(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pppoe";
    if length < 6 {
        c.trunc();
        return Ok(());
    }
    let vt = u8at(b, 0)?;
    let code = u8at(b, 1)?;
    let session = be16(b, 2)?;
    let plen = usize::from(be16(b, 4)?);
    // tcpdump notes an odd version or type before the name.
    if vt >> 4 != 1 {
        c.s(" [ver ");
        c.dec(vt >> 4);
        c.s("]");
    }
    if vt & 0xf != 1 {
        c.s(" [type ");
        c.dec(vt & 0xf);
        c.s("]");
    }
    c.s("PPPoE ");
    match code {
        0x00 => {}
        0x09 => c.s("PADI"),
        0x07 => c.s("PADO"),
        0x19 => c.s("PADR"),
        0x65 => c.s("PADS"),
        0xa7 => c.s("PADT"),
        _ => {
            c.s("PAD-");
            c.out.hex(u64::from(code));
        }
    }
    if code == 0x09 && plen > 1484 - 6 {
        c.s(" [len ");
        c.dec(plen as u64);
        c.s("!]");
    }
    if plen > length - 6 {
        c.s(" [len ");
        c.dec(plen as u64);
        c.s(" > ");
        c.dec((length - 6) as u64);
        c.s("!]");
    }
    if session != 0 {
        c.s(" [ses 0x");
        c.out.hex(u64::from(session));
        c.s("]");
    }
    let mut length = length - 6;
    if plen < length {
        length = plen;
    }
    if code != 0 {
        return pppoe_tags(c, rest(b, 6), length);
    }
    c.s(" ");
    let payload = rest(b, 6);
    let payload = &payload[..payload.len().min(length)];
    ppp(c, payload, length)
}

fn pppoe_tag_name(c: &mut Ctx, t: u16) {
    let name = match t {
        0x0000 => "EOL",
        0x0101 => "Service-Name",
        0x0102 => "AC-Name",
        0x0103 => "Host-Uniq",
        0x0104 => "AC-Cookie",
        0x0105 => "Vendor-Specific",
        0x0110 => "Relay-Session-ID",
        0x0120 => "PPP-Max-Payload",
        0x0201 => "Service-Name-Error",
        0x0202 => "AC-System-Error",
        0x0203 => "Generic-Error",
        _ => "",
    };
    if name.is_empty() {
        c.s("TAG-0x");
        c.out.hex(u64::from(t));
    } else {
        c.s(name);
    }
}

/// PPPoE discovery tags: text when mostly printable, else hex.
fn pppoe_tags(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let mut p = 0;
    let mut tag = 0xffff;
    while tag != 0 && p < length {
        tag = be16(b, p)?;
        let len = usize::from(be16(b, p + 2)?);
        p += 4;
        if len == 0 {
            c.s(" [");
            pppoe_tag_name(c, tag);
            c.s("]");
            continue;
        }
        let shown = len.min(79);
        let value = bytes(b, p, shown)?;
        let printable = value.iter().filter(|&&x| (0x20..0x7f).contains(&x)).count();
        c.s(" [");
        pppoe_tag_name(c, tag);
        if printable > shown - printable {
            c.s(" \"");
            for &x in value {
                c.out.ch(if (0x20..0x7f).contains(&x) { x } else { b'.' });
            }
            c.s("\"]");
        } else {
            c.s(" 0x");
            for i in 0..len {
                let x = u8at(b, p + i)?;
                c.out.ch(b"0123456789ABCDEF"[usize::from(x >> 4)]);
                c.out.ch(b"0123456789ABCDEF"[usize::from(x & 0xf)]);
            }
            c.s("]");
        }
        p += len;
    }
    Ok(())
}

/// PPP protocol field and IPv4/IPv6 payloads.
pub(crate) fn ppp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ppp";
    let olen = length;
    let mut p = 0;
    let mut length = length;
    if length < 2 {
        c.trunc();
        return Ok(());
    }
    if u8at(b, 0)? == 0xff && u8at(b, 1)? == 0x03 {
        p += 2;
        length -= 2;
        if length < 2 {
            c.trunc();
            return Ok(());
        }
    }
    let proto = if u8at(b, p)? % 2 == 1 {
        p += 1;
        length -= 1;
        u16::from(b[p - 1])
    } else {
        let v = be16(b, p)?;
        p += 2;
        length -= 2;
        v
    };
    let name = match proto {
        0x21 | 0x0800 => Some("IP"),
        0x57 | 0x86dd => Some("IPV6"),
        0xc021 => Some("LCP"),
        0x8021 => Some("IPCP"),
        0x8057 => Some("IP6CP"),
        0xc023 => Some("PAP"),
        0xc223 => Some("CHAP"),
        0x0281 | 0x8847 => Some("MPLS"),
        0x23 => Some("OSI"),
        0x25 => Some("NS"),
        0x27 => Some("DECNET"),
        0x29 => Some("APPLE"),
        0x2b => Some("IPX"),
        0x2d => Some("VJC"),
        0x2f => Some("VJNC"),
        0x31 => Some("BRPDU"),
        0x33 => Some("STII"),
        0x35 => Some("VINES"),
        0x3d => Some("ML"),
        0xfd => Some("COMP"),
        _ => None,
    };
    if c.o.link_header {
        c.s(name.unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(proto), 4);
        c.s("), length ");
        c.dec(olen as u64);
        if name.is_none() {
            // tcpdump -e says no more about a protocol it cannot name.
            return Ok(());
        }
        c.s(": ");
    }
    let b = rest(b, p);
    match proto {
        0x21 | 0x0800 => ip::ip(c, b, length),
        0x57 | 0x86dd => ip6::ip6(c, b, length),
        0x0281 | 0x8847 => super::ether::mpls(c, b, length),
        _ => {
            if !c.o.link_header {
                match name {
                    Some(n) => c.s(n),
                    None => {
                        c.s("unknown PPP protocol (0x");
                        c.out.hex0(u64::from(proto), 4);
                        c.s(")");
                    }
                }
                c.s(" ");
            }
            // print-ppp.c dumps the rest in hex only, whatever -x says.
            super::hexdump::hex(c.out, "\n\t", &b[..b.len().min(length)]);
            Ok(())
        }
    }
}
