//! -d, -dd and -ddd listings in tcpdump 4.99.3 / libpcap 1.10.3's exact
//! formats (bpf_image and bpf_dump), plus a reader for the -dd format so that
//! tests and tools can take programs from `tcpdump -dd`.

use std::fmt::Write as _;

use super::ancillary::SKF_AD_OFF;
use super::{Insn, Program, op};

/// tcpdump -d: one mnemonic line per instruction.
pub fn listing(prog: &Program) -> String {
    let mut out = String::with_capacity(prog.len() * 48);
    for (n, insn) in prog.insns.iter().enumerate() {
        out.push_str(&image(insn, n));
        out.push('\n');
    }
    out
}

/// tcpdump -dd: a C array of `{ code, jt, jf, k }`.
pub fn c_array(prog: &Program) -> String {
    let mut out = String::with_capacity(prog.len() * 32);
    for i in &prog.insns {
        let _ = writeln!(
            out,
            "{{ 0x{:x}, {}, {}, 0x{:08x} }},",
            i.code, i.jt, i.jf, i.k
        );
    }
    out
}

/// tcpdump -ddd: the instruction count, then `code jt jf k` in decimal.
pub fn decimal(prog: &Program) -> String {
    let mut out = String::with_capacity(prog.len() * 16 + 8);
    let _ = writeln!(out, "{}", prog.len());
    for i in &prog.insns {
        let _ = writeln!(out, "{} {} {} {}", i.code, i.jt, i.jf, i.k);
    }
    out
}

/// Names libpcap prints for the Linux ancillary offsets, indexed by
/// (k - SKF_AD_OFF) / 4; SKF_AD_MAX is 64 in the kernel headers.
const ANCILLARY_NAMES: [&str; 16] = [
    "proto",
    "type",
    "ifidx",
    "nla",
    "nlan",
    "mark",
    "queue",
    "hatype",
    "rxhash",
    "cpu",
    "xor_x",
    "vlan_tci",
    "vlanp",
    "poff",
    "random",
    "vlan_tpid",
];

/// The operand of an absolute load: `[12]`, or `[proto]` for the Linux
/// ancillary offsets libpcap knows by name. Offsets are printed with %d,
/// so large ones appear negative, as in tcpdump.
fn abs_operand(k: u32) -> String {
    let rel = k.wrapping_sub(SKF_AD_OFF);
    if k >= SKF_AD_OFF && rel < 64 && rel % 4 == 0 {
        if let Some(name) = ANCILLARY_NAMES.get((rel / 4) as usize) {
            return format!("[{name}]");
        }
    }
    format!("[{}]", k as i32)
}

