//! An NFS reply (nfsreply_noaddr_print, interp_reply): the RPC reply
//! status, and when the call it answers was seen, the procedure and its
//! results. An NFS error status is printed and suppresses the truncation
//! mark of what then cannot be parsed.

use super::super::ctx::{Ctx, Net, Res, be32};
use super::super::out::Emit;
use super::attr::{parse_post_op_attr, parse_wcc_data};
use super::results::Results;
use super::*;

/// The RPC reply's status (rp_stat) and what follows it.
const REPLY_STAT: usize = 8;
const REJECT_STAT: usize = 12;
const REJECT_DETAIL: usize = 16;

/// nfsreply_noaddr_print.
pub(super) fn reply(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "nfs";
    match be32(b, REPLY_STAT)? {
        // SUNRPC_MSG_ACCEPTED
        0 => {
            c.s_dec("reply ok ", length as u64);
            let key = call_key(b, net, true)?;
            if let Some((proc, vers)) = c.nfs.find(&key) {
                interp_reply(c, b, proc, vers, length)?;
            }
        }
        // SUNRPC_MSG_DENIED
        1 => {
            c.s_dec("reply ERR ", length as u64);
            c.s(": ");
            match be32(b, REJECT_STAT)? {
                // SUNRPC_RPC_MISMATCH
                0 => {
                    let (low, high) = (be32(b, REJECT_DETAIL)?, be32(b, REJECT_DETAIL + 4)?);
                    c.dec_fields(&[
                        ("RPC Version mismatch (", u64::from(low)),
                        ("-", u64::from(high)),
                    ]);
                    c.s(")");
                }
                // SUNRPC_AUTH_ERROR
                1 => {
                    let why = be32(b, REJECT_DETAIL)?;
                    c.s("Auth ");
                    c.tok_or(AUTH_ERRORS, why, "Invalid failure code ", "");
                }
                other => {
                    c.s_dec("Unknown reason for rejecting rpc message ", other);
                }
            }
        }
        other => {
            c.dec_fields(&[
                ("reply Unknown rpc response code=", u64::from(other)),
                (" ", length as u64),
            ]);
        }
    }
    Ok(())
}

/// sunrpc_auth_str.
const AUTH_ERRORS: &[(u32, &str)] = &[
    (0, "OK"),
    (1, "Bogus Credentials (seal broken)"),
    (2, "Rejected Credentials (client should begin new session)"),
    (3, "Bogus Verifier (seal broken)"),
    (4, "Verifier expired or was replayed"),
    (5, "Credentials are too weak"),
    (6, "Bogus response verifier"),
    (7, "Unknown failure"),
];

/// interp_reply: the procedure's name and its results.
fn interp_reply(c: &mut Ctx, b: &[u8], proc: u32, vers: u32, length: usize) -> Res {
    let (proc, v3) = procedure(proc, vers);
    proc_name(c, proc);
    let mut r = Results::new(b);
    if results(c, &mut r, proc, v3, length)?.is_none() && !r.error_printed() {
        c.trunc();
    }
    Ok(())
}

/// The results of `proc`; None where tcpdump's parser gave up.
fn results(c: &mut Ctx, r: &mut Results, proc: u32, v3: bool, length: usize) -> Step {
    let known = matches!(proc, GETATTR..=COMMIT);
    if !known {
        return Ok(Some(0));
    }
    let Some(dp) = r.parserep(c, length)? else {
        return Ok(None);
    };
    let v = c.o.verbose;
    let not_quiet = u8::from(!c.o.quiet);
    let b = r.b;
    match (proc, v3) {
        (GETATTR, _) => r.attrstat(c, dp, not_quiet, v3),
        (SETATTR | REMOVE | RMDIR, true) | (COMMIT, _) => {
            let (dp, _) = r.status(c, dp)?;
            let Some(dp) = parse_wcc_data(c, b, dp, v)? else {
                return Ok(None);
            };
            if proc == COMMIT && v > 1 {
                // The write verifier ("write-verf-cookie").
                let verf = be64(b, dp)?;
                c.s(" verf ");
                c.out.hex(verf);
            }
            Ok(Some(dp))
        }
        (SETATTR, false) => r.attrstat(c, dp, not_quiet, false),
        (LOOKUP, true) => r.lookup3(c, dp),
        (LOOKUP | CREATE | MKDIR, false) => r.diropres(c, dp),
        (ACCESS, _) => {
            let (dp, er) = r.status(c, dp)?;
            if v > 0 {
                c.s(" attr:");
            }
            let Some(dp) = parse_post_op_attr(c, b, dp, v)? else {
                return Ok(None);
            };
            if er == 0 {
                let granted = be32(b, dp)?;
                c.s(" c ");
                c.out.hex0(u64::from(granted), 4);
            }
            Ok(Some(dp))
        }
        (READLINK, _) => r.linkres(c, dp, v3),
        (READ, true) => {
            let (dp, er) = r.status(c, dp)?;
            let Some(dp) = parse_post_op_attr(c, b, dp, v)? else {
                return Ok(None);
            };
            if er == 0 && v > 0 {
                byte_count(c, be32(b, dp)?);
                if be32(b, dp.saturating_add(4))? != 0 {
                    c.s(" EOF");
                }
            }
            Ok(Some(dp))
        }
        (READ | WRITE, false) => r.attrstat(c, dp, v, false),
        (WRITE, true) => {
            let (dp, er) = r.status(c, dp)?;
            let Some(dp) = parse_wcc_data(c, b, dp, v)? else {
                return Ok(None);
            };
            if er == 0 && v > 0 {
                byte_count(c, be32(b, dp)?);
                if v > 1 {
                    write_mode(c, be32(b, dp.saturating_add(4))?);
                    // The write verifier ("write-verf-cookie").
                    let verf = be64(b, dp.saturating_add(8))?;
                    c.s(" verf ");
                    c.out.hex(verf);
                }
            }
            Ok(Some(dp))
        }
        (CREATE | MKDIR | SYMLINK, true) | (MKNOD, _) => r.createopres(c, dp, v),
        (SYMLINK | REMOVE | RMDIR | RENAME | LINK, false) => Ok(Some(r.status(c, dp)?.0)),
        (RENAME, true) => {
            let (mut dp, _) = r.status(c, dp)?;
            if v > 0 {
                for side in [" from:", " to:"] {
                    c.s(side);
                    let Some(next) = parse_wcc_data(c, b, dp, v)? else {
                        return Ok(None);
                    };
                    dp = next;
                }
            }
            Ok(Some(dp))
        }
        (LINK, true) => {
            let (mut dp, _) = r.status(c, dp)?;
            if v > 0 {
                c.s(" file POST:");
                let Some(next) = parse_post_op_attr(c, b, dp, v)? else {
                    return Ok(None);
                };
                c.s(" dir:");
                let Some(next) = parse_wcc_data(c, b, next, v)? else {
                    return Ok(None);
                };
                dp = next;
            }
            Ok(Some(dp))
        }
        (READDIR, true) | (READDIRPLUS, _) => r.v3_readdir(c, dp, v),
        (READDIR, false) => r.readdir2(c, dp),
        (FSSTAT, _) => r.statfs(c, dp, v3),
        (FSINFO, _) => r.fsinfo(c, dp),
        (PATHCONF, _) => r.pathconf(c, dp),
        _ => Ok(Some(dp)),
    }
}

/// " N bytes": what a READ or WRITE moved.
fn byte_count(c: &mut Ctx, n: u32) {
    c.s_dec(" ", n);
    c.s(" bytes");
}
