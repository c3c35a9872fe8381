//! The TCP-MD5 signature option (RFC 2385) checked against -M's secret, as
//! tcp_verify_signature in print-tcp.c checks it (tcpdump built with
//! libcrypto, as the installed one is: without -M it says it cannot check).

use md5::{Digest, Md5};

use crate::decode::out::Emit;
use crate::decode::{Ctx, Net};
use crate::wire::ip_proto as ipp;

/// What the signature is computed over besides the TCP bytes.
pub(super) struct Segment<'a, 'n> {
    pub net: &'a Net<'n>,
    /// The TCP length the IP header gives (IPv4: total length less the
    /// header; IPv6: the payload length).
    pub ip_len: usize,
    /// The payload's length after the TCP header.
    pub payload_len: usize,
}

/// The verdict tcpdump prints after "md5 ".
enum Verdict {
    Valid,
    Invalid,
    /// Why not, worded as tcpdump words it (ending ", ").
    CantCheck(&'static str),
}

/// Prints the verdict on the signature `received`; `b` is the TCP header
/// and what was captured after it, `header_len` the header's length.
pub(super) fn signature(
    c: &mut Ctx,
    b: &[u8],
    header_len: usize,
    seg: &Segment,
    received: &[u8; 16],
) {
    match verify(c.o.tcp_md5_secret.as_deref(), b, header_len, seg, received) {
        Verdict::Valid => c.s("valid"),
        Verdict::Invalid => c.invalid(),
        Verdict::CantCheck(why) => {
            c.s(why);
            c.s("can't check - ");
            for &x in received {
                c.out.hex0(u64::from(x), 2);
            }
        }
    }
}

fn verify(
    secret: Option<&[u8]>,
    b: &[u8],
    header_len: usize,
    seg: &Segment,
    received: &[u8; 16],
) -> Verdict {
    // The payload must be all there, whether or not a secret was given.
    let Some(payload) = b.get(header_len..header_len + seg.payload_len) else {
        return Verdict::CantCheck("snaplen too short, ");
    };
    let Some(secret) = secret else {
        return Verdict::CantCheck("shared secret not supplied with -M, ");
    };
    let mut md5 = Md5::new();
    // The pseudo-header: RFC 2385 section 2.0.
    md5.update(seg.net.src);
    md5.update(seg.net.dst);
    if seg.net.v6 {
        md5.update((seg.ip_len as u32).to_be_bytes());
        md5.update([0, 0, 0, ipp::TCP]);
    } else {
        md5.update([0, seg.net.nh]);
        md5.update((seg.ip_len as u16).to_be_bytes());
    }
    // The fixed header with its checksum zeroed: options are not signed.
    let mut header = [0u8; 20];
    header.copy_from_slice(&b[..20]);
    header[16..18].fill(0);
    md5.update(header);
    md5.update(payload);
    md5.update(secret);
    if md5.finalize().as_slice() == received {
        Verdict::Valid
    } else {
        Verdict::Invalid
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden, numeric};

    /// IPv4 signed with "s3cret" over 9 payload bytes.
    const V4_SIGNED: &str = "020000000002020000000001080045000045000100004006f6a9c0000201c000020700b39c40000003e8000007d0a0182000d25c0000131264ae47a12df3fde649f08c67fa256d89010168656c6c6f20626770";
    /// IPv4 whose signature has one bit flipped.
    const V4_FLIPPED: &str = "02000000000202000000000108004500003f000100004006f6afc0000201c000020700b39c40000003e8000007d0a018200064af000013125f3604d861b3fbfcbef1b99692bcdac0010178797a";
    /// IPv6 signed with "s3cret".
    const V6_SIGNED: &str = "02000000000202000000000186dd60000000002e064020010db800000000000000000000000120010db800000000000000000000000200b39c40000003e8000007d0a0182000d40b000013123d57f5b116641f794cd6c8692e0e6336010168656c6c6f36";
    /// V4_SIGNED without its last 4 payload bytes.
    const V4_SHORT: &str = "020000000002020000000001080045000045000100004006f6a9c0000201c000020700b39c40000003e8000007d0a0182000d25c0000131264ae47a12df3fde649f08c67fa256d89010168656c6c6f";

    fn with_secret(secret: &str) -> PrintOptions {
        PrintOptions {
            tcp_md5_secret: Some(secret.as_bytes().to_vec()),
            ..numeric(0)
        }
    }

    /// Expected lines from tcpdump 4.99.3 (with libcrypto) -M s3cret.
    #[test]
    fn the_right_secret_validates_and_a_flipped_bit_does_not() {
        golden(
            with_secret("s3cret"),
            &[
                (
                    V4_SIGNED,
                    "IP 192.0.2.1.179 > 192.0.2.7.40000: Flags [P.], seq 1000:1009, ack 2000, win 8192, options [md5 valid,nop,nop], length 9: BGP",
                ),
                (
                    V4_FLIPPED,
                    "IP 192.0.2.1.179 > 192.0.2.7.40000: Flags [P.], seq 1000:1003, ack 2000, win 8192, options [md5  (invalid),nop,nop], length 3: BGP",
                ),
                (
                    V6_SIGNED,
                    "IP6 2001:db8::1.179 > 2001:db8::2.40000: Flags [P.], seq 1000:1006, ack 2000, win 8192, options [md5 valid,nop,nop], length 6: BGP",
                ),
                (
                    V4_SHORT,
                    "IP truncated-ip - 4 bytes missing! 192.0.2.1.179 > 192.0.2.7.40000: Flags [P.], seq 1000:1009, ack 2000, win 8192, options [md5 snaplen too short, can't check - 64ae47a12df3fde649f08c67fa256d89,nop,nop], length 9: BGP",
                ),
            ],
        );
    }

    #[test]
    fn a_wrong_secret_is_invalid() {
        golden(
            with_secret("wrong"),
            &[(
                V6_SIGNED,
                "IP6 2001:db8::1.179 > 2001:db8::2.40000: Flags [P.], seq 1000:1006, ack 2000, win 8192, options [md5  (invalid),nop,nop], length 6: BGP",
            )],
        );
    }

    /// Without -M, a tcpdump built with libcrypto says why it cannot check.
    #[test]
    fn without_a_secret_the_signature_is_printed_unchecked() {
        golden(
            numeric(0),
            &[(
                V4_SIGNED,
                "IP 192.0.2.1.179 > 192.0.2.7.40000: Flags [P.], seq 1000:1009, ack 2000, win 8192, options [md5 shared secret not supplied with -M, can't check - 64ae47a12df3fde649f08c67fa256d89,nop,nop], length 9: BGP",
            )],
        );
    }
}