/// One line of `tcpdump -d` for the instruction at index `n`, without the
/// newline.
pub fn image(insn: &Insn, n: usize) -> String {
    use op::*;
    let k = insn.k;
    let (mnemonic, operand): (&str, String) = match insn.code {
        c if c == RET | K => ("ret", format!("#{}", k as i32)),
        c if c == RET | A => ("ret", String::new()),
        c if c == LD | W | ABS => ("ld", abs_operand(k)),
        c if c == LD | H | ABS => ("ldh", abs_operand(k)),
        c if c == LD | B | ABS => ("ldb", abs_operand(k)),
        c if c == LD | W | LEN => ("ld", "#pktlen".into()),
        c if c == LD | W | IND => ("ld", format!("[x + {}]", k as i32)),
        c if c == LD | H | IND => ("ldh", format!("[x + {}]", k as i32)),
        c if c == LD | B | IND => ("ldb", format!("[x + {}]", k as i32)),
        c if c == LD | IMM => ("ld", format!("#0x{k:x}")),
        c if c == LDX | IMM => ("ldx", format!("#0x{k:x}")),
        c if c == LDX | MSH | B => ("ldxb", format!("4*([{}]&0xf)", k as i32)),
        c if c == LD | MEM => ("ld", format!("M[{}]", k as i32)),
        c if c == LDX | MEM => ("ldx", format!("M[{}]", k as i32)),
        c if c == ST => ("st", format!("M[{}]", k as i32)),
        c if c == STX => ("stx", format!("M[{}]", k as i32)),
        c if c == JMP | JA => {
            // libpcap adds in unsigned arithmetic and prints with %d, so a
            // backward jump (ip6 protochain) shows its real target.
            let target = (n as u32).wrapping_add(1).wrapping_add(k) as i32;
            ("ja", target.to_string())
        }
        c if c == JMP | JGT | K => ("jgt", format!("#0x{k:x}")),
        c if c == JMP | JGE | K => ("jge", format!("#0x{k:x}")),
        c if c == JMP | JEQ | K => ("jeq", format!("#0x{k:x}")),
        c if c == JMP | JSET | K => ("jset", format!("#0x{k:x}")),
        c if c == JMP | JGT | X => ("jgt", "x".into()),
        c if c == JMP | JGE | X => ("jge", "x".into()),
        c if c == JMP | JEQ | X => ("jeq", "x".into()),
        c if c == JMP | JSET | X => ("jset", "x".into()),
        c if c & 0x07 == ALU && c != ALU | NEG && c & 0x08 == X => match alu_name(c) {
            Some(name) => (name, "x".into()),
            None => ("unimp", format!("0x{c:x}")),
        },
        c if c == ALU | NEG => ("neg", String::new()),
        c if c & 0x07 == ALU => match alu_name(c) {
            Some(name) => {
                let op = c & 0xf0;
                let text = if op == AND || op == OR || op == XOR {
                    format!("#0x{k:x}")
                } else {
                    format!("#{}", k as i32)
                };
                (name, text)
            }
            None => ("unimp", format!("0x{c:x}")),
        },
        c if c == MISC | TAX => ("tax", String::new()),
        c if c == MISC | TXA => ("txa", String::new()),
        c => ("unimp", format!("0x{c:x}")),
    };
    let is_cond_jump = insn.code & 0x07 == JMP && insn.code & 0xf0 != JA;
    if is_cond_jump {
        format!(
            "({:03}) {:<8} {:<16} jt {}\tjf {}",
            n,
            mnemonic,
            operand,
            n + 1 + insn.jt as usize,
            n + 1 + insn.jf as usize
        )
    } else {
        format!("({n:03}) {mnemonic:<8} {operand}")
    }
}

/// The ALU operations libpcap knows, for exactly the codes it accepts
/// (only the K/X source bit may be set besides class and operation).
fn alu_name(code: u16) -> Option<&'static str> {
    if code & !0xf8 != op::ALU {
        return None;
    }
    Some(match code & 0xf0 {
        op::ADD => "add",
        op::SUB => "sub",
        op::MUL => "mul",
        op::DIV => "div",
        op::MOD => "mod",
        op::AND => "and",
        op::OR => "or",
        op::XOR => "xor",
        op::LSH => "lsh",
        op::RSH => "rsh",
        _ => return None,
    })
}

/// Why a `-dd` listing could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number of the offending line.
    pub line: usize,
    pub reason: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "-dd listing line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ParseError {}

/// Reads `tcpdump -dd` output (`{ 0x28, 0, 0, 0x0000000c },` per line) back
/// into a program. Blank lines are skipped.
pub fn parse_c_array(text: &str) -> Result<Program, ParseError> {
    let mut insns = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let err = |reason| ParseError {
            line: i + 1,
            reason,
        };
        let body = line
            .strip_prefix('{')
            .and_then(|l| l.trim_end_matches(',').trim_end().strip_suffix('}'))
            .ok_or(err("expected `{ code, jt, jf, k },`"))?;
        let mut fields = body.split(',').map(|f| parse_number(f.trim()));
        let mut next = || fields.next().flatten().ok_or(err("bad or missing number"));
        let code = u16::try_from(next()?).map_err(|_| err("code out of range"))?;
        let jt = u8::try_from(next()?).map_err(|_| err("jt out of range"))?;
        let jf = u8::try_from(next()?).map_err(|_| err("jf out of range"))?;
        let k = u32::try_from(next()?).map_err(|_| err("k out of range"))?;
        if fields.next().is_some() {
            return Err(err("more than four fields"));
        }
        insns.push(Insn::new(code, jt, jf, k));
    }
    Ok(Program { insns })
}

