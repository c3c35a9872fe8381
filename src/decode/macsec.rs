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
        c.s("an ");
        c.dec(tci & sec::AN_MASK);
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
            c.s(", sl ");
            c.dec(short_length as u64);
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
    use super::super::tests::{golden, numeric, numeric_e};

    /// 802.1AE MACsec: clear payloads decoded past the SecTAG and ICV (with
    /// SCI, short length, a VLAN tag and 802.3 inside), encrypted ones
    /// dumped, cut and invalid SecTAGs, random tags (expected text from
    /// tcpdump 4.99.3 -n). Each of these frames: tcpdump's line without -e,
    /// then with -e, where the SecTAG fields follow the ethertype.
    const PLAIN_AND_LINK_HEADER: &[(&str, &str, &str)] = &[
        (
            "02000000000202000000000188e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 0, pn 1, flags none, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
        ),
        (
            "02000000000202000000000188e52000000000020200000000010001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 79: an 0, pn 2, flags I, sci 0200000000010001, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
        ),
        (
            "02000000000202000000000188e52c00000000030200000000010001000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
            "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 0, pn 3, flags ECI, sci 0200000000010001, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 68: an 0, pn 3, flags ECI, sci 0200000000010001, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
        ),
        (
            "02000000000202000000000188e5412300000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 1, pn 5, flags S, sl 35, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
        ),
        (
            "02000000000202000000000188e5003000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            " [|macsec]",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: an 0, pn 6, flags none, sl 48,  [|macsec]",
        ),
        (
            "02000000000202000000000188e5800000000006080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            " (invalid)",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71:  (invalid)",
        ),
        (
            "02000000000202000000000188e500000001",
            " [|macsec]",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 18:  [|macsec]",
        ),
        (
            "02000000000202000000000188e500000000000181000005080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "IP 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 75: an 0, pn 1, flags none, ethertype 802.1Q (0x8100), vlan 5, p 0, ethertype IPv4 (0x0800), 192.0.2.1.1000 > 192.0.2.2.2000: UDP, length 5",
        ),
        (
            "0200000000020200000000018100000588e5000000000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 75: 
	0x0000:  0000 0000 0001 0800 4500 0021 0001 0000  ........E..!....
	0x0010:  4011 f6c7 c000 0201 c000 0202 03e8 07d0  @...............
	0x0020:  000d 2c46 6865 6c6c 6fee eeee eeee eeee  ..,Fhello.......
	0x0030:  eeee eeee eeee eeee ee                   .........",
            "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1Q (0x8100), length 75: vlan 5, p 0, ethertype 802.1AE MACsec (0x88e5), 
	0x0000:  0000 0000 0001 0800 4500 0021 0001 0000  ........E..!....
	0x0010:  4011 f6c7 c000 0201 c000 0202 03e8 07d0  @...............
	0x0020:  000d 2c46 6865 6c6c 6fee eeee eeee eeee  ..,Fhello.......
	0x0030:  eeee eeee eeee eeee ee                   .........",
        ),
    ];

    #[test]
    fn macsec() {
        let plain: Vec<_> = PLAIN_AND_LINK_HEADER
            .iter()
            .map(|&(frame, text, _)| (frame, text))
            .collect();
        golden(numeric(0), &plain);
        golden(
            numeric(0),
            &[
            (
                "02000000000202000000000188e50d0000000004000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627",
                "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 1, pn 4, flags EC, 
	0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f  ................
	0x0010:  1011 1213 1415 1617 1819 1a1b 1c1d 1e1f  ................
	0x0020:  2021 2223 2425 2627                      .!\"#$%&'",
            ),
            (
                "02000000000202000000000188e52000000000020001",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e500000000000108000101010101",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e5003f00000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " [|macsec]",
            ),
            (
                "02000000000202000000000188e500000000000108eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                " [|ether]",
            ),
            (
                "02000000000202000000000188e500000000000188e545000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype 802.1AE MACsec (0x88e5), length 71: 
	0x0000:  4500 0021 0001 0000 4011 f6c7 c000 0201  E..!....@.......
	0x0010:  c000 0202 03e8 07d0 000d 2c46 6865 6c6c  ..........,Fhell
	0x0020:  6f                                       o",
            ),
            (
                "02000000000202000000000188e5000200000001080045000021000100004011f6c7c0000201c000020203e807d0000d2c4668656c6c6feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "IP truncated-ip 0",
            ),
            (
                "02000000000202000000000188e52c05d7c5b3d076ac0e8f53a7356c88913f20f6f72db022d24d0a96dad43c1617c1a98e78129e0327371065d095864f15ada0b846c1c0ebc5348adc799adf849bad",
                "02:00:00:00:00:01 > 02:00:00:00:00:02 802.1AE MACsec, an 0, pn 3620058064, flags ECI, sl 5, sci 76ac0e8f53a7356c, 
	0x0000:  8891 3f20 f6f7 2db0 22d2 4d0a 96da d43c  ..?...-.\".M....<
	0x0010:  1617 c1a9 8e78 129e 0327 3710 65d0 9586  .....x...'7.e...
	0x0020:  4f15 ada0 b846 c1c0 ebc5 348a dc79 9adf  O....F....4..y..
	0x0030:  849b ad                                  ...",
            ),
            (
                "02000000000202000000000188e5001eb4b48efa0b1f0abd80e998a35aba5ea0bd8799c1350d439e71897aa75fde3134a4aa72e05628ac6fe68a733d1161a15d8eae2bb042d7958aedb1d594d6d112d34f6602f4de7110e993ae7422923d",
                "02:00:00:00:00:01 > 02:00:00:00:00:02, ethertype Unknown (0x0b1f), length 94: 
	0x0000:  0abd 80e9 98a3 5aba 5ea0 bd87 99c1 350d  ......Z.^.....5.
	0x0010:  439e 7189 7aa7 5fde 3134 a4aa            C.q.z._.14..",
            ),
            ],
        );
    }

    #[test]
    fn macsec_link_header() {
        let with_e: Vec<_> = PLAIN_AND_LINK_HEADER
            .iter()
            .map(|&(frame, _, text)| (frame, text))
            .collect();
        golden(numeric_e(0), &with_e);
    }

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
