//! IS-IS TLVs (isis_print's TLV loop): each TLV's header line, its
//! decoded body, and from -vv its hex; TLVs without a decoder are dumped
//! at -v only. The reachability TLVs are in isis_reach.rs.

use super::super::out::Emit;
use super::super::{Ctx, Res, Trunc, be16, be32, bytes, u8at};
use super::isis::{LSP_ID_LEN, NODE_ID_LEN, SYSTEM_ID_LEN, dec5, labelled_id};
use super::isis_reach::{self as reach, Family};
use super::{print_cksum, unknown_data};
use crate::wire::nlpid;

fn tlv_name(t: u8) -> &'static str {
    match t {
        1 => "Area address(es)",
        2 => "IS Reachability",
        3 => "ES Neighbor(s)",
        4 => "Partition DIS",
        5 => "Prefix Neighbors",
        6 => "IS Neighbor(s)",
        7 => "Instance Identifier",
        8 => "Padding",
        9 => "LSP entries",
        10 => "Authentication",
        12 => "Checksum",
        13 => "Purge Originator Identifier",
        14 => "LSP Buffersize",
        22 => "Extended IS Reachability",
        24 => "IS Alias ID",
        42 => "DECnet Phase IV",
        66 => "Lucent Proprietary",
        128 => "IPv4 Internal Reachability",
        129 => "Protocols supported",
        130 => "IPv4 External Reachability",
        131 => "Inter-Domain Information Type",
        132 => "IPv4 Interface address(es)",
        133 => "IPv4 authentication (deprecated)",
        134 => "Traffic Engineering Router ID",
        135 => "Extended IPv4 Reachability",
        138 => "Shared Risk Link Group",
        143 => "Multi-Topology-Aware Port Capability",
        144 => "Multi-Topology Capability",
        176 | 177 => "Nortel Proprietary",
        137 => "Hostname",
        211 => "Restart Signaling",
        222 => "Multi Topology IS Reachability",
        229 => "Multi Topology",
        232 => "IPv6 Interface address(es)",
        235 => "Multi-Topology IPv4 Reachability",
        236 => "IPv6 reachability",
        237 => "Multi-Topology IP6 Reachability",
        240 => "Point-to-point Adjacency State",
        241 => "Hello PDU Sequence Number",
        242 => "IS-IS Router Capability",
        250 => "Vendor Private",
        _ => "unknown",
    }
}

/// What a TLV's decoder tells the loop.
pub(super) enum Next {
    /// Go on with the -vv hex and the next TLV.
    Go,
    /// tcpdump's tlv_trunc: skip to the -vv hex of this TLV.
    TlvTrunc,
    /// tcpdump's goto trunc: " [|isis]" and stop.
    Trunc,
    /// tcpdump returns 1 silently.
    Stop,
}

/// `label`, then " (length: N): " and the NSAP of N bytes at `at`, as
/// IS-IS area addresses and ES-IS NETs print.
pub(super) fn length_and_nsap(c: &mut Ctx, label: &str, b: &[u8], at: usize, len: usize) -> Res {
    c.s(label);
    c.s_dec(" (length: ", len as u64);
    c.s("): ");
    isonsap(c, b, at, len)
}

/// GET_ISONSAP_STRING: the NSAP's bytes in hex, a dot after the first
/// and then after every second.
pub(super) fn isonsap(c: &mut Ctx, b: &[u8], at: usize, len: usize) -> Res {
    if !(1..=20).contains(&len) {
        bytes(b, at, len)?;
        c.s("isonsap_string: illegal length");
        return Ok(());
    }
    let nsap = bytes(b, at, len)?;
    for (i, &byte) in nsap.iter().enumerate() {
        c.out.hex0(u64::from(byte), 2);
        if i & 1 == 0 && i + 1 < len {
            c.out.ch(b'.');
        }
    }
    Ok(())
}

