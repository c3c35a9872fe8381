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
