//! Ubik, the replicated-database protocol every AFS database service
//! speaks (print-rx.c's ubik_print and ubik_reply_print).

use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;

/// ubik_req.
const OPCODES: &[(u32, &str)] = &[
    (10000, "vote-beacon"),
    (10001, "vote-debug-old"),
    (10002, "vote-sdebug-old"),
    (10003, "vote-getsyncsite"),
    (10004, "vote-debug"),
    (10005, "vote-sdebug"),
    (10006, "vote-xdebug"),
    (10007, "vote-xsdebug"),
    (20000, "disk-begin"),
    (20001, "disk-commit"),
    (20002, "disk-lock"),
    (20003, "disk-write"),
    (20004, "disk-getversion"),
    (20005, "disk-getfile"),
    (20006, "disk-sendfile"),
    (20007, "disk-abort"),
    (20008, "disk-releaselocks"),
    (20009, "disk-truncate"),
    (20010, "disk-probe"),
    (20011, "disk-writev"),
    (20012, "disk-interfaceaddr"),
    (20013, "disk-setversion"),
];

/// is_ubik: the voting and disk opcodes.
pub(super) fn is_ubik(opcode: u32) -> bool {
    (10000..=10007).contains(&opcode) || (20000..=20013).contains(&opcode)
}

/// ubik_print: " ubik call NAME" and the arguments of a call.
pub(super) fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    c.s(" ubik call ");
    super::op_name(c, OPCODES, opcode);
    match opcode {
        10000 => {
            let syncsite = a.u32()?;
            c.s(if syncsite != 0 {
                " syncsite yes"
            } else {
                " syncsite no"
            });
            c.s(" votestart");
            a.date(c)?;
            c.s(" dbversion");
            a.ubik_version(c)?;
            c.s(" tid");
            a.ubik_version(c)?;
        }
        10003 => {
            c.s(" site");
            a.uint(c)?;
        }
        20000 | 20001 | 20007 | 20008 | 20010 => {
            c.s(" tid");
            a.ubik_version(c)?;
        }
        20002 => {
            c.s(" tid");
            a.ubik_version(c)?;
            a.ints(c, &[" file", " pos", " length"])?;
            // The lock type is read but not printed.
            a.u32()?;
        }
        20003 => {
            c.s(" tid");
            a.ubik_version(c)?;
            a.ints(c, &[" file", " pos"])?;
        }
        20005 => a.ints(c, &[" file"])?,
        20006 => {
            a.ints(c, &[" file", " length"])?;
            c.s(" dbversion");
            a.ubik_version(c)?;
        }
        20009 => {
            c.s(" tid");
            a.ubik_version(c)?;
            a.ints(c, &[" file", " length"])?;
        }
        20012 => {
            for label in [" tid", " oldversion", " newversion"] {
                c.s(label);
                a.ubik_version(c)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// ubik_reply_print: " ubik reply NAME", then a data reply's result, or
/// an abort's vote or error code.
pub(super) fn reply(c: &mut Ctx, a: &mut Args, opcode: u32, data: bool) -> Out {
    c.s(" ubik reply ");
    super::op_name(c, OPCODES, opcode);
    match (data, opcode) {
        (true, 10000) => c.s(" vote no"),
        (true, 20004) => {
            c.s(" dbversion");
            a.ubik_version(c)?;
        }
        (true, _) => {}
        (false, 10000) => {
            c.s(" vote yes until");
            a.date(c)?;
        }
        (false, _) => a.ints(c, &[" errcode"])?,
    }
    Ok(())
}
