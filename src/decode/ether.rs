//! Ethernet II and 802.3 frames, 802.1Q/QinQ tags, the ethertype
//! dispatch, and MPLS label stacks (print-ether.c, print-mpls.c). LLC/STP,
//! ARP and PPPoE have their own files.

use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, be32, dispatch, llc, names, rest, u8at};

// The ethertype table lives in the dispatch hub; this name stays until the
// files that still call it here (llc, tunnel) call the hub directly.
pub(crate) use super::dispatch::ethertype;

use crate::wire::{ethernet, ethertype as et, macsec as sec, vlan};

/// tcpdump's ethertype_values.
pub(crate) fn ethertype_name(t: u16) -> Option<&'static str> {
    Some(match t {
        0x0800 => "IPv4",
        0x8847 => "MPLS unicast",
        0x8848 => "MPLS multicast",
        0x86dd => "IPv6",
        0x8100 => "802.1Q",
        0x9100 => "802.1Q-9100",
        0x88a8 => "802.1Q-QinQ",
        0x9200 => "802.1Q-9200",
        0x88e5 => "802.1AE MACsec",
        0x0200 => "PUP",
        0x0806 => "ARP",
        0x8035 => "Reverse ARP",
        0x0600 => "NS",
        0x0500 => "Sprite",
        0x1000 => "Trail",
        0x6001 => "MOP DL",
        0x6002 => "MOP RC",
        0x6003 => "DN",
        0x6004 => "LAT",
        0x6007 => "SCA",
        0x6558 => "TEB",
        0x8038 => "Lanbridge",
        0x803c => "DEC DNS",
        0x803e => "DEC DTS",
        0x805b => "VEXP",
        0x805c => "VPROD",
        0x809b => "Appletalk",
        0x80f3 => "Appletalk ARP",
        0x8137 => "IPX",
        0x880b => "PPP",
        0x8808 => "MPCP",
        0x8809 => "Slow Protocols",
        0x8863 => "PPPoE D",
        0x8864 => "PPPoE S",
        0x888e => "EAPOL",
        0x8899 => "RRCP",
        0x886f => "MS NLB heartbeat",
        0x8870 => "Jumbo",
        0x894f => "NSH",
        0x9000 => "Loopback",
        0x00fe => "GRE-OSI",
        0xabcd => "CFM (old)",
        0x8902 => "CFM",
        0x893a => "IEEE1905.1",
        0x88cc => "LLDP",
        0x88ca => "TIPC",
        0x0707 => "GeoNet (old)",
        0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        0xd28b => "Arista Vendor Specific Protocol",
        _ => return None,
    })
}

/// A MAC address as etheraddr_string prints it: hex with -n; without it
/// "Broadcast" or the hex and the vendor tag.
pub(crate) fn mac(c: &mut Ctx, a: &[u8]) {
    if c.names.resolving() && a.len() == 6 {
        if a == [0xff; 6] {
            c.s("Broadcast");
            return;
        }
        c.out.mac(a);
        c.s(" (oui ");
        let oui = u32::from(a[0]) << 16 | u32::from(a[1]) << 8 | u32::from(a[2]);
        c.s(names::oui_name(oui));
        c.s(")");
    } else {
        c.out.mac(a);
    }
}