/// The TLVs of the PDU `b` from `at`, `remaining` bytes of them; `length`
/// is the PDU length the checksum TLV covers.
pub(super) fn tlvs(
    c: &mut Ctx,
    b: &[u8],
    mut at: usize,
    mut remaining: usize,
    length: usize,
) -> Res {
    while remaining > 0 {
        bytes(b, at, 2)?;
        if remaining < 2 {
            return Err(Trunc);
        }
        let t = b[at];
        let tlv_len = usize::from(b[at + 1]);
        at += 2;
        remaining -= 2;
        c.s("\n\t    ");
        c.s(tlv_name(t));
        c.dec_fields(&[(" TLV #", u64::from(t)), (", length: ", tlv_len as u64)]);
        if remaining < tlv_len {
            return Err(Trunc);
        }
        match tlv(c, b, at, t, tlv_len, length)? {
            Next::Go | Next::TlvTrunc => {}
            Next::Trunc => return Err(Trunc),
            Next::Stop => return Ok(()),
        }
        if c.o.verbose > 1 {
            unknown_data(c, b, at, "\n\t      ", tlv_len);
        }
        at += tlv_len;
        remaining -= tlv_len;
    }
    Ok(())
}

/// One TLV's body, `len` bytes at `p`.
fn tlv(c: &mut Ctx, b: &[u8], p: usize, t: u8, len: usize, length: usize) -> Res<Next> {
    let mut tp = p;
    let mut tlen = len;
    const IND: &str = "\n\t      ";
    match t {
        1 => {
            while tlen != 0 {
                let alen = usize::from(u8at(b, tp)?);
                tp += 1;
                tlen -= 1;
                if tlen < alen {
                    return Ok(Next::TlvTrunc);
                }
                // The address is read before the line is printed, as
                // GET_ISONSAP_STRING inside tcpdump's ND_PRINT is.
                bytes(b, tp, alen)?;
                length_and_nsap(c, "\n\t      Area address", b, tp, alen)?;
                tp += alen;
                tlen -= alen;
            }
        }
        6 => {
            while tlen != 0 {
                if tlen < 6 {
                    return Ok(Next::TlvTrunc);
                }
                labelled_id(c, "\n\t      SNPA: ", b, tp, 6)?;
                tp += 6;
                tlen -= 6;
            }
        }
        7 => {
            if tlen < 4 {
                return Ok(Next::TlvTrunc);
            }
            let n = (tlen - 2) / 2;
            let v0 = be16(b, tp)?;
            c.dec_fields(&[
                ("\n\t      Instance ID: ", u64::from(v0)),
                (", ITIDs(", n as u64),
            ]);
            c.s(")");
            c.s(if n > 0 { ":" } else { "" });
            c.s(" ");
            for i in 0..n {
                c.dec(be16(b, tp + 2 + 2 * i)?);
                if i + 1 < n {
                    c.s(", ");
                }
            }
        }
        8 => {}
        22 | 24 | 222 => {
            if t == 222 {
                if !reach::mtid(c, b, tp, IND, tlen)? {
                    return Ok(Next::Trunc);
                }
                tp += 2;
                tlen -= 2;
            }
            return entries(c, tlen, |c, rem| {
                reach::ext_is_reach(c, b, &mut tp, IND, t, rem)
            });
        }
        2 => {
            if tlen < 1 {
                return Ok(Next::TlvTrunc);
            }
            let virtual_flag = u8at(b, tp)?;
            c.s(IND);
            match virtual_flag {
                0 => c.s("IsNotVirtual"),
                1 => c.s("IsVirtual"),
                v => {
                    c.s("bogus virtual flag 0x");
                    c.out.hex0(u64::from(v), 2);
                }
            }
            tp += 1;
            tlen -= 1;
            return neighbors(c, b, tp, tlen, "\n\t      IS Neighbor: ", NODE_ID_LEN);
        }
        3 => return neighbors(c, b, tp, tlen, "\n\t      ES Neighbor: ", SYSTEM_ID_LEN),
        128 | 130 => {
            if !reach::ip_reach(c, b, tp, IND, len)? {
                return Ok(Next::Stop);
            }
        }
        135 | 235 | 236 | 237 => {
            if t == 235 || t == 237 {
                if !reach::mtid(c, b, tp, IND, tlen)? {
                    return Ok(Next::Trunc);
                }
                tp += 2;
                tlen -= 2;
            }
            let fam = if t == 135 || t == 235 {
                Family::V4
            } else {
                Family::V6
            };
            return entries(c, tlen, |c, _| {
                reach::extd_ip_reach(c, b, &mut tp, IND, fam)
            });
        }
        232 => return interface_addresses(c, b, tp, tlen, Family::V6),
        10 => return auth(c, b, tp, tlen),
        240 => {
            if tlen >= 1 {
                let st = u8at(b, tp)?;
                c.s("\n\t      Adjacency State: ");
                c.s(match st {
                    0 => "Up",
                    1 => "Initializing",
                    2 => "Down",
                    _ => "unknown",
                });
                c.s_dec(" (", st);
                c.s(")");
                tlen -= 1;
            }
            if tlen > 4 {
                let v0 = be32(b, tp + 1)?;
                c.s("\n\t      Extended Local circuit-ID: 0x");
                c.out.hex0(u64::from(v0), 8);
                tlen -= 4;
            }
            if tlen >= SYSTEM_ID_LEN {
                labelled_id(
                    c,
                    "\n\t      Neighbor System-ID: ",
                    b,
                    tp + 5,
                    SYSTEM_ID_LEN,
                )?;
                tlen -= SYSTEM_ID_LEN;
            }
            if tlen >= 4 {
                let v0 = be32(b, tp + 11)?;
                c.s("\n\t      Neighbor Extended Local circuit-ID: 0x");
                c.out.hex0(u64::from(v0), 8);
            }
        }
        129 => {
            c.s("\n\t      NLPID(s): ");
            while tlen != 0 {
                let n = u8at(b, tp)?;
                c.name_code(nlpid::name(n).unwrap_or("unknown"), n, 2);
                if tlen > 1 {
                    c.s(", ");
                }
                tp += 1;
                tlen -= 1;
            }
        }
        134 => {
            if tlen < 4 {
                return Ok(Next::TlvTrunc);
            }
            let v0 = bytes(b, p, 4)?;
            c.s("\n\t      Traffic Engineering Router ID: ");
            c.ip4(v0);
        }
        132 => return interface_addresses(c, b, tp, tlen, Family::V4),
        137 => {
            c.s("\n\t      Hostname: ");
            c.printjnp(b, tp, tlen)?;
        }
        138 => return srlg(c, b, tp, tlen),
        9 => {
            while tlen != 0 {
                if tlen < 16 {
                    return Ok(Next::TlvTrunc);
                }
                bytes(b, tp, 10)?;
                labelled_id(c, "\n\t      lsp-id: ", b, tp + 2, LSP_ID_LEN)?;
                let v0 = be32(b, tp + 10)?;
                c.s(", seq: 0x");
                c.out.hex0(u64::from(v0), 8);
                let v0 = be16(b, tp)?;
                c.s(", lifetime: ");
                dec5(c, v0.into());
                c.s("s");
                let v0 = be16(b, tp + 14)?;
                c.s(", chksum: 0x");
                c.out.hex0(u64::from(v0), 4);
                tp += 16;
                tlen -= 16;
            }
        }
        12 => {
            if tlen >= 2 {
                bytes(b, tp, 2)?;
                c.s("\n\t      checksum: 0x");
                let ck = be16(b, tp)?;
                c.out.hex0(u64::from(ck), 4);
                c.s(" ");
                print_cksum(c, b, ck, tp, length);
            }
        }
        13 => {
            if tlen < 1 {
                return Ok(Next::TlvTrunc);
            }
            let n = u8at(b, tp)?;
            tp += 1;
            tlen -= 1;
            if n == 0 {
                c.s(" No system IDs supplied");
            } else {
                if tlen < SYSTEM_ID_LEN {
                    return Ok(Next::TlvTrunc);
                }
                labelled_id(
                    c,
                    "\n\t      Purge Originator System-ID: ",
                    b,
                    tp,
                    SYSTEM_ID_LEN,
                )?;
                tp += SYSTEM_ID_LEN;
                tlen -= SYSTEM_ID_LEN;
                if n > 1 {
                    if tlen < SYSTEM_ID_LEN {
                        return Ok(Next::TlvTrunc);
                    }
                    bytes(b, tp - SYSTEM_ID_LEN - 1, 2 * SYSTEM_ID_LEN + 1)?;
                    labelled_id(
                        c,
                        "\n\t      Received from System-ID: ",
                        b,
                        tp,
                        SYSTEM_ID_LEN,
                    )?;
                }
            }
        }
        229 => {
            while tlen != 0 {
                if tlen == 1 {
                    c.s("\n\t      invalid MT-ID");
                    break;
                }
                if !reach::mtid(c, b, tp, IND, tlen)? {
                    return Ok(Next::Trunc);
                }
                tp += 2;
                tlen -= 2;
            }
        }
        211 => {
            if tlen < 1 {
                return Ok(Next::Go);
            }
            c.s("\n\t      Flags [");
            c.flag_names(
                u8at(b, tp)?.into(),
                &[
                    (1, "Restart Request"),
                    (2, "Restart Acknowledgement"),
                    (4, "Suppress adjacency advertisement"),
                ],
            );
            c.s("]");
            tlen -= 1;
            if tlen == 0 || tlen < 2 {
                return Ok(Next::Go);
            }
            let v0 = be16(b, tp + 1)?;
            c.s_dec(", Remaining holding time ", v0);
            c.s("s");
            tlen -= 2;
            if tlen == SYSTEM_ID_LEN {
                labelled_id(c, ", for ", b, tp + 3, SYSTEM_ID_LEN)?;
            }
        }
        131 => {
            if tlen < 1 {
                return Ok(Next::Go);
            }
            let k = u8at(b, tp)?;
            c.s("\n\t      Inter-Domain Information Type: ");
            match k {
                0 => c.s("Reserved"),
                1 => c.s("Routing-Domain Specific"),
                2 => c.s("AS Number Tag"),
                _ => {
                    c.s("Unknown (0x");
                    c.out.hex0(u64::from(k), 2);
                    c.s(")");
                }
            }
            tp += 1;
            tlen -= 1;
            if k == 2 {
                if tlen < 2 {
                    return Ok(Next::TlvTrunc);
                }
                let v0 = be16(b, tp)?;
                c.s_dec("AS Number: ", v0);
            } else {
                unknown_data(c, b, tp, IND, tlen);
            }
        }
        14 => {
            if tlen >= 2 {
                let v0 = be16(b, tp)?;
                c.s_dec("\n\t      LSP Buffersize: ", v0);
            }
        }
        4 => {
            while tlen != 0 {
                if tlen < SYSTEM_ID_LEN {
                    return Ok(Next::TlvTrunc);
                }
                labelled_id(c, IND, b, tp, SYSTEM_ID_LEN)?;
                tp += SYSTEM_ID_LEN;
                tlen -= SYSTEM_ID_LEN;
            }
        }
        5 => prefix_neighbors(c, b, tp, tlen)?,
        241 => {
            if tlen >= 4 {
                let v0 = be32(b, tp)?;
                c.s_dec("\n\t      Sequence number: ", v0);
            }
        }
        _ => return super::isis_cap::tlv(c, b, p, t, len),
    }
    Ok(Next::Go)
}

