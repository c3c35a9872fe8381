//! BSD loopback headers: a 4-byte address family, in the capturing host's
//! byte order (LINKTYPE_NULL) or network order (LINKTYPE_LOOP).

pub mod field {
    use crate::wire::Field;
    pub const FAMILY: Field = 0..4;
}

pub const HEADER_LEN: usize = field::FAMILY.end;

/// Address families that carry IP: AF_INET everywhere; AF_INET6 as BSDs,
/// Darwin and FreeBSD number it.
pub const AF_INET: u32 = 2;
pub const AF_INET6_BSD: u32 = 24;
pub const AF_INET6_FREEBSD: u32 = 28;
pub const AF_INET6_DARWIN: u32 = 30;
/// The other families tcpdump names and decodes (af.h's BSD_AFNUM_*).
pub const AF_NS: u32 = 6;
pub const AF_ISO: u32 = 7;
pub const AF_APPLETALK: u32 = 16;
pub const AF_IPX: u32 = 23;

/// The family, whichever byte order wrote it: families are below 0x10000,
/// so a value with any of the high 16 bits set was written by a host of
/// the other byte order (print-null.c's test).
pub fn family(b: &[u8], network_order: bool) -> Option<u32> {
    let s = b.get(field::FAMILY)?;
    let raw = [s[0], s[1], s[2], s[3]];
    let v = if network_order {
        u32::from_be_bytes(raw)
    } else {
        u32::from_ne_bytes(raw)
    };
    Some(if v & 0xffff_0000 != 0 {
        v.swap_bytes()
    } else {
        v
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_byte_order() {
        let host = AF_INET.to_ne_bytes();
        let other = AF_INET.swap_bytes().to_ne_bytes();
        assert_eq!(family(&host, false), Some(AF_INET));
        assert_eq!(family(&other, false), Some(AF_INET));
        assert_eq!(family(&[0, 0, 0, 30], true), Some(AF_INET6_DARWIN));
        assert_eq!(family(&[0, 0, 0], true), None);
    }
}
