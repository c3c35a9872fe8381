//! Cisco's Dynamic Trunking Protocol (print-dtp.c): the version line, and
//! with -v the domain, status, type and neighbor TLVs.

use super::ctx::{codes, tcheck};
use super::out::Emit;
use super::{Ctx, Res, be16, bytes, dispatch, u8at};

codes! {
    /// dtp_tlv_values.
    TLVS: u16 {
        DOMAIN = 1 => "Domain",
        STATUS = 2 => "Status",
        DTP_TYPE = 3 => "DTP type",
        NEIGHBOR = 4 => "Neighbor",
    }
}

/// dtp_print.
pub(crate) fn dtp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "dtp";
    if length < 1 {
        c.s("[zero packet length]");
        c.invalid();
        return Ok(());
    }
    let version = u8at(b, 0)?;
    c.s("DTPv");
    c.dec(version);
    c.s(", length ");
    c.dec(length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    let mut at = 1usize;
    let mut left = length - 1;
    while left > 0 {
        if left < 4 {
            c.s("[");
            c.dec(left as u64);
            c.s(" bytes remaining]");
            c.invalid();
            return tcheck(b, at, left);
        }
        let ty = be16(b, at)?;
        let len = usize::from(be16(b, at + 2)?);
        // Seen in captures: a zero type ends the TLVs.
        if ty == 0 {
            return Ok(());
        }
        c.s("\n\t");
        c.tok_hex(TLVS, ty.into(), "Unknown", 4);
        c.s(" TLV, length ");
        c.dec(len as u64);
        // A length that does not pass its own header would not advance.
        if len < 4 || len > left {
            c.s("[invalid TLV length ");
            c.dec(len as u64);
            c.s("]");
            c.invalid();
            return tcheck(b, at, left);
        }
        match ty {
            DOMAIN => {
                c.s(", ");
                c.printjnp(b, at + 4, len - 4)?;
            }
            STATUS | DTP_TYPE | NEIGHBOR => {
                // A status or a type is one byte, a neighbor a MAC address;
                // another length is invalid.
                let want = if ty == NEIGHBOR { 10 } else { 5 };
                if len != want {
                    c.invalid();
                    return tcheck(b, at, left);
                }
                if ty == NEIGHBOR {
                    let mac = bytes(b, at + 4, 6)?;
                    c.s(", ");
                    dispatch::mac(c, mac);
                } else {
                    let v = u8at(b, at + 4)?;
                    c.s(", 0x");
                    c.out.hex(v.into());
                }
            }
            _ => tcheck(b, at, len)?,
        }
        at += len;
        left -= len;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// Every TLV, bad status and neighbor lengths, TLV lengths too short and too long, a TLV header cut by the length, an empty PDU (tcpdump 4.99.3 -n, -v).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (
                    "01000ccccccc0200000000010030aaaa0300000c200401000100094c61620078000200050400030005a50004000a020000000003000900067a7a00000004",
                    0,
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c200401000200060102",
                    0,
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c2004010004000501",
                    0,
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c200401000100026162",
                    0,
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c200401000100146162",
                    0,
                ),
                ("01000ccccccc020000000001000baaaa0300000c2004010001", 0),
                ("01000ccccccc0200000000010008aaaa0300000c2004", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "DTPv1, length 40",
                        "DTPv1, length 7",
                        "DTPv1, length 6",
                        "DTPv1, length 7",
                        "DTPv1, length 7",
                        "DTPv1, length 3",
                        "[zero packet length] (invalid)",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "DTPv1, length 40\n\tDomain (0x0001) TLV, length 9, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0xa5\n\tNeighbor (0x0004) TLV, length 10, 02:00:00:00:00:03\n\tUnknown (0x0009) TLV, length 6",
                        "DTPv1, length 7\n\tStatus (0x0002) TLV, length 6 (invalid)",
                        "DTPv1, length 6\n\tNeighbor (0x0004) TLV, length 5 (invalid)",
                        "DTPv1, length 7\n\tDomain (0x0001) TLV, length 2[invalid TLV length 2] (invalid)",
                        "DTPv1, length 7\n\tDomain (0x0001) TLV, length 20[invalid TLV length 20] (invalid)",
                        "DTPv1, length 3[2 bytes remaining] (invalid)",
                        "[zero packet length] (invalid)",
                    ],
                ),
            ],
        );
    }

    /// Frames cut inside the header and the TLVs.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                (
                    "01000ccccccc0200000000010030aaaa0300000c2004",
                    "[zero packet length] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c20040100",
                    "DTPv1, length 2[1 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c20040100010009",
                    "DTPv1, length 5\n\tDomain (0x0001) TLV, length 9[invalid TLV length 9] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c200401000100094c616200",
                    "DTPv1, length 9\n\tDomain (0x0001) TLV, length 9[invalid TLV length 9] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c200401000100094c61620078000200050400030005a50004000a020000000003000900",
                    "DTPv1, length 33\n\tDomain (0x0001) TLV, length 9, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0xa5\n\tNeighbor (0x0004) TLV, length 10, 02:00:00:00:00:03[3 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c200401000100094c61620078000200050400030005a50004000a020000000003000900067a7a00",
                    "DTPv1, length 37\n\tDomain (0x0001) TLV, length 9, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0xa5\n\tNeighbor (0x0004) TLV, length 10, 02:00:00:00:00:03\n\tUnknown (0x0009) TLV, length 6[1 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc0200000000010030aaaa0300000c200401000100094c61620078000200050400030005a50004000a020000000003000900067a7a000000",
                    "DTPv1, length 39\n\tDomain (0x0001) TLV, length 9, Lab\n\tStatus (0x0002) TLV, length 5, 0x4\n\tDTP type (0x0003) TLV, length 5, 0xa5\n\tNeighbor (0x0004) TLV, length 10, 02:00:00:00:00:03\n\tUnknown (0x0009) TLV, length 6[3 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c2004",
                    "[zero packet length] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c20040100",
                    "DTPv1, length 2[1 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c200401000200",
                    "DTPv1, length 4[3 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c20040100020006",
                    "DTPv1, length 5\n\tStatus (0x0002) TLV, length 6[invalid TLV length 6] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c2004010002000601",
                    "DTPv1, length 6\n\tStatus (0x0002) TLV, length 6[invalid TLV length 6] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c2004",
                    "[zero packet length] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c20040100",
                    "DTPv1, length 2[1 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c2004010004",
                    "DTPv1, length 3[2 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000eaaaa0300000c20040100040005",
                    "DTPv1, length 5\n\tNeighbor (0x0004) TLV, length 5[invalid TLV length 5] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c200401000100",
                    "DTPv1, length 4[3 bytes remaining] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c20040100010002",
                    "DTPv1, length 5\n\tDomain (0x0001) TLV, length 2[invalid TLV length 2] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c2004010001000261",
                    "DTPv1, length 6\n\tDomain (0x0001) TLV, length 2[invalid TLV length 2] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c20040100010014",
                    "DTPv1, length 5\n\tDomain (0x0001) TLV, length 20[invalid TLV length 20] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000faaaa0300000c2004010001001461",
                    "DTPv1, length 6\n\tDomain (0x0001) TLV, length 20[invalid TLV length 20] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000baaaa0300000c2004",
                    "[zero packet length] (invalid)",
                ),
                (
                    "01000ccccccc020000000001000baaaa0300000c20040100",
                    "DTPv1, length 2[1 bytes remaining] (invalid)",
                ),
            ],
        );
    }
}