/// A loop over variable-size entries: `one` prints an entry and returns
/// its size, 0 when it could not; an entry longer than what is left ends
/// the TLV with tcpdump's "[remaining tlv length]" complaint.
fn entries(
    c: &mut Ctx,
    mut tlen: usize,
    mut one: impl FnMut(&mut Ctx, usize) -> Res<usize>,
) -> Res<Next> {
    while tlen != 0 {
        let n = one(c, tlen)?;
        if n == 0 {
            return Ok(Next::Trunc);
        }
        if tlen < n {
            c.dec_fields(&[(" [remaining tlv length ", tlen as u64), (" < ", n as u64)]);
            c.s("]");
            c.invalid();
            break;
        }
        // tcpdump subtracts through a u8 cast.
        tlen -= n & 0xff;
        if n & 0xff == 0 {
            break;
        }
    }
    Ok(Next::Go)
}

/// IS or ES neighbours: a metric block and an ID each.
fn neighbors(
    c: &mut Ctx,
    b: &[u8],
    mut tp: usize,
    mut tlen: usize,
    label: &str,
    id_len: usize,
) -> Res<Next> {
    while tlen != 0 {
        if tlen < 4 + id_len {
            return Ok(Next::TlvTrunc);
        }
        bytes(b, tp, 4 + id_len)?;
        labelled_id(c, label, b, tp + 4, id_len)?;
        reach::metric_block(c, b, tp)?;
        tp += 4 + id_len;
        tlen -= 4 + id_len;
    }
    Ok(Next::Go)
}

