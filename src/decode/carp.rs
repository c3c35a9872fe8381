//! CARP (print-carp.c), OpenBSD's redundancy protocol. It shares IP
//! protocol 112 with VRRP, so tcpdump prints it only under `-T carp`.

use super::ctx::{Ctx, Res, be16, bytes, in_cksum, u8at};
use super::out::Emit;

/// carp_print. `ttl` is the IPv4 TTL or IPv6 hop limit, which CARP
/// requires to be 255.
pub(crate) fn carp(c: &mut Ctx, b: &[u8], length: usize, ttl: u8) -> Res {
    c.proto = "carp";
    let first = u8at(b, 0)?;
    let (version, typ) = (first >> 4, first & 0x0f);
    c.dec_fields(&[
        ("CARPv", u64::from(version)),
        (
            if typ == 1 { "-advertise " } else { "-unknown " },
            length as u64,
        ),
    ]);
    c.s(": ");
    if ttl != 255 {
        c.s_dec("[ttl=", ttl);
        c.s("!] ");
    }
    if version != 2 || typ != 1 {
        return Ok(());
    }
    // One print in tcpdump: nothing of it appears unless all six bytes do.
    let head = bytes(b, 0, 6)?;
    for (label, at) in [
        ("vhid=", 1),
        (" advbase=", 5),
        (" advskew=", 2),
        (" authlen=", 3),
    ] {
        c.s(label);
        c.dec(head[at]);
    }
    c.s(" ");
    if c.o.verbose > 0 {
        if let Some(msg) = b.get(..length) {
            if in_cksum(&[msg]) != 0 {
                let field = be16(b, 6)?;
                c.s(" (bad carp cksum ");
                c.out.hex(u64::from(field));
                c.s("!)");
            }
        }
    }
    let counter = bytes(b, 8, 8)?;
    c.s_dec(
        "counter=",
        u64::from_be_bytes(counter.try_into().unwrap_or_default()),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::carp;
    use crate::decode::ctx::Ctx;
    use crate::decode::tests::numeric;
    use crate::decode::{names, state};

    /// carp() on an IP payload (`length` from the IP header, `ttl`), with
    /// the truncation mark the printer adds; the text after tcpdump's
    /// "src > dst: ".
    fn print(verbose: u8, hex: &str, length: usize, ttl: u8) -> String {
        let payload: Vec<u8> = (0..hex.len() / 2)
            .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let opts = numeric(verbose);
        let mut out = Vec::new();
        let mut seq = state::SeqTable::default();
        let mut host_names = names::Names::new(false, crate::netdb::system());
        let mut ike = state::IkeCookies::default();
        let mut slip = Default::default();
        let mut c = Ctx {
            out: &mut out,
            o: &opts,
            link: crate::link::LinkType::Ethernet,
            proto: "",
            ll_len: 0,
            tcp: &mut seq,
            names: &mut host_names,
            ike: &mut ike,
            slip: &mut slip,
            rx: &mut Default::default(),
            nfs: &mut Default::default(),
        };
        if carp(&mut c, &payload, length, ttl).is_err() {
            c.trunc();
        }
        String::from_utf8(out).unwrap()
    }

    /// Advertisements good and bad, other versions and types, a TTL other
    /// than 255, and one cut at each field; expected text from tcpdump
    /// 4.99.3 `-T carp` (and -v) on the same frames over IPv4.
    #[test]
    fn advertisements_and_cuts() {
        let plain = [
            (
                "210564070001107a0102030405060708000102030405060708090a0b0c0d0e0f10111213",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7 counter=72623859790382856",
            ),
            (
                "210564070001beef0102030405060708000102030405060708090a0b0c0d0e0f10111213",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7 counter=72623859790382856",
            ),
            (
                "210564070001107a0102030405060708000102030405060708090a0b0c0d0e0f10111213",
                36,
                1,
                "CARPv2-advertise 36: [ttl=1!] vhid=5 advbase=1 advskew=100 authlen=7 counter=72623859790382856",
            ),
            (
                "2205640700010f7a0102030405060708000102030405060708090a0b0c0d0e0f10111213",
                36,
                255,
                "CARPv2-unknown 36: ",
            ),
            (
                "110564070001207a0102030405060708000102030405060708090a0b0c0d0e0f10111213",
                36,
                255,
                "CARPv1-advertise 36: ",
            ),
            ("", 36, 255, " [|carp]"),
            ("21", 36, 255, "CARPv2-advertise 36:  [|carp]"),
            ("2105640700", 36, 255, "CARPv2-advertise 36:  [|carp]"),
            (
                "210564070001",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7  [|carp]",
            ),
            (
                "210564070001beef",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7  [|carp]",
            ),
            (
                "210564070001beef01020304",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7  [|carp]",
            ),
            (
                "210564070001beef01020304050607",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7  [|carp]",
            ),
            (
                "210564070001beef0102030405060708",
                36,
                255,
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7 counter=72623859790382856",
            ),
        ];
        // -v prints the same lines but checks the checksum, which only the
        // frame with 0xbeef gets wrong.
        let bad_cksum = "210564070001beef0102030405060708000102030405060708090a0b0c0d0e0f10111213";
        for (hex, length, ttl, want) in plain {
            assert_eq!(print(0, hex, length, ttl), want, "{hex}");
            let verbose = if hex == bad_cksum {
                "CARPv2-advertise 36: vhid=5 advbase=1 advskew=100 authlen=7  (bad carp cksum beef!)counter=72623859790382856"
            } else {
                want
            };
            assert_eq!(print(1, hex, length, ttl), verbose, "{hex} at -v");
        }
    }
}
