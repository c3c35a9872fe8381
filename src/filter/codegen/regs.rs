//! Scratch slots, handed out as libpcap's compiler hands them out.
//!
//! gencode.c gives every value of an arithmetic expression a slot,
//! constants included, and takes the first free slot at or after the last
//! one it gave, wrapping round (alloc_reg). Which slot a value lands in
//! makes no difference within one packet, but it does across packets:
//! after `geneve`, a slot read before any store holds what an earlier
//! packet left there (bpf::leftover), so afsniff's slots must be libpcap's,
//! even for the constants it folds away.

use super::{R, Span, err};
use crate::bpf::op::MEMWORDS;
use std::cell::Cell;

/// Kept in cells: libpcap takes the slot of a variable-length link
/// header at its first use, which can be deep inside code that only reads
/// the compiler's state.
#[derive(Clone, Debug)]
pub(super) struct Regs {
    /// Bit n set: slot n is taken.
    used: Cell<u16>,
    /// Where the search for a free slot starts.
    cur: Cell<u32>,
}

impl Regs {
    /// All slots free but the `reserved` first ones (kept for good).
    pub fn new(reserved: u32) -> Regs {
        Regs {
            used: Cell::new(((1u32 << reserved) - 1) as u16),
            cur: Cell::new(reserved % MEMWORDS),
        }
    }

    pub fn alloc(&self, span: Span) -> R<u32> {
        for _ in 0..MEMWORDS {
            let (used, cur) = (self.used.get(), self.cur.get());
            if used & (1 << cur) == 0 {
                self.used.set(used | 1 << cur);
                return Ok(cur);
            }
            self.cur.set((cur + 1) % MEMWORDS);
        }
        err("too many registers needed to evaluate expression", span)
    }

    pub fn free(&self, slot: u32) {
        self.used.set(self.used.get() & !(1 << slot));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_come_round_robin_from_the_last_given() {
        let r = Regs::new(0);
        let span = (0, 1);
        let (a, b) = (r.alloc(span).unwrap(), r.alloc(span).unwrap());
        assert_eq!((a, b), (0, 1));
        r.free(a);
        // The search starts at the last slot given, not at 0.
        assert_eq!(r.alloc(span).unwrap(), 2);
        r.free(2);
        assert_eq!(r.alloc(span).unwrap(), 2);
        for want in (3..16).chain([0]) {
            assert_eq!(r.alloc(span).unwrap(), want);
        }
        assert!(r.alloc(span).is_err());
    }

    #[test]
    fn reserved_slots_are_never_given() {
        let r = Regs::new(2);
        assert_eq!(r.alloc((0, 1)).unwrap(), 2);
    }
}
