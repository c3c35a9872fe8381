//! Network Service Header (print-nsh.c, RFC 8300): base and service path
//! headers, with -vvv the context headers, then the packet it carries.

use super::ctx::{Ctx, Res, be16, be32, tcheck, u8at};
use super::dispatch;
use super::out::Emit;

/// MD types (md_str).
const MD_TYPES: &[(u32, &str)] = &[(0, "reserved"), (1, "1"), (2, "2"), (0xf, "experimental")];

/// Next protocols (np_str).
const NEXT_PROTOCOLS: &[(u32, &str)] = &[
    (1, "IPv4"),
    (2, "IPv6"),
    (3, "Ethernet"),
    (4, "NSH"),
    (5, "MPLS"),
    (0xfe, "Experiment 1"),
    (0xff, "Experiment 2"),
];

/// A header word's size; the length field counts words.
const WORD: usize = 4;

/// tok2str with tcpdump's "unknown (0x%02x)" default.
fn name_or_unknown(c: &mut Ctx, table: &[(u32, &str)], v: u32) {
    match table.iter().find(|&&(k, _)| k == v) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(v), 2);
            c.s(")");
        }
    }
}

/// nsh_print.
pub(crate) fn nsh(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "nsh";
    if len < 8 {
        c.invalid_length([" (packet length ", " < ", ")"], len, 8);
        return Ok(());
    }
    let base = be32(b, 0)?;
    let ver = base >> 30;
    let length = ((base >> 16) & 0x3f) as usize;
    let md_type = (base >> 8) & 0xf;
    let next = base & 0xff;
    let v = c.o.verbose;
    c.s("NSH, ");
    if v > 1 {
        c.s("ver ");
        c.dec(ver);
        c.s(", ");
    }
    if ver != 0 {
        return Ok(());
    }
    c.s("flags [");
    c.flag_letters((base >> 28) & 3, &[(0x2, "O")]);
    c.s("], ");
    if v > 2 {
        c.s("TTL ");
        c.dec((base >> 22) & 0x3f);
        c.s(", length ");
        c.dec(length as u64);
        c.s(", md type ");
        name_or_unknown(c, MD_TYPES, md_type);
        c.s(", ");
    }
    if v > 1 {
        c.s("next-protocol ");
        name_or_unknown(c, NEXT_PROTOCOLS, next);
        c.s(", ");
    }
    if len < length * WORD {
        c.s(" (too many headers for packet length ");
        c.dec(len as u64);
        c.s(")");
        c.invalid();
        return Ok(());
    }
    let spi = be32(b, 3)? & 0xff_ffff;
    c.s("service-path-id 0x");
    c.out.hex0(u64::from(spi), 6);
    c.s(", ");
    let index = u8at(b, 7)?;
    c.s("service-index 0x");
    c.out.hex(u64::from(index));
    if length < 2 {
        c.s(" (less than two headers)");
        c.invalid();
        return Ok(());
    }
    let context_words = length - 2;
    if v > 2 && md_type == 1 {
        if length != 6 {
            c.s(" (invalid length for the MD type)");
            c.invalid();
            return Ok(());
        }
        for n in 0..context_words {
            let word = be32(b, 8 + n * WORD)?;
            c.s("\n        Context[");
            c.out.dec0(n as u64, 2);
            c.s("]: 0x");
            c.out.hex0(u64::from(word), 8);
        }
    } else if v > 2 && md_type == 2 {
        if !tlvs(c, b, context_words)? {
            c.invalid();
            return Ok(());
        }
    } else {
        tcheck(b, 8, context_words * WORD)?;
    }
    c.s(if v > 0 { "\n    " } else { ": " });
    let inner = super::rest(b, length * WORD);
    let next_len = len - length * WORD;
    match next {
        1 => dispatch::ip(c, inner, next_len),
        2 => dispatch::ip6(c, inner, next_len),
        3 => dispatch::ether(c, inner, next_len).map(drop),
        _ => {
            c.s("ERROR: unknown-next-protocol");
            Ok(())
        }
    }
}

