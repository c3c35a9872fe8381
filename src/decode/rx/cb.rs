//! The AFS callback service, UDP 7001 (print-rx.c's cb_print and
//! cb_reply_print).

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;

/// cb_req.
const OPCODES: &[(u32, &str)] = &[
    (204, "callback"),
    (205, "initcb"),
    (206, "probe"),
    (207, "getlock"),
    (208, "getce"),
    (209, "xstatver"),
    (210, "getxstat"),
    (211, "initcb2"),
    (212, "whoareyou"),
    (213, "initcb3"),
    (214, "probeuuid"),
    (215, "getsrvprefs"),
    (216, "getcellservdb"),
    (217, "getlocalcell"),
    (218, "getcacheconf"),
    (65536, "getce64"),
    (65537, "getcellbynum"),
    (65538, "tellmeaboutyourself"),
];

pub(super) const SERVICE: Service = Service::new("cb", OPCODES, call, reply);

/// cb_print: a callback's FIDs and promises or a probe's UUID.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        204 => {
            a.joined(c, |a, c| a.fid(c))?;
            let n = a.u32()?;
            if n != 0 {
                c.s(";");
            }
            for _ in 0..n {
                a.ints(c, &[" ver"])?;
                c.s(" expires");
                a.date(c)?;
                // The callback type is read but not printed.
                a.u32()?;
            }
        }
        214 => {
            c.s(" afsuuid");
            a.afsuuid(c)?;
        }
        _ => {}
    }
    Ok(())
}

/// cb_reply_print: initcb3's UUID.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    if opcode == 213 {
        a.afsuuid(c)?;
    }
    Ok(())
}
