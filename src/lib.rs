//! afsniff: a tcpdump-compatible packet sniffer for Linux.
//!
//! The binary (src/main.rs) only parses arguments and maps errors to exit
//! codes; everything else lives here. `filter` and `bpf` are pure: they
//! import nothing from `capture`, `decode` or `output`. All unsafe code is in
//! `capture::sys`.
#![deny(unsafe_code)]

pub mod app;
pub mod bpf;
pub mod capture;
pub mod cli;
pub mod decode;
pub mod filter;
pub mod link;
pub mod output;
pub mod packet;
pub mod signals;
pub mod wire;
