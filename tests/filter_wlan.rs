//! Filters on 802.11 and its radio headers (Prism, AVS, radiotap, PPI)
//! against tcpdump 4.99.3 (libpcap 1.10.3): the 802.11 keywords (`type`,
//! `subtype`, `dir`, `wlan addr1`..., `ra`, `ta`) and everything that reads
//! the frame behind a header of variable length (hosts, broadcast and
//! multicast, protocols behind the 802.2 header). libpcap leaves these
//! programs unoptimized, so the listings are compared by length (afsniff's
//! no longer); the verdicts on generated frames must be libpcap's.

mod common;

use common::frames::*;

/// (name, LINKTYPE_ number): the 802.11 family, then two link types where
/// libpcap refuses the 802.11 keywords.
const LINK_TYPES: &[(&str, u32)] = &[
    ("IEEE802_11", 105),
    ("PRISM_HEADER", 119),
    ("IEEE802_11_RADIO", 127),
    ("IEEE802_11_RADIO_AVS", 163),
    ("PPI", 192),
    ("EN10MB", 1),
    ("FDDI", 10),
];

const EXPRESSIONS: &[&str] = &[
    "wlan type mgt",
    "type data",
    "type ctl subtype ack",
    "type data subtype qos-data",
    "wlan type mgt subtype beacon or subtype probe-resp",
    "subtype deauth",
    "subtype qos",
    "type 8",
    "type 0x0c",
    "type mgt subtype 0x0f",
    "type mgt subtype qos",
    "subtype nosuch",
    "dir fromds",
    "dir tods or dir dstods",
    "dir 0",
    "dir sideways",
    "wlan addr1 02:00:00:00:00:01",
    "wlan addr2 52:54:00:12:34:56",
    "wlan addr3 02:00:00:00:00:01",
    "wlan addr4 52:54:00:12:34:56",
    "wlan ra 02:00:00:00:00:01",
    "wlan ta 52:54:00:12:34:56",
    "wlan host 02:00:00:00:00:01",
    "wlan src 52:54:00:12:34:56",
    "wlan dst ff:ff:ff:ff:ff:ff",
    "wlan src 02:00:00:00:00:01 and dst 52:54:00:12:34:56",
    "wlan src or dst 02:00:00:00:00:01",
    "ether host 52:54:00:12:34:56",
    "broadcast",
    "multicast",
    "ether multicast and type data",
    "ip",
    "ip6",
    "arp",
    "tcp port 80",
    "udp and not port 53",
    "ip host 192.0.2.7",
    "ip[0] & 0xf > 5",
    "icmp6",
    "llc",
    "llc u",
    "not ip and type data",
    "link[0] & 0x0c = 8",
    "len > 100",
    "vlan and ip",
    "vlan 10 or pppoed",
    "pppoes and dir fromds",
    "mpls",
    "ip6 and net 10.0.0.0/8",
    "ip addr1 192.0.2.7",
    "tcp ra port 80",
];

fn accepts(out: &std::process::Output) -> Option<usize> {
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.starts_with('('))
            .count()
    })
}

