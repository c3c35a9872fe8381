//! The mmap'ed TPACKET_V3 receive ring and the ownership hand-off of its
//! blocks between the kernel and us.
//!
//! Each block starts with `struct tpacket_block_desc`; its `block_status`
//! word (offset 8) says who owns the block. The kernel sets TP_STATUS_USER
//! with release semantics after filling a block; we acquire-load it before
//! reading, and release-store TP_STATUS_KERNEL when done, so neither side
//! ever sees the other's half-written bytes.

use std::io;
use std::marker::PhantomData;
use std::os::fd::{AsRawFd, BorrowedFd};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, Ordering};

/// Offset of `hdr.bh1.block_status` inside `struct tpacket_block_desc`.
pub const BLOCK_STATUS_OFFSET: usize = 8;

/// The receive ring: `block_nr` blocks of `block_size` bytes, unmapped on drop.
#[derive(Debug)]
pub struct Ring {
    base: NonNull<u8>,
    block_size: usize,
    block_nr: usize,
}

impl Ring {
    /// mmap()s the ring that PACKET_RX_RING configured on `fd`.
    pub fn map(fd: BorrowedFd<'_>, block_size: usize, block_nr: usize) -> io::Result<Ring> {
        let len = block_size
            .checked_mul(block_nr)
            .filter(|&l| l > 0)
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EINVAL))?;
        // SAFETY: a fresh shared mapping of the socket's ring at a
        // kernel-chosen address; no existing memory is affected.
        let p = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                fd.as_raw_fd(),
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let base = NonNull::new(p.cast::<u8>())
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EFAULT))?;
        Ok(Ring {
            base,
            block_size,
            block_nr,
        })
    }

    pub fn block_count(&self) -> usize {
        self.block_nr
    }

    pub fn block_size(&self) -> usize {
        self.block_size
    }

    /// The status word of block `i` as an atomic, for the ownership hand-off.
    fn status(&self, i: usize) -> &AtomicU32 {
        assert!(i < self.block_nr, "block index {i} out of range");
        // SAFETY: i < block_nr, so the word lies inside the mapping; blocks
        // are page-aligned so offset 8 is 4-byte aligned; the kernel and we
        // access this word only atomically; the mapping outlives &self.
        unsafe {
            AtomicU32::from_ptr(
                self.base
                    .as_ptr()
                    .add(i * self.block_size + BLOCK_STATUS_OFFSET)
                    .cast::<u32>(),
            )
        }
    }

    /// Whether the kernel has retired block `i` to user space.
    pub fn is_user(&self, i: usize) -> bool {
        self.status(i).load(Ordering::Acquire) & libc::TP_STATUS_USER != 0
    }

    /// Block `i` if the kernel has retired it to user space, else None.
    /// The guard borrows the ring mutably: no packet outlives its release.
    pub fn user_block(&mut self, i: usize) -> Option<UserBlock<'_>> {
        let status = self.status(i).load(Ordering::Acquire);
        if status & libc::TP_STATUS_USER == 0 {
            return None;
        }
        // SAFETY: i < block_nr (checked in status()), so the block lies inside the mapping.
        let ptr = unsafe { self.base.as_ptr().add(i * self.block_size) };
        Some(UserBlock {
            ptr,
            len: self.block_size,
            _ring: PhantomData,
        })
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        // SAFETY: base/len describe the mapping made in map(); no UserBlock
        // can exist here because each one borrows the ring.
        unsafe {
            libc::munmap(self.base.as_ptr().cast(), self.block_size * self.block_nr);
        }
    }
}

/// A block the kernel handed to user space; handed back on drop.
#[derive(Debug)]
pub struct UserBlock<'r> {
    ptr: *mut u8,
    len: usize,
    _ring: PhantomData<&'r mut Ring>,
}

impl UserBlock<'_> {
    /// Gives up the guard without handing the block back: its remaining
    /// packets are read by a later `user_block` call for the same index.
    pub fn keep_for_later(self) {
        std::mem::forget(self);
    }

    /// The whole block, writable: packets are rewritten in place (VLAN tags,
    /// cooked headers) in the headroom the kernel left before each frame.
    pub fn bytes(&mut self) -> &mut [u8] {
        // SAFETY: the acquire load in user_block() saw TP_STATUS_USER, so the
        // kernel finished writing this block and will not touch it until we
        // store TP_STATUS_KERNEL in drop(); `ptr..ptr+len` is inside the live
        // mapping, which the ring borrow keeps alive; &mut self makes this the
        // only reference.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for UserBlock<'_> {
    fn drop(&mut self) {
        // SAFETY: the status word is inside the block (see Ring::status);
        // no slice from bytes() is alive (it borrows self); release ordering
        // makes our reads of the block happen before the kernel reuses it.
        let status =
            unsafe { AtomicU32::from_ptr(self.ptr.add(BLOCK_STATUS_OFFSET).cast::<u32>()) };
        status.store(libc::TP_STATUS_KERNEL, Ordering::Release);
    }
}
