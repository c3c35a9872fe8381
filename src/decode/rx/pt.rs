//! The AFS protection service, UDP 7002 (print-rx.c's prot_print and
//! prot_reply_print).

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;

/// pt_req.
const OPCODES: &[(u32, &str)] = &[
    (500, "new-user"),
    (501, "where-is-it"),
    (502, "dump-entry"),
    (503, "add-to-group"),
    (504, "name-to-id"),
    (505, "id-to-name"),
    (506, "delete"),
    (507, "remove-from-group"),
    (508, "get-cps"),
    (509, "new-entry"),
    (510, "list-max"),
    (511, "set-max"),
    (512, "list-entry"),
    (513, "change-entry"),
    (514, "list-elements"),
    (515, "same-mbr-of"),
    (516, "set-fld-sentry"),
    (517, "list-owned"),
    (518, "get-cps2"),
    (519, "get-host-cps"),
    (520, "update-entry"),
    (521, "list-entries"),
    (530, "list-super-groups"),
];

/// PRNAMEMAX: the longest name.
const NAME_MAX: u32 = 64;

pub(super) const SERVICE: Service = Service {
    ubik: true,
    reply_min: 28,
    ..Service::new("pt", OPCODES, call, reply)
};

/// prot_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        500 => {
            a.string(c, NAME_MAX)?;
            a.ints(c, &[" id", " oldid"])?;
        }
        501 | 506 | 508 | 512 | 514 | 517 | 518 | 519 | 530 => a.ints(c, &[" id"])?,
        502 => a.ints(c, &[" pos"])?,
        503 | 507 | 515 => a.ints(c, &[" uid", " gid"])?,
        504 => a.list(c, |a, c| a.vector(c, NAME_MAX as usize))?,
        505 => {
            c.s(" ids:");
            a.list(c, |a, c| a.int(c))?;
        }
        509 => {
            a.string(c, NAME_MAX)?;
            a.ints(c, &[" flag", " oid"])?;
        }
        511 => a.ints(c, &[" id", " gflag"])?,
        513 => {
            a.ints(c, &[" id"])?;
            a.string(c, NAME_MAX)?;
            a.ints(c, &[" oldid", " newid"])?;
        }
        520 => {
            a.ints(c, &[" id"])?;
            a.string(c, NAME_MAX)?;
        }
        _ => {}
    }
    Ok(())
}

/// prot_reply_print: a data reply's result.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        504 => {
            c.s(" ids:");
            a.list(c, |a, c| a.int(c))?;
        }
        505 => a.list(c, |a, c| a.vector(c, NAME_MAX as usize))?,
        508 | 514 | 517 | 518 | 519 => a.list(c, |a, c| a.int(c))?,
        510 => a.ints(c, &[" maxuid", " maxgid"])?,
        _ => {}
    }
    Ok(())
}
