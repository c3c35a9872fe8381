//! An NFS call (nfsreq_noaddr_print): its length, the procedure, and the
//! procedure's arguments after the RPC credentials and verifier. The call
//! is remembered so that its reply can be read.

use super::super::ctx::{Ctx, Net, Res, Trunc, be32, tcheck};
use super::attr::{FILE_TYPES, parse_sattr3, print_sattr3};
use super::fh::{parsefh, parsefhn, parsefn};
use super::*;

/// In a call, a parser's NULL ends the line with the truncation mark,
/// as a read past the capture does.
fn need(step: Option<usize>) -> Res<usize> {
    step.ok_or(Trunc)
}

/// nfsreq_noaddr_print.
pub(super) fn request(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "nfs";
    c.dec(length as u64);
    // xid_map_enter: remembered only when the procedure was captured.
    if tcheck(b, CB_PROC, 4).is_err() {
        return Err(Trunc);
    }
    let call = NfsCall {
        proc: be32(b, CB_PROC)?,
        vers: be32(b, CB_VERS)?,
        ..call_key(b, net, false)?
    };
    c.nfs.insert(call);
    let (proc, v3) = procedure(call.proc, call.vers);
    proc_name(c, proc);
    let v = c.o.verbose;
    match proc {
        GETATTR | SETATTR | READLINK | FSSTAT | FSINFO | PATHCONF => {
            let dp = need(parsereq(b, length)?)?;
            need(parsefh(c, b, dp, v3)?)?;
        }
        LOOKUP | CREATE | MKDIR | REMOVE | RMDIR => {
            let dp = need(parsereq(b, length)?)?;
            need(parsefhn(c, b, dp, v3)?)?;
        }
        ACCESS => {
            let dp = need(parsereq(b, length)?)?;
            let dp = need(parsefh(c, b, dp, v3)?)?;
            access(c, be32(b, dp)?);
        }
        READ | WRITE | COMMIT | READDIR | READDIRPLUS => {
            let dp = need(parsereq(b, length)?)?;
            let dp = need(parsefh(c, b, dp, v3)?)?;
            let word = |i: usize| be32(b, dp.saturating_add(4 * i));
            io_args(c, proc, v3, word, be64(b, dp))?;
        }
        SYMLINK => {
            let dp = need(parsereq(b, length)?)?;
            let mut dp = need(parsefhn(c, b, dp, v3)?)?;
            c.s(" ->");
            let mut sa = None;
            if v3 {
                let (attrs, next) = parse_sattr3(b, dp)?;
                sa = Some(attrs);
                dp = next;
            }
            need(parsefn(c, b, dp)?)?;
            if let (Some(sa), true) = (sa, v > 0) {
                print_sattr3(c, &sa, v);
            }
        }
        MKNOD => {
            let dp = need(parsereq(b, length)?)?;
            let dp = need(parsefhn(c, b, dp, v3)?)?;
            let typ = be32(b, dp)?;
            let (sa, dp) = parse_sattr3(b, dp.saturating_add(4))?;
            c.s(" ");
            c.tok_or(FILE_TYPES, typ, "unk-ft ", "");
            // NFCHR, NFBLK: the device's numbers.
            if v > 0 && (typ == 4 || typ == 3) {
                let (major, minor) = (be32(b, dp)?, be32(b, dp.saturating_add(4))?);
                c.dec_fields(&[(" ", u64::from(major)), ("/", u64::from(minor))]);
            }
            if v > 0 {
                print_sattr3(c, &sa, v);
            }
        }
        RENAME => {
            let dp = need(parsereq(b, length)?)?;
            let dp = need(parsefhn(c, b, dp, v3)?)?;
            c.s(" ->");
            need(parsefhn(c, b, dp, v3)?)?;
        }
        LINK => {
            let dp = need(parsereq(b, length)?)?;
            let dp = need(parsefh(c, b, dp, v3)?)?;
            c.s(" ->");
            need(parsefhn(c, b, dp, v3)?)?;
        }
        _ => {}
    }
    Ok(())
}

