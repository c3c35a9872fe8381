//! A program compiled for a Linux cooked header (LINUX_SLL2 for `-i any`, or
//! LINUX_SLL) rewritten for a SOCK_DGRAM packet socket, where the kernel
//! runs the filter on data that starts at the network header: what libpcap
//! 1.10's pcap-linux.c does in fix_program/fix_offset, so that the kernel
//! keeps exactly the packets tcpdump's kernel filter keeps.
//!
//! Every packet load (absolute, indexed, `4*([k]&0xf)`) is adjusted:
//! offsets past the cooked header shift down by its length; the header's
//! protocol, packet type and interface index fields become the kernel's
//! ancillary loads (and SLL2's hardware type too, which libpcap leaves to
//! userspace); any other offset inside the header cannot be expressed, and
//! the caller must filter in userspace instead.

use super::ancillary as ad;
use super::{Program, op};

/// Length of the LINUX_SLL2 header.
pub const SLL2_HDR_LEN: u32 = 20;
/// Length of the LINUX_SLL header.
pub const SLL_HDR_LEN: u32 = 16;

/// Why a program cannot run on the cooked socket in the kernel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CookedError {
    /// Only the SLL (16) and SLL2 (20) header lengths are known.
    UnknownHeader { header_len: u32 },
    /// The instruction at `at` reads a cooked-header field the kernel has no
    /// ancillary load for.
    HeaderField { at: usize, offset: u32 },
}

impl std::fmt::Display for CookedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CookedError::UnknownHeader { header_len } => write!(
                f,
                "no cooked header is {header_len} bytes long (SLL is {SLL_HDR_LEN}, SLL2 {SLL2_HDR_LEN})"
            ),
            CookedError::HeaderField { at, offset } => write!(
                f,
                "instruction {at} reads byte {offset} of the cooked header, which the kernel \
                 cannot provide on a cooked socket; filter in userspace"
            ),
        }
    }
}

impl std::error::Error for CookedError {}

/// Rewrites `prog`, compiled for a cooked header of `header_len` bytes, for
/// a SOCK_DGRAM socket.
pub fn for_cooked_socket(prog: &Program, header_len: u32) -> Result<Program, CookedError> {
    if header_len != SLL2_HDR_LEN && header_len != SLL_HDR_LEN {
        return Err(CookedError::UnknownHeader { header_len });
    }
    let mut out = prog.clone();
    for (at, insn) in out.insns.iter_mut().enumerate() {
        let class = insn.code & 0x07;
        let mode = insn.code & 0xe0;
        let loads_packet =
            (class == op::LD || class == op::LDX) && matches!(mode, op::ABS | op::IND | op::MSH);
        if !loads_packet {
            continue;
        }
        insn.k = fix_offset(insn.k, header_len, insn.code)
            .ok_or(CookedError::HeaderField { at, offset: insn.k })?;
    }
    Ok(out)
}

