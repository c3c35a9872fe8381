//! The argument printers print-rx.c builds its call and reply decoders
//! from (its FIDOUT, STROUT, INTOUT... macros), over a cursor into the
//! packet.

use super::super::ctx::{Ctx, Res, Trunc, be32, print_char, tcheck};
use super::super::out::Emit;
use super::super::time::date_time;

/// How a decoder stopped early: a read past the capture (a GET_ macro,
/// which ends the packet with " [|rx]") or a failed ND_TCHECK (which
/// prints the service's own mark and lets RX finish its line).
pub(super) enum Stop {
    Get,
    Check,
}

impl From<Trunc> for Stop {
    fn from(_: Trunc) -> Stop {
        Stop::Get
    }
}

pub(super) type Out<T = ()> = Result<T, Stop>;

/// A decoder's outcome as RX goes on with it: a failed check prints
/// " [|SERVICE]", a read past the capture ends the packet.
pub(super) fn finish(c: &mut Ctx, r: Out, service: &str) -> Res {
    match r {
        Ok(()) => Ok(()),
        Err(Stop::Check) => {
            c.s(" [|");
            c.s(service);
            c.s("]");
            Ok(())
        }
        Err(Stop::Get) => Err(Trunc),
    }
}

/// The arguments after a call's opcode (or a reply's header).
pub(super) struct Args<'a> {
    pub b: &'a [u8],
    pub at: usize,
}

