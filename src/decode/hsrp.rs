//! HSRP (print-hsrp.c), on destination port 1985.

use super::ctx::{Ctx, Res, Trunc, relts, u8at};

/// op_code_str.
const OPS: &[(u32, &str)] = &[(0, "hello"), (1, "coup"), (2, "resign")];

/// states.
const STATES: &[(u32, &str)] = &[
    (0, "initial"),
    (1, "learn"),
    (2, "listen"),
    (4, "speak"),
    (8, "standby"),
    (16, "active"),
];

/// hsrp_print; each field is read before its text is printed, so a cut
/// frame ends where tcpdump's does.
pub(crate) fn hsrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "hsrp";
    let version = u8at(b, 0)?;
    c.s("HSRPv");
    c.dec(version);
    if version != 0 {
        return Ok(());
    }
    c.s("-");
    let op = u8at(b, 1)?;
    c.tok_or(OPS, op.into(), "unknown (", ")");
    c.s(" ");
    c.dec(length as u64);
    c.s(": ");
    let state = u8at(b, 2)?;
    c.s("state=");
    c.tok_or(STATES, state.into(), "Unknown (", ")");
    // "state=X " is one print in tcpdump: its space comes before a cut.
    c.s(" ");
    let group = u8at(b, 6)?;
    c.s("group=");
    c.dec(group);
    c.s(" ");
    let reserved = u8at(b, 7)?;
    if reserved != 0 {
        c.s("[reserved=");
        c.dec(reserved);
        c.s("!] ");
    }
    let addr = b.get(16..20).ok_or(Trunc)?;
    c.s("addr=");
    c.ip4(addr);
    if c.o.verbose > 0 {
        c.s(" hellotime=");
        relts(c, u32::from(u8at(b, 3)?));
        c.s(" holdtime=");
        relts(c, u32::from(u8at(b, 4)?));
        let prio = u8at(b, 5)?;
        c.s(" priority=");
        c.dec(prio);
        c.s(" auth=\"");
        c.printjnp(b, 8, 8)?;
        c.s("\"");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[(
                "020000000002020000000001080045000030000100004011d8b8c0000201e000000207c107c1001c29fd000010030a640100636973636f000000c00002fe",
                "IP 192.0.2.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.0.2.254",
            )],
        );
    }

    /// Random and cut payloads on each port (one per kind of line, from a
    /// generated set compared whole against tcpdump -n).
    #[test]
    fn random_payloads() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c000020724e807c100301341010195525bcfd9898fe314b9cd545264e54cc0b122a858831caffcee4384a6f0dd22606e02d345f7",
                    "IP 192.0.2.1.9448 > 192.0.2.7.1985: HSRPv1",
                ),
                (
                    "02000000000202000000000108004500001f000100004011f6c4c0000201c0000207672a07c1000bc6df300416",
                    "IP 192.0.2.1.26410 > 192.0.2.7.1985: HSRPv48",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002079b3807c1005801bb000338144cb3d60830905f79d5bffa40b8c031f3b35b482a4dc32c03ce490a8e774eb0d519fc1bf881f75db6ea560817f9f4dc877baf9545c7a096949647264e2ae97cd79d3a3a2f0c2692c8119680aa",
                    "IP 192.0.2.1.39736 > 192.0.2.7.1985: HSRPv0-unknown (3) 80: state=Unknown (56) group=214 [reserved=8!] addr=184.192.49.243",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071c1907c1000857fb",
                    "IP 192.0.2.1.7193 > 192.0.2.7.1985:  [|hsrp]",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c0000207e45907c1000a94f1fac4",
                    "IP 192.0.2.1.58457 > 192.0.2.7.1985: HSRPv250",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207ded307c1001843140300f43a850b4b310831f324b3e8db55",
                    "IP 192.0.2.1.57043 > 192.0.2.7.1985: HSRPv3",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c0000207d98907c1000a64ea359c",
                    "IP 192.0.2.1.55689 > 192.0.2.7.1985: HSRPv53",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c000020752c207c10058c599603e02cfd011df575288b3b0935ea6bc920ab4ee9d8e89242f2f37fcaf0ceaf4956eff8cf88a4f3114a1b644599b067aaadc4324e270fd5cf8d6367de43ce61f7db7bad53377db8c09c6ea98c350caff",
                    "IP 192.0.2.1.21186 > 192.0.2.7.1985: HSRPv96",
                ),
                (
                    "020000000002020000000001080045000058000100004011f68bc0000201c0000207c0b407c10044ca454503be343e714b325a8231a7ee0d02d3ee83173e8f295b4de876a3016f811bf6147b0e739ed664ad6527bfd1260b734ff5d72a33106e94af46bfe6e4",
                    "IP 192.0.2.1.49332 > 192.0.2.7.1985: HSRPv69",
                ),
            ],
        );
    }

    /// With -v: times, priority and an escaped password, then the hello
    /// cut at each field (expected text from tcpdump 4.99.3 -v).
    #[test]
    fn verbose_and_cuts() {
        golden(
            numeric(1),
            &[
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a640100616201e963000000c00002fe",
                    "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.0.2.254 hellotime=3s holdtime=10s priority=100 auth=\"ab^AM-ic\"",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c000000",
                    "IP truncated-ip - 19 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0- [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c00000000",
                    "IP truncated-ip - 18 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20:  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010",
                    "IP truncated-ip - 17 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c000000001003",
                    "IP truncated-ip - 16 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a6401",
                    "IP truncated-ip - 13 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a640100",
                    "IP truncated-ip - 12 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a6401006162",
                    "IP truncated-ip - 10 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a640100616201e963",
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]",
                ),
                (
                    "01005e000002000000000101080045000030000100000111cfb90a000001e000000207c107c1001c0000000010030a640100616201e963000000c00002",
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]",
                ),
            ],
        );
    }
}
