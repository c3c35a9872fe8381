//! tcpdump 4.99.3's command-line grammar: each command line of the table
//! runs through afsniff and tcpdump on a corpus file. Both accept it or
//! both refuse it; accepted, they print the same bytes on stdout; refused,
//! afsniff says why in one message that starts with `afsniff: ` and names
//! the option.

mod common;

use std::path::Path;
use std::process::Output;

use common::{afsniff, corpus, offline_tcpdump, require_tcpdump};

/// What a command line must do in both programs.
enum Expect {
    /// Accepted by both, with the same stdout.
    Same,
    /// Accepted by both; stdout differs by design (help, version).
    Accepted,
    /// Refused by both; afsniff's message names this.
    Refused(&'static str),
}

use Expect::{Accepted, Refused, Same};

/// `F` stands for the corpus file, `FILTERFILE` for a -F file holding
/// `udp`, `LISTFILE` for a -V list naming the corpus file twice.
const TABLE: &[(&str, Expect)] = &[
    // Bundles and attached values.
    ("-r F -nn -c1", Same),
    ("-nr F -c1", Same),
    ("-nnr F -c2", Same),
    ("-rF -n -c1", Same),
    ("-r F -nc1", Same),
    ("-r F -n -vc1", Same),
    ("-r F -n -Xc1", Same),
    ("-r F -c1 -nnvv", Same),
    ("-r F -nnvvvc1", Same),
    ("-r F -n -c 1abc", Same),
    ("-r F -n -c1 -s0", Same),
    ("-r F -n -c1 -s 0x40", Same),
    ("-r F -n -c1 -s010", Same),
    // Options among and after the expression words; `--`.
    ("-r F -n tcp -c 1", Same),
    ("-r F tcp -c 1 -nn", Same),
    ("tcp -r F -c1 -n", Same),
    ("-r F -n not port 53 -c1 -e", Same),
    ("-r F -n udp and -c 2 port 53", Same),
    ("-r F -n -c 1 -- tcp", Same),
    ("-r F -n -c2 -- udp and port 53", Same),
    ("-r F -n -c1 -- -n", Refused("")),
    ("-r F -- -n -c1", Refused("")),
    // Long options: =value, separate value, unambiguous prefixes.
    ("-r F --count -n", Same),
    ("-r F --count tcp", Same),
    ("-r F --cou -n udp", Same),
    ("-r F -n -c2 --number", Same),
    ("-r F -n -c2 --num", Same),
    ("-r F -n -c2 -#", Same),
    ("-r F -n -c1 --snapshot-length=100", Same),
    ("-r F -n -c1 --snapshot-length 100", Same),
    ("-r F -n -c1 --snap=100", Same),
    ("-r F -n -c1 --micro", Same),
    ("-r F -n -c1 --nano", Same),
    ("-r F -n -c1 --nano --micro", Same),
    ("-r F -n -c1 --time-stamp-precision=nano", Same),
    ("-r F -n -c1 --time-stamp-precision nano", Same),
    ("-r F -n -c1 --time-stamp-precision=nanox", Same),
    ("-r F -n -c1 --time-stamp-p=micro", Same),
    ("-r F -n -c1 --dont-verify-checksums", Same),
    ("-r F -n -c1 --no-optimize", Same),
    ("-r F -n -c1 --no-p", Same),
    ("-r F -n -c1 --abs", Same),
    ("-r F -n -c1 --packet-buffered", Same),
    ("-r F -n -c1 --buffer-size=10", Same),
    ("-r F -n -c1 --linktype=EN10MB", Same),
    ("-r F -n -c1 --interface=lo", Same),
    ("-r F -n -c1 --direction=out", Same),
    ("-r F -n -c1 --imm", Same),
    ("-r F -n -c1 --print", Same),
    // Every flag of the man page that reading a file allows.
    ("-r F -n -c1 -t", Same),
    ("-r F -n -c1 -tt", Same),
    ("-r F -n -c3 -ttt", Same),
    ("-r F -n -c1 -tttt", Same),
    ("-r F -n -c2 -ttttt", Same),
    ("-r F -n -c1 -e", Same),
    ("-r F -n -c1 -q", Same),
    ("-r F -n -c1 -x", Same),
    ("-r F -n -c1 -xx", Same),
    ("-r F -n -c1 -X", Same),
    ("-r F -n -c1 -A", Same),
    ("-r F -n -c1 -S", Same),
    ("-r F -n -c1 -K", Same),
    ("-r F -n -c1 -u", Same),
    ("-r F -n -c1 -b", Same),
    ("-r F -n -c1 -H", Same),
    ("-r F -n -c1 -N", Same),
    ("-r F -n -c1 -a", Same),
    ("-r F -n -c1 -O", Same),
    ("-r F -n -c1 -p", Same),
    ("-r F -n -c1 -U", Same),
    ("-r F -n -c1 -l", Same),
    ("-r F -n -c1 -Q in", Same),
    ("-r F -n -c1 -QIN", Same),
    ("-r F -n -c1 -B 1024", Same),
    ("-r F -n -c1 -y raw", Same),
    ("-r F -n -c1 -i lo", Same),
    ("-r F -n -c1 -j host", Same),
    ("-r F -n -c1 -jADAPTER", Same),
    ("-r F -n -c1 -T rtp icmp", Same),
    ("-r F -n -c1 -m foo", Same),
    ("-r F -n -c1 -C 1", Same),
    ("-r F -n -c1 -G 0", Same),
    ("-r F -n -c1 -W 3", Same),
    ("-r F -n -c1 -z gzip", Same),
    ("-r F -n -c1 -I", Same),
    ("-r F -n -c1 -J", Same),
    ("-r F -n -c1 -L", Same),
    ("-r F -n -c1 -w /dev/null --print", Same),
    ("-r F -n -c1 -w- -U", Same),
    ("-r F -n -F FILTERFILE -c1", Same),
    ("-r F -n -F FILTERFILE tcp -c1", Same),
    // -V: a list of files, read in turn (-c counts in each).
    ("-n -V LISTFILE -c2", Same),
    ("-n -V LISTFILE --count udp", Same),
    ("-n -V LISTFILE -c1 -tttt tcp", Same),
    // -d without an interface: -y's link type, or Ethernet.
    ("-d ip", Same),
    ("-y RAW -d ip", Same),
    ("-ddd -y LINUX_SLL2 tcp", Same),
    ("-dd -y raw udp port 53", Same),
    ("-r F -d tcp", Same),
    ("--fp-type", Same),
    ("-h", Accepted),
    ("--help", Accepted),
    ("--version", Accepted),
    ("-r F --vers", Accepted),
    // Refused by the grammar.
    ("--foo", Refused("'--foo'")),
    ("-r F -n --foo tcp", Refused("'--foo'")),
    ("-k", Refused("'k'")),
    ("-r F -nk", Refused("'k'")),
    ("-r F -n -:", Refused("':'")),
    ("-r F -n -c", Refused("'c'")),
    ("-r F -n tcp -w", Refused("'w'")),
    ("-r F --interface", Refused("--interface")),
    ("-r F --linktype", Refused("--linktype")),
    ("-r F --count=3", Refused("--count")),
    ("-r F --no", Refused("--no")),
    ("-r F --t=x", Refused("--t=x")),
    ("-r F --foo=bar", Refused("'--foo=bar'")),
    ("-r F --m", Refused("--m")),
    (
        "-r F --list-remote-interfaces x",
        Refused("--list-remote-interfaces"),
    ),
    (
        "-r F --debug-filter-parser",
        Refused("--debug-filter-parser"),
    ),
    ("-r F -n -Y", Refused("-Y")),
    // Refused values, named with what is expected.
    ("-r F -c abc", Refused("-c")),
    ("-r F -c 0", Refused("-c")),
    ("-r F -c -5", Refused("-c")),
    ("-r F -s 999999", Refused("-s")),
    ("-r F -s 96k", Refused("-s")),
    ("-r F -C 50k", Refused("-C")),
    ("-r F -C 0", Refused("-C")),
    ("-r F -Q foo", Refused("-Q")),
    ("-r F -T http", Refused("-T")),
    ("-r F -j bogus", Refused("-j")),
    ("-r F -y FOO", Refused("-y")),
    (
        "-r F --time-stamp-precision=milli",
        Refused("--time-stamp-precision"),
    ),
    ("-r F -B 0", Refused("-B")),
    ("-r F -B abc", Refused("-B")),
    ("-r F -W 0", Refused("-W")),
    ("-r F -G -1", Refused("-G")),
    ("-r F -n -tttttt", Refused("-t")),
    ("-r F -n -f", Refused("-f")),
    ("-r F -n -V F", Refused("-V")),
    // The first problem in command-line order is the one reported.
    ("-r F -c abc --foo", Refused("-c")),
    ("-r F --foo -c abc", Refused("--foo")),
    ("-h --foo", Accepted),
];

/// Expands `F` to the corpus file only where it stands for it.
fn expand(line: &str, dir: &Path) -> Vec<String> {
    let file = corpus("mixed.pcap").display().to_string();
    line.split_whitespace()
        .map(|w| match w {
            "F" => file.clone(),
            "-rF" => format!("-r{file}"),
            "FILTERFILE" => dir.join("filter").display().to_string(),
            "LISTFILE" => dir.join("list").display().to_string(),
            w => w.to_string(),
        })
        .collect()
}

fn accepted(o: &Output) -> bool {
    o.status.success()
}

#[test]
fn command_lines_as_tcpdump_reads_them() {
    if !require_tcpdump("command_lines_as_tcpdump_reads_them") {
        return;
    }
    assert!(TABLE.len() >= 80, "the table holds {} lines", TABLE.len());
    let dir = common::tempdir();
    std::fs::write(dir.join("filter"), "udp # a comment\n").unwrap();
    let file = corpus("mixed.pcap").display().to_string();
    std::fs::write(dir.join("list"), format!("{file}\n{file}\n")).unwrap();
    let mut failures = Vec::new();
    for (line, expect) in TABLE {
        let args = expand(line, &dir);
        let ours = afsniff().args(&args).env("TZ", "UTC").output().unwrap();
        let theirs = offline_tcpdump()
            .args(&args)
            .env("TZ", "UTC")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&ours.stderr);
        let problem = match expect {
            Same | Accepted if !accepted(&theirs) => Some("tcpdump refuses it".to_string()),
            Same | Accepted if !accepted(&ours) => Some(format!("afsniff refuses it: {err}")),
            Same if ours.stdout != theirs.stdout => Some(format!(
                "stdout differs:\n--- afsniff\n{}--- tcpdump\n{}",
                String::from_utf8_lossy(&ours.stdout),
                String::from_utf8_lossy(&theirs.stdout)
            )),
            Refused(_) if accepted(&theirs) => Some("tcpdump accepts it".to_string()),
            Refused(_) if accepted(&ours) => Some("afsniff accepts it".to_string()),
            Refused(_) if ours.status.code() != Some(2) => {
                Some(format!("exit status {:?}, not 2", ours.status.code()))
            }
            Refused(_) if !err.starts_with("afsniff: ") => Some(format!("message: {err}")),
            Refused(name) if !err.lines().next().unwrap_or("").contains(name) => {
                Some(format!("the first line does not name {name}: {err}"))
            }
            _ => None,
        };
        if let Some(p) = problem {
            failures.push(format!("{line}: {p}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} of {} lines differ:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

/// -E: accepted as tcpdump with OpenSSL accepts it (what it decrypts is
/// checked by the crypto.list suite cases); an association tcpdump cannot
/// use is a warning, a secrets file that cannot be read an error.
#[test]
fn esp_secrets_are_accepted_and_bad_ones_said() {
    let run = |spec: &str| {
        afsniff()
            .arg("-r")
            .arg(corpus("mixed.pcap"))
            .args(["-n", "-c", "1", "-E", spec])
            .output()
            .unwrap()
    };
    let o = run("0x1@192.0.2.1 aes128-cbc:0x00112233,des3:secret");
    assert_eq!(o.status.code(), Some(0));
    assert!(!o.stdout.is_empty());
    let o = run("foo:0x00");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains("afsniff: WARNING: failed to find cipher algo foo"),
        "{err}"
    );
    let o = run("file /nonexistent/esp-secrets");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with("afsniff: -E: can't open /nonexistent/esp-secrets: "),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

/// -M: accepted, attached or apart, as tcpdump with OpenSSL accepts it
/// (what it prints is checked in decode::tcp::signature).
#[test]
fn tcp_md5_secret_is_accepted() {
    for args in [&["-M", "secret"][..], &["-Msecret"][..]] {
        let o = afsniff()
            .arg("-r")
            .arg(corpus("mixed.pcap"))
            .args(["-n", "-c", "1"])
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        assert!(!o.stdout.is_empty(), "{args:?}");
    }
}

/// No clap `error:` output ever reaches the user, whatever is typed.
#[test]
fn no_clap_errors() {
    for line in [
        "-c", "--co=1", "-Q", "--json=1", "-i", "-Z", "--help=x", "-c x",
    ] {
        let o = afsniff().args(line.split_whitespace()).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("error:"), "{line}: {err}");
    }
}

/// -L, -J and -I on loopback, as root: the same lists on stderr as
/// tcpdump's, and -I refused by both with the reason.
#[test]
fn interface_lists_and_monitor_mode_on_loopback() {
    let test = "interface_lists_and_monitor_mode_on_loopback";
    if !common::require(test, "root", common::is_root()) || !require_tcpdump(test) {
        return;
    }
    for flag in ["-L", "-J"] {
        let ours = afsniff().args([flag, "-i", "lo"]).output().unwrap();
        let theirs = std::process::Command::new("tcpdump")
            .args([flag, "-i", "lo"])
            .output()
            .unwrap();
        assert!(ours.status.success(), "{flag}");
        assert_eq!(
            String::from_utf8_lossy(&ours.stderr),
            String::from_utf8_lossy(&theirs.stderr),
            "{flag}"
        );
    }
    let o = afsniff().args(["-I", "-i", "lo", "-c1"]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("afsniff: lo: That device doesn't support monitor mode"),
        "{err}"
    );
}

/// -z runs on each file a -C rotation closes, as `CMD FILE`.
#[test]
fn postrotate_command_runs_on_each_closed_file() {
    let dir = common::tempdir();
    let file = corpus("mixed.pcap").display().to_string();
    // Five copies of the corpus (1.4 MB) cross -C 1 once.
    std::fs::write(dir.join("list"), format!("{file}\n").repeat(5)).unwrap();
    let out = dir.join("x.pcap");
    let o = afsniff()
        .arg("-V")
        .arg(dir.join("list"))
        .arg("-w")
        .arg(&out)
        .args(["-C", "1", "-z", "gzip"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let zipped = dir.join("x.pcap.gz");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !zipped.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(zipped.exists(), "no {}", zipped.display());
    // The file still being written when the run ended is left alone.
    assert!(dir.join("x.pcap1").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

/// -Z with -w, as root: the first file is created as tcpdump creates it
/// (by the user, in a directory only root may write), and a rotation the
/// user could not follow is refused at start.
#[test]
fn relinquished_user_writes_the_first_file_like_tcpdump() {
    let test = "relinquished_user_writes_the_first_file_like_tcpdump";
    if !common::require(test, "root", common::is_root()) {
        return;
    }
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = common::tempdir();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let file = corpus("mixed.pcap");
    let run = |name: &str, extra: &[&str]| {
        afsniff()
            .args(["-Z", "nobody", "-r"])
            .arg(&file)
            .arg("-w")
            .arg(dir.join(name))
            .args(extra)
            .output()
            .unwrap()
    };
    let o = run("first.pcap", &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let meta = std::fs::metadata(dir.join("first.pcap")).unwrap();
    assert_ne!(meta.uid(), 0, "created by nobody, not root");
    let o = run("rotated.pcap", &["-C", "1"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("-Z nobody cannot create files here"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
