//! All of afsniff's unsafe code: the AF_PACKET socket, the mmap'ed ring,
//! interface queries, credential calls and local time, plus strerror's
//! text for their errors. Every unsafe block carries a `// SAFETY:` line;
//! every unsafe fn a `# Safety` section. Nothing here decides policy (which
//! user, whether to drop, what to retry): the callers do.

pub mod child;
#[deny(unsafe_code)]
pub mod errtext;
pub mod iface;
pub mod netlink;
pub mod privs;
pub mod ring;
pub mod socket;
pub mod time;
pub mod tstamp;