fn auth(c: &mut Ctx, b: &[u8], mut tp: usize, mut tlen: usize) -> Res<Next> {
    if tlen < 1 {
        return Ok(Next::TlvTrunc);
    }
    let kind = u8at(b, tp)?;
    tp += 1;
    tlen -= 1;
    c.s("\n\t      ");
    match kind {
        1 => c.s("simple text password"),
        3 => c.s("Generic Crypto key-id"),
        54 => c.s("HMAC-MD5 password"),
        255 => c.s("Routing Domain private password"),
        _ => {
            c.s("unknown Authentication type 0x");
            c.out.hex0(u64::from(kind), 2);
        }
    }
    c.s(": ");
    match kind {
        1 => c.printjnp(b, tp, tlen)?,
        54 => {
            for i in 0..tlen {
                c.out.hex0(u64::from(u8at(b, tp + i)?), 2);
            }
            if tlen != 16 {
                c.s(", (invalid subTLV) ");
            }
            // Without a secret (-M) the signature cannot be checked.
            c.s(" (unchecked)");
        }
        3 => {
            if tlen < 2 {
                return Ok(Next::TlvTrunc);
            }
            c.dec(be16(b, tp)?);
            c.s(", password: ");
            for i in 2..tlen {
                c.out.hex0(u64::from(u8at(b, tp + i)?), 2);
            }
        }
        _ => unknown_data(c, b, tp, "\n\t\t  ", tlen),
    }
    Ok(Next::Go)
}

