//! OpenBSD pf's log header (DLT_PFLOG, print-pflog.c, as tcpdump on
//! Linux builds it: the header is 64 bytes, the action, reason and
//! direction tables are the common ones), then the logged IPv4 or IPv6
//! packet.

use super::{Ctx, Res, be32, dispatch, rest, u8at};
use crate::wire::null;

/// sizeof(struct pfloghdr) without the OpenBSD and FreeBSD extensions.
const HEADER_SIZE: usize = 64;
/// The least header length the length field may claim.
const MIN_HEADER_LEN: u8 = 45;
const IFNAME_AT: usize = 4;
const RULESET_AT: usize = 20;
/// Both names are 16 bytes, NUL-padded.
const NAME_SIZE: usize = 16;
const RULENR_AT: usize = 36;
const SUBRULENR_AT: usize = 40;
const DIR_AT: usize = 60;

/// pf_reasons; tcpdump's table lists PFRES_NORM (4) twice, so 3 is
/// unknown and 4 reads "3(short)".
const REASONS: &[(u32, &str)] = &[
    (0, "0(match)"),
    (1, "1(bad-offset)"),
    (2, "2(fragment)"),
    (4, "3(short)"),
    (5, "5(memory)"),
    (6, "6(bad-timestamp)"),
    (7, "7(congestion)"),
    (8, "8(ip-option)"),
    (9, "9(proto-cksum)"),
    (10, "10(state-mismatch)"),
    (11, "11(state-insert)"),
    (12, "12(state-limit)"),
    (13, "13(src-limit)"),
    (14, "14(synproxy)"),
];

const ACTIONS: &[(u32, &str)] = &[
    (0, "pass"),
    (1, "block"),
    (2, "scrub"),
    (4, "nat"),
    (5, "nonat"),
    (6, "binat"),
    (7, "nobinat"),
    (8, "rdr"),
    (9, "nordr"),
    (10, "synproxy-drop"),
];

const DIRECTIONS: &[(u32, &str)] = &[(0, "in/out"), (1, "in"), (2, "out")];

/// A byte's name in `table`, or "unkn(N)".
fn named(c: &mut Ctx, table: &[(u32, &str)], v: u8) {
    c.tok_or(table, v.into(), "unkn(", ")");
}

/// pflog_print: "rule N[.RULESET.M]/REASON: ACTION DIR on IFNAME: ".
fn header(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "pflog";
    let rulenr = be32(b, RULENR_AT)?;
    let subrulenr = be32(b, SUBRULENR_AT)?;
    c.s("rule ");
    c.dec(rulenr);
    if subrulenr == u32::MAX {
        c.s("/");
    } else {
        c.s(".");
        c.printjnp(b, RULESET_AT, NAME_SIZE)?;
        c.s(".");
        c.dec(subrulenr);
        c.s("/");
    }
    let r = u8at(b, 3)?;
    named(c, REASONS, r);
    c.s(": ");
    let a = u8at(b, 2)?;
    named(c, ACTIONS, a);
    c.s(" ");
    let d = u8at(b, DIR_AT)?;
    named(c, DIRECTIONS, d);
    c.s(" on ");
    c.printjnp(b, IFNAME_AT, NAME_SIZE)?;
    c.s(": ");
    Ok(())
}

