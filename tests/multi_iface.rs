//! Several interfaces at once (-i A -i B): two veth pairs with trafgen on
//! both, captured into one pcapng that tshark, capinfos and tcpdump read;
//! every packet once, in time order, under its interface and direction;
//! statistics per interface; lines naming the interface; pcap refused.

mod common;

use std::collections::HashSet;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use common::*;

/// UDP to port 9 whose source port numbers the frames of one run.
const NUMBERED: &str = "{ eth(da=02:00:00:00:00:02, sa=02:00:00:00:00:01), ipv4(sa=198.18.0.1, da=198.18.0.2), udp(sp=dinc(1024, 65000), dp=9), fill(0x41, 18) }\n";

/// What tshark says of each packet: interface, direction, time, source port.
fn tshark_fields(file: &std::path::Path) -> Vec<(String, String, f64, u32)> {
    let out = output_ok(Command::new("tshark").arg("-r").arg(file).args([
        "-T",
        "fields",
        "-e",
        "frame.interface_name",
        "-e",
        "frame.packet_flags_direction",
        "-e",
        "frame.time_epoch",
        "-e",
        "udp.srcport",
    ]));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].to_string(),
                f[1].to_string(),
                f[2].parse().unwrap(),
                f[3].parse().unwrap_or(0),
            )
        })
        .collect()
}

/// The per-interface statistics line afsniff prints at exit.
fn iface_stats(stderr: &str, iface: &str) -> (u64, u64, u64) {
    let prefix = format!("afsniff: {iface}: ");
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no statistics line for {iface}:\n{stderr}"));
    let n: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    (n[0], n[1], n[2])
}

#[test]
fn two_veths_into_one_pcapng_every_packet_once_in_time_order() {
    if !require_live(
        "two_veths_into_one_pcapng",
        &["trafgen", "tshark", "capinfos", "tcpdump"],
    ) {
        return;
    }
    let (a, b) = (Veth::unaddressed(), Veth::unaddressed());
    let dir = tempdir();
    let file = dir.join("both.pcapng");
    let (child, err) = spawn_ready(
        afsniff()
            .args(["-i", &a.host, "-i", &b.host, "-w"])
            .arg(&file)
            .args(["udp", "port", "9"]),
        &format!("listening on {}", b.host),
    );
    // Sent on both at once, and a few sent out of a's host end.
    let sender_b = std::thread::spawn({
        let (ns, peer) = (b.ns.clone(), b.peer.clone());
        move || {
            let flood = Flood::start(&ns, &peer, NUMBERED, Some(50));
            sleep(Duration::from_millis(400));
            drop(flood);
        }
    });
    a.trafgen(NUMBERED, 700);
    let out_frames: Vec<Vec<u8>> = (0..5u16)
        .map(|i| frames::eth_udp4(40000 + i, 9, b"out"))
        .collect();
    a.send_out(&out_frames);
    sender_b.join().unwrap();
    sleep(Duration::from_millis(300));
    let (code, _, said) = interrupt(child, err);
    assert_eq!(code, 0, "{said}");

    let got = tshark_fields(&file);
    let on = |name: &str| got.iter().filter(|g| g.0 == name).count();
    assert_eq!(on(&a.host), 705, "every packet on {} once", a.host);
    assert!(on(&b.host) > 0, "packets on {}", b.host);
    assert_eq!(on(&a.host) + on(&b.host), got.len(), "no other interface");
    // Once each: (interface, source port) is unique within a run.
    let unique: HashSet<(&str, u32)> = got.iter().map(|g| (g.0.as_str(), g.3)).collect();
    assert_eq!(unique.len(), got.len(), "a packet appears twice");
    assert!(
        got.windows(2).all(|w| w[0].2 <= w[1].2),
        "packets are in time order"
    );
    for g in &got {
        let want = if g.3 >= 40000 {
            "0x00000002"
        } else {
            "0x00000001"
        };
        assert_eq!(g.1, want, "direction of {g:?}");
    }

    // Statistics: per interface on stderr, consistent with the file, and
    // in the file's ISBs.
    for (name, n) in [(&a.host, on(&a.host)), (&b.host, on(&b.host))] {
        let (captured, received, dropped) = iface_stats(&said, name);
        assert_eq!(captured as usize, n, "{said}");
        assert_eq!(captured + dropped, received, "{said}");
    }
    assert_eq!(stat(&said, "captured") as usize, got.len());
    let info = output_ok(Command::new("capinfos").arg(&file));
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Number of interfaces in file: 2"), "{info}");
    assert!(info.contains(&format!("Name = {}", a.host)), "{info}");
    assert!(info.contains(&format!("Name = {}", b.host)), "{info}");
    assert_eq!(
        info.matches("Filter string = udp port 9").count(),
        2,
        "{info}"
    );
    assert_eq!(
        info.matches("Number of stat entries = 1").count(),
        2,
        "{info}"
    );
    assert!(info.contains("Capture application: afsniff"), "{info}");

    // tcpdump reads it (one link type), and so does afsniff.
    let tcpdump = output_ok(Command::new("tcpdump").arg("-nqr").arg(&file));
    assert_eq!(
        String::from_utf8_lossy(&tcpdump.stdout).lines().count(),
        got.len()
    );
    let back = run(&["-nqr", file.to_str().unwrap()]);
    assert!(back.status.success(), "{}", stderr(&back));
    let back = stdout(&back);
    assert_eq!(back.lines().count(), got.len());
    // Read back, the lines name interface and direction as when live.
    let named = |name: &str, dir: &str| {
        let pattern = format!(" {name} {dir:<3} IP ");
        back.lines().filter(|l| l.contains(&pattern)).count()
    };
    assert_eq!(named(&a.host, "P"), 700, "{back}");
    assert_eq!(named(&a.host, "Out"), 5);
    assert_eq!(named(&b.host, "P"), on(&b.host));
}

