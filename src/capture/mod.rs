//! Packet sources: live capture on an AF_PACKET socket (`live`, over the
//! raw calls of `crate::sys`) and capture files (`file`), and giving up
//! privileges once they are open (`privs`, -Z).

pub mod file;
pub mod live;
pub mod privs;