/// pflog_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "pflog";
    let Some(&claimed) = b.first() else {
        c.trunc();
        return Ok(());
    };
    if claimed < MIN_HEADER_LEN {
        c.s("[pflog: invalid header length!]");
        c.ll_len += usize::from(claimed);
        return Ok(());
    }
    let hdr_len = usize::from(claimed).next_multiple_of(4);
    c.ll_len += hdr_len;
    if b.len() < hdr_len || b.len() < HEADER_SIZE {
        c.trunc();
        return Ok(());
    }
    if c.o.link_header {
        header(c, b)?;
    }
    let payload = rest(b, hdr_len);
    let length = (wire_len as usize).saturating_sub(hdr_len);
    match u32::from(u8at(b, 1)?) {
        null::AF_INET => dispatch::ip(c, payload, length),
        null::AF_INET6_BSD | null::AF_INET6_FREEBSD | null::AF_INET6_DARWIN => {
            dispatch::ip6(c, payload, length)
        }
        _ => {
            if !c.o.link_header {
                header(c, b)?;
            }
            c.default_print(payload);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_on_link, numeric, numeric_e};
    use crate::link::LinkType;
    use crate::wire::linktype;

    const V4: &str = "3d020a04656d30000000000000000000000000006d7972756c657300000000000000000000000007ffffffff000000000000000000000000000000000200000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const V4_SUBRULE: &str = "3d020c0f656d30000000000000000000000000006d7972756c65730000000000000000000000000700000003000000000000000000000000000000000000000045000054e58e0000f901fcd581926a370a05e975080032e21af50000ed760d4bb9630b0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
    const V6: &str = "3d180303656d30000000000000000000000000006d7972756c657300000000000000000000000007ffffffff00000000000000000000000000000000000000006000000000043a40fe800000000000000000000000000001ff02000000000000000000000000000180000000";
    const UNKNOWN: &str = "3d070100656d30000000000000000000000000006d7972756c657300000000000000000000000007ffffffff0000000000000000000000000000000001000000aabb";
    const SHORT: &str = "2c020000";

    /// IPv4, IPv6 and an unknown family, with and without a ruleset, unknown
    /// reasons, actions and directions, a short header length and cut copies
    /// (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn pflog() {
        let link = LinkType::Other(linktype::PFLOG);
        golden_on_link(
            link,
            numeric(0),
            &[
                (
                    V4,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (V6, "IP6 fe80::1 > ff02::1: ICMP6, echo request [|icmp6]"),
                (
                    UNKNOWN,
                    "rule 7/0(match): block in on em0: \n\t0x0000:  aabb                                     ..",
                ),
                (SHORT, "[pflog: invalid header length!]"),
                (&V4[..2], " [|pflog]"),
                (&V4[..100], " [|pflog]"),
                (&V4[..130], "IP  [|ip]"),
            ],
        );
        golden_on_link(
            link,
            numeric_e(0),
            &[
                (
                    V4,
                    "rule 7/3(short): synproxy-drop out on em0: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    V4_SUBRULE,
                    "rule 7.myrules.3/unkn(15): unkn(12) in/out on em0: 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64",
                ),
                (
                    V6,
                    "rule 7/unkn(3): unkn(3) in/out on em0: fe80::1 > ff02::1: ICMP6, echo request [|icmp6]",
                ),
                (
                    UNKNOWN,
                    "rule 7/0(match): block in on em0: \n\t0x0000:  aabb                                     ..",
                ),
                (SHORT, "[pflog: invalid header length!]"),
                (&V4[..100], " [|pflog]"),
                (
                    &V4[..130],
                    "rule 7/3(short): synproxy-drop out on em0:  [|ip]",
                ),
            ],
        );
        golden_on_link(
            link,
            PrintOptions {
                hex: 1,
                ..numeric(0)
            },
            &[
                (
                    V4,
                    "IP 129.146.106.55 > 10.5.233.117: ICMP echo request, id 6901, seq 0, length 64\n\t0x0000:  4500 0054 e58e 0000 f901 fcd5 8192 6a37\n\t0x0010:  0a05 e975 0800 32e2 1af5 0000 ed76 0d4b\n\t0x0020:  b963 0b00 0809 0a0b 0c0d 0e0f 1011 1213\n\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223\n\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233\n\t0x0050:  3435 3637",
                ),
                (
                    UNKNOWN,
                    "rule 7/0(match): block in on em0: \n\t0x0000:  aabb",
                ),
                (SHORT, "[pflog: invalid header length!]"),
                (&V4[..100], " [|pflog]"),
            ],
        );
    }
}
