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
            c.s_dec("/", e[1]);
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
