//! NFS versions 2 and 3 over Sun RPC (print-nfs.c, parsenfsfh.c): a call
//! to port 2049 or a reply from it, over UDP or in one TCP record; the
//! procedure and its arguments, file handles as tcpdump guesses their
//! layout, and a reply's results by the procedure of the call it answers,
//! which the printer remembers (state::NfsCalls).
//!
//! tcpdump's parsers give up in two ways: a read past the capture (its
//! GET_ macros) ends the packet with ` [|nfs]`, and a bounds check or an
//! inconsistent length returns NULL to the caller, which prints the same
//! mark, except in a reply whose status was an error (then nothing). Here
//! the first is `Err(Trunc)` and the second `Ok(None)` (a `Step`).

mod attr;
mod fh;
mod reply;
mod request;
mod results;

use super::ctx::{Ctx, Net, Res, be32, rest};
use super::out::Emit;
use super::ports::Seg;
use super::state::NfsCall;

/// NFS_PORT.
pub(crate) const PORT: u16 = 2049;

/// rm_direction.
const CALL: u32 = 0;
const REPLY: u32 = 1;

/// Offsets in an RPC message (rpc_msg.h): the call's header and the
/// reply's status.
const XID: usize = 0;
const DIRECTION: usize = 4;
const CB_VERS: usize = 16;
const CB_PROC: usize = 20;

/// What a parser returns: the offset after what it parsed, or None where
/// tcpdump's parser returns NULL (a bounds check that failed).
type Step = Res<Option<usize>>;

/// udp_print's NFS test, made before its checksum and port checks (and
/// only without -q and -T): Some when the datagram is an NFS call to
/// port 2049 or a reply from it.
pub(crate) fn udp(c: &mut Ctx, b: &[u8], length: usize, seg: &Seg) -> Option<Res> {
    let direction = be32(b, DIRECTION).ok()?;
    if seg.dport == PORT && direction == CALL {
        c.s("NFS request xid ");
        c.dec(be32(b, XID).ok()?);
        c.s(" ");
        Some(request::request(c, b, length, seg.net))
    } else if seg.sport == PORT && direction == REPLY {
        c.s("NFS reply xid ");
        c.dec(be32(b, XID).ok()?);
        c.s(" ");
        Some(reply::reply(c, b, length, seg.net))
    } else {
        None
    }
}

/// tcp_print's NFS row: one RPC record (its 4-byte record mark, then the
/// message), printed when it is a call to port 2049 or a reply from it.
pub(crate) fn tcp(c: &mut Ctx, b: &[u8], length: usize, seg: &Seg) -> Res {
    if length < 4 || b.len() < 4 {
        return Ok(());
    }
    let fraglen = ((be32(b, 0)? & 0x7fff_ffff) as usize).min(length - 4);
    let msg = rest(b, 4);
    let Ok(direction) = be32(msg, DIRECTION) else {
        return Ok(());
    };
    if seg.dport == PORT && direction == CALL {
        c.s(": NFS request xid ");
        c.dec(be32(msg, XID)?);
        c.s(" ");
        request::request(c, msg, fraglen, seg.net)
    } else if seg.sport == PORT && direction == REPLY {
        c.s(": NFS reply xid ");
        c.dec(be32(msg, XID)?);
        c.s(" ");
        reply::reply(c, msg, fraglen, seg.net)
    } else {
        Ok(())
    }
}

/// nfsreply_print: -T rpc's reply, after "src.nfs > dst.XID: " (2049
/// with -n), as tcpdump prints any RPC reply it is told to decode.
pub(crate) fn reply_with_addresses(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "nfs";
    let xid = be32(b, XID)?;
    net.addr(c, true);
    c.s(if c.o.numeric > 0 {
        ".2049 > "
    } else {
        ".nfs > "
    });
    net.addr(c, false);
    c.s_dec(".", xid);
    c.s(": ");
    reply::reply(c, b, length, net)
}

/// The key a call is remembered by, and a reply looks its call up by:
/// the reply's source is the call's server.
fn call_key(b: &[u8], net: &Net, reply: bool) -> Res<NfsCall> {
    let mut key = NfsCall {
        xid: be32(b, XID)?,
        ip_version: if net.v6 { 6 } else { 4 },
        ..NfsCall::default()
    };
    let (client, server) = if reply {
        (net.dst, net.src)
    } else {
        (net.src, net.dst)
    };
    copy_addr(&mut key.client, client);
    copy_addr(&mut key.server, server);
    Ok(key)
}

fn copy_addr(to: &mut [u8; 16], from: &[u8]) {
    let n = from.len().min(16);
    to[..n].copy_from_slice(&from[..n]);
}