fn parse_number(s: &str) -> Option<u64> {
    match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::testutil;

    #[test]
    fn formats_match_tcpdump_examples() {
        let prog = Program {
            insns: vec![
                Insn::stmt(op::LD | op::H | op::ABS, 12),
                Insn::new(op::JMP | op::JEQ | op::K, 0, 1, 0x800),
                Insn::stmt(op::RET | op::K, 262144),
                Insn::stmt(op::RET | op::K, 0),
            ],
        };
        assert_eq!(
            listing(&prog),
            "(000) ldh      [12]\n(001) jeq      #0x800           jt 2\tjf 3\n\
             (002) ret      #262144\n(003) ret      #0\n"
        );
        assert_eq!(
            c_array(&prog),
            "{ 0x28, 0, 0, 0x0000000c },\n{ 0x15, 0, 1, 0x00000800 },\n\
             { 0x6, 0, 0, 0x00040000 },\n{ 0x6, 0, 0, 0x00000000 },\n"
        );
        assert_eq!(
            decimal(&prog),
            "4\n40 0 0 12\n21 0 1 2048\n6 0 0 262144\n6 0 0 0\n"
        );
        assert_eq!(parse_c_array(&c_array(&prog)).unwrap(), prog);
    }

    #[test]
    fn ancillary_msh_ind_and_backward_ja() {
        let ad = |n| SKF_AD_OFF + n;
        let insns = [
            (
                Insn::stmt(op::LD | op::B | op::ABS, ad(48)),
                "(000) ldb      [vlanp]",
            ),
            (
                Insn::stmt(op::LD | op::H | op::ABS, ad(0)),
                "(001) ldh      [proto]",
            ),
            (
                Insn::stmt(op::LD | op::W | op::ABS, ad(8)),
                "(002) ld       [ifidx]",
            ),
            (
                Insn::stmt(op::LD | op::W | op::ABS, ad(2)),
                "(003) ld       [-4094]",
            ),
            (
                Insn::stmt(op::LDX | op::MSH | op::B, 14),
                "(004) ldxb     4*([14]&0xf)",
            ),
            (
                Insn::stmt(op::LD | op::H | op::IND, 16),
                "(005) ldh      [x + 16]",
            ),
            (
                Insn::stmt(op::JMP | op::JA, (-15i32) as u32),
                "(006) ja       -8",
            ),
            (
                Insn::stmt(op::ALU | op::SUB | op::K, u32::MAX),
                "(007) sub      #-1",
            ),
            (
                Insn::stmt(op::ALU | op::XOR | op::K, 0xff),
                "(008) xor      #0xff",
            ),
            (Insn::stmt(op::ALU | op::MOD | op::X, 0), "(009) mod      x"),
            (Insn::stmt(op::MISC | op::TAX, 0), "(010) tax      "),
            (Insn::stmt(0xff, 0), "(011) unimp    0xff"),
            (Insn::stmt(op::RET | op::A, 0), "(012) ret      "),
        ];
        for (n, (insn, want)) in insns.iter().enumerate() {
            assert_eq!(image(insn, n), *want);
        }
    }

    #[test]
    fn parse_rejects_garbage() {
        assert!(parse_c_array("{ 0x28, 0, 0 },").is_err());
        assert!(parse_c_array("{ 0x28, 0, 300, 0 },").is_err());
        assert!(parse_c_array("ldh [12]").is_err());
        assert_eq!(parse_c_array("\n").unwrap().len(), 0);
    }

    /// Expressions that together use every opcode class and most operations.
    pub(crate) const LISTING_EXPRS: &[&str] = &[
        "ip",
        "tcp port 80",
        "host 192.0.2.7 and not port 22",
        "ip6 protochain 58",
        "ip protochain 17",
        "vlan 200 and udp",
        "ip[2:2] - ((ip[0] & 0xf) << 2) - ((tcp[12] & 0xf0) >> 2) > 0",
        "(ip[8] - 1) * 2 > 200",
        "ip[8] % 3 = 0",
        "ip[8] / 3 = 1",
        "ip[8] ^ 0x55 = 1",
        "ip[8] | 0x55 = 0x77",
        "ip[8] & 0x55 = 1",
        "-ip[8] = 1",
        "ip[8] * ip[9] > 100",
        "ip[8] / ip[9] > 1",
        "ip[8] % ip[9] > 1",
        "ip[8] ^ ip[9] = 0",
        "ip[8] << ip[9] = 0",
        "ip[8] >> ip[9] = 0",
        "ip[8] + ip[9] >= 10",
        "ip[8] - ip[9] < 10",
        "ip[8] <= ip[9]",
        "ip[8] != ip[9]",
        "tcp[tcpflags] & (tcp-syn|tcp-ack) != 0",
        "len >= 1000",
        "less 100",
        "ether[0:4] = 0xffffffff",
        "ether host 52:54:00:12:34:56",
        "net 2001:db8:1::/48",
        "icmp6[icmp6type] = icmp6-echoreply",
        "portrange 1000-2000",
        "mpls 12 and udp",
        "pppoes 3 and tcp",
        "geneve and ip",
        "arp or rarp or stp",
        "ip multicast or ip6 multicast or ether broadcast",
        "udp[8:4] & 0xfff = 0 or tcp[100:4] > 5",
    ];

    #[test]
    fn listings_equal_tcpdump_byte_for_byte() {
        let Some(corpus) = testutil::tcpdump_available("dump listings") else {
            return;
        };
        let dev = testutil::filters_dev();
        let exprs = LISTING_EXPRS
            .iter()
            .copied()
            .chain(dev.iter().map(String::as_str));
        for expr in exprs.filter(|e| testutil::tcpdump_compiles(&corpus, e)) {
            for variant in [&[][..], &["-O"][..]] {
                let dd = testutil::tcpdump_stdout(&corpus, "-dd", variant, expr);
                let prog = parse_c_array(&dd).expect("tcpdump -dd parses");
                assert!(!prog.is_empty(), "{expr}: empty program");
                let d = testutil::tcpdump_stdout(&corpus, "-d", variant, expr);
                assert_eq!(listing(&prog), d, "-d {variant:?} {expr}");
                assert_eq!(c_array(&prog), dd, "-dd {variant:?} {expr}");
                let ddd = testutil::tcpdump_stdout(&corpus, "-ddd", variant, expr);
                assert_eq!(decimal(&prog), ddd, "-ddd {variant:?} {expr}");
            }
        }
    }

    /// Every opcode (and the odd ones around them) against libpcap's own
    /// bpf_image, called through python3's ctypes on the installed
    /// libpcap.so.
    #[test]
    fn every_opcode_equals_libpcaps_bpf_image() {
        const SCRIPT: &str = r#"
lib.bpf_image.restype = ctypes.c_char_p
for line in sys.stdin:
    n, code, jt, jf, k = map(int, line.split())
    i = Insn(code, jt, jf, k)
    sys.stdout.write(lib.bpf_image(ctypes.byref(i), n).decode() + "\n")
"#;
        let ks = [
            0u32,
            1,
            12,
            0x7fff_ffff,
            0x8000_0000,
            u32::MAX,
            SKF_AD_OFF,
            SKF_AD_OFF + 4,
            SKF_AD_OFF + 6,
            SKF_AD_OFF + 60,
            SKF_AD_OFF + 64,
        ];
        let mut cases = Vec::new();
        for code in 0..0x200u16 {
            for (i, &k) in ks.iter().enumerate() {
                let n = [0usize, 7, 999, 1000, 4095][i % 5];
                cases.push((n, Insn::new(code, (i * 37) as u8, (i * 91) as u8, k)));
            }
        }
        let input: String = cases
            .iter()
            .map(|(n, i)| format!("{n} {} {} {} {}\n", i.code, i.jt, i.jf, i.k))
            .collect();
        let Some(theirs) = testutil::libpcap_oracle("bpf_image oracle", SCRIPT, &input) else {
            return;
        };
        let theirs: Vec<&str> = theirs.lines().collect();
        assert_eq!(theirs.len(), cases.len());
        for ((n, insn), want) in cases.iter().zip(theirs) {
            assert_eq!(image(insn, *n), want, "{insn:?} at {n}");
        }
    }

    #[test]
    fn live_style_ancillary_listing_equals_tcpdump() {
        // `-i lo -d` compiles with the kernel's VLAN and packet-type
        // metadata; tcpdump opens the device for that, so it needs root.
        if !testutil::have_tcpdump("ancillary listings")
            || !testutil::have_root("ancillary listings")
        {
            return;
        }
        for expr in [
            "vlan 10",
            "inbound and ifindex 1",
            "outbound",
            "vlan and ip",
        ] {
            let run = |flag: &str| {
                let out = std::process::Command::new("tcpdump")
                    .args(["-i", "lo", flag, expr])
                    .output()
                    .expect("tcpdump runs");
                assert!(out.status.success(), "tcpdump -i lo {flag} {expr} failed");
                String::from_utf8(out.stdout).expect("utf8")
            };
            let prog = parse_c_array(&run("-dd")).unwrap();
            assert_eq!(listing(&prog), run("-d"), "{expr}");
        }
    }
}
