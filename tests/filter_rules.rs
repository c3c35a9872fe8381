//! Every program the compiler emits passes the kernel's rules (forward
//! jumps only, jump offsets in range, RET last, scratch stored before read,
//! at most 4096 instructions), for every expression of tests/data/filters.txt
//! on every supported link layout. Programs for files may read scratch
//! memory before storing to it, as libpcap's do (src/bpf/leftover.rs);
//! programs for live sockets may not.

use afsniff::bpf::validate::{validate, validate_userspace};
use afsniff::filter::{Options, compile};
use afsniff::link::LinkType;

#[test]
fn every_program_passes_the_kernel_rules() {
    let links = LinkType::DECODED;
    let mut compiled = 0;
    for expr in include_str!("data/filters.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        for link in links {
            for kernel in [false, true] {
                for optimize in [true, false] {
                    let opts = Options {
                        link,
                        snaplen: 262144,
                        kernel,
                        optimize,
                        netmask: 0xffff_ff00,
                        names: afsniff::netdb::system(),
                    };
                    let Ok(prog) = compile(expr, &opts) else {
                        continue;
                    };
                    let check = if kernel { validate } else { validate_userspace };
                    check(&prog).unwrap_or_else(|e| {
                        panic!("{expr:?} on {link:?} kernel={kernel} optimize={optimize}: {e}")
                    });
                    compiled += 1;
                }
            }
        }
    }
    assert!(compiled > 2000, "only {compiled} programs compiled");
}

#[test]
fn long_programs_stay_within_limits() {
    let opts = Options {
        link: LinkType::Ethernet,
        snaplen: 65535,
        kernel: true,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    let hosts: Vec<String> = (1..=200)
        .map(|i| format!("host 10.0.{}.{}", i / 250, i % 250 + 1))
        .collect();
    let prog = compile(&hosts.join(" or "), &opts).expect("200 hosts compile");
    assert!(
        prog.len() > 256,
        "long enough to need far jumps: {}",
        prog.len()
    );
    validate(&prog).expect("valid");
    let ports: Vec<String> = (1..=400).map(|p| format!("port {p}")).collect();
    let unopt = Options {
        optimize: false,
        ..opts
    };
    match compile(&ports.join(" or "), &unopt) {
        Ok(p) => validate(&p).expect("valid"),
        Err(e) => assert!(e.message.contains("limit"), "{e}"),
    }
}

#[test]
fn vlan_offsets_in_an_or_start_at_zero() {
    let opts = Options {
        link: LinkType::Ethernet,
        snaplen: 65535,
        kernel: true,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    for expr in [
        "(vlan or tcp) and ip",
        "geneve or udp port 53 and ip",
        "not vlan 100 or ip6",
    ] {
        let prog = compile(expr, &opts).unwrap_or_else(|e| panic!("{expr}: {e}"));
        validate(&prog).unwrap_or_else(|e| panic!("{expr}: {e}"));
    }
}

#[test]
fn hostile_sizes_are_refused_not_crashed() {
    let opts = Options {
        link: LinkType::Ethernet,
        snaplen: 65535,
        kernel: false,
        optimize: true,
        netmask: 0,
        names: afsniff::netdb::system(),
    };
    let deep = format!("{}tcp{}", "(".repeat(5000), ")".repeat(5000));
    assert!(compile(&deep, &opts).is_err());
    let nots = format!("{}tcp", "not ".repeat(5000));
    assert!(compile(&nots, &opts).is_err());
    let sum = format!("ip[0]{} = 1", " + 1".repeat(1500));
    let _ = compile(&sum, &opts);
    let xor = format!("ip[0]{} = 1", " ^ 1".repeat(1500));
    let _ = compile(&xor, &opts);
    let huge = vec!["tcp"; 20000].join(" or ");
    assert!(compile(&huge, &opts).is_err());
    let long_or = vec!["port 1"; 1000].join(" or ");
    let _ = compile(&long_or, &opts);
}
