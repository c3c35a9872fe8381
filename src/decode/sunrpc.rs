//! Sun RPC calls as -T rpc prints them (print-sunrpc.c): the
//! transaction id as the source "port", the port mapper's as the
//! destination, the call's length and procedure, and for the port
//! mapper's SET, UNSET, GETPORT and CALLIT the program and version asked
//! about.

use super::ctx::{Ctx, Net, Res, be32, codes, tcheck};
use super::out::Emit;

/// SUNRPC_PMAPPORT, printed in hex with -n.
const PMAP_PORT: u32 = 111;

/// sizeof(struct sunrpc_msg): what must be captured before anything is
/// printed.
const MSG_LEN: usize = 32;

/// SUNRPC_MSG_VERSION.
const RPC_VERSION: u32 = 2;

codes! {
    /// proc2str: the port mapper's procedures (SUNRPC_PMAPPROC_*).
    PMAP_PROCS: u32 {
        _ = 0 => "null",
        SET = 1 => "set",
        UNSET = 2 => "unset",
        GETPORT = 3 => "getport",
        _ = 4 => "dump",
        CALLIT = 5 => "call",
    }
}

/// sunrpc_print: "SRC.0xXID > DST.sunrpc: LENGTH PROC [PROG.VERS]".
pub(crate) fn sunrpc(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "sunrpc";
    tcheck(b, 0, MSG_LEN)?;
    let xid = be32(b, 0)?;
    let (rpcvers, prog, vers, proc) = (be32(b, 8)?, be32(b, 12)?, be32(b, 16)?, be32(b, 20)?);
    let numeric = c.o.numeric > 0;
    net.addr(c, true);
    c.s(".0x");
    c.out.hex(u64::from(xid));
    c.s(" > ");
    net.addr(c, false);
    if numeric {
        c.s(".0x");
        c.out.hex(u64::from(PMAP_PORT));
    } else {
        c.s(".sunrpc");
    }
    c.s_dec(": ", length as u64);
    c.s(" ");
    c.tok_or(PMAP_PROCS, proc, " proc #", "");
    if rpcvers != RPC_VERSION {
        c.s_dec(" [rpcver ", rpcvers);
        c.s("]");
    }
    if matches!(proc, SET | UNSET | GETPORT | CALLIT) {
        // Without -n tcpdump names the program from /etc/rpc
        // (getrpcbynumber); afsniff has no such table and prints the
        // number as tcpdump does for a program it cannot name.
        c.s(if numeric { " " } else { " #" });
        c.dec(prog);
        c.s_dec(".", vers);
    }
    Ok(())
}
