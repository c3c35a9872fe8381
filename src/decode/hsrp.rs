//! HSRP (print-hsrp.c), on destination port 1985.

use super::ctx::{Ctx, Res, Trunc, relts, u8at};

/// op_code_str.
const OPS: &[(u32, &str)] = &[(0, "hello"), (1, "coup"), (2, "resign")];

/// states.
const STATES: &[(u32, &str)] = &[
    (0, "initial"),
    (1, "learn"),
    (2, "listen"),
    (4, "speak"),
    (8, "standby"),
    (16, "active"),
];

/// hsrp_print; each field is read before its text is printed, so a cut
/// frame ends where tcpdump's does.
pub(crate) fn hsrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "hsrp";
    let version = u8at(b, 0)?;
    c.s_dec("HSRPv", version);
    if version != 0 {
        return Ok(());
    }
    c.s("-");
    let op = u8at(b, 1)?;
    c.tok_or(OPS, op.into(), "unknown (", ")");
    c.s_dec(" ", length as u64);
    c.s(": ");
    let state = u8at(b, 2)?;
    c.s("state=");
    c.tok_or(STATES, state.into(), "Unknown (", ")");
    // "state=X " is one print in tcpdump: its space comes before a cut.
    c.s(" ");
    let group = u8at(b, 6)?;
    c.s_dec("group=", group);
    c.s(" ");
    let reserved = u8at(b, 7)?;
    if reserved != 0 {
        c.s_dec("[reserved=", reserved);
        c.s("!] ");
    }
    let addr = b.get(16..20).ok_or(Trunc)?;
    c.s("addr=");
    c.ip4(addr);
    if c.o.verbose > 0 {
        c.s(" hellotime=");
        relts(c, u32::from(u8at(b, 3)?));
        c.s(" holdtime=");
        relts(c, u32::from(u8at(b, 4)?));
        let prio = u8at(b, 5)?;
        c.s_dec(" priority=", prio);
        c.s(" auth=\"");
        c.printjnp(b, 8, 8)?;
        c.s("\"");
    }
    Ok(())
}
