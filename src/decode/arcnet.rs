//! ARCNET (print-arcnet.c): the BSD header (DLT_ARCNET: source, destination,
//! type, and for RFC 1201 types a fragmentation flag and sequence id) and
//! Linux's (DLT_ARCNET_LINUX), then IP, IPv6, ARP, AppleTalk or IPX by type.

use super::ctx::{Ctx, Res, Trunc, codes};
use super::dispatch;
use super::hexdump;
use super::out::Emit;
use crate::wire::ethertype as et;

/// ARC_HDRLEN, ARC_HDRNEWLEN and ARC_HDRNEWLEN_EXC: the BSD header of the
/// old (RFC 1051) types, of the RFC 1201 types, and of exception frames
/// (flag 0xff), which repeat type, flag and sequence id after a filler.
const BSD_HEADER_LEN: usize = 3;
const BSD_HEADER_NEW_LEN: usize = 6;
const BSD_HEADER_EXCEPTION_LEN: usize = 10;
/// The flag that marks an exception frame.
const EXCEPTION_FLAG: u8 = 0xff;

/// ARC_LINUX_HDRLEN and ARC_LINUX_HDRNEWLEN: the header without and with
/// the fragmentation flag and sequence id.
const HEADER_LEN: usize = 5;
const HEADER_NEW_LEN: usize = 8;
/// Where the type sits in Linux's header (after the 2-byte offset).
const TYPE_AT: usize = 4;

codes! {
    /// arctypemap: the types; the old (RFC 1051) ones and diagnostics
    /// have no fragmentation fields.
    TYPES: u8 {
        OLD_IP = 240 => "oldip",
        OLD_ARP = 241 => "oldarp",
        IP = 212 => "ip",
        ARP = 213 => "arp",
        RARP = 214 => "rarp",
        ATALK = 221 => "atalk",
        _ = 247 => "banyan",
        IPX = 250 => "ipx",
        IPV6 = 0xc4 => "ipv6",
        DIAG = 0x80 => "diag",
    }
}

/// The RFC 1201 header fields: fragmentation flag and sequence id.
#[derive(Clone, Copy)]
struct Fragment {
    flag: u8,
    seqid: u16,
}

/// arcnet_print: `fragment` is None for the old types and for Linux
/// captures, which tcpdump prints without those fields; Linux's "type"
/// is then read where the plain header has it, the low byte of Linux's
/// offset field.
fn header(c: &mut Ctx, b: &[u8], length: u32, fragment: Option<Fragment>) {
    c.out.hex0(u64::from(b[0]), 2);
    c.s(" ");
    c.out.hex0(u64::from(b[1]), 2);
    c.s(" ");
    if c.o.quiet {
        c.dec(length);
        c.s(": ");
        return;
    }
    match TYPES.iter().find(|&&(k, _)| k == u32::from(b[2])) {
        Some(&(_, name)) => c.s(name),
        None => c.out.hex0(u64::from(b[2]), 2),
    }
    c.s(" ");
    if let Some(Fragment { flag, seqid }) = fragment {
        c.s("seqid ");
        c.out.hex0(u64::from(seqid), 4);
        c.s(" ");
        if flag != 0 {
            // Odd flags start a packet of (flag + 3) / 2 fragments; even
            // ones are fragment flag / 2 + 1.
            if flag & 1 != 0 {
                c.s_dec("(first of ", (u32::from(flag) + 3) / 2);
                c.s(" fragments) ");
            } else {
                c.s_dec("(fragment ", flag / 2 + 1);
                c.s(") ");
            }
        }
    }
    c.dec(length);
    c.s(": ");
}

/// arcnet_if_print: BSD's header.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "arcnet";
    if b.len() < BSD_HEADER_LEN {
        c.ll_len += b.len();
        return Err(Trunc);
    }
    let typ = b[2];
    let (hdr_len, fragment) = match typ {
        OLD_IP | OLD_ARP | DIAG => (BSD_HEADER_LEN, None),
        _ => {
            // tcpdump prints the header without the missing fields, then
            // names them, when they are cut off.
            let fields = if b.get(3) == Some(&EXCEPTION_FLAG) {
                b.get(7..BSD_HEADER_EXCEPTION_LEN)
                    .map(|f| (BSD_HEADER_EXCEPTION_LEN, f))
                    .ok_or(" phds extended")
            } else {
                b.get(3..BSD_HEADER_NEW_LEN)
                    .map(|f| (BSD_HEADER_NEW_LEN, f))
                    .ok_or(" phds")
            };
            let (hdr_len, f) = match fields {
                Ok(ok) => ok,
                Err(missing) => {
                    header(c, b, wire_len, None);
                    // Short of even the plain fields, tcpdump names those.
                    c.s(if b.len() < BSD_HEADER_NEW_LEN {
                        " phds"
                    } else {
                        missing
                    });
                    c.ll_len += b.len();
                    return Err(Trunc);
                }
            };
            let fragment = Fragment {
                flag: f[0],
                seqid: u16::from_be_bytes([f[1], f[2]]),
            };
            (hdr_len, Some(fragment))
        }
    };
    if c.o.link_header {
        header(c, b, wire_len, fragment);
    }
    c.ll_len += hdr_len;
    if fragment.is_some_and(|f| f.flag != 0 && f.flag & 1 == 0) {
        // A middle fragment: nothing to decode.
        return Ok(());
    }
    let length = (wire_len as usize).saturating_sub(hdr_len);
    encapsulated(c, typ, &b[hdr_len..], length)
}

/// arcnet_encap_print, or the raw bytes for the other types.
fn encapsulated(c: &mut Ctx, typ: u8, payload: &[u8], length: usize) -> Res {
    match typ {
        OLD_IP | IP => dispatch::ip(c, payload, length),
        IPV6 => dispatch::ip6(c, payload, length),
        OLD_ARP | ARP | RARP => dispatch::ethertype(c, et::ARP, payload, length).map(drop),
        // AppleTalk as Ethernet's type table prints it ("et1 " with -v).
        ATALK => dispatch::ethertype(c, et::ATALK, payload, length).map(drop),
        IPX => dispatch::ipx(c, payload),
        _ => {
            // tcpdump calls ND_DEFAULTPRINT directly here, so -q and -x
            // do not suppress the dump.
            hexdump::hex_ascii(c.out, "\n\t", payload);
            Ok(())
        }
    }
}

/// arcnet_linux_if_print.
pub(crate) fn linux_frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "arcnet_linux";
    if b.len() < HEADER_LEN {
        c.ll_len += b.len();
        return Err(Trunc);
    }
    let typ = b[TYPE_AT];
    let hdr_len = match typ {
        OLD_IP | OLD_ARP | DIAG => HEADER_LEN,
        _ => {
            if b.len() < HEADER_NEW_LEN {
                c.ll_len += b.len();
                return Err(Trunc);
            }
            HEADER_NEW_LEN
        }
    };
    if c.o.link_header {
        header(c, b, wire_len, None);
    }
    c.ll_len += hdr_len;
    let length = (wire_len as usize).saturating_sub(hdr_len);
    encapsulated(c, typ, &b[hdr_len..], length)
}