/// ether_type_print: "ethertype NAME (0xXXXX)", or just the name with -q.
fn type_print(c: &mut Ctx, t: u16) {
    match (c.o.quiet, ethertype_name(t)) {
        (false, name) => {
            c.s("ethertype ");
            c.s(name.unwrap_or("Unknown"));
            c.s(" (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
        (true, Some(name)) => c.s(name),
        (true, None) => {
            c.s("Unknown Ethertype (0x");
            c.out.hex0(u64::from(t), 4);
            c.s(")");
        }
    }
}

/// "vlan N, p N[, DEI]".
pub(crate) fn tci(c: &mut Ctx, tag: u16) {
    c.s("vlan ");
    c.dec(tag & 0xfff);
    c.s(", p ");
    c.dec(tag >> 13);
    if tag & 0x1000 != 0 {
        c.s(", DEI");
    }
}

/// The whole frame of a DLT_EN10MB capture; sets the link header length.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "ether";
    let hdr = ether(c, b, wire_len)?;
    c.ll_len += hdr;
    Ok(())
}

/// ether_print: an Ethernet header and what it carries. Returns the length
/// of the link-level header (address, tags, type, LLC).
pub(crate) fn ether(c: &mut Ctx, b: &[u8], length: u32) -> Res<usize> {
    c.proto = "ether";
    let caplen = b.len();
    if caplen < 14 {
        c.trunc();
        return Ok(caplen);
    }
    if (length as usize) < 14 {
        c.trunc();
        return Ok(length as usize);
    }
    let orig_length = length;
    // Whole: the 14 bytes were checked above.
    let eth = ethernet::header(b).ok_or(Trunc)?;
    let (dst, src) = (&eth.destination(), &eth.source());
    if c.o.link_header {
        mac(c, src);
        c.s(" > ");
        mac(c, dst);
        c.s(", ");
    }
    let mut length = length as usize - ethernet::HEADER_LEN;
    let mut p = ethernet::HEADER_LEN;
    let mut hdrlen = ethernet::HEADER_LEN;
    let mut t = eth.ether_type().0;
    let mut printed_length = false;
    let mut b = b;
    let mut caplen = caplen;
    if t == et::MACSEC {
        if c.o.link_header {
            type_print(c, t);
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
            printed_length = true;
        }
        match macsec(c, b, p, length, src, dst)? {
            Macsec::Done(n) => return Ok(n),
            Macsec::Inner {
                sectag,
                len,
                cap,
                end,
            } => {
                p += sectag;
                hdrlen += sectag;
                length = len;
                b = &b[..end];
                caplen = p + cap;
                t = be16(b, p)?;
                // The short length may leave less than a type field: tcpdump's
                // ND_LCHECK_U(caplen, 2), the link header ending at the SecTAG.
                if cap < 2 {
                    c.s(" [caplen ");
                    c.dec(cap as u64);
                    c.s(" < 2]");
                    return Ok(hdrlen);
                }
                length = length.saturating_sub(2);
                p += 2;
                hdrlen += 2;
            }
        }
    }
    while matches!(t, et::VLAN | et::VLAN_9100 | et::VLAN_9200 | et::QINQ) {
        let cap = caplen.saturating_sub(p);
        let tag = match vlan::header(rest(b, p)) {
            Some(tag) if cap >= vlan::HEADER_LEN && length >= vlan::HEADER_LEN => tag,
            _ => {
                c.proto = "vlan";
                c.trunc();
                return Ok(hdrlen + cap.min(length));
            }
        };
        if c.o.link_header {
            type_print(c, t);
            if printed_length {
                c.s(", ");
            } else {
                c.s(", length ");
                c.dec(orig_length);
                c.s(": ");
                printed_length = true;
            }
            tci(c, vlan::tci(&tag));
            c.s(", ");
        }
        t = tag.ether_type().0;
        p += vlan::HEADER_LEN;
        length -= vlan::HEADER_LEN;
        hdrlen += vlan::HEADER_LEN;
    }
    let payload = &b[p..];
    if t <= et::MAX_LENGTH {
        // 802.3: the field is the payload length.
        let mut length = length;
        if (t as usize) < length {
            length = t as usize;
        }
        let payload = &payload[..payload.len().min(length)];
        if c.o.link_header {
            c.s("802.3");
            if !printed_length {
                c.s(", length ");
                c.dec(length as u64);
                c.s(": ");
            }
        }
        let llc = llc::llc(c, payload, length, src, dst)?;
        return Ok(hdrlen + llc);
    }
    if c.o.link_header {
        type_print(c, t);
        if printed_length {
            c.s(", ");
        } else {
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
    }
    if !dispatch::ethertype(c, t, payload, length)? {
        if !c.o.link_header {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(", ");
            type_print(c, t);
            c.s(", length ");
            c.dec(orig_length);
            c.s(": ");
        }
        c.default_print(&payload[..payload.len().min(caplen.saturating_sub(p))]);
    }
    Ok(hdrlen)
}

enum Macsec {
    /// Nothing more to print; the link header length to report.
    Done(usize),
    /// Clear text: the SecTAG's length, the secure data's length and where
    /// it ends in the frame (before the ICV).
    /// `cap` is the captured part of it, `end` where the readable bytes
    /// end (the short length cuts `len` and `cap`, the ICV cuts `end`).
    Inner {
        sectag: usize,
        len: usize,
        cap: usize,
        end: usize,
    },
}

/// macsec_print: the SecTAG at `p` (after the 0x88e5 type). Encrypted
/// payloads are dumped; clear ones continue as an Ethernet type/length.
fn macsec(c: &mut Ctx, b: &[u8], p: usize, length: usize, src: &[u8], dst: &[u8]) -> Res<Macsec> {
    let saved = c.proto;
    c.proto = "macsec";
    let caplen = b.len() - p;
    let quit = Macsec::Done(p + caplen);
    if caplen < sec::SECTAG_LEN || length < sec::SECTAG_LEN {
        c.trunc();
        c.proto = saved;
        return Ok(quit);
    }
    let tci = b[p + sec::field::TCI_AN];
    let sl = b[p + sec::field::SL];
    let sectag = sec::sectag_len(tci);
    if caplen < sectag || length < sectag {
        c.trunc();
        c.proto = saved;
        return Ok(quit);
    }
    if sl & !sec::SL_MASK != 0 || tci & sec::TCI_V != 0 {
        c.invalid();
        c.proto = saved;
        return Ok(quit);
    }
    let short_length = usize::from(sl & sec::SL_MASK);
    let header = |c: &mut Ctx| -> Res {
        c.s("an ");
        c.dec(tci & sec::AN_MASK);
        c.s(", pn ");
        c.dec(be32(b, p + sec::field::PN.start)?);
        c.s(", flags ");
        let f = tci & (sec::TCI_ES | sec::TCI_SC | sec::TCI_SCB | sec::TCI_E | sec::TCI_C);
        if f == 0 {
            c.s("none");
        }
        for (bit, name) in [
            (sec::TCI_E, "E"),
            (sec::TCI_C, "C"),
            (sec::TCI_ES, "S"),
            (sec::TCI_SCB, "B"),
            (sec::TCI_SC, "I"),
        ] {
            if f & bit != 0 {
                c.s(name);
            }
        }
        if short_length != 0 {
            c.s(", sl ");
            c.dec(short_length as u64);
        }
        if tci & sec::TCI_SC != 0 {
            let sci = sec::field::SCI.start;
            c.s(", sci ");
            c.out.hex0(
                u64::from(be32(b, p + sci)?) << 32 | u64::from(be32(b, p + sci + 4)?),
                16,
            );
        }
        c.s(", ");
        Ok(())
    };
    if c.o.link_header {
        header(c)?;
    }
    let mut len = length - sectag;
    let mut cap = caplen - sectag;
    if tci & (sec::TCI_E | sec::TCI_C) != 0 {
        if !c.o.link_header {
            mac(c, src);
            c.s(" > ");
            mac(c, dst);
            c.s(" 802.1AE MACsec, ");
            header(c)?;
        }
        c.proto = saved;
        c.default_print(&b[p + sectag..]);
        return Ok(Macsec::Done(p + sectag));
    }
    if len < sec::ICV_LEN || cap < sec::ICV_LEN {
        c.trunc();
        c.proto = saved;
        return Ok(quit);
    }
    len -= sec::ICV_LEN;
    cap -= sec::ICV_LEN;
    if short_length != 0 {
        if short_length > len || short_length > cap {
            c.trunc();
            c.proto = saved;
            return Ok(quit);
        }
        // The lengths shrink to the short length; what can be read still
        // ends at the ICV.
        len = len.min(short_length);
        cap = cap.min(short_length);
    }
    c.proto = saved;
    Ok(Macsec::Inner {
        sectag,
        len,
        cap,
        end: b.len() - sec::ICV_LEN,
    })
}

/// Types tcpdump decodes and afsniff does not: one summary line and no
/// hex dump, so a stray frame of such a type (a damaged type field, say)
/// keeps the line count tcpdump's output has.
pub(crate) fn undecoded_one_liner(c: &mut Ctx, t: u16, length: usize) -> bool {
    let name = match t {
        0x6003 => "DECnet",
        0x809b => "AppleTalk",
        0x80f3 => "AARP",
        0x8137 => "(NOV-ETHII) IPX",
        0xfefe => "OSI",
        0x888e => "EAPOL",
        0x8899 => "RRCP",
        0x8808 => "MPCP",
        0x88cc => "LLDP",
        0x894f => "NSH",
        0x88ca => "TIPC",
        0x886f => "MS NLB heartbeat",
        0x0707 | 0x8947 => "GeoNet",
        0x1111 => "CALM FAST",
        0x88a2 => "AoE",
        0x88f7 => "PTP",
        _ => return false,
    };
    c.s(name);
    c.s(", length ");
    c.dec(length as u64);
    true
}

/// CFM (print-cfm.c) header line; a header too short takes two lines.
pub(crate) fn cfm(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cfm";
    if length < 4 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    let first = u8at(b, 0)?;
    let version = first & 0x1f;
    c.s("CFMv");
    c.dec(version);
    if version != 0 {
        c.s(" not supported, length ");
        c.dec(length as u64);
        return Ok(());
    }
    // Opcode names and the MD level are not decoded.
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// Slow protocols (print-slow.c): LACP/marker/OAM subtype line.
pub(crate) fn slow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "slow";
    let subtype = u8at(b, 0)?;
    match subtype {
        1 | 2 => {
            let version = u8at(b, 1)?;
            c.s(if subtype == 1 { "LACPv" } else { "MARKERv" });
            c.dec(version);
        }
        3 => c.s("OAMv1"),
        10 => c.s("OSSP"),
        s => {
            c.s("unknown (");
            c.dec(s);
            c.s("), length ");
            c.dec(length as u64);
            super::hexdump::hex(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// OSI over Ethernet (isoclns_print after a one-byte header): the NLPID.
pub(crate) fn osi(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "isoclns";
    if length == 0 || b.is_empty() {
        c.trunc();
        return Ok(());
    }
    let nlpid = u8at(b, 1)?;
    let len = length - 1;
    match nlpid {
        0x81 => c.s("CLNP"),
        0x82 => c.s("ES-IS"),
        0x83 => c.s("IS-IS"),
        0x00 => c.s("NULL"),
        n => {
            c.s("OSI NLPID 0x");
            c.out.hex0(u64::from(n), 2);
            c.s(" unknown, length: ");
            c.dec(len as u64);
            let body = super::rest(b, 1);
            super::hexdump::hex(c.out, "\n\t", &body[..body.len().min(len)]);
            return Ok(());
        }
    }
    c.s(", length: ");
    c.dec(len as u64);
    Ok(())
}

/// Loopback (ethertype 0x9000, print-loopback.c).
pub(crate) fn loopback(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "loopback";
    c.s("Loopback");
    if len < 2 {
        c.invalid();
        return Ok(());
    }
    let skip = u16::from_le_bytes([u8at(b, 0)?, u8at(b, 1)?]);
    c.s(", skipCount ");
    c.dec(skip);
    if skip % 8 != 0 {
        c.s(" (bogus)");
    }
    let skip = usize::from(skip);
    if skip > len - 2 {
        c.invalid();
        return Ok(());
    }
    let p = 2 + skip;
    let rest_len = len - p;
    if rest_len < 2 {
        c.invalid();
        return Ok(());
    }
    let function = u16::from_le_bytes([u8at(b, p)?, u8at(b, p + 1)?]);
    match function {
        1 => c.s(", Reply"),
        2 => c.s(", Forward Data"),
        f => {
            c.s(",  invalid (");
            c.dec(f);
            c.s(")");
        }
    }
    match function {
        1 => {
            if rest_len < 4 {
                c.invalid();
                return Ok(());
            }
            c.s(", receipt number ");
            c.dec(u16::from_le_bytes([u8at(b, p + 2)?, u8at(b, p + 3)?]));
            c.s(", data (");
            c.dec((rest_len - 4) as u64);
            c.s(" octets)");
        }
        2 => {
            if rest_len < 8 {
                c.invalid();
                return Ok(());
            }
            let a = super::bytes(b, p + 2, 6)?;
            c.s(", forwarding address ");
            mac(c, a);
            c.s(", data (");
            c.dec((rest_len - 8) as u64);
            c.s(" octets)");
        }
        _ => {}
    }
    Ok(())
}

/// MPLS label stack, then IPv4/IPv6 guessed from the first nibble.
pub(crate) fn mpls(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "mpls";
    c.s("MPLS");
    let mut p = 0;
    let mut length = length;
    let mut depth = 0;
    let mut entry;
    loop {
        if length < 4 {
            // mpls_print's "invalid": the complaint, then a check that
            // the rest was captured.
            c.invalid();
            super::bytes(b, p, length)?;
            return Ok(());
        }
        entry = be32(b, p)?;
        c.s(if depth > 0 && c.o.verbose > 0 {
            "\n\t"
        } else {
            " "
        });
        c.s("(label ");
        c.dec(entry >> 12);
        depth += 1;
        if c.o.verbose > 0 {
            let name = match entry >> 12 {
                0 => Some("IPv4 explicit NULL"),
                1 => Some("router alert"),
                2 => Some("IPv6 explicit NULL"),
                3 => Some("implicit NULL"),
                _ => None,
            };
            if let Some(n) = name {
                c.s(" (");
                c.s(n);
                c.s(")");
            }
        }
        c.s(", tc ");
        c.dec((entry >> 9) & 7);
        if entry & 0x100 != 0 {
            c.s(", [S]");
        }
        c.s(", ttl ");
        c.dec(entry & 0xff);
        c.s(")");
        p += 4;
        length -= 4;
        if entry & 0x100 != 0 {
            break;
        }
    }
    let b = rest(b, p);
    let v6 = match entry >> 12 {
        0 | 3 => false,
        2 => true,
        _ => {
            if length < 1 {
                return Ok(());
            }
            // The first payload byte decides, as in draft-hsmit-isis-aal5mux.
            match u8at(b, 0)? {
                0x45..=0x4f => false,
                0x60..=0x6f => true,
                _ => {
                    c.default_print_len(b, length);
                    return Ok(());
                }
            }
        }
    };
    c.s(if c.o.verbose > 0 { "\n\t" } else { " " });
    if v6 {
        dispatch::ip6(c, b, length)
    } else {
        dispatch::ip(c, b, length)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// 802.1AE MACsec: clear payloads decoded past the SecTAG and ICV (with
    /// SCI, short length, a VLAN tag and 802.3 inside), encrypted ones
    /// dumped, cut and invalid SecTAGs, random tags (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn macsec() {
        golden(
            numeric(0),
            &[
            (
                "02000000000202000000000188e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e52000000000020200000000010001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e52c00000000030200000000010001000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
                "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 0, pn 3, flags ECI, sci 0200000000010001, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
            ),
            (
                "02000000000202000000000188e50d0000000004000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
                "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 1, pn 4, flags EC, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
            ),
            (
                "02000000000202000000000188e5412300000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e5003000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e5800000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " (invalid)",
            ),
            (
                "02000000000202000000000188e500000001",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e52000000000020001",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e500000000000108000101010101",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e5003f00000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e500000000000181000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e500000000000108eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " [|ether]",
            ),
            (
                "02000000000202000000000188e500000000000188e545000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: 
	0x0000:  4500 0021 0001 0000 4011 f6c7 c000 0201  E..!....@.......
	0x0010:  c000 0202 03e8 07d0 000d 2c46 6865 6c6c  ..........,Fhell
	0x0020:  6f                                       o",
            ),
            (
                "02000000000202000000000188e5000200000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP truncated-ip 0",
            ),
            (
                "0200000000020200000000018100000588e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 75: 
	0x0000:  0000 0000 0001 0800 4500 0021 0001 0000  ........E..!....
	0x0010:  4011 f6c7 c000 0201 c000 0202 03e8 07d0  @...............
	0x0020:  000d 2c46 6865 6c6c 6fee eeee eeee eeee  ..,Fhello.......
	0x0030:  eeee eeee eeee eeee ee                   .........",
            ),
            (
                "02000000000202000000000188e52c05d7c5b3d076ac0e8f53a7356c88913f20f6f72db022d24d0a96dad43c1617c1a98e78129e0327371065d095864f15ada0b846c1c0ebc5348adc799adf849bad",
                "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 0, pn 3620058064, flags ECI, sl 5, sci 76ac0e8f53a7356c, 
	0x0000:  8891 3f20 f6f7 2db0 22d2 4d0a 96da d43c  ..?...-.\".M....<
	0x0010:  1617 c1a9 8e78 129e 0327 3710 65d0 9586  .....x...'7.e...
	0x0020:  4f15 ada0 b846 c1c0 ebc5 348a dc79 9adf  O....F....4..y..
	0x0030:  849b ad                                  ...",
            ),
            (
                "02000000000202000000000188e5001eb4b48efa0b1f0abd80e998a35aba5ea0bd8799c1350d439e71897aa75fde3134a4aa72e05628ac6fe68a733d1161a15d8eae2bb042d7958aedb1d594d6d112d34f6602f4de7110e993ae7422923d",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype Unknown (0x0b1f), length 94: 
	0x0000:  0abd 80e9 98a3 5aba 5ea0 bd87 99c1 350d  ......Z.^.....5.
	0x0010:  439e 7189 7aa7 5fde 3134 a4aa            C.q.z._.14..",
            ),
            ],
        );
    }

    /// The same with -e: the SecTAG fields follow the ethertype.
    #[test]
    fn macsec_link_header() {
        golden(
            super::super::PrintOptions {
                link_header: true,
                ..numeric(0)
            },
            &[
            (
                "02000000000202000000000188e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 0, pn 1, flags none, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e52000000000020200000000010001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 79: an 0, pn 2, flags I, sci 0200000000010001, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e52c00000000030200000000010001000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 68: an 0, pn 3, flags ECI, sci 0200000000010001, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
            ),
            (
                "02000000000202000000000188e5412300000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 1, pn 5, flags S, sl 35, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "02000000000202000000000188e5003000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 0, pn 6, flags none, sl 48,  [|macsec]",
            ),
            (
                "02000000000202000000000188e5800000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71:  (invalid)",
            ),
            (
                "02000000000202000000000188e500000001",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 18:  [|macsec]",
            ),
            (
                "02000000000202000000000188e500000000000181000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 75: an 0, pn 1, flags none, ethertype 802.1Q (0x8100), vlan 5, p 0, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            ),
            (
                "0200000000020200000000018100000588e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1Q (0x8100), length 75: vlan 5, p 0, ethertype 802.1AE MACsec (0x88e5), 
	0x0000:  0000 0000 0001 0800 4500 0021 0001 0000  ........E..!....
	0x0010:  4011 f6c7 c000 0201 c000 0202 03e8 07d0  @...............
	0x0020:  000d 2c46 6865 6c6c 6fee eeee eeee eeee  ..,Fhello.......
	0x0030:  eeee eeee eeee eeee ee                   .........",
            ),
            ],
        );
    }

    /// The printer fuzz target's finding: a short length of 1 leaves less
    /// than a type field after the SecTAG. tcpdump's lines (4.99.3 -t),
    /// with the dumps starting after the SecTAG.
    #[test]
    fn macsec_short_length_below_a_type_field() {
        use super::super::{PrintOptions, Printer};
        let file = include_bytes!("../../tests/data/macsec-length-underflow.pcap");
        let rec = &file[24..];
        let caplen = u32::from_le_bytes(rec[8..12].try_into().unwrap()) as usize;
        let wire_len = u32::from_le_bytes(rec[12..16].try_into().unwrap());
        let data = &rec[16..16 + caplen];
        let pkt = crate::packet::Packet {
            ts_sec: 1,
            ts_nsec: 0,
            wire_len,
            data,
            pkttype: None,
            ifindex: None,
        };
        let header = "bb:e5:88:64:28:cc > bb:cc:ec:de:f1:e0, ethertype 802.1AE MACsec (0x88e5), length 2771: an 0, pn 230162433, flags I, sl 1, sci 00002c0800000000, ";
        let dump =
            "\n\t0x0000:  0000 fe80 0001 0004 0000 0000 0000 0000\n\t0x0010:  0000 31ab cd00 00";
        let cases = [
            (numeric(0), " [caplen 1 < 2]\n".to_string()),
            (
                PrintOptions {
                    link_header: true,
                    ..numeric(0)
                },
                format!("{header} [caplen 1 < 2]\n"),
            ),
            (
                PrintOptions {
                    hex: 1,
                    ..numeric(0)
                },
                format!(" [caplen 1 < 2]{dump}\n"),
            ),
            (
                PrintOptions {
                    hex: 2,
                    ..numeric(0)
                },
                " [caplen 1 < 2]\n\t0x0000:  bbcc ecde f1e0 bbe5 8864 28cc 88e5 2001\n\t0x0010:  0db8 0001 0000 2c08 0000 0000 0000 fe80\n\t0x0020:  0001 0004 0000 0000 0000 0000 0000 31ab\n\t0x0030:  cd00 00\n".to_string(),
            ),
            (
                PrintOptions {
                    link_header: true,
                    hex_ascii: 1,
                    ..numeric(0)
                },
                format!("{header} [caplen 1 < 2]\n\t0x0000:  0000 fe80 0001 0004 0000 0000 0000 0000  ................\n\t0x0010:  0000 31ab cd00 00                        ..1....\n"),
            ),
        ];
        for (opts, want) in cases {
            let mut out = Vec::new();
            Printer::new(opts.clone(), crate::link::LinkType::Ethernet).print(&mut out, &pkt);
            assert_eq!(String::from_utf8_lossy(&out), want, "{opts:?}");
        }
    }
}
