//! Packet sources: live capture on an AF_PACKET socket (`live`, over the
//! raw calls of `crate::sys`) and capture files (`file`).

pub mod file;
pub mod live;