// The generic procedure numbers (NFSv3's, plus tcpdump's NOOP).
const NULL: u32 = 0;
const GETATTR: u32 = 1;
const SETATTR: u32 = 2;
const LOOKUP: u32 = 3;
const ACCESS: u32 = 4;
const READLINK: u32 = 5;
const READ: u32 = 6;
const WRITE: u32 = 7;
const CREATE: u32 = 8;
const MKDIR: u32 = 9;
const SYMLINK: u32 = 10;
const MKNOD: u32 = 11;
const REMOVE: u32 = 12;
const RMDIR: u32 = 13;
const RENAME: u32 = 14;
const LINK: u32 = 15;
const READDIR: u32 = 16;
const READDIRPLUS: u32 = 17;
const FSSTAT: u32 = 18;
const FSINFO: u32 = 19;
const PATHCONF: u32 = 20;
const COMMIT: u32 = 21;
const NOOP: u32 = 25;

/// nfsv3_procid: NFSv2's procedure numbers as the generic ones.
const V2_PROCS: [u32; 26] = [
    NULL, GETATTR, SETATTR, NOOP, LOOKUP, READLINK, READ, NOOP, WRITE, CREATE, REMOVE, RENAME,
    LINK, SYMLINK, MKDIR, RMDIR, READDIR, FSSTAT, NOOP, NOOP, NOOP, NOOP, NOOP, NOOP, NOOP, NOOP,
];

/// The generic procedure of `proc` in version `vers` (any version but 3
/// is read as version 2, as tcpdump reads it), and whether it is v3.
fn procedure(proc: u32, vers: u32) -> (u32, bool) {
    let v3 = vers == 3;
    match V2_PROCS.get(proc as usize) {
        Some(&generic) if !v3 => (generic, v3),
        _ => (proc, v3),
    }
}

const PROC_NAMES: &[(u32, &str)] = &[
    (NOOP, "nop"),
    (NULL, "null"),
    (GETATTR, "getattr"),
    (SETATTR, "setattr"),
    (LOOKUP, "lookup"),
    (ACCESS, "access"),
    (READLINK, "readlink"),
    (READ, "read"),
    (WRITE, "write"),
    (CREATE, "create"),
    (MKDIR, "mkdir"),
    (SYMLINK, "symlink"),
    (MKNOD, "mknod"),
    (REMOVE, "remove"),
    (RMDIR, "rmdir"),
    (RENAME, "rename"),
    (LINK, "link"),
    (READDIR, "readdir"),
    (READDIRPLUS, "readdirplus"),
    (FSSTAT, "fsstat"),
    (FSINFO, "fsinfo"),
    (PATHCONF, "pathconf"),
    (COMMIT, "commit"),
];

/// " name" of a generic procedure, or " proc-N".
fn proc_name(c: &mut Ctx, proc: u32) {
    c.s(" ");
    c.tok_or(PROC_NAMES, proc, "proc-", "");
}

/// nfsv3_writemodes, named as tok2str names an unknown one ("#%d":
/// signed).
fn write_mode(c: &mut Ctx, mode: u32) {
    const MODES: [&str; 3] = ["unstable", "datasync", "filesync"];
    c.s(" <");
    match MODES.get(mode as usize) {
        Some(name) => c.s(name),
        None => {
            c.s("#");
            signed(c, mode);
        }
    }
    c.s(">");
}

/// An XDR hyper (two big-endian words).
fn be64(b: &[u8], at: usize) -> Res<u64> {
    let hi = be32(b, at)?;
    let lo = be32(b, at.saturating_add(4))?;
    Ok(u64::from(hi) << 32 | u64::from(lo))
}

/// "%u.%06u": seconds and the fraction as tcpdump prints NFS times.
fn time(c: &mut Ctx, secs: u32, frac: u32) {
    c.dec(secs);
    c.s(".");
    c.out.dec0(u64::from(frac), 6);
}

/// "%o".
fn octal(c: &mut Ctx, v: u32) {
    let mut digits = [0u8; 11];
    let mut n = 0;
    let mut v = v;
    loop {
        digits[n] = b'0' + (v & 7) as u8;
        n += 1;
        v >>= 3;
        if v == 0 {
            break;
        }
    }
    for &d in digits[..n].iter().rev() {
        c.out.push(d);
    }
}

/// "%d" of a 32-bit field.
fn signed(c: &mut Ctx, v: u32) {
    let v = v as i32;
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
}

/// "%08x%08x": an 8-byte verifier, word by word.
fn verifier(c: &mut Ctx, hi: u32, lo: u32) {
    c.out.hex0(u64::from(hi), 8);
    c.out.hex0(u64::from(lo), 8);
}
