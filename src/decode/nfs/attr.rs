//! File attributes: fattr (v2 and v3), the v3 settable attributes of a
//! call (sattr3), and the weak cache consistency data of v3 replies
//! (pre-operation size and times, post-operation attributes).

use super::super::ctx::{Ctx, Res, be32, tcheck};
use super::super::out::Emit;
use super::{Step, be64, octal, signed, time};

/// NFSX_V2FATTR, NFSX_V3FATTR.
const V2_FATTR_LEN: usize = 68;
const V3_FATTR_LEN: usize = 84;

/// nfs_fattr's fields (offsets from the start of the attributes).
mod fattr {
    pub const TYPE: usize = 0;
    pub const MODE: usize = 4;
    pub const NLINK: usize = 8;
    pub const UID: usize = 12;
    pub const GID: usize = 16;
    pub const SIZE: usize = 20;
    pub const V2_RDEV: usize = 28;
    pub const V2_FSID: usize = 36;
    pub const V2_FILEID: usize = 40;
    pub const V2_ATIME: usize = 44;
    pub const V3_RDEV: usize = 36;
    pub const V3_FSID: usize = 44;
    pub const V3_FILEID: usize = 52;
    pub const V3_ATIME: usize = 60;
}

/// type2str.
pub(super) const FILE_TYPES: &[(u32, &str)] = &[
    (0, "NON"),
    (1, "REG"),
    (2, "DIR"),
    (3, "BLK"),
    (4, "CHR"),
    (5, "LNK"),
    (7, "FIFO"),
];

/// parsefattr: with `verbose`, " TYPE MODE ids UID/GID sz SIZE"; above 1
/// the link count, devices, ids and times too.
pub(super) fn parsefattr(c: &mut Ctx, b: &[u8], dp: usize, verbose: u8, v3: bool) -> Step {
    let f = |off: usize| dp.saturating_add(off);
    if tcheck(b, f(fattr::GID), 4).is_err() {
        return Ok(None);
    }
    if verbose > 0 {
        let typ = be32(b, f(fattr::TYPE))?;
        c.s(" ");
        c.tok_or(FILE_TYPES, typ, "unk-ft ", " ");
        c.s(" ");
        octal(c, be32(b, f(fattr::MODE))?);
        c.s(" ids ");
        signed(c, be32(b, f(fattr::UID))?);
        c.s("/");
        signed(c, be32(b, f(fattr::GID))?);
        let size = if v3 {
            be64(b, f(fattr::SIZE))?
        } else {
            u64::from(be32(b, f(fattr::SIZE))?)
        };
        c.s_dec(" sz ", size);
    }
    if verbose > 1 {
        // Both layouts end in three 8-byte times; all must be there.
        let times = f(if v3 { fattr::V3_ATIME } else { fattr::V2_ATIME });
        if tcheck(b, times.saturating_add(16), 8).is_err() {
            return Ok(None);
        }
        c.s(" nlink ");
        c.dec(be32(b, f(fattr::NLINK))?);
        if v3 {
            c.s(" rdev ");
            c.dec(be32(b, f(fattr::V3_RDEV))?);
            c.s("/");
            c.dec(be32(b, f(fattr::V3_RDEV + 4))?);
            c.s(" fsid ");
            c.out.hex(be64(b, f(fattr::V3_FSID))?);
            c.s(" fileid ");
            c.out.hex(be64(b, f(fattr::V3_FILEID))?);
            c.s(" a/m/ctime");
        } else {
            c.s(" rdev 0x");
            c.out.hex(u64::from(be32(b, f(fattr::V2_RDEV))?));
            c.s(" fsid 0x");
            c.out.hex(u64::from(be32(b, f(fattr::V2_FSID))?));
            c.s(" nodeid 0x");
            c.out.hex(u64::from(be32(b, f(fattr::V2_FILEID))?));
            c.s(" a/m/ctime");
        }
        for i in 0..3 {
            let at = times + 8 * i;
            c.s(" ");
            time(c, be32(b, at)?, be32(b, at + 4)?);
        }
    }
    Ok(Some(f(if v3 { V3_FATTR_LEN } else { V2_FATTR_LEN })))
}

