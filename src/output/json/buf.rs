//! The buffer an object is written into: a cursor over bytes that are
//! already initialised (zeros once, then whatever the last packet left).
//!
//! Why not append to a `Vec` directly: a member is written into a slot of
//! a few dozen bytes and cut back to what it used, and on a `Vec` that
//! slot has to be zero-filled, its length stored and cut back for every
//! member (about thirty instructions each, and an object has thirty-odd
//! members). Here a slot is a bounds check and a cursor move; the object
//! goes to the output in one copy when it is done. The buffer lives as
//! long as the printer, so a packet costs no allocation.

/// Bytes written so far are `bytes[..len]`; `bytes[len..]` is room, its
/// contents meaningless but initialised, so slots can be written in place.
pub struct Buf<'a> {
    bytes: &'a mut Vec<u8>,
    len: usize,
}

/// The least the room grows by, so that growing stays rare.
const MIN_GROWTH: usize = 4096;

impl<'a> Buf<'a> {
    /// An empty buffer over `bytes`, whose length is the room (kept across
    /// objects, grown as needed).
    pub fn new(bytes: &'a mut Vec<u8>) -> Buf<'a> {
        Buf { bytes, len: 0 }
    }

    /// What has been written.
    pub fn written(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// `N` bytes of room at the cursor, to be written and then kept with
    /// `advance` (as many as were used).
    #[inline(always)]
    pub fn room<const N: usize>(&mut self) -> &mut [u8; N] {
        if self.bytes.len().saturating_sub(self.len) < N {
            self.grow(N);
        }
        match self.bytes.get_mut(self.len..self.len + N) {
            Some(slot) => <&mut [u8; N]>::try_from(slot).unwrap_or_else(|_| unreachable_room()),
            None => unreachable_room(),
        }
    }

    /// Keeps `n` bytes just written into `room`.
    #[inline(always)]
    pub fn advance(&mut self, n: usize) {
        debug_assert!(self.len + n <= self.bytes.len());
        self.len += n;
    }

    #[inline(always)]
    pub fn push(&mut self, b: u8) {
        self.room::<1>()[0] = b;
        self.len += 1;
    }

    #[inline]
    pub fn extend_from_slice(&mut self, b: &[u8]) {
        if self.bytes.len().saturating_sub(self.len) < b.len() {
            self.grow(b.len());
        }
        let end = self.len.saturating_add(b.len());
        if let Some(slot) = self.bytes.get_mut(self.len..end) {
            slot.copy_from_slice(b);
            self.len = end;
        }
    }

    /// Makes room for at least `n` more bytes past the cursor.
    #[cold]
    #[inline(never)]
    fn grow(&mut self, n: usize) {
        let want = self
            .len
            .saturating_add(n)
            .max(self.bytes.len().saturating_mul(2))
            .max(MIN_GROWTH);
        self.bytes.resize(want, 0);
    }
}

/// `room` just made the room it slices; reaching this is a bug.
#[cold]
fn unreachable_room() -> ! {
    unreachable!("Buf::room grew the buffer to fit the slot")
}

/// For the rare values core::fmt writes (IPv4-mapped IPv6 addresses,
/// years past 9999, times before 1970).
impl std::fmt::Write for Buf<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Buf;

    #[test]
    fn slots_and_copies_grow_the_room_and_keep_what_was_written() {
        let mut bytes = Vec::new();
        let mut b = Buf::new(&mut bytes);
        b.push(b'{');
        let slot = b.room::<8>();
        slot[..3].copy_from_slice(b"abc");
        b.advance(3);
        let long = vec![b'x'; 10_000];
        b.extend_from_slice(&long);
        b.push(b'}');
        assert_eq!(b.written().len(), 10_005);
        assert_eq!(&b.written()[..4], b"{abc");
        assert_eq!(b.written()[10_004], b'}');
        // A second object over the same bytes starts empty.
        let mut again = Buf::new(&mut bytes);
        again.push(b'1');
        assert_eq!(again.written(), b"1");
    }
}
