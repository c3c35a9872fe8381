//! An MPLS label stack entry (RFC 3032): label, traffic class, bottom of
//! stack, TTL in one big-endian word.

/// Byte ranges of the entry's fields.
pub mod field {
    use core::ops::Range;
    /// Label (20 bits), TC (3), S (1), TTL (8).
    pub const ENTRY: Range<usize> = 0..4;
}

/// Bytes of one entry.
pub const ENTRY_LEN: usize = field::ENTRY.end;

/// One label stack entry.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    word: u32,
}

impl Entry {
    /// The entry at the start of `b`, or `None` when fewer than four bytes
    /// were captured.
    pub fn new_checked(b: &[u8]) -> Option<Entry> {
        let bytes: [u8; 4] = b.get(field::ENTRY)?.try_into().ok()?;
        Some(Entry {
            word: u32::from_be_bytes(bytes),
        })
    }

    pub fn label(&self) -> u32 {
        self.word >> 12
    }

    pub fn traffic_class(&self) -> u8 {
        ((self.word >> 9) & 7) as u8
    }

    /// The S bit: this is the last entry of the stack.
    pub fn bottom_of_stack(&self) -> bool {
        self.word & 0x100 != 0
    }

    pub fn ttl(&self) -> u8 {
        (self.word & 0xff) as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_an_entry() {
        // Label 851, TC 5, bottom of stack, TTL 64.
        let e = Entry::new_checked(&[0x00, 0x35, 0x3b, 0x40, 0xff]).unwrap();
        assert_eq!(e.label(), 851);
        assert_eq!(e.traffic_class(), 5);
        assert!(e.bottom_of_stack());
        assert_eq!(e.ttl(), 64);
        assert!(Entry::new_checked(&[0, 0, 0]).is_none());
    }
}
