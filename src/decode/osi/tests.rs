//! IS-IS and ES-IS golden lines from tcpdump 4.99.3 (-t -n, -v, -vv) on
//! frames of tcpdump's ISIS_external_lsp.pcap, esis_snpa_asan.pcap and
//! isis_stlv_asan-3.pcap, whole and cut at several points.

use crate::decode::tests::numeric;

#[test]
fn q933_behind_nlpid() {
    let mut with_e = numeric(0);
    with_e.link_header = true;
}

#[test]
fn clnp_summary() {
    let mut with_e = numeric(0);
    with_e.link_header = true;
}
