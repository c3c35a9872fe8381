//! Routing and redundancy protocols carried directly in IP: VRRP, RSVP,
//! EIGRP, PIM and OSPF headers (print-vrrp.c, print-rsvp.c,
//! print-eigrp.c, print-pim.c, print-ospf.c). The RSVP/EIGRP golden test
//! also carries the DVMRP frames of the same set (DVMRP is in igmp.rs).

use crate::decode::{Ctx, Res, Trunc, be16, bytes, u8at};

/// vrrp_print, without the -v address list.
pub(crate) fn vrrp(c: &mut Ctx, b: &[u8], length: usize, ttl: u8) -> Res {
    c.proto = "vrrp";
    let Some(&first) = b.first() else {
        c.s("VRRP");
        return Err(Trunc);
    };
    let (version, typ) = (first >> 4, first & 0xf);
    c.s("VRRPv");
    c.dec(version);
    c.s(", ");
    if typ == 1 {
        c.s("Advertisement");
    } else {
        c.s("unknown type (");
        c.dec(typ);
        c.s(")");
    }
    if ttl != 255 {
        c.s(", (ttl ");
        c.dec(ttl);
        c.s(")");
    }
    if !(2..=3).contains(&version) || typ != 1 {
        return Ok(());
    }
    let (vrid, prio) = (u8at(b, 1)?, u8at(b, 2)?);
    c.s(", vrid ");
    c.dec(vrid);
    c.s(", prio ");
    c.dec(prio);
    if version == 2 {
        let auth = u8at(b, 4)?;
        c.s(", authtype ");
        match auth {
            0 => c.s("none"),
            1 => c.s("simple"),
            2 => c.s("ah"),
            _ => {
                c.s("#");
                c.dec(auth);
            }
        }
        let intvl = u8at(b, 5)?;
        c.s(", intvl ");
        c.dec(intvl);
        c.s("s, length ");
    } else {
        let intvl = u32::from(u8at(b, 4)? & 0x0f) << 8 | u32::from(u8at(b, 5)?);
        c.s(", intvl ");
        c.dec(intvl);
        c.s("cs, length ");
    }
    c.dec(length as u64);
    Ok(())
}

