//! Typed views over packet bytes, one file per header: own views, each
//! with a named field table, for the headers etherparse lacks. This module
//! imports nothing but etherparse and std.

pub mod dns;
pub mod geneve;
pub mod gre;
pub mod mpls;
pub mod sctp;
pub mod vxlan;
