//! 802.1AE MACsec SecTAG (print-macsec.c): the tag's fields, and where
//! clear text continues as an Ethernet type/length.

use super::dispatch::mac;
use super::out::Emit;
use super::{Ctx, Res, be32};
use crate::wire::macsec as sec;

pub(crate) enum Macsec {
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
pub(crate) fn sectag(
    c: &mut Ctx,
    b: &[u8],
    p: usize,
    length: usize,
    src: &[u8],
    dst: &[u8],
) -> Res<Macsec> {
    let saved = c.proto;
    c.proto = "macsec";
    let caplen = b.len().saturating_sub(p);
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
        c.s_dec("an ", tci & sec::AN_MASK);
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
            c.s_dec(", sl ", short_length as u64);
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
        end: b.len().saturating_sub(sec::ICV_LEN),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::numeric;

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
        let pkt = crate::packet::Packet::bare(data, wire_len, 1, 0);
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
