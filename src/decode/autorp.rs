//! Cisco Auto-RP (print-cisco-autorp.c).

use super::ctx::{Ctx, Res, Trunc, be16, bytes, relts, u8at};
use super::out::Emit;

/// cisco_autorp_print: the message type, hold time and each RP with its
/// group entries.
pub(crate) fn autorp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cisco_autorp";
    if length < 8 {
        c.trunc();
        return Ok(());
    }
    c.s(" auto-rp ");
    let typ = u8at(b, 0)?;
    match typ {
        0x11 => c.s("candidate-advert"),
        0x12 => c.s("mapping"),
        t => {
            c.s("type-0x");
            c.out.hex0(u64::from(t), 2);
        }
    }
    let numrps = u8at(b, 1)?;
    c.s(" Hold ");
    let hold = be16(b, 2)?;
    if hold != 0 {
        relts(c, u32::from(hold));
    } else {
        c.s("FOREVER");
    }
    let mut walk = Walk {
        at: 8,
        left: length.saturating_sub(8),
    };
    match rps(c, b, numrps, &mut walk) {
        Ok(()) => Ok(()),
        Err(Stop::Short) => {
            c.trunc();
            Ok(())
        }
        Err(Stop::Capture) => Err(Trunc),
    }
}

/// Why the RP list stopped early.
enum Stop {
    /// The message's length ran out: tcpdump's `goto trunc`.
    Short,
    /// The capture ran out (a failed GET_).
    Capture,
}

impl From<Trunc> for Stop {
    fn from(_: Trunc) -> Stop {
        Stop::Capture
    }
}

/// The unread part of the message: where it starts and how much of the
/// length field is left.
struct Walk {
    at: usize,
    left: usize,
}

impl Walk {
    /// The next `n` bytes.
    fn take<'b>(&mut self, b: &'b [u8], n: usize) -> Result<&'b [u8], Stop> {
        if self.left < n {
            return Err(Stop::Short);
        }
        let field = bytes(b, self.at, n)?;
        self.at += n;
        self.left -= n;
        Ok(field)
    }
}