/// sattr3 as parse_sattr3 stores it: each field with whether it was set.
pub(super) struct Sattr3 {
    mode: Option<u32>,
    uid: Option<u32>,
    gid: Option<u32>,
    atime: Option<(u32, u32)>,
    mtime: Option<(u32, u32)>,
}

/// NFSV3SATTRTIME_TOCLIENT: the call carries the time.
const TIME_TO_CLIENT: u32 = 2;

/// parse_sattr3: the settable attributes at `dp`, and the offset after.
pub(super) fn parse_sattr3(b: &[u8], dp: usize) -> Res<(Sattr3, usize)> {
    let mut r = Words { b, at: dp };
    let mode = r.optional()?;
    let uid = r.optional()?;
    let gid = r.optional()?;
    // The size (one word, as tcpdump reads it) is not printed.
    r.optional()?;
    let atime = r.time()?;
    let mtime = r.time()?;
    let sa = Sattr3 {
        mode,
        uid,
        gid,
        atime,
        mtime,
    };
    Ok((sa, r.at))
}

/// XDR words read in turn.
struct Words<'a> {
    b: &'a [u8],
    at: usize,
}

impl Words<'_> {
    fn next(&mut self) -> Res<u32> {
        let v = be32(self.b, self.at)?;
        self.at = self.at.saturating_add(4);
        Ok(v)
    }

    /// A "set" flag and, when set, the value.
    fn optional(&mut self) -> Res<Option<u32>> {
        Ok(if self.next()? != 0 {
            Some(self.next()?)
        } else {
            None
        })
    }

    /// A time_how and, when the client gives it, the time.
    fn time(&mut self) -> Res<Option<(u32, u32)>> {
        Ok(if self.next()? == TIME_TO_CLIENT {
            Some((self.next()?, self.next()?))
        } else {
            None
        })
    }
}

/// print_sattr3: " mode M uid U gid G", and the times above -v.
pub(super) fn print_sattr3(c: &mut Ctx, sa: &Sattr3, verbose: u8) {
    if let Some(mode) = sa.mode {
        c.s(" mode ");
        octal(c, mode);
    }
    for (name, v) in [(" uid ", sa.uid), (" gid ", sa.gid)] {
        if let Some(v) = v {
            c.s(name);
            c.dec(v);
        }
    }
    if verbose > 1 {
        for (name, t) in [(" atime ", sa.atime), (" mtime ", sa.mtime)] {
            if let Some((secs, frac)) = t {
                c.s(name);
                time(c, secs, frac);
            }
        }
    }
}

/// parse_pre_op_attr: size and times before the operation, printed
/// above -v.
fn parse_pre_op_attr(c: &mut Ctx, b: &[u8], dp: usize, verbose: u8) -> Step {
    if be32(b, dp)? == 0 {
        return Ok(Some(dp + 4));
    }
    let dp = dp.saturating_add(4);
    if tcheck(b, dp, 24).is_err() {
        return Ok(None);
    }
    if verbose > 1 {
        let size = be64(b, dp)?;
        c.s_dec(" sz ", size);
        c.s(" mtime ");
        time(c, be32(b, dp + 8)?, be32(b, dp + 12)?);
        c.s(" ctime ");
        time(c, be32(b, dp + 16)?, be32(b, dp + 20)?);
    }
    Ok(Some(dp + 24))
}

/// parse_post_op_attr: v3 attributes if present, printed with -v.
pub(super) fn parse_post_op_attr(c: &mut Ctx, b: &[u8], dp: usize, verbose: u8) -> Step {
    if be32(b, dp)? == 0 {
        return Ok(Some(dp + 4));
    }
    let dp = dp.saturating_add(4);
    if verbose > 0 {
        parsefattr(c, b, dp, verbose, true)
    } else {
        Ok(Some(dp.saturating_add(V3_FATTR_LEN)))
    }
}

/// parse_wcc_data: " PRE:" (above -v) and " POST:" (with -v) attributes.
pub(super) fn parse_wcc_data(c: &mut Ctx, b: &[u8], dp: usize, verbose: u8) -> Step {
    if verbose > 1 {
        c.s(" PRE:");
    }
    let Some(dp) = parse_pre_op_attr(c, b, dp, verbose)? else {
        return Ok(None);
    };
    if verbose > 0 {
        c.s(" POST:");
    }
    parse_post_op_attr(c, b, dp, verbose)
}
