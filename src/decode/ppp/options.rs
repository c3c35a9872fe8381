//! The configuration options of LCP, IPCP, IP6CP, CCP and BACP (the
//! print_*_config_options functions of print-ppp.c): one table row per
//! protocol for ctrl.rs's option walker, and each protocol's values.

use super::super::dispatch::mac;
use super::super::out::Emit;
use super::super::{Ctx, Res, be16, be32, bytes, u8at};
use super::ctrl::{OptionTable, Then, bogus, vendor};
use super::{CHAP, EAP, LQM, PAP, SPAP, SPAP_OLD, VJC, proto_name, unknown_data};

const LCP_NAMES: [&str; 31] = [
    "Vend-Ext",
    "MRU",
    "ACCM",
    "Auth-Prot",
    "Qual-Prot",
    "Magic-Num",
    "deprecated(6)",
    "PFC",
    "ACFC",
    "FCS-Alt",
    "SDP",
    "Num-Mode",
    "deprecated(12)",
    "Call-Back",
    "deprecated(14)",
    "deprecated(15)",
    "deprecated(16)",
    "MRRU",
    "12-Bit seq #",
    "End-Disc",
    "Proprietary",
    "DCE-Id",
    "MP+",
    "Link-Disc",
    "LCP-Auth-Opt",
    "COBS",
    "Prefix-elision",
    "Multilink-header-Form",
    "I18N",
    "SDL-over-SONET/SDH",
    "PPP-Muxing",
];

pub(super) const LCP_OPTIONS: OptionTable = OptionTable {
    name: |o| LCP_NAMES.get(usize::from(o)).copied(),
    unnamed: None,
    cut: "[|lcp]",
    body: lcp_option,
};

/// A ": 0x%08x"-style value of `width` hex digits at offset 2.
fn hex_value(c: &mut Ctx, p: &[u8], width: usize) -> Res<Then> {
    let v = if width == 8 {
        be32(p, 2)?
    } else {
        u32::from(be16(p, 2)?)
    };
    c.s(": 0x");
    c.out.hex0(u64::from(v), width);
    Ok(Then::Dump(0))
}

/// ": %u" of the 16-bit value at offset 2.
fn dec16(c: &mut Ctx, p: &[u8]) -> Res<Then> {
    let v = be16(p, 2)?;
    c.s_dec(": ", v);
    Ok(Then::Dump(0))
}

fn lcp_option(c: &mut Ctx, opt: u8, p: &[u8], len: usize) -> Res<Then> {
    match opt {
        // Vendor extension.
        0 => {
            if len < 6 {
                return bogus(c, ">=", 6, len);
            }
            vendor(c, p, 2, ": ")?;
        }
        // MRU and MRRU.
        1 | 17 => {
            if len != 4 {
                return bogus(c, "=", 4, if opt == 1 { len } else { 0 });
            }
            return dec16(c, p);
        }
        // ACCM.
        2 => {
            if len != 6 {
                return bogus(c, "=", 6, len);
            }
            return hex_value(c, p, 8);
        }
        // Authentication protocol.
        3 => {
            if len < 4 {
                return bogus(c, ">=", 4, len);
            }
            let auth = be16(p, 2)?;
            c.s(": ");
            // tcpdump's format for an unnamed protocol lacks its '%'.
            c.s(proto_name(auth).unwrap_or("Unknown Auth Proto (0x04x)"));
            match auth {
                CHAP => {
                    let alg = u8at(p, 4)?;
                    c.s(", ");
                    match alg {
                        5 => c.s("MD5"),
                        128 => c.s("MS-CHAPv1"),
                        129 => c.s("MS-CHAPv2"),
                        _ => {
                            c.s_dec("Unknown Auth Alg ", alg);
                        }
                    }
                }
                PAP | EAP | SPAP | SPAP_OLD => {}
                _ => unknown_data(c, p, 0, "\n\t", len),
            }
        }
        // Quality protocol.
        4 => {
            if len < 4 {
                return bogus(c, ">=", 4, 0);
            }
            let q = be16(p, 2)?;
            c.s(if q == LQM { ": LQR" } else { ": unknown" });
        }
        // Magic number.
        5 => {
            if len != 6 {
                return bogus(c, "=", 6, 0);
            }
            return hex_value(c, p, 8);
        }
        // PFC, ACFC: no value.
        7 | 8 => {}
        // Link discriminator.
        23 => {
            if len != 4 {
                return bogus(c, "=", 4, 0);
            }
            return hex_value(c, p, 4);
        }
        // Callback.
        13 => {
            if len < 3 {
                return bogus(c, ">=", 3, 0);
            }
            let op = u8at(p, 2)?;
            c.s(": : Callback Operation ");
            c.s(match op {
                0 => "UserAuth",
                1 => "DialString",
                2 => "LocalID",
                3 => "E.164",
                4 => "X.500",
                6 => "CBCP",
                _ => "Unknown",
            });
            c.s_dec(" (", op);
            c.s(")");
        }
        // Multilink endpoint discriminator.
        19 => {
            if len < 3 {
                return bogus(c, ">=", 3, 0);
            }
            match u8at(p, 2)? {
                0 => c.s(": Null"),
                1 => c.s(": Local"),
                2 => {
                    if len != 7 {
                        return bogus(c, "=", 7, 0);
                    }
                    let a = bytes(p, 3, 4)?;
                    c.s(": IPv4 ");
                    c.ip4(a);
                }
                3 => {
                    if len != 9 {
                        return bogus(c, "=", 9, 0);
                    }
                    let a = bytes(p, 3, 6)?;
                    c.s(": MAC ");
                    mac(c, a);
                }
                4 => c.s(": Magic-Num-Block"),
                5 => c.s(": PSNDN"),
                class => {
                    c.s_dec(": Unknown class ", class);
                }
            }
        }
        _ => return Ok(Then::Unknown),
    }
    Ok(Then::Dump(0))
}

