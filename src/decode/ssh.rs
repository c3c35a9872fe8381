//! SSH (print-ssh.c): the identification line.

use super::ctx::{Ctx, Res, is_print, u8at};

/// ssh_print: the identification line, if this is one.
pub(crate) fn ssh(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    c.proto = "ssh";
    for (i, want) in b"SSH-".iter().enumerate() {
        if u8at(b, i)? != *want {
            return Ok(());
        }
    }
    let mut idx = 4;
    while idx < len {
        let ch = u8at(b, idx)?;
        if ch == b'\n' {
            break;
        } else if ch == b'\r' {
            if idx + 1 >= len || u8at(b, idx + 1)? != b'\n' {
                return Ok(());
            }
            break;
        } else if !is_print(ch) {
            return Ok(());
        }
        idx += 1;
    }
    if idx >= len {
        return Ok(());
    }
    c.s(": SSH: ");
    c.out.extend_from_slice(&b[..idx]);
    Ok(())
}
