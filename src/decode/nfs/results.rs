//! The result structures of NFS replies (parserep, parsestatus and the
//! parse*res functions of print-nfs.c): each prints what tcpdump prints
//! of it and returns where it ends, or None where tcpdump's parser
//! returns NULL.

use super::super::ctx::{Ctx, Res, be32, tcheck};
use super::super::out::Emit;
use super::attr::{parse_post_op_attr, parse_wcc_data, parsefattr};
use super::fh::{parsefh, parsefn};
use super::{Step, be64, time, verifier};

/// sunrpc_str: an accepted call's failure.
const ACCEPT_ERRORS: &[(u32, &str)] = &[
    (1, "PROG_UNAVAIL"),
    (2, "PROG_MISMATCH"),
    (3, "PROC_UNAVAIL"),
    (4, "GARBAGE_ARGS"),
    (5, "SYSTEM_ERR"),
];

/// status2str: NFS status values (RFC 1094, RFC 1813 and FreeBSD errnos).
const STATUS: &[(u32, &str)] = &[
    (1, "Operation not permitted"),
    (2, "No such file or directory"),
    (5, "Input/output error"),
    (6, "Device not configured"),
    (11, "Resource deadlock avoided"),
    (12, "Cannot allocate memory"),
    (13, "Permission denied"),
    (17, "File exists"),
    (18, "Cross-device link"),
    (19, "Operation not supported by device"),
    (20, "Not a directory"),
    (21, "Is a directory"),
    (22, "Invalid argument"),
    (26, "Text file busy"),
    (27, "File too large"),
    (28, "No space left on device"),
    (30, "Read-only file system"),
    (31, "Too many links"),
    (45, "Operation not supported"),
    (62, "Too many levels of symbolic links"),
    (63, "File name too long"),
    (66, "Directory not empty"),
    (69, "Disc quota exceeded"),
    (70, "Stale NFS file handle"),
    (71, "Too many levels of remote in path"),
    (99, "Write cache flushed to disk"),
    (10001, "Illegal NFS file handle"),
    (10002, "Update synchronization mismatch"),
    (10003, "READDIR/READDIRPLUS cookie is stale"),
    (10004, "Operation not supported"),
    (10005, "Buffer or request is too small"),
    (10006, "Unspecified error on server"),
    (10007, "Object of that type not supported"),
    (10008, "Request couldn't be completed in time"),
];

/// A reply's results being parsed: the message, and whether an error
/// status was printed (then a parser's NULL prints no truncation mark).
pub(super) struct Results<'b> {
    pub b: &'b [u8],
    err: bool,
}

/// NFSX_V3STATFS, NFSX_V2STATFS, NFSX_V3FSINFO, NFSX_V3PATHCONF.
const V3_STATFS_LEN: usize = 52;
const V2_STATFS_LEN: usize = 20;
const FSINFO_LEN: usize = 48;
const PATHCONF_LEN: usize = 24;