pub(super) const IPCP_OPTIONS: OptionTable = OptionTable {
    name: |o| {
        Some(match o {
            1 => "IP-Addrs",
            2 => "IP-Comp",
            3 => "IP-Addr",
            4 => "Home-Addr",
            129 => "Pri-DNS",
            130 => "Pri-NBNS",
            131 => "Sec-DNS",
            132 => "Sec-NBNS",
            _ => return None,
        })
    },
    unnamed: Some("unknown"),
    cut: "[|ipcp]",
    body: ipcp_option,
};

/// IP header compression (RFC 3544) and its minimum option length.
const IPCOMP_HDRCOMP: u16 = 0x61;
const IPCOMP_MINLEN: usize = 14;

fn ipcp_option(c: &mut Ctx, opt: u8, p: &[u8], len: usize) -> Res<Then> {
    match opt {
        // Source and destination addresses (deprecated).
        1 => {
            if len != 10 {
                return bogus(c, "=", 10, len);
            }
            let (src, dst) = (bytes(p, 2, 4)?, bytes(p, 6, 4)?);
            c.s(": src ");
            c.ip4(src);
            c.s(", dst ");
            c.ip4(dst);
        }
        // IP compression protocol.
        2 => {
            if len < 4 {
                return bogus(c, ">=", 4, 0);
            }
            let comp = be16(p, 2)?;
            c.s(": ");
            c.s(match comp {
                VJC => "VJ-Comp",
                IPCOMP_HDRCOMP => "IP Header Compression",
                _ => "Unknown",
            });
            c.s(" (0x");
            c.out.hex0(u64::from(comp), 2);
            c.s("):");
            if comp == IPCOMP_HDRCOMP {
                return header_compression(c, p, len);
            }
        }
        // Addresses: own, mobile home, DNS and NBNS servers.
        3 | 4 | 129..=132 => {
            if len != 6 {
                return bogus(c, "=", 6, 0);
            }
            let a = bytes(p, 2, 4)?;
            c.s(": ");
            c.ip4(a);
        }
        _ => return Ok(Then::Unknown),
    }
    Ok(Then::Dump(0))
}

/// IPCP's IP Header Compression parameters and their suboptions.
fn header_compression(c: &mut Ctx, p: &[u8], len: usize) -> Res<Then> {
    if len < IPCOMP_MINLEN {
        return bogus(c, ">=", IPCOMP_MINLEN as u64, 0);
    }
    if p.len() < 2 + IPCOMP_MINLEN {
        c.s("[|ipcp]");
        return Ok(Then::Return(0));
    }
    const FIELDS: [&str; 5] = [
        "\n\t    TCP Space ",
        ", non-TCP Space ",
        ", maxPeriod ",
        ", maxTime ",
        ", maxHdr ",
    ];
    for (i, label) in FIELDS.iter().enumerate() {
        c.s(label);
        c.dec(be16(p, 4 + 2 * i)?);
    }
    let mut at = 0;
    if len > IPCOMP_MINLEN {
        let mut left = len - IPCOMP_MINLEN;
        at = IPCOMP_MINLEN;
        c.s_dec("\n\t      Suboptions, length ", left as u64);
        while left >= 2 {
            let Ok(hdr) = bytes(p, at, 2) else {
                c.s("[|ipcp]");
                return Ok(Then::Return(0));
            };
            let (sub, sublen) = (hdr[0], usize::from(hdr[1]));
            if sub == 0 || sublen == 0 {
                break;
            }
            c.s("\n\t\t");
            c.s(match sub {
                1 => "RTP-Compression",
                2 => "Enhanced RTP-Compression",
                _ => "Unknown",
            });
            c.s_dec(" Suboption #", sub);
            c.s_dec(", length ", sublen as u64);
            if left < sublen {
                c.invalid_length([" [remaining suboptions length ", " < ", "]"], left, sublen);
                break;
            }
            left -= sublen;
            at += sublen;
        }
    }
    Ok(Then::Dump(at))
}