#[test]
fn lines_name_the_interface_and_direction() {
    if !require_live("lines_name_the_interface", &["trafgen"]) {
        return;
    }
    let (a, b) = (Veth::unaddressed(), Veth::unaddressed());
    let (child, err) = spawn_ready(
        afsniff().args(["-n", "-i", &a.host, "-i", &b.host, "udp", "port", "9"]),
        &format!("listening on {}", b.host),
    );
    a.trafgen(NUMBERED, 3);
    b.trafgen(NUMBERED, 2);
    a.send_out(&[frames::eth_udp4(40000, 9, b"out")]);
    sleep(Duration::from_millis(300));
    let (code, out, stderr) = interrupt(child, err);
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 6, "{out}");
    // tcpdump's "-i any" layout: "%-5s %-3s " after the time.
    let with = |name: &str, dir: &str| {
        lines
            .iter()
            .filter(|l| l.contains(&format!(" {name} {dir:<3} IP 198.18.0.1.")))
            .count()
    };
    assert_eq!(with(&a.host, "P"), 3, "{out}");
    assert_eq!(with(&b.host, "P"), 2, "{out}");
    assert_eq!(with(&a.host, "Out"), 1, "{out}");
}

#[test]
fn pcap_cannot_hold_several_interfaces() {
    let dir = tempdir();
    let out = run(&[
        "-i",
        "lo",
        "-i",
        "lo",
        "-w",
        dir.join("x.pcap").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--pcapng"), "{}", stderr(&out));
    assert!(!dir.join("x.pcap").exists());
    let out = run(&["-i", "any", "-i", "lo"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("-i any"), "{}", stderr(&out));
}

/// `-i any --pcapng`, run inside a namespace that holds lo and one end of
/// a veth pair: a ring per interface, each packet under its own
/// interface's IDB with its real link type and whole Ethernet header.
#[test]
fn any_with_pcapng_keeps_each_interfaces_own_frames() {
    if !require_live("any_with_pcapng", &["tshark", "capinfos"]) {
        return;
    }
    let v = Veth::unaddressed();
    // lo too: a second interface, of its own, up.
    sh(&format!("ip netns exec {} ip link set lo up", v.ns));
    let dir = tempdir();
    let file = dir.join("any.pcapng");
    let (child, err) = spawn_ready(
        Command::new("ip")
            .args(["netns", "exec", &v.ns])
            .arg(env!("CARGO_BIN_EXE_afsniff"))
            .args(["-i", "any", "--pcapng", "-w"])
            .arg(&file)
            .args(["udp", "port", "9"]),
        &format!("listening on {}", v.peer),
    );
    let frames: Vec<Vec<u8>> = (0..4u16)
        .map(|i| frames::eth_udp4(3000 + i, 9, b"any"))
        .collect();
    v.send_out(&frames);
    sleep(Duration::from_millis(300));
    let (code, _, said) = interrupt(child, err);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("listening on lo,"), "{said}");
    let info = output_ok(Command::new("capinfos").arg(&file));
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Number of interfaces in file: 2"), "{info}");
    assert!(info.contains(&format!("Name = {}", v.peer)), "{info}");
    assert!(info.contains("Encapsulation = Ethernet"), "{info}");
    // The frames as sent, destination MAC included (SLL2 has none).
    let got = output_ok(Command::new("tshark").arg("-r").arg(&file).args([
        "-T",
        "fields",
        "-e",
        "frame.interface_name",
        "-e",
        "eth.dst",
    ]));
    let got = String::from_utf8_lossy(&got.stdout);
    let want = format!("{}\t02:02:02:02:02:02", v.peer);
    assert_eq!(got.lines().filter(|l| *l == want).count(), 4, "{got}");
}