/// The offset to use on the cooked socket, or None when there is none.
fn fix_offset(k: u32, header_len: u32, code: u16) -> Option<u32> {
    // Ancillary offsets already mean what they say (other large offsets
    // shift like any payload offset, as in libpcap).
    if k >= ad::SKF_AD_OFF {
        return Some(k);
    }
    if k >= header_len {
        return Some(k - header_len);
    }
    let field = if header_len == SLL2_HDR_LEN {
        match k {
            0 => ad::PROTOCOL,
            4 => ad::IFINDEX,
            10 => ad::PKTTYPE,
            // libpcap punts on the hardware type; the kernel has it, as the
            // same ARPHRD value the header carries, for a 2-byte load.
            8 if code == op::LD | op::H | op::ABS => ad::HATYPE,
            _ => return None,
        }
    } else {
        match k {
            0 => ad::PKTTYPE,
            14 => ad::PROTOCOL,
            _ => return None,
        }
    };
    Some(ad::SKF_AD_OFF + field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::{Insn, dump, testutil, validate};

    fn ld(code: u16, k: u32) -> Insn {
        Insn::stmt(code, k)
    }

    #[test]
    fn sll2_fields_become_ancillary_and_payload_shifts() {
        use op::*;
        let prog = Program {
            insns: vec![
                ld(LD | H | ABS, 0),
                ld(LD | W | ABS, 4),
                ld(LD | B | ABS, 10),
                ld(LD | H | ABS, 8),
                ld(LD | B | ABS, 29),
                ld(LDX | B | MSH, 20),
                ld(LD | H | IND, 22),
                ld(LD | B | ABS, ad::SKF_AD_OFF + ad::VLAN_TAG_PRESENT),
                ld(LD | IMM, 7),
                Insn::stmt(RET | K, 0),
            ],
        };
        let out = for_cooked_socket(&prog, SLL2_HDR_LEN).unwrap();
        let ks: Vec<u32> = out.insns.iter().map(|i| i.k).collect();
        assert_eq!(
            ks,
            vec![
                ad::SKF_AD_OFF + ad::PROTOCOL,
                ad::SKF_AD_OFF + ad::IFINDEX,
                ad::SKF_AD_OFF + ad::PKTTYPE,
                ad::SKF_AD_OFF + ad::HATYPE,
                9,
                0,
                2,
                ad::SKF_AD_OFF + ad::VLAN_TAG_PRESENT,
                7,
                0
            ]
        );
        validate::validate(&out).unwrap();
    }

    #[test]
    fn other_header_bytes_cannot_be_rewritten() {
        for k in [1, 2, 11, 12, 19] {
            let prog = Program {
                insns: vec![
                    ld(op::LD | op::B | op::ABS, k),
                    Insn::stmt(op::RET | op::A, 0),
                ],
            };
            assert_eq!(
                for_cooked_socket(&prog, SLL2_HDR_LEN),
                Err(CookedError::HeaderField { at: 0, offset: k })
            );
        }
        let sll = Program {
            insns: vec![
                ld(op::LD | op::H | op::ABS, 14),
                ld(op::LD | op::B | op::ABS, 6),
            ],
        };
        assert_eq!(
            for_cooked_socket(&sll, SLL_HDR_LEN),
            Err(CookedError::HeaderField { at: 1, offset: 6 })
        );
        assert!(for_cooked_socket(&sll, 14).is_err());
    }

    #[test]
    fn sll_fields() {
        let prog = Program {
            insns: vec![
                ld(op::LD | op::B | op::ABS, 0),
                ld(op::LD | op::H | op::ABS, 14),
                ld(op::LD | op::B | op::ABS, 25),
            ],
        };
        let out = for_cooked_socket(&prog, SLL_HDR_LEN).unwrap();
        assert_eq!(out.insns[0].k, ad::SKF_AD_OFF + ad::PKTTYPE);
        assert_eq!(out.insns[1].k, ad::SKF_AD_OFF + ad::PROTOCOL);
        assert_eq!(out.insns[2].k, 9);
    }

    /// The program libpcap attaches for `tcpdump -i any EXPR` (read back
    /// from the kernel with `ss -0 -b`), against our rewrite of `tcpdump -i
    /// any -dd EXPR`. Needs root; tcpdump only listens, nothing is sent.
    #[test]
    fn rewrite_equals_what_libpcap_attaches() {
        if !testutil::have_tcpdump("cooked rewrite vs libpcap") {
            return;
        }
        if !testutil::have_root("cooked rewrite vs libpcap") {
            return;
        }
        for expr in [
            "ip",
            "tcp port 80",
            "ip and tcp[13] = 2 and ifindex 1",
            "inbound",
            "outbound and udp",
            "ip6 and icmp6",
            "ether[11] = 6 or udp",
            "ip[8] > 2 and tcp[tcpflags] & tcp-syn != 0",
            "arp or host 198.18.0.1",
        ] {
            let dd = std::process::Command::new("tcpdump")
                .args(["-i", "any", "-dd", expr])
                .output()
                .expect("tcpdump runs");
            assert!(dd.status.success(), "tcpdump -i any -dd {expr}");
            let prog = dump::parse_c_array(&String::from_utf8_lossy(&dd.stdout)).unwrap();
            let attached = attached_by_tcpdump(expr);
            match for_cooked_socket(&prog, SLL2_HDR_LEN) {
                Ok(ours) => {
                    let ours: Vec<(u16, u8, u8, u32)> = ours
                        .insns
                        .iter()
                        .map(|i| (i.code, i.jt, i.jf, i.k))
                        .collect();
                    assert_eq!(Some(ours), attached, "`{expr}`");
                }
                Err(e) => assert!(
                    attached.is_none(),
                    "`{expr}`: we refuse ({e}) but libpcap attached"
                ),
            }
        }
    }

    /// Starts `tcpdump -i any -w /dev/null EXPR`, reads the filter on its
    /// socket from `ss -0 -b -p`, and stops it.
    fn attached_by_tcpdump(expr: &str) -> Option<Vec<(u16, u8, u8, u32)>> {
        let mut child = std::process::Command::new("tcpdump")
            .args(["-i", "any", "-w", "/dev/null", expr])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("tcpdump starts");
        let pid = child.id();
        let mut found = None;
        let mut seen_socket = false;
        for _ in 0..60 {
            std::thread::sleep(std::time::Duration::from_millis(50));
            let ss = std::process::Command::new("ss")
                .args(["-0", "-b", "-p"])
                .output();
            let Ok(ss) = ss else { break };
            let text = String::from_utf8_lossy(&ss.stdout).to_string();
            let mut lines = text.lines();
            while let Some(line) = lines.next() {
                if !line.contains(&format!("pid={pid},")) {
                    continue;
                }
                seen_socket = true;
                if let Some(filter) = lines.next().filter(|l| l.contains("bpf filter")) {
                    let insns = parse_ss_filter(filter);
                    // libpcap first attaches a one-instruction drop-all filter.
                    if insns.len() > 1 || insns.first().is_some_and(|i| i.3 != 0) {
                        found = Some(insns);
                    }
                }
            }
            if found.is_some() {
                break;
            }
        }
        // Only the child started above is stopped, by its own pid.
        let _ = child.kill();
        let _ = child.wait();
        assert!(seen_socket, "tcpdump -i any {expr} never opened its socket");
        found
    }

    fn parse_ss_filter(line: &str) -> Vec<(u16, u8, u8, u32)> {
        let body = line.split_once("):").map(|(_, b)| b).unwrap_or("");
        body.split(',')
            .filter_map(|insn| {
                let f: Vec<&str> = insn.split_whitespace().collect();
                if f.len() != 4 {
                    return None;
                }
                let code = u16::from_str_radix(f[0].trim_start_matches("0x"), 16).ok()?;
                Some((
                    code,
                    f[1].parse().ok()?,
                    f[2].parse().ok()?,
                    f[3].parse().ok()?,
                ))
            })
            .collect()
    }
}
