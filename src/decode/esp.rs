//! IPsec ESP (print-esp.c): SPI and sequence number, then, with -E's
//! associations, the payload decrypted and printed as what it carries.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::ctx::{Ctx, Net, Res, be32};
use super::dispatch;
use super::out::Emit;

/// esp_print. `outer` is the IP header's view and whether the datagram is
/// a fragment (None: nothing to decrypt with).
pub(crate) fn esp(c: &mut Ctx, b: &[u8], length: usize, outer: Option<(&Net, bool)>) -> Res {
    c.proto = "esp";
    if b.len() <= 8 {
        c.trunc();
        return Ok(());
    }
    let (spi, seq) = (be32(b, 0)?, be32(b, 4)?);
    c.s("ESP(spi=0x");
    c.out.hex0(u64::from(spi), 8);
    c.s(",seq=0x");
    c.out.hex(u64::from(seq));
    c.s("), length ");
    c.dec(length as u64);
    let Some((net, fragmented)) = outer else {
        return Ok(());
    };
    if c.o.esp_sas.is_empty() {
        return Ok(());
    }
    // The next header and padding are in the last fragment.
    if !net.v6 && fragmented {
        return Ok(());
    }
    let Some(dst) = address(net.dst, net.v6) else {
        return Ok(());
    };
    let Some(sa) = c.o.esp_sas.find(spi, dst) else {
        return Ok(());
    };
    let ct_start = 8 + sa.cipher.iv_len();
    if b.len() < ct_start + sa.auth_len {
        c.trunc();
        return Ok(());
    }
    let iv = &b[8..ct_start];
    let ct = &b[ct_start..b.len() - sa.auth_len];
    // A payload that is not a whole number of blocks: tcpdump warns on
    // stderr and prints nothing more.
    let Ok(pt) = sa.decrypt(iv, ct) else {
        return Ok(());
    };
    let n = pt.len();
    if n < 2 || usize::from(pt[n - 2]) + 2 > n {
        c.trunc();
        return Ok(());
    }
    let (pad, nh) = (usize::from(pt[n - 2]), pt[n - 1]);
    c.s(": ");
    let inner = &pt[..n - pad - 2];
    dispatch::ip_proto(c, nh, inner, inner.len(), net, fragmented)
}

/// The destination as -E's associations name it.
fn address(dst: &[u8], v6: bool) -> Option<IpAddr> {
    if v6 {
        let a: [u8; 16] = dst.try_into().ok()?;
        Some(IpAddr::V6(Ipv6Addr::from(a)))
    } else {
        let a: [u8; 4] = dst.try_into().ok()?;
        Some(IpAddr::V4(Ipv4Addr::from(a)))
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::esp_sa::parse;
    use crate::decode::tests::{golden, numeric};

    /// The first frame of tcpdump's 08-sunrise-sunset-aes.pcap (ICMP in
    /// aes256-cbc-hmac96, SPI 0xd1234567 to 192.1.2.45).
    const AES: &str = "100000646445100000646423080045000098fcea00004032f902c0010217c001022dd123456700000001e6bb1ce8d0a88170da61de234d5618a09984c00c3ebcfc69e9287affec215449ffbe790ac7280eca8f6c88b125deca11c870e4f851342d20200ff1189cc18c910a5f37e74f1528f26749bf998bc20cc645117e2bdcc9ba0b0ad3a80168619ac66eb4b070d771e65f6077ea5366bf3bd88b5b5cbcd1e4d990b76e85b1";
    const KEY: &str = "0xaaaabbbbccccdddd4043434545464649494a4a4c4c4f4f515152525454575758";

    fn with(spec: &str) -> PrintOptions {
        let mut warnings = Vec::new();
        let esp_sas = parse(spec, &mut |_| unreachable!(), &mut warnings).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        PrintOptions {
            esp_sas,
            ..numeric(0)
        }
    }

    /// Expected lines from tcpdump 4.99.3 -E on the same frames.
    #[test]
    fn decrypted_truncated_and_undecryptable() {
        let head = "IP 192.1.2.23 > 192.1.2.45: ESP(spi=0xd1234567,seq=0x1), length 132";
        let right = format!("0xd1234567@192.1.2.45 aes256-cbc-hmac96:{KEY}");
        golden(
            with(&right),
            &[
                (
                    AES,
                    &format!(
                        "{head}: IP 192.0.2.1 > 192.0.1.1: ICMP echo request, id 28416, seq 1280, length 64"
                    ),
                ),
                // Cut inside the ciphertext: the ICV no longer fits.
                (
                    &AES[..2 * (34 + 32)],
                    "IP truncated-ip - 100 bytes missing! 192.1.2.23 > 192.1.2.45: ESP(spi=0xd1234567,seq=0x1), length 132 [|esp]",
                ),
            ],
        );
        // The wrong key: the pad length read is past the plaintext.
        golden(
            with("0xd1234567@192.1.2.45 aes256-cbc-hmac96:0x00"),
            &[(AES, &format!("{head} [|esp]"))],
        );
        // Another destination and no default: not decrypted.
        golden(
            with(&format!("0xd1234567@192.1.2.46 aes256-cbc-hmac96:{KEY}")),
            &[(AES, head)],
        );
        // Without -hmac96 the ICV is taken as ciphertext: not whole blocks.
        golden(
            with(&format!("0xd1234567@192.1.2.45 aes256-cbc:{KEY}")),
            &[(AES, head)],
        );
    }
}
