//! Packet sources: live capture on an AF_PACKET socket (`live`, with all
//! unsafe code in `sys`) and capture files (`file`).

pub mod file;
pub mod live;
pub mod sys;