#[test]
fn wlan_filters_compile_where_libpcap_compiles_them() {
    if !common::require_tcpdump("wlan_filters_compile_where_libpcap_compiles_them") {
        return;
    }
    let dir = common::tempdir();
    let mut failures = Vec::new();
    let mut ratios = Vec::new();
    for &(name, linktype) in LINK_TYPES {
        let file = dir.join(format!("{name}.pcap"));
        common::write_pcap(&file, linktype, false, &[]);
        let path = file.to_str().unwrap();
        for expr in EXPRESSIONS {
            let ours = accepts(&common::run(&["-r", path, "-d", expr]));
            let theirs = accepts(
                &common::offline_tcpdump()
                    .args(["-n", "-r", path, "-d", expr])
                    .output()
                    .expect("tcpdump runs"),
            );
            match (ours, theirs) {
                (Some(a), Some(b)) => ratios.push(a as f64 / b as f64),
                (None, None) => {}
                _ => failures.push(format!(
                    "{name}: {expr}: afsniff {}, tcpdump {}",
                    if ours.is_some() { "accepts" } else { "refuses" },
                    if theirs.is_some() {
                        "accepts"
                    } else {
                        "refuses"
                    },
                )),
            }
        }
    }
    ratios.sort_by(|a, b| a.total_cmp(b));
    let median = ratios.get(ratios.len() / 2).copied().unwrap_or(f64::NAN);
    let longer = ratios.iter().filter(|&&r| r > 1.0).count();
    eprintln!(
        "{} accepted by both; listing length afsniff/tcpdump: median {median:.3}, longer in {longer}",
        ratios.len()
    );
    assert!(ratios.len() > 150, "only {} accepted by both", ratios.len());
    // libpcap leaves most of these unoptimized; afsniff optimizes them.
    assert!(median <= 1.0, "median listing ratio {median:.3}");
    assert!(
        failures.is_empty(),
        "{} disagreements:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const MACS: [[u8; 6]; 4] = [MAC_A, MAC_B, BCAST, MCAST];

/// An 802.11 frame: management (addresses, a body), control (ACK and CTS
/// with one address, RTS with two) or data (plain or QoS, any
/// distribution bits, four addresses when both are set) carrying an
/// 802.2/SNAP header and IP or ARP, or a bare 802.2 header. Returns the
/// frame and whether its header is a QoS data header (26 bytes).
fn wlan_frame(r: &mut XorShift) -> (Vec<u8>, bool) {
    let mut addr = || *r.pick(&MACS);
    let (a1, a2, a3, a4) = (addr(), addr(), addr(), addr());
    match r.below(4) {
        0 => {
            let subtype = *r.pick(&[0x80u8, 0x40, 0x50, 0xb0, 0xc0]);
            let mut f = vec![subtype, 0, 0, 0];
            for a in [a1, a2, a3] {
                f.extend(a);
            }
            f.extend([0u8; 2]);
            f.extend(vec![0x11; r.below(20) as usize]);
            (f, false)
        }
        1 => {
            let subtype = *r.pick(&[0xd4u8, 0xc4, 0xb4, 0xa4]);
            let mut f = vec![subtype, 0, 0, 0];
            f.extend(a1);
            if subtype == 0xb4 || subtype == 0xa4 {
                f.extend(a2);
            }
            (f, false)
        }
        _ => {
            let qos = r.below(2) == 0;
            let ds = r.below(4) as u8;
            let mut f = vec![if qos { 0x88 } else { 0x08 }, ds, 0, 0];
            for a in [a1, a2, a3] {
                f.extend(a);
            }
            f.extend([0u8; 2]);
            if ds == 3 {
                f.extend(a4);
            }
            if qos {
                f.extend([0u8; 2]);
            }
            let (ethertype, payload) = match r.below(4) {
                0 => (0x0806, arp(1, MAC_A, V4[0], V4[1])),
                1 => (0, vec![0x42, 0x42, 0x03, 0, 0]),
                _ => ip_packet(r),
            };
            if ethertype == 0 {
                f.extend(payload);
            } else {
                f.extend([0xaa, 0xaa, 0x03, 0, 0, 0]);
                f.extend(ethertype.to_be_bytes());
                f.extend(payload);
            }
            (f, qos && ds != 3)
        }
    }
}

/// A radiotap header: with or without TSFT and Flags, sometimes an
/// extension bit; Flags says whether 2 bytes of padding follow a QoS
/// header (returned: whether to pad).
fn radiotap(r: &mut XorShift, qos: bool) -> (Vec<u8>, bool) {
    let tsft = r.below(2) == 0;
    let flags = r.below(4) != 0;
    let ext = r.below(8) == 0;
    let pad = qos && flags && !ext && r.below(2) == 0;
    let mut present = u32::from(tsft) | u32::from(flags) << 1;
    if ext {
        present |= 0x8000_0000;
    }
    let mut h = vec![0, 0, 0, 0];
    h.extend(present.to_le_bytes());
    if ext {
        h.extend(0u32.to_le_bytes());
    }
    if tsft {
        h.extend(r.next().to_le_bytes());
    }
    if flags {
        h.push(if pad { 0x20 } else { 0x10 });
        h.push(0);
    }
    let len = h.len() as u16;
    h[2..4].copy_from_slice(&len.to_le_bytes());
    (h, pad)
}

/// A frame of `linktype`: the radio header, then the 802.11 frame.
fn radio_frame(r: &mut XorShift, linktype: u32) -> Vec<u8> {
    let (mut frame, qos) = wlan_frame(r);
    let avs = |f: &mut Vec<u8>| {
        let mut h = 0x8021_1001u32.to_be_bytes().to_vec();
        h.extend(64u32.to_be_bytes());
        h.resize(64, 0);
        h.append(f);
        h
    };
    match linktype {
        119 if r.below(3) == 0 => avs(&mut frame),
        119 => {
            let mut h = vec![0x44, 0, 0, 0, 144, 0, 0, 0];
            h.resize(144, 0);
            h.extend(frame);
            h
        }
        163 => avs(&mut frame),
        127 => {
            let (mut h, pad) = radiotap(r, qos);
            if pad {
                frame.splice(26..26, [0u8, 0]);
            }
            h.extend(frame);
            h
        }
        192 => {
            let dlt: u32 = *r.pick(&[105, 105, 105, 1]);
            let mut h = vec![0, 0, 8, 0];
            h.extend(dlt.to_le_bytes());
            h.extend(frame);
            h
        }
        _ => frame,
    }
}

#[test]
fn wlan_filters_keep_what_libpcap_keeps() {
    if !common::require_tcpdump("wlan_filters_keep_what_libpcap_keeps") {
        return;
    }
    let dir = common::tempdir();
    let out = dir.join("kept.pcap");
    let mut failures = Vec::new();
    let (mut compared, mut split) = (0, 0);
    for &(name, linktype) in &LINK_TYPES[..5] {
        let mut r = XorShift(u64::from(linktype) * 104_729);
        let mut records: Vec<common::Record> = Vec::new();
        for i in 0..300u32 {
            let f = radio_frame(&mut r, linktype);
            // Every fourth frame cut short somewhere.
            let f = if i % 4 == 3 {
                f[..r.below(f.len() as u64 + 1) as usize].to_vec()
            } else {
                f
            };
            records.push((i, 0, f.len() as u32, f));
        }
        let file = dir.join(format!("{name}.pcap"));
        common::write_pcap(&file, linktype, false, &records);
        for expr in EXPRESSIONS {
            let (Some(kept), Some(theirs)) = (
                common::afsniff_keeps(linktype, expr, &records),
                common::tcpdump_keeps(&file, &out, expr),
            ) else {
                // Accepting and refusing are compared in the test above.
                continue;
            };
            compared += 1;
            split += usize::from(!kept.is_empty() && kept.len() < records.len());
            if kept != theirs {
                let only_ours: Vec<_> = kept.iter().filter(|k| !theirs.contains(k)).collect();
                let only_theirs: Vec<_> = theirs.iter().filter(|k| !kept.contains(k)).collect();
                failures.push(format!(
                    "{name}: {expr}: only afsniff keeps {only_ours:?}, only tcpdump {only_theirs:?}"
                ));
            }
        }
    }
    eprintln!("{compared} verdict sets compared, {split} keeping some packets only");
    assert!(
        compared > 150 && split > 100,
        "{compared} compared, {split} split"
    );
    assert!(
        failures.is_empty(),
        "{} disagreements (files in {}):\n{}",
        failures.len(),
        dir.display(),
        failures.join("\n")
    );
}