pub(super) const IP6CP_OPTIONS: OptionTable = OptionTable {
    name: |o| (o == 1).then_some("Interface-ID"),
    unnamed: Some("unknown"),
    cut: "[|ip6cp]",
    body: ip6cp_option,
};

fn ip6cp_option(c: &mut Ctx, opt: u8, p: &[u8], len: usize) -> Res<Then> {
    if opt != 1 {
        return Ok(Then::Unknown);
    }
    if len != 10 {
        return bogus(c, "=", 10, len);
    }
    let Ok(id) = bytes(p, 2, 8) else {
        c.s("[|ip6cp]");
        return Ok(Then::Return(0));
    };
    c.s(": ");
    for (i, pair) in id.chunks(2).enumerate() {
        if i > 0 {
            c.s(":");
        }
        c.out
            .hex0(u64::from(u16::from_be_bytes([pair[0], pair[1]])), 4);
    }
    Ok(Then::Dump(0))
}

pub(super) const CCP_OPTIONS: OptionTable = OptionTable {
    name: |o| {
        Some(match o {
            0 => "OUI",
            1 => "Pred-1",
            2 => "Pred-2",
            3 => "Puddle",
            16 => "HP-PPC",
            17 => "Stac-LZS",
            18 => "MPPC",
            19 => "Gand-FZA",
            20 => "V.42bis",
            21 => "BSD-Comp",
            23 => "LZS-DCP",
            24 => "MVRCA",
            25 => "DEC",
            26 => "Deflate",
            255 => "Reserved",
            _ => return None,
        })
    },
    unnamed: Some("Unknown"),
    cut: "[|ccp]",
    body: ccp_option,
};

fn ccp_option(c: &mut Ctx, opt: u8, p: &[u8], len: usize) -> Res<Then> {
    match opt {
        // BSD-Compress.
        21 => {
            if len < 3 {
                return bogus(c, ">=", 3, len);
            }
            let v = u8at(p, 2)?;
            c.s_dec(": Version: ", v >> 5);
            c.s_dec(", Dictionary Bits: ", v & 0x1f);
        }
        // Magnalink.
        24 => {
            if len < 4 {
                return bogus(c, ">=", 4, len);
            }
            let (v, ctx) = (u8at(p, 2)?, u8at(p, 3)?);
            c.s_dec(": Features: ", (v & 0xc0) >> 6);
            c.s(", PxP: ");
            c.s(if v & 0x20 != 0 { "Enabled" } else { "Disabled" });
            c.s_dec(", History: ", v & 0x1f);
            c.s_dec(", #CTX-ID: ", ctx);
        }
        // Deflate.
        26 => {
            if len < 4 {
                return bogus(c, ">=", 4, len);
            }
            let (v, w) = (u8at(p, 2)?, u8at(p, 3)?);
            c.s_dec(": Window: ", (v & 0xf0) >> 4);
            c.s("K, Method: ");
            c.s(if v & 0x0f == 8 { "zlib" } else { "unknown" });
            c.s(" (0x");
            c.out.hex(u64::from(v & 0x0f));
            c.s_dec("), MBZ: ", (w & 0xfc) >> 2);
            c.s_dec(", CHK: ", w & 0x03);
        }
        _ => return Ok(Then::Unknown),
    }
    Ok(Then::Dump(0))
}

pub(super) const BACP_OPTIONS: OptionTable = OptionTable {
    name: |o| (o == 1).then_some("Favored-Peer"),
    unnamed: Some("Unknown"),
    cut: "[|bacp]",
    body: bacp_option,
};

fn bacp_option(c: &mut Ctx, opt: u8, p: &[u8], len: usize) -> Res<Then> {
    if opt != 1 {
        return Ok(Then::Unknown);
    }
    if len != 6 {
        return bogus(c, "=", 6, len);
    }
    let m = be32(p, 2)?;
    c.s(": Magic-Num 0x");
    c.out.hex0(u64::from(m), 8);
    Ok(Then::Dump(0))
}