/// IPv4 or IPv6 interface addresses, one a line, to the TLV's end.
fn interface_addresses(
    c: &mut Ctx,
    b: &[u8],
    mut tp: usize,
    mut tlen: usize,
    fam: Family,
) -> Res<Next> {
    let (width, label) = match fam {
        Family::V4 => (4, "\n\t      IPv4 interface address: "),
        Family::V6 => (16, "\n\t      IPv6 interface address: "),
    };
    while tlen != 0 {
        if tlen < width {
            return Ok(Next::TlvTrunc);
        }
        let a = bytes(b, tp, width)?;
        c.s(label);
        match fam {
            Family::V4 => c.ip4(a),
            Family::V6 => c.ip6(a),
        }
        tp += width;
        tlen -= width;
    }
    Ok(Next::Go)
}

/// Shared Risk Link Group: neighbour, flags, addresses, link IDs, each
/// printed as far as the TLV holds it.
fn srlg(c: &mut Ctx, b: &[u8], mut tp: usize, mut tlen: usize) -> Res<Next> {
    if tlen < NODE_ID_LEN {
        return Ok(Next::Go);
    }
    labelled_id(c, "\n\t      IS Neighbor: ", b, tp, NODE_ID_LEN)?;
    tp += NODE_ID_LEN;
    tlen -= NODE_ID_LEN;
    if tlen < 1 {
        return Ok(Next::Go);
    }
    let v0 = u8at(b, tp)?;
    c.s(", Flags: [");
    c.s(if v0 & 1 != 0 {
        "numbered"
    } else {
        "unnumbered"
    });
    c.s("]");
    tp += 1;
    tlen -= 1;
    for label in [
        "\n\t      IPv4 interface address: ",
        "\n\t      IPv4 neighbor address: ",
    ] {
        if tlen < 4 {
            return Ok(Next::Go);
        }
        let v0 = bytes(b, tp, 4)?;
        c.s(label);
        c.ip4(v0);
        tp += 4;
        tlen -= 4;
    }
    while tlen != 0 {
        if tlen < 4 {
            return Ok(Next::TlvTrunc);
        }
        let v0 = be32(b, tp)?;
        c.s("\n\t      Link-ID: 0x");
        c.out.hex0(u64::from(v0), 8);
        tp += 4;
        tlen -= 4;
    }
    Ok(Next::Go)
}

fn prefix_neighbors(c: &mut Ctx, b: &[u8], mut tp: usize, mut tlen: usize) -> Res {
    if tlen < 4 {
        return Ok(());
    }
    bytes(b, tp, 4)?;
    c.s("\n\t      Metric Block");
    reach::metric_block(c, b, tp)?;
    tp += 4;
    tlen -= 4;
    while tlen != 0 {
        let plen = usize::from(u8at(b, tp)?);
        tp += 1;
        tlen -= 1;
        if plen < 2 {
            c.s_dec("\n\t\tAddress: prefix length ", plen as u64);
            c.s(" < 2");
            break;
        }
        if tlen < plen / 2 {
            break;
        }
        bytes(b, tp, plen / 2)?;
        c.s("\n\t\tAddress: ");
        isonsap(c, b, tp, plen / 2)?;
        c.s_dec("/", (plen * 4) as u64);
        tp += plen / 2;
        tlen -= plen / 2;
    }
    Ok(())
}