/// `count` RPs, each with its PIM versions and group entries.
fn rps(c: &mut Ctx, b: &[u8], count: u8, walk: &mut Walk) -> Result<(), Stop> {
    for _ in 0..count {
        let rp = walk.take(b, 4)?;
        c.s(" RP ");
        c.ip4(rp);
        let v = walk.take(b, 1)?[0];
        c.s([" PIMv?", " PIMv1", " PIMv2", " PIMv1+2"][usize::from(v & 3)]);
        if v & 0xfc != 0 {
            c.s(" [rsvd=0x");
            c.out.hex0(u64::from(v & 0xfc), 2);
            c.s("]");
        }
        let n = walk.take(b, 1)?[0];
        let mut sep = " ";
        for _ in 0..n {
            let e = walk.take(b, 6)?;
            c.s(sep);
            if e[0] & 1 != 0 {
                c.s("!");
            }
            c.ip4(&e[2..6]);
            c.s("/");
            c.dec(e[1]);
            if e[0] & 2 != 0 {
                c.s(" bidir");
            }
            if e[0] & 0xfc != 0 {
                c.s("[rsvd=0x");
                c.out.hex0(u64::from(e[0] & 0xfc), 2);
                c.s("]");
            }
            sep = ",";
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// Cisco Auto-RP (UDP 496): message types, hold times, RPs with their
    /// PIM versions and group entries, cut messages (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn autorp() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c000020701f001f00022cef1110100b400000000c000020103020004e00000000310ef010000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp candidate-advert Hold 3m RP 192.0.2.1 PIMv1+2 224.0.0.0/4,!239.1.0.0/16 bidir",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c000020701f001f00022f6b01202000000000000c00002010100c000020202010008e8000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp mapping Hold FOREVER RP 192.0.2.1 PIMv1 RP 192.0.2.2 PIMv2 232.0.0.0/8",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c000020701f001f0001065da1201000a00000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp mapping Hold 10s [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c000020701f001f0000c65e21201000a",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c000020701f001f0001065e51100010000000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp candidate-advert Hold 4m16s",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207b7e101f0002249e512015502000000008d4662da040170f227fc4c0283031ec89608",
                    "IP 192.0.2.1.47073 > 192.0.2.7.496:  auto-rp mapping Hold 6h2m42s RP 141.70.98.218 PIMv? [rsvd=0x04] 39.252.76.2/242[rsvd=0x70]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207aea101f00010a6312502000000000000",
                    "IP 192.0.2.1.44705 > 192.0.2.7.496:  auto-rp type-0x25 Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207a39801f00010c53a1102000000000000",
                    "IP 192.0.2.1.41880 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c0000207bc1a01f00040a63e120100000000000005a9a87eca0115221375cd030e00a776522d4704b70ab8dcaedfdac037012b1a99d919f67b0e6f5cbb75d21c15f7ab46",
                    "IP 192.0.2.1.48154 > 192.0.2.7.496:  auto-rp mapping Hold FOREVER RP 5.169.168.126 PIMv2 [rsvd=0xc8] !19.117.205.3/34[rsvd=0x14]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207a56e01f00022afac1202c27600000000bb14368d5401392e78aa7b004f1f541f3a62",
                    "IP 192.0.2.1.42350 > 192.0.2.7.496:  auto-rp mapping Hold 13h49m42s RP 187.20.54.141 PIMv? [rsvd=0x54] !120.170.123.0/46[rsvd=0x38] RP 79.31.84.31 PIMv2 [rsvd=0x38] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207a33301f0002eee1615026da000000000482642dac201deb4479fd502fb0f18807898e10e7b2ee77995043f7e78f0",
                    "IP 192.0.2.1.41779 > 192.0.2.7.496:  auto-rp type-0x15 Hold 7h47m44s RP 72.38.66.218 PIMv2 [rsvd=0xc0] 71.159.213.2/180 bidir[rsvd=0xdc] RP 251.15.24.128 PIMv? [rsvd=0x78] !123.46.231.121/14[rsvd=0xe0],!63.126.120.240/4[rsvd=0x94] [|cisco_autorp]",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c0000207bbc501f00019ca160d01d33900000000eb5d942cda00542066",
                    "IP 192.0.2.1.48069 > 192.0.2.7.496:  auto-rp type-0x0d Hold 15h1m13s RP 235.93.148.44 PIMv2 [rsvd=0xd8]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207e1f301f000224e06c50116ab000000007d10918914015c117c16c1a8e001b64f1b4d",
                    "IP 192.0.2.1.57843 > 192.0.2.7.496:  auto-rp type-0xc5 Hold 1h36m43s RP 125.16.145.137 PIMv? [rsvd=0x14] 124.22.193.168/17[rsvd=0x5c]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207ce0f01f0001008c2a303000000000000",
                    "IP 192.0.2.1.52751 > 192.0.2.7.496:  auto-rp type-0xa3 Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207df9801f00022e0391103589100000000ea1610d70702a014d604310dd807e504ea26",
                    "IP 192.0.2.1.57240 > 192.0.2.7.496:  auto-rp candidate-advert Hold 6h17m53s RP 234.22.16.215 PIMv1+2 [rsvd=0x04] 214.4.49.13/20[rsvd=0xa0],229.4.234.38/7[rsvd=0xd8] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c0000207d8b201f0002c9bc51201f1db00000000a840abaf8b010d11850d31d4aa5248488002920511d843fe9c0967e0",
                    "IP 192.0.2.1.55474 > 192.0.2.7.496:  auto-rp mapping Hold 17h11m55s RP 168.64.171.175 PIMv1+2 [rsvd=0x88] !133.13.49.212/17[rsvd=0x0c]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207a7fd01f00010eaa11800cf3500000000",
                    "IP 192.0.2.1.43005 > 192.0.2.7.496:  auto-rp type-0x18 Hold 14h44m5s",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c0000207a6a201f000408e3b1102e77d0000000045e508272c03b51e335ebcf42c2028afb14a690bf1fca245cc457c7e2d015201d4a91416cde544efa6014110252b5995",
                    "IP 192.0.2.1.42658 > 192.0.2.7.496:  auto-rp candidate-advert Hold 16h27m41s RP 69.229.8.39 PIMv? [rsvd=0x2c] !51.94.188.244/30[rsvd=0xb4],40.175.177.74/32[rsvd=0x2c],!241.252.162.69/11[rsvd=0x68] RP 204.69.124.126 PIMv1 [rsvd=0x2c] 212.169.20.22/1 bidir[rsvd=0x50]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207caf001f000109de41100000000000000",
                    "IP 192.0.2.1.51952 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c0000207dbe301f0001ce74b1101000000000000bf112fb7ea01801e374a1559",
                    "IP 192.0.2.1.56291 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER RP 191.17.47.183 PIMv2 [rsvd=0xe8] 55.74.21.89/30[rsvd=0x80]",
                ),
                (
                    "020000000002020000000001080045000048000100004011f69bc0000201c0000207b99d01f00034a15b1203b1730000000025f01805e401dd1e75dc27f2f7143b1658151c8a4a4985016d0083a2e69eec1bec1198b3",
                    "IP 192.0.2.1.47517 > 192.0.2.7.496:  auto-rp mapping Hold 12h37m7s RP 37.240.24.5 PIMv? [rsvd=0xe4] !117.220.39.242/30[rsvd=0xdc] RP 247.20.59.22 PIMv? [rsvd=0x58] 74.73.133.1/138[rsvd=0x1c],!131.162.230.158/0[rsvd=0x6c],236.17.152.179/27[rsvd=0xec] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c0000207c16501f0001c830432034f30000000008cf31804e101d115f6d3663c",
                    "IP 192.0.2.1.49509 > 192.0.2.7.496:  auto-rp type-0x32 Hold 5h37m52s RP 140.243.24.4 PIMv1 [rsvd=0xe0] !246.211.102.60/21[rsvd=0xd0] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207ae0701f0002254d21200dde800000000e5582fd85700cd03de780c8af01a47f02aab",
                    "IP 192.0.2.1.44551 > 192.0.2.7.496:  auto-rp mapping Hold 15h46m48s",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207af3001f000103ea7120079fd00000000",
                    "IP 192.0.2.1.44848 > 192.0.2.7.496:  auto-rp mapping Hold 8h40m29s",
                ),
                (
                    "020000000002020000000001080045000021000100004011f6c2c0000201c0000207ad2501f0000dbbb51100000000",
                    "IP 192.0.2.1.44325 > 192.0.2.7.496:  [|cisco_autorp]",
                ),
            ],
        );
    }
}
