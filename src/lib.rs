//! afsniff: a tcpdump-compatible packet sniffer for Linux.
//!
//! The binary (src/main.rs) only parses arguments and maps errors to exit
//! codes; everything else lives here. `filter` and `bpf` are pure: they
//! import nothing from `capture`, `decode` or `output`. All unsafe code is in
//! `sys`, the one module allowed it; what it does and when is decided by its
//! callers.
#![deny(unsafe_code)]

pub mod app;
pub mod bpf;
pub mod capture;
pub mod cli;
pub mod decode;
pub mod filter;
pub mod link;
pub mod netdb;
pub mod output;
pub mod packet;
pub mod signals;
#[allow(unsafe_code)]
pub mod sys;
pub mod wire;
