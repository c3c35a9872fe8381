//! Programs for a live Linux socket (Options.kernel) against libpcap's for
//! the same interface: `tcpdump -i lo -d EXPR` must print the same listing.
//! Needs tcpdump and the right to open lo; says "skipped" otherwise, and
//! fails instead when AFSNIFF_REQUIRE_LIVE=1.

use afsniff::bpf::dump::listing;
use afsniff::filter::{compile, Options};
use afsniff::link::LinkType;
use std::process::Command;

fn require_live() -> bool {
    std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() == Ok("1")
}

fn tcpdump_live_listing(expr: &str) -> Option<String> {
    let out = match Command::new("tcpdump").args(["-i", "lo", "-d", expr]).output() {
        Ok(o) => o,
        Err(e) => {
            assert!(!require_live(), "tcpdump not runnable ({e}) and AFSNIFF_REQUIRE_LIVE=1");
            eprintln!("skipped: filter_kernel: tcpdump is not installed");
            return None;
        }
    };
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!require_live(), "tcpdump -i lo -d failed ({err}) and AFSNIFF_REQUIRE_LIVE=1");
        eprintln!("skipped: filter_kernel: tcpdump -i lo -d failed: {err}");
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn kernel_opts() -> Options {
    Options { link: LinkType::Ethernet, snaplen: 262144, kernel: true, optimize: true, netmask: 0xff00_0000 }
}

const EXPRS: &[&str] = &[
    "vlan",
    "vlan 100",
    "not vlan",
    "vlan and ip",
    "vlan 100 and ip",
    "vlan and tcp port 80",
    "vlan 100 and vlan 200",
    "vlan and vlan and ip",
    "vlan 100 and ip6 and udp",
    "vlan and ip[9] = 6",
    "vlan and host 198.18.0.1",
    "inbound",
    "outbound",
    "inbound and tcp",
    "ifindex 1",
    "tcp port 80",
    "ip6",
    "udp port 53 or tcp port 443",
];

#[test]
fn live_listings_match_libpcap() {
    let mut checked = 0;
    let mut diffs = Vec::new();
    for expr in EXPRS {
        let Some(want) = tcpdump_live_listing(expr) else { return };
        let prog = compile(expr, &kernel_opts()).unwrap_or_else(|e| panic!("{expr}: {e}"));
        let got = listing(&prog);
        if got != want {
            diffs.push(format!("== {expr}\n-- libpcap\n{want}-- afsniff\n{got}"));
        }
        checked += 1;
    }
    assert!(checked > 0);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
