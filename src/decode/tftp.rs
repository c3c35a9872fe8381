//! TFTP (print-tftp.c): opcodes, file names, modes and blocks.

use super::ctx::{Ctx, Res, Trunc, be16, print_char, u8at};

/// err_str: the error codes (RFC 1350).
const ERRORS: &[(u32, &str)] = &[
    (0, "EUNDEF"),
    (1, "ENOTFOUND"),
    (2, "EACCESS"),
    (3, "ENOSPACE"),
    (4, "EBADOP"),
    (5, "EBADID"),
    (6, "EEXISTS"),
    (7, "ENOUSER"),
];

/// nd_printztn: a NUL-terminated string of at most `n` bytes; the bytes
/// used (with the NUL), or 0 when it has no NUL within `n` or the capture.
fn print_zstring(c: &mut Ctx, b: &[u8], start: usize, n: usize) -> usize {
    let mut used = 0;
    loop {
        if used == n {
            return 0;
        }
        let Some(&ch) = b.get(start + used) else {
            return 0;
        };
        used += 1;
        if ch == 0 {
            return used;
        }
        print_char(c, ch);
    }
}

/// tftp_print.
pub(crate) fn tftp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "tftp";
    c.s_dec("TFTP, length ", length as u64);
    if length < 2 {
        return Err(Trunc);
    }
    let opcode = be16(b, 0)?;
    c.s(", ");
    let name = match opcode {
        1 => "RRQ",
        2 => "WRQ",
        3 => "DATA",
        4 => "ACK",
        5 => "ERROR",
        6 => "OACK",
        _ => {
            c.s_dec("tftp-#", opcode);
            return Ok(());
        }
    };
    c.s(name);
    let mut at = 2;
    let mut left = length.saturating_sub(2);
    // Prints one string; false (tcpdump's goto trunc) when it is cut.
    let string = |c: &mut Ctx, at: &mut usize, left: &mut usize| {
        let used = print_zstring(c, b, *at, *left);
        *at += used;
        *left = left.saturating_sub(used);
        used != 0
    };
    match opcode {
        1 | 2 => {
            if left == 0 {
                return Err(Trunc);
            }
            c.s(" \"");
            let whole = string(c, &mut at, &mut left);
            c.s("\"");
            if !whole || left == 0 {
                return Err(Trunc);
            }
            c.s(" ");
            if !string(c, &mut at, &mut left) {
                return Err(Trunc);
            }
            while left != 0 {
                if u8at(b, at)? != 0 {
                    c.s(" ");
                }
                if !string(c, &mut at, &mut left) {
                    return Err(Trunc);
                }
            }
        }
        6 => {
            while left != 0 {
                if u8at(b, at)? != 0 {
                    c.s(" ");
                }
                if !string(c, &mut at, &mut left) {
                    return Err(Trunc);
                }
            }
        }
        3 | 4 => {
            if left < 2 {
                return Err(Trunc);
            }
            // Read before the label is printed, as GET inside ND_PRINT.
            let block = be16(b, 2)?;
            c.s_dec(" block ", block);
        }
        _ => {
            if left < 2 {
                return Err(Trunc);
            }
            let code = be16(b, 2)?;
            c.s(" ");
            c.tok_or(ERRORS, code.into(), "tftp-err-#", " \"");
            at += 2;
            left = left.saturating_sub(2);
            if left == 0 {
                return Err(Trunc);
            }
            c.s(" \"");
            let whole = string(c, &mut at, &mut left);
            c.s("\"");
            if !whole {
                return Err(Trunc);
            }
        }
    }
    Ok(())
}