impl Args<'_> {
    /// ND_TCHECK_LEN of the next `n` bytes.
    pub fn check(&self, n: usize) -> Out {
        tcheck(self.b, self.at, n).map_err(|_| Stop::Check)
    }

    /// Checked, then passed over.
    pub fn skip(&mut self, n: usize) -> Out {
        self.check(n)?;
        self.at += n;
        Ok(())
    }

    pub fn u32(&mut self) -> Out<u32> {
        let v = be32(self.b, self.at)?;
        self.at += 4;
        Ok(v)
    }

    /// INTOUT: " %d".
    pub fn int(&mut self, c: &mut Ctx) -> Out {
        let v = self.u32()? as i32;
        c.s(" ");
        if v < 0 {
            c.s("-");
        }
        c.dec(v.unsigned_abs());
        Ok(())
    }

    /// " LABEL %d" for each label.
    pub fn ints(&mut self, c: &mut Ctx, labels: &[&str]) -> Out {
        self.labelled(c, labels, Self::int)
    }

    /// Each label, followed by a value that `value` reads and prints.
    fn labelled(
        &mut self,
        c: &mut Ctx,
        labels: &[&str],
        value: fn(&mut Self, &mut Ctx) -> Out,
    ) -> Out {
        for label in labels {
            c.s(label);
            value(self, c)?;
        }
        Ok(())
    }

    /// UINTOUT: " %u".
    pub fn uint(&mut self, c: &mut Ctx) -> Out {
        let v = self.u32()?;
        c.s_dec(" ", v);
        Ok(())
    }

    /// " LABEL %u" for each label.
    pub fn uints(&mut self, c: &mut Ctx, labels: &[&str]) -> Out {
        self.labelled(c, labels, Self::uint)
    }

    /// " LABEL %llu" for each label (UINT64OUT).
    pub fn uint64s(&mut self, c: &mut Ctx, labels: &[&str]) -> Out {
        for label in labels {
            let high = self.u32()?;
            let low = self.u32()?;
            c.s(label);
            c.s_dec(" ", u64::from(high) << 32 | u64::from(low));
        }
        Ok(())
    }

    /// FIDOUT: " fid volume/vnode/unique".
    pub fn fid(&mut self, c: &mut Ctx) -> Out {
        self.check(12)?;
        c.s(" fid ");
        self.triple(c, "/")
    }

    /// Three numbers joined by `sep`.
    pub fn triple(&mut self, c: &mut Ctx, sep: &str) -> Out {
        for i in 0..3 {
            if i > 0 {
                c.s(sep);
            }
            let v = self.u32()?;
            c.dec(v);
        }
        Ok(())
    }

    /// STROUT: a counted string of at most `max` bytes, quoted, padded
    /// to 4 bytes.
    pub fn string(&mut self, c: &mut Ctx, max: u32) -> Out {
        let n = self.u32()?;
        if n > max {
            return Err(Stop::Check);
        }
        let n = n as usize;
        c.s(" \"");
        // nd_printn: what was captured of it, then the mark.
        let end = self.at.saturating_add(n);
        for i in self.at..end.min(self.b.len()) {
            print_char(c, self.b[i]);
        }
        if end > self.b.len() {
            return Err(Stop::Check);
        }
        c.s("\"");
        self.at += n.div_ceil(4) * 4;
        Ok(())
    }

    /// DATEOUT: " YYYY/MM/DD HH:MM:SS" in local time.
    pub fn date(&mut self, c: &mut Ctx) -> Out {
        let t = i64::from(self.u32()? as i32);
        c.s(" ");
        date_time(c.out, c.o.zone.local(t), b'/', b' ');
        Ok(())
    }

    /// UBIK_VERSIONOUT: " epoch.counter".
    pub fn ubik_version(&mut self, c: &mut Ctx) -> Out {
        self.check(8)?;
        let epoch = self.u32()?;
        let counter = self.u32()?;
        c.s_dec(" ", epoch);
        c.s_dec(".", counter);
        Ok(())
    }

    /// AFSUUIDOUT: a UUID stored as eleven 32-bit words.
    pub fn afsuuid(&mut self, c: &mut Ctx) -> Out {
        self.check(44)?;
        c.s(" ");
        for width in [8, 4, 4] {
            let v = self.u32()?;
            c.out.hex0(u64::from(v), width);
        }
        for _ in 0..8 {
            let v = self.u32()?;
            c.out.hex0(u64::from(v & 0xff), 2);
        }
        Ok(())
    }

    /// VECOUT: a name of `max` characters stored one per 32-bit word,
    /// quoted up to its first NUL.
    pub fn vector(&mut self, c: &mut Ctx, max: usize) -> Out {
        self.check(max * 4)?;
        c.s(" \"");
        let mut ended = false;
        for _ in 0..max {
            let ch = self.u32()? as u8;
            ended |= ch == 0;
            if !ended {
                print_char(c, ch);
            }
        }
        c.s("\"");
        Ok(())
    }

    /// As `list`, with a comma between the items.
    pub fn joined(&mut self, c: &mut Ctx, each: impl FnMut(&mut Self, &mut Ctx) -> Out) -> Out {
        self.counted(c, ",", each)
    }

    /// A count, then that many of `each`; " <none!>" for none.
    pub fn list(&mut self, c: &mut Ctx, each: impl FnMut(&mut Self, &mut Ctx) -> Out) -> Out {
        self.counted(c, "", each)
    }

    /// A count, then that many of `each` with `sep` between them;
    /// " <none!>" for none.
    fn counted(
        &mut self,
        c: &mut Ctx,
        sep: &str,
        mut each: impl FnMut(&mut Self, &mut Ctx) -> Out,
    ) -> Out {
        let n = self.u32()?;
        for i in 0..n {
            each(self, c)?;
            if i + 1 != n {
                c.s(sep);
            }
        }
        if n == 0 {
            c.s(" <none!>");
        }
        Ok(())
    }
}

/// One printed field: its label (with its leading space, or none) and
/// how its value is stored.
pub(super) enum Field {
    /// UINTOUT.
    Uint(&'static str),
    /// INTOUT.
    Int(&'static str),
    /// STROUT of a name of at most this many bytes.
    Name(&'static str, u32),
    /// A counted opaque block, checked and passed over.
    Opaque,
    /// DATEOUT.
    Date(&'static str),
    /// DESTSERVEROUT.
    Server,
    /// A label with no value read.
    Label(&'static str),
}

/// The fields of `list`, in order.
pub(super) fn fields(c: &mut Ctx, a: &mut Args, list: &[Field]) -> Out {
    for field in list {
        match *field {
            Field::Uint(label) => a.uints(c, &[label])?,
            Field::Int(label) => a.ints(c, &[label])?,
            Field::Name(label, max) => {
                c.s(label);
                a.string(c, max)?;
            }
            Field::Date(label) => {
                c.s(label);
                a.date(c)?;
            }
            Field::Server => {
                a.check(12)?;
                c.s(" server ");
                a.triple(c, ":")?;
            }
            Field::Label(label) => c.s(label),
            Field::Opaque => {
                let n = a.u32()? as usize;
                a.skip(n)?;
            }
        }
    }
    Ok(())
}