impl<'b> Results<'b> {
    pub(super) fn new(b: &'b [u8]) -> Results<'b> {
        Results { b, err: false }
    }

    pub(super) fn error_printed(&self) -> bool {
        self.err
    }

    /// Reads the 32-bit words at `dp` + 4 * each index, all before any
    /// is printed (as printf's arguments are).
    fn words<const N: usize>(&self, dp: usize, at: [usize; N]) -> Res<[u32; N]> {
        let mut out = [0; N];
        for (o, i) in out.iter_mut().zip(at) {
            *o = be32(self.b, dp.saturating_add(4 * i))?;
        }
        Ok(out)
    }

    /// parserep: past the RPC reply's verifier to the results, when the
    /// call was accepted; its failure is printed otherwise.
    pub(super) fn parserep(&mut self, c: &mut Ctx, length: usize) -> Step {
        // The verifier follows the reply status.
        const VERIFIER: usize = 12;
        let len = be32(self.b, VERIFIER + 4)?;
        if len as usize >= length {
            return Ok(None);
        }
        let dp = VERIFIER.saturating_add((len as usize + 11) / 4 * 4);
        let accept = be32(self.b, dp)?;
        if accept != 0 {
            c.s(" ");
            c.tok_or(ACCEPT_ERRORS, accept, "ar_stat ", "");
            self.err = true;
            return Ok(None);
        }
        Ok(Some(dp + 4))
    }

    /// parsestatus: the NFS status (printed unless 0), and the offset
    /// after it.
    pub(super) fn status(&mut self, c: &mut Ctx, dp: usize) -> Res<(usize, u32)> {
        let errnum = be32(self.b, dp)?;
        if errnum != 0 {
            if !c.o.quiet {
                c.s(" ERROR: ");
                c.tok_or(STATUS, errnum, "unk ", "");
            }
            self.err = true;
        }
        Ok((dp + 4, errnum))
    }

    /// parseattrstat: a status and, if 0, attributes.
    pub(super) fn attrstat(&mut self, c: &mut Ctx, dp: usize, verbose: u8, v3: bool) -> Step {
        let (dp, er) = self.status(c, dp)?;
        if er != 0 {
            return Ok(Some(dp));
        }
        parsefattr(c, self.b, dp, verbose, v3)
    }

    /// parsediropres: a status and, if 0, a v2 handle and attributes.
    pub(super) fn diropres(&mut self, c: &mut Ctx, dp: usize) -> Step {
        let (dp, er) = self.status(c, dp)?;
        if er != 0 {
            return Ok(Some(dp));
        }
        let Some(dp) = parsefh(c, self.b, dp, false)? else {
            return Ok(None);
        };
        parsefattr(c, self.b, dp, c.o.verbose, false)
    }

    /// LOOKUP v3: the handle and its attributes, then the directory's
    /// above -v (only those on error).
    pub(super) fn lookup3(&mut self, c: &mut Ctx, dp: usize) -> Step {
        let v = c.o.verbose;
        let (mut dp, er) = self.status(c, dp)?;
        if er == 0 {
            let Some(next) = parsefh(c, self.b, dp, true)? else {
                return Ok(None);
            };
            let Some(next) = parse_post_op_attr(c, self.b, next, v)? else {
                return Ok(None);
            };
            dp = next;
        }
        if v > 1 {
            c.s(" post dattr:");
            return parse_post_op_attr(c, self.b, dp, v);
        }
        Ok(Some(dp))
    }

    /// parselinkres: a status and, if 0, (v3: attributes and) the link's
    /// target.
    pub(super) fn linkres(&mut self, c: &mut Ctx, dp: usize, v3: bool) -> Step {
        let (mut dp, er) = self.status(c, dp)?;
        if er != 0 {
            return Ok(Some(dp));
        }
        if v3 {
            let Some(next) = parse_post_op_attr(c, self.b, dp, c.o.verbose)? else {
                return Ok(None);
            };
            dp = next;
        }
        c.s(" ");
        parsefn(c, self.b, dp)
    }

    /// parsecreateopres: on error the directory's wcc data; else the new
    /// handle if present, its attributes (-v) and the directory's (-vv).
    pub(super) fn createopres(&mut self, c: &mut Ctx, dp: usize, verbose: u8) -> Step {
        let (dp, er) = self.status(c, dp)?;
        if er != 0 {
            return parse_wcc_data(c, self.b, dp, verbose);
        }
        if be32(self.b, dp)? == 0 {
            return Ok(Some(dp + 4));
        }
        let Some(dp) = parsefh(c, self.b, dp + 4, true)? else {
            return Ok(None);
        };
        if verbose == 0 {
            return Ok(Some(dp));
        }
        let Some(dp) = parse_post_op_attr(c, self.b, dp, verbose)? else {
            return Ok(None);
        };
        if c.o.verbose > 1 {
            c.s(" dir attr:");
            return parse_wcc_data(c, self.b, dp, verbose);
        }
        Ok(Some(dp))
    }

    /// parsev3rddirres: the directory's attributes and, with -v, the
    /// cookie verifier.
    pub(super) fn v3_readdir(&mut self, c: &mut Ctx, dp: usize, verbose: u8) -> Step {
        let (dp, er) = self.status(c, dp)?;
        if c.o.verbose > 0 {
            c.s(" POST:");
        }
        let Some(dp) = parse_post_op_attr(c, self.b, dp, verbose)? else {
            return Ok(None);
        };
        if er != 0 {
            return Ok(Some(dp));
        }
        if c.o.verbose > 0 {
            let [hi, lo] = self.words(dp, [0, 1])?;
            c.s(" verf ");
            verifier(c, hi, lo);
            return Ok(Some(dp + 8));
        }
        Ok(Some(dp))
    }

    /// parserddires: a v2 directory listing's first cookie and size.
    pub(super) fn readdir2(&mut self, c: &mut Ctx, dp: usize) -> Step {
        let (dp, er) = self.status(c, dp)?;
        if er != 0 || c.o.quiet {
            return Ok(Some(dp));
        }
        let [offset, size] = self.words(dp, [0, 1])?;
        c.s(" offset 0x");
        c.out.hex(u64::from(offset));
        c.s_dec(" size ", size);
        c.s(" ");
        if be32(self.b, dp.saturating_add(8))? != 0 {
            c.s(" eof");
        }
        Ok(Some(dp))
    }

    /// parsestatfs: the file system's sizes.
    pub(super) fn statfs(&mut self, c: &mut Ctx, dp: usize, v3: bool) -> Step {
        let (mut dp, er) = self.status(c, dp)?;
        if (!v3 && er != 0) || c.o.quiet {
            return Ok(Some(dp));
        }
        if v3 {
            if c.o.verbose > 0 {
                c.s(" POST:");
            }
            let Some(next) = parse_post_op_attr(c, self.b, dp, c.o.verbose)? else {
                return Ok(None);
            };
            dp = next;
        }
        let len = if v3 { V3_STATFS_LEN } else { V2_STATFS_LEN };
        if tcheck(self.b, dp, len).is_err() {
            return Ok(None);
        }
        let b = self.b;
        if v3 {
            let names = [" tbytes ", " fbytes ", " abytes "];
            let more = [" tfiles ", " ffiles ", " afiles "];
            let lines: &[&[&str; 3]] = if c.o.verbose > 0 {
                &[&names, &more]
            } else {
                &[&names]
            };
            for (line, names) in lines.iter().enumerate() {
                for (i, name) in names.iter().enumerate() {
                    c.s(name);
                    c.dec(be64(b, dp + 24 * line + 8 * i)?);
                }
            }
            if c.o.verbose > 0 {
                c.s(" invar ");
                c.dec(be32(b, dp + 48)?);
            }
        } else {
            let names = [" tsize ", " bsize ", " blocks ", " bfree ", " bavail "];
            for (i, name) in names.iter().enumerate() {
                c.s(name);
                c.dec(be32(b, dp + 4 * i)?);
            }
        }
        Ok(Some(dp))
    }

    /// The directory's attributes before FSINFO's and PATHCONF's
    /// results; None to stop after them (an error, or not captured).
    fn post_then_results(
        &mut self,
        c: &mut Ctx,
        dp: usize,
        len: usize,
    ) -> Res<Result<usize, Step>> {
        let (dp, er) = self.status(c, dp)?;
        if c.o.verbose > 0 {
            c.s(" POST:");
        }
        let Some(dp) = parse_post_op_attr(c, self.b, dp, c.o.verbose)? else {
            return Ok(Err(Ok(None)));
        };
        if er != 0 {
            return Ok(Err(Ok(Some(dp))));
        }
        if tcheck(self.b, dp, len).is_err() {
            return Ok(Err(Ok(None)));
        }
        Ok(Ok(dp))
    }

    /// parsefsinfo: transfer sizes, and with -v the multiples, the
    /// largest file and the time granularity.
    pub(super) fn fsinfo(&mut self, c: &mut Ctx, dp: usize) -> Step {
        let dp = match self.post_then_results(c, dp, FSINFO_LEN)? {
            Ok(dp) => dp,
            Err(step) => return step,
        };
        let [rtmax, rtpref, rtmult, wtmax, wtpref, wtmult, dtpref] =
            self.words(dp, [0, 1, 2, 3, 4, 5, 6])?;
        for (name, v) in [
            (" rtmax ", rtmax),
            (" rtpref ", rtpref),
            (" wtmax ", wtmax),
            (" wtpref ", wtpref),
            (" dtpref ", dtpref),
        ] {
            c.s(name);
            c.dec(v);
        }
        if c.o.verbose > 0 {
            c.dec_fields(&[
                (" rtmult ", u64::from(rtmult)),
                (" wtmult ", u64::from(wtmult)),
            ]);
            c.s(" maxfsz ");
            c.dec(be64(self.b, dp + 28)?);
            let [secs, nsecs] = self.words(dp, [9, 10])?;
            c.s(" delta ");
            time(c, secs, nsecs);
            c.s(" ");
        }
        Ok(Some(dp))
    }

    /// parsepathconf: name limits and the POSIX properties.
    pub(super) fn pathconf(&mut self, c: &mut Ctx, dp: usize) -> Step {
        let dp = match self.post_then_results(c, dp, PATHCONF_LEN)? {
            Ok(dp) => dp,
            Err(step) => return step,
        };
        let [linkmax, namemax, notrunc, chown, igncase, keepcase] =
            self.words(dp, [0, 1, 2, 3, 4, 5])?;
        c.dec_fields(&[
            (" linkmax ", u64::from(linkmax)),
            (" namemax ", u64::from(namemax)),
        ]);
        // Each property's name or nothing, always after a space.
        for (set, name) in [
            (notrunc, "notrunc"),
            (chown, "chownres"),
            (igncase, "igncase"),
            (keepcase, "keepcase"),
        ] {
            c.s(" ");
            if set != 0 {
                c.s(name);
            }
        }
        Ok(Some(dp))
    }
}
