//! One-line summaries of UDP application protocols tcpdump picks by port,
//! as tcpdump prints them; one file per protocol family, each with the
//! golden tests of the code it holds.

mod boot;
mod ike;
mod lisp_babel;
mod mpls;
mod routing;
mod rx;

pub(crate) use boot::{bootp, dhcp6, krb, radius, tftp};
pub(crate) use ike::{IkeCookies, isakmp};
pub(crate) use lisp_babel::{babel, lisp};
pub(crate) use mpls::{bfd, ldp, lspping, sflow};
pub(crate) use routing::{autorp, hsrp, rip, ripng};
pub(crate) use rx::rx;
