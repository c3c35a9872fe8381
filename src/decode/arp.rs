//! ARP and RARP (print-arp.c), Ethernet/IPv4 forms.

use super::dispatch::{ethertype_name, mac};
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, bytes};
use crate::wire::{arp, ethertype as et};

/// Hardware types printed in their own forms (RFC 826's registry).
const HRD_FRELAY: u16 = 15;
const HRD_ATM: u16 = 19;

/// The protocol address space by its ethertype's name (or "Unknown
/// Protocol (0xHHHH)") and its address lengths: "IPv4 (len 4)".
fn protocol(c: &mut Ctx, pro: u16, lens: &[usize]) {
    match ethertype_name(pro) {
        Some(n) => c.s(n),
        None => c.name_code("Unknown Protocol", pro, 4),
    }
    c.s(" (len ");
    for (i, &len) in lens.iter().enumerate() {
        if i > 0 {
            c.s("/");
        }
        c.dec(len as u64);
    }
    c.s(")");
}

/// ARP and RARP (print-arp.c), Ethernet/IPv4 forms.
pub(crate) fn arp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "arp";
    bytes(b, 0, arp::field::ADDRESSES)?;
    let hrd = be16(b, arp::field::HW_TYPE.start)?;
    if hrd == HRD_ATM {
        return atmarp(c, b, length);
    }
    // tcpdump checks that all four addresses were captured before printing.
    let Some(pkt) = arp::packet(b) else {
        return Err(Trunc);
    };
    let pro = pkt.proto_addr_type().0;
    let hln = usize::from(pkt.hw_addr_size());
    let pln = usize::from(pkt.proto_addr_size());
    let op = pkt.operation().0;
    let (sha, spa) = (pkt.sender_hw_addr(), pkt.sender_protocol_addr());
    let (tha, tpa) = (pkt.target_hw_addr(), pkt.target_protocol_addr());
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == et::IPV4 || pro == 0x1000;
    if !ip_like || pln != 4 || hln == 0 || c.o.verbose > 0 {
        match hrd {
            1 => c.s("Ethernet"),
            6 => c.s("TokenRing"),
            7 => c.s("ArcNet"),
            15 => c.s("FrameRelay"),
            19 => c.s("ATM"),
            23 => c.s("Strip"),
            24 => c.s("IEEE 1394"),
            32 => c.s("InfiniBand"),
            _ => {
                c.s("Unknown Hardware (");
                c.dec(hrd);
                c.s(")");
            }
        }
        c.s(" (len ");
        c.dec(hln as u64);
        c.s("), ");
        protocol(c, pro, &[pln]);
        if c.o.verbose == 0 {
            c.s(", length ");
            c.dec(length as u64);
            return Ok(());
        }
        c.s(", ");
    }
    let op_name = match op {
        1 => "Request",
        2 => "Reply",
        3 => "Reverse Request",
        4 => "Reverse Reply",
        8 => "Inverse Request",
        9 => "Inverse Reply",
        10 => "NACK Reply",
        _ => "",
    };
    if op_name.is_empty() {
        c.s("Unknown (");
        c.dec(op);
        c.s(")");
    } else {
        c.s(op_name);
    }
    c.s(" ");
    let proto_addr = |c: &mut Ctx, a: &[u8]| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if pln != 4 {
            c.s("<wrong len>");
        } else {
            c.ip4(a);
        }
    };
    let hw_addr = |c: &mut Ctx, a: &[u8]| {
        if hln == 0 {
            c.s("<empty>");
        } else if hrd == HRD_FRELAY {
            q922(c, a);
        } else if hln == 6 {
            mac(c, a);
        } else {
            c.out.mac(a);
        }
    };
    match op {
        1 => {
            c.s("who-has ");
            proto_addr(c, tpa);
            if tha.iter().any(|&x| x != 0) {
                c.s(" (");
                hw_addr(c, tha);
                c.s(")");
            }
            c.s(" tell ");
            proto_addr(c, spa);
        }
        2 => {
            proto_addr(c, spa);
            c.s(" is-at ");
            hw_addr(c, sha);
        }
        3 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        4 => {
            hw_addr(c, tha);
            c.s(" at ");
            proto_addr(c, tpa);
        }
        8 => {
            c.s("who-is ");
            hw_addr(c, tha);
            c.s(" tell ");
            hw_addr(c, sha);
        }
        9 => {
            hw_addr(c, sha);
            c.s(" at ");
            proto_addr(c, spa);
        }
        _ => {
            // print-arp.c calls the default printer unconditionally.
            super::hexdump::hex_ascii(c.out, "\n\t", &b[..b.len().min(length)]);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// q922_string: a Frame Relay address as its DLCI.
fn q922(c: &mut Ctx, a: &[u8]) {
    match q922_dlci(a) {
        Some(Some(dlci)) => {
            c.s("DLCI ");
            c.dec(dlci);
        }
        Some(None) => c.s("<Invalid DLCI>"),
        None => c.s("<Truncated>"),
    }
}

/// parse_q922_header: Some(Some(dlci)), Some(None) for an invalid address,
/// None when it runs past `a`.
fn q922_dlci(a: &[u8]) -> Option<Option<u32>> {
    let b0 = u32::from(*a.first()?);
    if b0 & 1 != 0 {
        return Some(None);
    }
    let b1 = u32::from(*a.get(1)?);
    let mut dlci = ((b0 & 0xfc) << 2) | ((b1 & 0xf0) >> 4);
    if b1 & 1 != 0 {
        return Some(Some(dlci));
    }
    let mut p = 2;
    let b2 = u32::from(*a.get(p)?);
    if b2 & 1 == 0 {
        dlci = (dlci << 7) | (b2 >> 1);
        p += 1;
    }
    let last = u32::from(*a.get(p)?);
    if last & 1 == 0 {
        return Some(None);
    }
    Some(Some((dlci << 6) | (last >> 2)))
}

/// atmarp_print: ATM ARP (RFC 2225) with its typed address lengths.
fn atmarp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    bytes(b, 0, 12)?;
    let pro = be16(b, 2)?;
    let (shl, ssl) = (usize::from(b[4] & 0x3f), usize::from(b[5] & 0x3f));
    let op = be16(b, 6)?;
    let spl = usize::from(b[8]);
    let (thl, tsl) = (usize::from(b[9] & 0x3f), usize::from(b[10] & 0x3f));
    let tpl = usize::from(b[11]);
    let sha = 12;
    let ssa = sha + shl;
    let spa = ssa + ssl;
    let tha = spa + spl;
    let tsa = tha + thl;
    let tpa = tsa + tsl;
    bytes(b, tpa, tpl)?;
    if !c.o.link_header {
        c.s("ARP, ");
    }
    let ip_like = pro == et::IPV4 || pro == 0x1000;
    if !ip_like || spl != 4 || tpl != 4 || c.o.verbose > 0 {
        c.s("ATM, ");
        protocol(c, pro, &[spl, tpl]);
        if c.o.verbose == 0 {
            c.s(", length ");
            c.dec(length as u64);
            return Ok(());
        }
    }
    if c.o.verbose > 0 {
        c.s(", ");
    }
    match op {
        1 => c.s("Request"),
        2 => c.s("Reply"),
        3 => c.s("Reverse Request"),
        4 => c.s("Reverse Reply"),
        8 => c.s("Inverse Request"),
        9 => c.s("Inverse Reply"),
        10 => c.s("NACK Reply"),
        _ => {
            c.s("Unknown (");
            c.dec(op);
            c.s(")");
        }
    }
    c.s(" ");
    let paddr = |c: &mut Ctx, at: usize, len: usize, which: &str| {
        if !ip_like {
            c.s("<wrong proto type>");
        } else if len != 4 {
            c.s("<wrong ");
            c.s(which);
            c.s(">");
        } else {
            c.ip4(&b[at..at + 4]);
        }
    };
    let haddr = |c: &mut Ctx, ha: usize, hl: usize, sa: usize, sl: usize| -> Res {
        if hl == 0 {
            c.s("<No address>");
            return Ok(());
        }
        c.out.mac(bytes(b, ha, hl)?);
        if sl != 0 {
            c.s(",");
            c.out.mac(bytes(b, sa, sl)?);
        }
        Ok(())
    };
    match op {
        1 => {
            c.s("who-has ");
            paddr(c, tpa, tpl, "tplen");
            if thl != 0 {
                c.s(" (");
                haddr(c, tha, thl, tsa, tsl)?;
                c.s(")");
            }
            c.s(" tell ");
            paddr(c, spa, spl, "splen");
        }
        2 => {
            paddr(c, spa, spl, "splen");
            c.s(" is-at ");
            haddr(c, sha, shl, ssa, ssl)?;
        }
        8 => {
            c.s("who-is ");
            haddr(c, tha, thl, tsa, tsl)?;
            c.s(" tell ");
            haddr(c, sha, shl, ssa, ssl)?;
        }
        9 => {
            haddr(c, sha, shl, ssa, ssl)?;
            // tcpdump prints no space before "at" here.
            c.s("at ");
            paddr(c, spa, spl, "splen");
        }
        10 => {
            c.s("for ");
            paddr(c, spa, spl, "splen");
        }
        _ => {
            c.default_print(b);
            return Ok(());
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, numeric};

    /// Hardware and protocol types and lengths of every kind, Frame Relay
    /// DLCIs, ATM ARP, odd operations, cut frames (expected text from
    /// tcpdump 4.99.3 on the same frames, -n and -n -v).
    #[test]
    fn arp_oddities() {
        golden(
            numeric(0),
            &[
                (
                    "0200000000020200000000018035001486dd041000040e98318106d0b1865deed075c22159a52a09599b0763a59530f72652e3d46f72f218faeaa9053f9a25273fce",
                    "ARP, Unknown Hardware (20) (len 4), IPv6 (len 16), length 52",
                ),
                (
                    "0200000000020200000000018035000f080006040002236a7a7ec59098d95b4bf418344d9f3729937079",
                    "ARP, Reply 152.217.91.75 is-at <Invalid DLCI>, length 28",
                ),
                (
                    "ffffffffffff0200000000018035000f08000600000845df24fb0d7f89773d20e9",
                    " [|arp]",
                ),
                (
                    "0200000000020200000000010806001808060d1000097c8cdee57e01f6d96837744da59180feacf34aaf030c6c6c10523f5799d6b026e872ad938ed458977a0c49611a9188bba1484edfbd8c87c44fb8d9a505d444",
                    "ARP, IEEE 1394 (len 13), ARP (len 16), length 71",
                ),
                (
                    "0200000000020200000000018035000c86dd061000080d9142d0b13a56486e524e3455ba987da31143e43d8574d236bead658d521c8c4af071cde2f59192db8ba04c7c8c848ef2",
                    "ARP, Unknown Hardware (12) (len 6), IPv6 (len 16), length 57",
                ),
                (
                    "ffffffffffff02000000000108060001080602100004bc997a934c193355a7c733962b3ead2afadea4cfb2e24a2de78c5370d16cd75ce0a482927d12f3",
                    "ARP, Ethernet (len 2), ARP (len 16), length 47",
                ),
                (
                    "ffffffffffff02000000000180350001b66e02040008811d7329f6f251c8c4ae7d1709",
                    "ARP, Ethernet (len 2), Unknown Protocol (0xb66e) (len 4), length 21",
                ),
                (
                    "ffffffffffff0200000000018035000186dd08040009b4abfb394559e1eaea13d5683b11a50f08a03c38d60624d9",
                    "ARP, Ethernet (len 8), IPv6 (len 4), length 32",
                ),
                (
                    "0200000000020200000000010806000e080008100004d35a10e61d89e691674d3f675a84387e097849f64a987c5af8bbea25121ddb635c87cb9f8e1dd9a5f9ef3b3fd664a482bc",
                    "ARP, Unknown Hardware (14) (len 8), IPv4 (len 16), length 57",
                ),
                (
                    "ffffffffffff0200000000010806000108001404000136a4f5c612f9dfa55e829580e6387a2ce7b8b274985adc7e392ff610bd479e7f457ec4ca385360ad3e49a4fcffaf9c780c65",
                    "ARP, Request who-has 255.175.156.120 (39:2f:f6:10:bd:47:9e:7f:45:7e:c4:ca:38:53:60:ad:3e:49:a4:fc) tell 152.90.220.126, length 58",
                ),
                (
                    "ffffffffffff0200000000010806002008000200000e45ba4ad9",
                    "ARP, InfiniBand (len 2), IPv4 (len 0), length 12",
                ),
                (
                    "0200000000020200000000010806000108000a0200032a004b8bec5a24193909ae6fed8a79f4c29572e6656544dd",
                    "ARP, Ethernet (len 10), IPv4 (len 2), length 32",
                ),
                (
                    "02000000000202000000000108060007ccc70604000b09383a213758d40c2ffee0260938f575725c32463c04312f",
                    "ARP, ArcNet (len 6), Unknown Protocol (0xccc7) (len 4), length 32",
                ),
                (
                    "02000000000202000000000108060026080608000009491261c68c508d0e24571c83bf155942cfba53a871",
                    "ARP, Unknown Hardware (38) (len 8), ARP (len 0), length 29",
                ),
                (
                    "ffffffffffff02000000000108060024080014020008ca582976cea8133dab426561aa565076a575adad60c6f1ad2bc7220fdebe126f8788f9b6a87e0f382493bd4c",
                    "ARP, Unknown Hardware (36) (len 20), IPv4 (len 2), length 52",
                ),
                (
                    "ffffffffffff0200000000018035000108000602001ccc31b7c95f4662607b7692009c6aaffdcb093d37",
                    "ARP, Ethernet (len 6), IPv4 (len 2), length 28",
                ),
                (
                    "02000000000202000000000108060018080008000008341dd1d8575d87778018aea01ae38337ccea",
                    "ARP, IEEE 1394 (len 8), IPv4 (len 0), length 26",
                ),
                (
                    "02000000000202000000000108060001a2b100000001",
                    "ARP, Ethernet (len 0), Unknown Protocol (0xa2b1) (len 0), length 8",
                ),
                (
                    "ffffffffffff0200000000010806002086dd00100001a7b5c109448e8fb865a3950409565953571b8ffb9dfd68a1d3ccc791f9ab0482",
                    "ARP, InfiniBand (len 0), IPv6 (len 16), length 40",
                ),
                (
                    "ffffffffffff02000000000108060006080600100004ca3bbab0acc0dc12771847aac76934b6c999d60155c73cf1f33b7ac9a1e4b42db71c",
                    "ARP, TokenRing (len 0), ARP (len 16), length 42",
                ),
                (
                    "ffffffffffff0200000000010806000a0800000d00015786389d3d1b6204273b322e7a43eb4886b655388ca7f67898c608a9742dc86c",
                    "ARP, Unknown Hardware (10) (len 0), IPv4 (len 13), length 40",
                ),
                (
                    "0200000000020200000000010806000143cd060400091ce8700700b4994ef83822c0fce25d30b5a23377a52590",
                    "ARP, Ethernet (len 6), Unknown Protocol (0x43cd) (len 4), length 31",
                ),
                (
                    "020000000002020000000001803500200800060b001e4a1374c428441c707d1d965e720c6d083a23bfef479367e9e3f010f7aaaa42ea38dae314",
                    "ARP, InfiniBand (len 6), IPv4 (len 11), length 44",
                ),
                (
                    "ffffffffffff0200000000018035000f08000204000164679e8ff03dc6399ffe1ea57a2cff9e0085",
                    "ARP, Request who-has 159.254.30.165 (DLCI 787) tell 158.143.240.61, length 26",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
                (
                    "0200000000020200000000018035001486dd041000040e98318106d0b1865deed075c22159a52a09599b0763a59530f72652e3d46f72f218faeaa9053f9a25273fce",
                    "ARP, Unknown Hardware (20) (len 4), IPv6 (len 16), Reverse Reply 07:63:a5:95 at <wrong proto type>, length 52",
                ),
                (
                    "0200000000020200000000018035000f080006040002236a7a7ec59098d95b4bf418344d9f3729937079",
                    "ARP, FrameRelay (len 6), IPv4 (len 4), Reply 152.217.91.75 is-at <Invalid DLCI>, length 28",
                ),
                (
                    "ffffffffffff0200000000018035000f08000600000845df24fb0d7f89773d20e9",
                    " [|arp]",
                ),
                (
                    "0200000000020200000000010806001808060d1000097c8cdee57e01f6d96837744da59180feacf34aaf030c6c6c10523f5799d6b026e872ad938ed458977a0c49611a9188bba1484edfbd8c87c44fb8d9a505d444",
                    "ARP, IEEE 1394 (len 13), ARP (len 16), Inverse Reply 7c:8c:de:e5:7e:01:f6:d9:68:37:74:4d:a5 at <wrong proto type>, length 71",
                ),
                (
                    "0200000000020200000000018035000c86dd061000080d9142d0b13a56486e524e3455ba987da31143e43d8574d236bead658d521c8c4af071cde2f59192db8ba04c7c8c848ef2",
                    "ARP, Unknown Hardware (12) (len 6), IPv6 (len 16), Inverse Request who-is 74:d2:36:be:ad:65 tell 0d:91:42:d0:b1:3a, length 57",
                ),
                (
                    "ffffffffffff02000000000108060001080602100004bc997a934c193355a7c733962b3ead2afadea4cfb2e24a2de78c5370d16cd75ce0a482927d12f3",
                    "ARP, Ethernet (len 2), ARP (len 16), Reverse Reply a4:cf at <wrong proto type>, length 47",
                ),
                (
                    "ffffffffffff0200000000010806000c0806080200012c72dd6bb03b1372c8cb5ebdd9085337fb121a17ea0214ba",
                    "ARP, Unknown Hardware (12) (len 8), ARP (len 2), Request who-has <wrong proto type> (5e:bd:d9:08:53:37:fb:12) tell <wrong proto type>, length 32",
                ),
                (
                    "ffffffffffff02000000000180350001b66e02040008811d7329f6f251c8c4ae7d1709",
                    "ARP, Ethernet (len 2), Unknown Protocol (0xb66e) (len 4), Inverse Request who-is 51:c8 tell 81:1d, length 21",
                ),
            ],
        );
    }
}
