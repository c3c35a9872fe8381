//! BFD (print-bfd.c, RFC 5880, 5883, 7130): control packets to the
//! control, multihop and LAG ports, echo packets, and with -v the timers,
//! discriminators and authentication section.

use super::ctx::{Ctx, Res, Trunc, be32, bytes, codes, print_char, u8at};
use super::hexdump;
use super::out::Emit;

codes! {
    /// The UDP ports of BFD control packets, and the names version 1
    /// gives them.
    PORT_NAMES: u16 {
        CONTROL = 3784 => "Control",
        MULTIHOP = 4784 => "Multihop",
        LAG = 6784 => "Lag",
    }
}
const ECHO: u16 = 3785;

/// The size of the mandatory section, which tcpdump checks before
/// printing a control packet.
const HEADER: usize = 24;
const AUTH_PRESENT: u8 = 0x04;

const V0_FLAGS: &[(u32, &str)] = &[
    (0x80, "I Hear You"),
    (0x40, "Demand"),
    (0x20, "Poll"),
    (0x10, "Final"),
    (0x08, "Control Plane Independent"),
    (0x04, "Authentication Present"),
    (0x02, "Reserved"),
    (0x01, "Reserved"),
];

const V1_FLAGS: &[(u32, &str)] = &[
    (0x20, "Poll"),
    (0x10, "Final"),
    (0x08, "Control Plane Independent"),
    (0x04, "Authentication Present"),
    (0x02, "Demand"),
    (0x01, "Multipoint"),
];

const DIAGNOSTICS: &[&str] = &[
    "No Diagnostic",
    "Control Detection Time Expired",
    "Echo Function Failed",
    "Neighbor Signaled Session Down",
    "Forwarding Plane Reset",
    "Path Down",
    "Concatenated Path Down",
    "Administratively Down",
    "Reverse Concatenated Path Down",
];

/// bfd_print: `port` is the destination port, which tells control from
/// echo packets.
pub(crate) fn bfd(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    c.proto = "bfd";
    if ![CONTROL, MULTIHOP, LAG].contains(&port) {
        c.s("BFD, ");
        if port == ECHO {
            c.s("Echo");
        } else {
            c.s_dec("unknown (", port);
            c.s(")");
        }
        c.s_dec(", length: ", length as u64);
        return dump(c, b, length);
    }
    if b.len() < HEADER {
        return Err(Trunc);
    }
    let (version, flags) = (b[0] >> 5, b[1]);
    c.s_dec("BFDv", version);
    if version > 1 {
        c.s_dec(", Control, length: ", length as u64);
        return dump(c, b, length);
    }
    if c.o.verbose > 0 {
        c.s_dec(", length: ", length as u64);
        c.s("\n\t");
    } else {
        c.s(", ");
    }
    // Only version 1 names the port it came to and the session state.
    if version == 1 {
        c.tok(PORT_NAMES, port.into(), "Lag");
        c.s(", State ");
        c.s(["AdminDown", "Down", "Init", "Up"][usize::from(flags >> 6)]);
        c.s(", Flags: [");
        c.flag_names(u32::from(flags & 0x3f), V1_FLAGS);
    } else {
        c.s("Control, Flags: [");
        c.flag_names(u32::from(flags), V0_FLAGS);
    }
    c.s("]");
    if c.o.verbose == 0 {
        c.s_dec(", length: ", length as u64);
        return Ok(());
    }
    timers(c, b)?;
    if flags & AUTH_PRESENT != 0 {
        auth(c, b)?;
    }
    Ok(())
}

/// With -v, the bytes of a packet tcpdump does not decode.
fn dump(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if c.o.verbose > 0 {
        hexdump::unknown_data(c.out, b, 0, "\n\t", length);
    }
    Ok(())
}

/// The -v lines of the mandatory section (all captured: checked by the
/// caller).
fn timers(c: &mut Ctx, b: &[u8]) -> Res {
    let diag = b[0] & 0x1f;
    c.s(", Diagnostic: ");
    c.s(DIAGNOSTICS
        .get(usize::from(diag))
        .copied()
        .unwrap_or("unknown"));
    c.s(" (0x");
    c.out.hex0(u64::from(diag), 2);
    c.s(")");
    let multiplier = b[2];
    let desired_tx = be32(b, 12)?;
    c.s_dec("\n\tDetection Timer Multiplier: ", multiplier);
    c.s(" (");
    // tcpdump multiplies in 32 bits, wrapping.
    c.dec(u32::from(multiplier).wrapping_mul(desired_tx) / 1000);
    c.s_dec(" ms Detection time), BFD Length: ", b[3]);
    c.s("\n\tMy Discriminator: 0x");
    c.out.hex0(u64::from(be32(b, 4)?), 8);
    c.s(", Your Discriminator: 0x");
    c.out.hex0(u64::from(be32(b, 8)?), 8);
    for (label, off) in [
        ("\n\t  Desired min Tx Interval:    ", 12),
        ("\n\t  Required min Rx Interval:   ", 16),
        ("\n\t  Required min Echo Interval: ", 20),
    ] {
        c.s(label);
        c.s(&format!("{:4}", be32(b, off)? / 1000));
        c.s(" ms");
    }
    Ok(())
}

const AUTH_TYPES: &[(u32, &str)] = &[
    (1, "Simple Password"),
    (2, "Keyed MD5"),
    (3, "Meticulous Keyed MD5"),
    (4, "Keyed SHA1"),
    (5, "Meticulous Keyed SHA1"),
];

/// auth_print: the authentication section after the mandatory one.
fn auth(c: &mut Ctx, b: &[u8]) -> Res {
    bytes(b, HEADER, 4)?;
    let (typ, len) = (b[HEADER], b[HEADER + 1]);
    c.s("\n\tAuthentication: ");
    c.tok_num(AUTH_TYPES, typ.into(), "Unknown");
    c.s_dec(", length: ", len);
    c.s_dec("\n\t  Auth Key ID: ", b[HEADER + 2]);
    // The section's length counts its 3-byte header (password) or its
    // 8-byte header with the sequence number (digests).
    let (valid, label, digest) = match typ {
        1 => ((4..=19).contains(&len), "", 0),
        2 | 3 => (len == 24, "\n\t  Digest: ", 16),
        4 | 5 => (len == 28, "\n\t  Hash: ", 20),
        _ => return Ok(()),
    };
    if !valid {
        c.s_dec("[invalid length ", len);
        c.s("]");
        return Ok(());
    }
    if typ == 1 {
        c.s(", Password: ");
        for i in 0..usize::from(len) - 3 {
            print_char(c, u8at(b, HEADER + 3 + i)?);
        }
        return Ok(());
    }
    let seq = be32(b, HEADER + 4)?;
    c.s(", Sequence Number: 0x");
    c.out.hex0(u64::from(seq), 8);
    let hash = bytes(b, HEADER + 8, digest)?;
    c.s(label);
    for &x in hash {
        c.out.hex0(u64::from(x), 2);
    }
    Ok(())
}