/// rsvp_print without -v: the version check and the message type.
pub(crate) fn rsvp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rsvp";
    bytes(b, 0, 8)?;
    let version = b[0] >> 4;
    if version != 1 {
        c.s("ERROR: RSVP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("RSVPv1 ");
    match b[1] {
        1 => c.s("Path"),
        2 => c.s("Resv"),
        3 => c.s("PathErr"),
        4 => c.s("ResvErr"),
        5 => c.s("PathTear"),
        6 => c.s("ResvTear"),
        7 => c.s("ResvConf"),
        12 => c.s("Bundle"),
        13 => c.s("Acknowledgement"),
        14 => c.s("Hello (Old)"),
        15 => c.s("Refresh"),
        20 => c.s("Hello"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(" Message, length: ");
    c.dec(length as u64);
    Ok(())
}

/// eigrp_print without -v: the version check and the opcode.
pub(crate) fn eigrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "eigrp";
    bytes(b, 0, 20)?;
    if b[0] != 2 {
        c.s("EIGRP version ");
        c.dec(b[0]);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("EIGRP ");
    match b[1] {
        1 => c.s("Update"),
        3 => c.s("Query"),
        4 => c.s("Reply"),
        5 => c.s("Hello"),
        6 => c.s("IPX SAP"),
        7 => c.s("Probe"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

/// pim_print, non-verbose.
pub(crate) fn pim(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "pim";
    let tv = u8at(b, 0)?;
    c.s("PIMv");
    c.dec(tv >> 4);
    if tv >> 4 == 2 {
        c.s(", ");
        c.s(match tv & 0xf {
            0 => "Hello",
            1 => "Register",
            2 => "Register Stop",
            3 => "Join / Prune",
            4 => "Bootstrap",
            5 => "Assert",
            6 => "Graft",
            7 => "Graft Acknowledgement",
            8 => "Candidate RP Advertisement",
            9 => "Prune Refresh",
            10 => "DF Election",
            11 => "ECMP Redirect",
            _ => "Unknown Type",
        });
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// ospf_print header line.
pub(crate) fn ospf(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ospf2";
    // tcpdump reads the header up to the authentication type first.
    bytes(b, 0, 16)?;
    c.s("OSPFv");
    c.dec(b[0]);
    c.s(", ");
    match b[1] {
        1 => c.s("Hello"),
        2 => c.s("Database Description"),
        3 => c.s("LS-Request"),
        4 => c.s("LS-Update"),
        5 => c.s("LS-Ack"),
        t => {
            c.s("unknown LS-type ");
            c.dec(t);
        }
    }
    c.s(", length ");
    c.dec(length as u64);
    // tcpdump stops after the header for unknown types, and without -v.
    if c.o.verbose == 0 || !(1..=5).contains(&b[1]) {
        return Ok(());
    }
    let ospf_len = be16(b, 2)?;
    if length != usize::from(ospf_len) {
        c.s(" [len ");
        c.dec(ospf_len);
        c.s("]");
    }
    c.s("\n\tRouter-ID ");
    c.ip4(&b[4..8]);
    if b[8..12] == [0, 0, 0, 0] {
        c.s(", Backbone Area");
    } else {
        c.s(", Area ");
        c.ip4(&b[8..12]);
    }
    if b.len() < 24 {
        c.trunc();
        return Ok(());
    }
    let auth = be16(b, 14)?;
    c.s(", Authentication Type: ");
    c.s(match auth {
        0 => "none",
        1 => "simple",
        2 => "MD5",
        _ => "unknown",
    });
    c.s(" (");
    c.dec(auth);
    c.s(")");
    // The packet bodies (hello, database description, LSAs) are not
    // decoded.
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// VRRP v2 and v3 adverts (TTL 255 and not), over IPv4 and IPv6, and
    /// short ones (expected text from tcpdump 4.99.3).
    #[test]
    fn vrrp() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002800010000ff701951c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "02000000000202000000000108004500002000010000ff701959c0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "0200000000020200000000010800450000280001000001701752c0000201e0000012210564010001b7f9c00002fe0000000000000000",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, (ttl 1), vrid 5, prio 100, authtype none, intvl 1s, length 20",
                ),
                (
                    "020000000002020000000001080045000020000100000170175ac0000201e00000123107c8010064a103c00002fe",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv3, Advertisement, (ttl 1), vrid 7, prio 200, intvl 100cs, length 12",
                ),
                (
                    "02000000000202000000000186dd60000000001870fffe800000000000000000000000000001ff0200000000000000000000000000123107c801006409eafe800000000000000000000000000009",
                    "IP6 fe80::1 > ff02::12: VRRPv3, Advertisement, vrid 7, prio 200, intvl 100cs, length 24",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012210564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 5, prio 100, authtype #3, intvl 1s, length 6",
                ),
                (
                    "02000000000202000000000108004500001500010000ff701964c0000201e000001225",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, unknown type (5)",
                ),
                (
                    "02000000000202000000000108004500001600010000ff701963c0000201e00000122105",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001400010000ff701965c0000201e0000012",
                    "IP 192.0.2.1 > 224.0.0.18: VRRP [|vrrp]",
                ),
                (
                    "02000000000202000000000108004500001a00010000ff70195fc0000201e0000012410564010301",
                    "IP 192.0.2.1 > 224.0.0.18: VRRPv4, Advertisement",
                ),
            ],
        );
    }

    /// RSVP and EIGRP version checks and message types, DVMRP messages
    /// with short bodies (expected text from tcpdump 4.99.3 -n).
    #[test]
    fn rsvp_eigrp_dvmrp() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002900010000402ef69dc0000201c0000207100b79a094109b03e8d678428d3b31feb7788ad68c",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (11) Message, length: 21",
                ),
                (
                    "02000000000202000000000108004500002c000100004002f6c6c0000201c0000207130200000000010163bd03abc61028c2f5970a4dc707d2dd",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Report",
                ),
                (
                    "020000000002020000000001080045000028000100004002f6cac0000201c0000207130b000000000303bacd9371f6ef22e05d180922",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 11]",
                ),
                (
                    "02000000000202000000000108004500002e000100004058f66ec0000201c00002070106a0da4d6b81d5629259889568953be756aeeaed07db47fd9b",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP version 1 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002800010000402ef69ec0000201c00002072011",
                    "IP truncated-ip - 18 bytes missing! 192.0.2.1 > 192.0.2.7:  [|rsvp]",
                ),
                (
                    "02000000000202000000000108004500001f000100004058f67dc0000201c000020702006dc46adf1e0b9a9dc2",
                    "IP 192.0.2.1 > 192.0.2.7:  [|eigrp]",
                ),
                (
                    "02000000000202000000000108004500001d000100004002f6d5c0000201c000020713",
                    "IP truncated-ip - 8 bytes missing! 192.0.2.1 > 192.0.2.7: igmp dvmrp [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c000020713080000000000014a9c4327b00afade56505cf523",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft src 74.156.67.39 grp 176.10.250.222",
                ),
                (
                    "020000000002020000000001080045000031000100004058f66bc0000201c000020702078562a4dd98ae8f1a9ef9f0cf81456ea2b8b73cef4d6ffa42854d8c",
                    "IP 192.0.2.1 > 192.0.2.7: EIGRP Probe, length: 29",
                ),
                (
                    "02000000000202000000000108004500002a000100004002f6c8c0000201c000020713000000000002024c9799512d5d2f50c25ed898434c",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp [type 0]",
                ),
                (
                    "02000000000202000000000108004500002300010000402ef6a3c0000201c00002072005a6b2181a9952f255acd53970cf",
                    "IP 192.0.2.1 > 192.0.2.7: ERROR: RSVP version 2 packet not supported",
                ),
                (
                    "02000000000202000000000108004500002a00010000402ef69cc0000201c0000207100a37e291734539c91e0887f53050ced6d6932edd47",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (10) Message, length: 22",
                ),
                (
                    "020000000002020000000001080045000029000100004002f6c9c0000201c00002079404000013010000000002014a84cbd945",
                    "IP truncated-ip - 4 bytes missing! 192.0.2.1 > 192.0.2.7: igmp-148",
                ),
                (
                    "02000000000202000000000108004500002500010000402ef6a1c0000201c00002071000f1d5e19ffc826f8ff3fcedb73808be",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (0) Message, length: 17",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c00002071019ec32e5e2e66e930c037bbe1e2b804c3d",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (25) Message, length: 18",
                ),
                (
                    "02000000000202000000000108004500001f000100004002f6d3c0000201c00002071308000000000300572040",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Graft [|dvmrp]",
                ),
                (
                    "020000000002020000000001080045000023000100004002f6cfc0000201c00002071307000000000002321f88e3d11e2b",
                    "IP 192.0.2.1 > 192.0.2.7: igmp dvmrp Prune [|dvmrp]",
                ),
                (
                    "02000000000202000000000108004500002600010000402ef6a0c0000201c000020710107d502850125962a563964d5c4330fc54",
                    "IP 192.0.2.1 > 192.0.2.7: RSVPv1 unknown (16) Message, length: 18",
                ),
            ],
        );
    }
}
