//! CALM FAST, ISO 29281 (print-calm-fast.c): the two network reference
//! bytes, and with -v the rest as hex. Ethertype 0x1111.

use super::ctx::{Ctx, Res, tcheck, u8at};
use super::dispatch;

/// calm_fast_print; `src` is the Ethernet source address (only
/// ether_print passes one).
pub(crate) fn calm_fast(c: &mut Ctx, b: &[u8], length: usize, src: Option<&[u8]>) -> Res {
    c.proto = "calm_fast";
    c.s("CALM FAST");
    if let Some(src) = src {
        c.s(" src:");
        dispatch::mac(c, src);
    }
    c.s("; ");
    if length < 2 {
        c.invalid_length([" (length ", " < ", ")"], length, 2);
        return tcheck(b, 0, length);
    }
    let src_ref = u8at(b, 0)?;
    c.s("SrcNwref:");
    c.dec(src_ref);
    c.s("; ");
    let dst_ref = u8at(b, 1)?;
    c.s("DstNwref:");
    c.dec(dst_ref);
    c.s("; ");
    if c.o.verbose > 0 {
        c.default_print_len(b.get(2..).unwrap_or(&[]), length - 2);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_link, numeric, numeric_e};
    use crate::link::LinkType;

    /// CALM FAST with -e, and a frame too short for the two references (tcpdump 4.99.3).
    #[test]
    fn calm_fast_with_e() {
        golden_link(
            LinkType::Ethernet,
            numeric_e(0),
            &[
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype CALM FAST (0x1111), length 74: CALM FAST src:00:0c:42:69:68:be; SrcNwref:0; DstNwref:0; ",
                ),
                (
                    "ffffffffffff000c426968be111100",
                    0,
                    "00:0c:42:69:68:be > ff:ff:ff:ff:ff:ff, ethertype CALM FAST (0x1111), length 15: CALM FAST src:00:0c:42:69:68:be;  (length 1 < 2) (invalid)",
                ),
            ],
        );
    }

    /// With -v the rest as hex, and cut before each reference and in the rest (tcpdump 4.99.3).
    #[test]
    fn calm_fast_verbose_and_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(1),
            &[
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    0,
                    "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0; DstNwref:0; \n\t0x0000:  0000 01ac 8005 4455 3540 1c02 a2b3 0290  ......DU5@......\n\t0x0010:  2035 6fa0 6041 a4b6 1737 4656 56c2 0547  .5o.`A...7FVV..G\n\t0x0020:  2617 6657 2736 52f5 a756 9646 5696 e646  &.fW'6R..V.FV..F\n\t0x0030:  5020 4047 063f 9300 0030                 P.@G.?...0",
                ),
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    14,
                    "CALM FAST src:00:0c:42:69:68:be;  [|calm_fast]",
                ),
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    15,
                    "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0;  [|calm_fast]",
                ),
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    16,
                    "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0; DstNwref:0;  [|calm_fast]",
                ),
                (
                    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b3029020356fa06041a4b61737465656c2054726176657273652f5a75696465696e64650204047063f93000030",
                    30,
                    "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0; DstNwref:0; \n\t0x0000:  0000 01ac 8005 4455 3540 1c02 a2b3       ......DU5@.... [|calm_fast]",
                ),
            ],
        );
    }
}