/// The arguments of the calls that move data or list a directory: a
/// count and an offset (or cookie), and with -v the write mode or the
/// cookie verifier. `word(i)` is the i-th word after the handle, `hyper`
/// the 8-byte offset at its start; each line's values are read before
/// any of it is printed, as tcpdump's printf takes them.
fn io_args(
    c: &mut Ctx,
    proc: u32,
    v3: bool,
    word: impl Fn(usize) -> Res<u32>,
    hyper: Res<u64>,
) -> Res {
    let v = c.o.verbose;
    match (proc, v3) {
        (READ, true) | (COMMIT, _) => {
            let (count, offset) = (word(2)?, hyper?);
            bytes_at(c, count, offset);
        }
        (READ | READDIR, false) => {
            let (count, offset) = (word(1)?, word(0)?);
            bytes_at(c, count, offset.into());
        }
        (WRITE, true) => {
            let (count, stable_count, offset) = (word(4)?, word(2)?, hyper?);
            counts(c, count, stable_count);
            c.s_dec(" bytes @ ", offset);
            if v > 0 {
                write_mode(c, word(3)?);
            }
        }
        (WRITE, false) => {
            let (a, b, cc, d) = (word(3)?, word(2)?, word(1)?, word(0)?);
            counts(c, a, b);
            c.dec_fields(&[(" bytes @ ", u64::from(cc)), (" (", u64::from(d))]);
            c.s(")");
        }
        // READDIR v3, READDIRPLUS: the cookie printed signed (-1 is common).
        (READDIR, true) | (READDIRPLUS, _) => {
            let (count, cookie) = (word(4)?, hyper? as i64);
            c.s_dec(" ", count);
            c.s(" bytes @ ");
            if cookie < 0 {
                c.s("-");
            }
            c.dec(cookie.unsigned_abs());
            if v > 0 {
                if proc == READDIRPLUS {
                    let max = word(5)?;
                    let (hi, lo) = (word(2)?, word(3)?);
                    c.s_dec(" max ", max);
                    c.s(" verf ");
                    verifier(c, hi, lo);
                } else {
                    let (hi, lo) = (word(2)?, word(3)?);
                    c.s(" verf ");
                    verifier(c, hi, lo);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// " N bytes @ OFFSET".
fn bytes_at(c: &mut Ctx, count: u32, offset: u64) {
    c.dec_fields(&[(" ", u64::from(count)), (" bytes @ ", offset)]);
}

/// " N (M)".
fn counts(c: &mut Ctx, a: u32, b: u32) {
    c.dec_fields(&[(" ", u64::from(a)), (" (", u64::from(b))]);
    c.s(")");
}

/// NFSV3ACCESS_*: the bits an ACCESS call asks about.
const ACCESS_BITS: &[(u32, &str)] = &[
    (0x01, "NFS_ACCESS_READ"),
    (0x02, "NFS_ACCESS_LOOKUP"),
    (0x04, "NFS_ACCESS_MODIFY"),
    (0x08, "NFS_ACCESS_EXTEND"),
    (0x10, "NFS_ACCESS_DELETE"),
    (0x20, "NFS_ACCESS_EXECUTE"),
];
const ACCESS_FULL: u32 = 0x3f;

/// An ACCESS call's bits: in hex when some are unknown, FULL when all
/// are set, else their names joined by '|'.
fn access(c: &mut Ctx, flags: u32) {
    if flags & !ACCESS_FULL != 0 {
        c.s(" ");
        c.out.hex0(u64::from(flags), 4);
    } else if flags == ACCESS_FULL {
        c.s(" NFS_ACCESS_FULL");
    } else {
        let mut sep = " ";
        for &(bit, name) in ACCESS_BITS {
            if flags & bit != 0 {
                c.s(sep);
                c.s(name);
                sep = "|";
            }
        }
    }
}

/// parsereq: the offset of the call's arguments, past the credentials
/// and the verifier (each 4 bytes of flavor, 4 of length and the body
/// rounded up to 4), when both were captured whole and fit in `length`.
fn parsereq(b: &[u8], length: usize) -> Step {
    /// cb_cred: the credentials follow the call's header.
    const CREDENTIALS: usize = 24;
    let dp = CREDENTIALS;
    if length < 8 {
        return Ok(None);
    }
    let len = be32(b, dp + 4)?;
    let rounded = round4(len);
    if tcheck(b, dp + 8, rounded).is_err() || 8 + rounded > length {
        return Ok(None);
    }
    let dp = skip(dp, len);
    let length = length - (8 + rounded);
    if length < 8 {
        return Ok(None);
    }
    let len = be32(b, dp.saturating_add(4))?;
    let rounded = round4(len);
    if tcheck(b, dp.saturating_add(8), rounded).is_err() || 8 + rounded >= length {
        return Ok(None);
    }
    Ok(Some(skip(dp, len)))
}

/// roundup2(len, 4) in tcpdump's unsigned int, which wraps to 0 near
/// the top.
fn round4(len: u32) -> usize {
    (len.wrapping_add(3) & !3) as usize
}

/// The offset past an opaque_auth at `dp` of body length `len`, computed
/// without wrapping (tcpdump's size_t arithmetic).
fn skip(dp: usize, len: u32) -> usize {
    dp.saturating_add((len as usize + 11) / 4 * 4)
}
