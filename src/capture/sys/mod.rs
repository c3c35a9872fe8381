//! All of afsniff's unsafe code: the AF_PACKET socket, the mmap'ed ring,
//! interface queries and privilege dropping. Every unsafe block carries a
//! `// SAFETY:` line; every unsafe fn a `# Safety` section.
#![allow(unsafe_code)]

pub mod child;
pub mod iface;
pub mod privs;
pub mod ring;
pub mod socket;
pub mod time;
pub mod tstamp;

pub use privs::{DropPrivilegesError, drop_privileges};