/// MD type 2 context headers: TLVs filling `words` words after the
/// service path header; Ok(false) when one claims more than is left.
fn tlvs(c: &mut Ctx, b: &[u8], words: usize) -> Res<bool> {
    let mut at = 8;
    let mut n = 0;
    while n < words {
        let class = be16(b, at)?;
        let typ = u8at(b, at + 2)?;
        let tlv_len = usize::from(u8at(b, at + 3)? & 0x7f);
        at += 4;
        let padded = tlv_len.next_multiple_of(WORD);
        c.s("\n        TLV Class ");
        c.dec(class);
        c.s(", Type ");
        c.dec(typ);
        c.s(", Len ");
        c.dec(tlv_len as u64);
        n += 1;
        if words < n + padded / WORD {
            c.s(" (length too big)");
            return Ok(false);
        }
        if tlv_len > 0 {
            c.s("\n            Value: ");
            let mut sep = "0x";
            for i in 0..tlv_len {
                let byte = u8at(b, at + i)?;
                c.s(sep);
                c.out.hex0(u64::from(byte), 2);
                sep = ":";
            }
            tcheck(b, at + tlv_len, padded - tlv_len)?;
            at += padded;
            n += padded / WORD;
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden_levels, numeric};
    use crate::link::LinkType;

    /// NSH over Ethernet with MD type 1 context headers (nsh.pcap of
    /// tcpdump's suite), whole and cut inside the context headers and the
    /// service path header, at each level that changes the text.
    #[test]
    fn md_type_1_levels() {
        let frame = "5254004b735f02420a000803894f00060101000309070000000100000002000000030000000445000022284440004011e96a0a0008030a0d0d0dcc051f40000e0000626567696e0a";
        let ip = "IP (tos 0x0, ttl 64, id 10308, offset 0, flags [DF], proto UDP (17), length 34)\n    10.0.8.3.52229 > 10.13.13.13.8000: [no cksum] UDP, length 6";
        let vv = "NSH, ver 0, flags [none], next-protocol IPv4, ";
        let vvv = "NSH, ver 0, flags [none], TTL 0, length 6, md type 1, next-protocol IPv4, ";
        let path = "service-path-id 0x000309, service-index 0x7";
        let contexts = "\n        Context[00]: 0x00000001\n        Context[01]: 0x00000002";
        golden_levels(
            LinkType::Ethernet,
            &[(frame, 0), (frame, 30), (frame, 20)],
            &[
                (
                    numeric(0),
                    &[
                        &format!(
                            "NSH, flags [none], {path}: IP 10.0.8.3.52229 > 10.13.13.13.8000: UDP, length 6"
                        ),
                        &format!("NSH, flags [none], {path} [|nsh]"),
                        "NSH, flags [none],  [|nsh]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        &format!("{vv}{path}\n    {ip}"),
                        &format!("{vv}{path} [|nsh]"),
                        &format!("{vv} [|nsh]"),
                    ],
                ),
                (
                    numeric(3),
                    &[
                        &format!(
                            "{vvv}{path}{contexts}\n        Context[02]: 0x00000003\n        Context[03]: 0x00000004\n    {ip}"
                        ),
                        &format!("{vvv}{path}{contexts} [|nsh]"),
                        &format!("{vvv} [|nsh]"),
                    ],
                ),
            ],
        );
    }

    /// NSH with MD type 2 TLVs inside VXLAN-GPE (nsh-over-vxlan-gpe.pcap),
    /// whole and cut inside the TLVs and inside the VXLAN-GPE header.
    #[test]
    fn md_type_2_in_vxlan_gpe() {
        let frame = "00000000000000000000000008004500005c402340004011fc6b7f0000017f00000112b612b6004849f70c000004ffffff0030060201ffffffff0001020112345678000203011234567845000020d4310000ff116647c0a80001c0a8000227104e20000c217874657374";
        let outer = "IP (tos 0x0, ttl 64, id 16419, offset 0, flags [DF], proto UDP (17), length 92)\n    127.0.0.1.4790 > 127.0.0.1.4790: ";
        let gpe = "VXLAN-GPE, flags [IP], vni 16777215";
        let path = "service-path-id 0xffffff, service-index 0xff";
        let inner = "IP (tos 0x0, ttl 255, id 54321, offset 0, flags [none], proto UDP (17), length 32)\n    192.168.0.1.10000 > 192.168.0.2.20000:";
        let nsh3 = "NSH, ver 0, flags [O], TTL 0, length 6, md type 2, next-protocol IPv4, ";
        let tlvs = "\n        TLV Class 1, Type 2, Len 1\n            Value: 0x12\n        TLV Class 2, Type 3, Len 1\n            Value: 0x12";
        golden_levels(
            LinkType::Ethernet,
            &[(frame, 0), (frame, 60), (frame, 45)],
            &[
                (
                    numeric(0),
                    &[
                        &format!(
                            "IP 127.0.0.1.4790 > 127.0.0.1.4790: {gpe}: NSH, flags [O], {path}: IP 192.168.0.1.10000 > 192.168.0.2.20000: UDP, length 4"
                        ),
                        &format!(
                            "IP 127.0.0.1.4790 > 127.0.0.1.4790: {gpe}: NSH, flags [O], {path} [|nsh]"
                        ),
                        "IP 127.0.0.1.4790 > 127.0.0.1.4790: VXLAN-GPE, flags [IP],  [|vxlan_gpe]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        &format!(
                            "{outer}{gpe}\n    NSH, flags [O], {path}\n    {inner} UDP, length 4"
                        ),
                        &format!("{outer}{gpe}\n    NSH, flags [O], {path} [|nsh]"),
                        &format!("{outer}VXLAN-GPE, flags [IP],  [|vxlan_gpe]"),
                    ],
                ),
                (
                    numeric(3),
                    &[
                        &format!(
                            "{outer}[udp sum ok] {gpe}\n    {nsh3}{path}{tlvs}\n    {inner} [udp sum ok] UDP, length 4"
                        ),
                        &format!("{outer}{gpe}\n    {nsh3}{path} [|nsh]"),
                        &format!("{outer}VXLAN-GPE, flags [IP],  [|vxlan_gpe]"),
                    ],
                ),
            ],
        );
    }

    /// No panic on cut and randomly changed copies of these frames.
    #[test]
    fn never_panics() {
        crate::decode::tests::never_panics(
            LinkType::Ethernet,
            &[
                "5254004b735f02420a000803894f00060101000309070000000100000002000000030000000445000022284440004011e96a0a0008030a0d0d0dcc051f40000e0000626567696e0a",
                "00000000000000000000000008004500005c402340004011fc6b7f0000017f00000112b612b6004849f70c000004ffffff0030060201ffffffff0001020112345678000203011234567845000020d4310000ff116647c0a80001c0a8000227104e20000c217874657374",
            ],
        );
    }
}
