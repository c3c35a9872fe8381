//! Primitives that read fields of a link header of its own kind: the
//! pflog header, MTP2's length indicator and the SS7 routing label behind
//! it (gen_pf_*, gen_mtp2type_abbrev, gen_mtp3field_code). The parser lets
//! them through only on their link types (parser/linkwords.rs).

use super::layout::{self, dlt};
use super::*;

/// Where MTP2's fields are, per link type: the length indicator, its
/// 9-bit form on high-speed links, and the SS7 routing label's bytes.
struct Mtp2At {
    li: u32,
    li_hsl: u32,
    sio: u32,
    opc: u32,
    dpc: u32,
    sls: u32,
}

/// The routing label of an MTP2_HSL frame is three bytes further on.
const HSL_SHIFT: u32 = 3;

fn mtp2_at(link: LinkType) -> Option<Mtp2At> {
    // The pseudo-header of MTP2_WITH_PHDR is 4 bytes, ERF's 20.
    let phdr = match link {
        LinkType::Other(dlt::MTP2) => 0,
        LinkType::Other(dlt::MTP2_WITH_PHDR) => 4,
        LinkType::Other(dlt::ERF) => 20,
        _ => return None,
    };
    Some(Mtp2At {
        li: phdr + 2,
        li_hsl: phdr + 4,
        sio: phdr + 3,
        opc: phdr + 4,
        dpc: phdr + 4,
        sls: phdr + 7,
    })
}

impl Gen {
    /// A byte string at `off` in the link header, compared as libpcap's
    /// gen_bcmp does: words from the end, then a halfword, then a byte.
    pub(super) fn bcmp(&self, at: Off, off: u32, bytes: &[u8]) -> Cond {
        let mut parts = Vec::new();
        let mut rest = bytes.len();
        let mut chunk = |size: usize, code: u16, rest: &mut usize| {
            while *rest >= size {
                let start = *rest - size;
                let value = bytes[start..*rest]
                    .iter()
                    .fold(0u32, |v, &b| (v << 8) | u32::from(b));
                let k = off.wrapping_add(u32::try_from(start).unwrap_or(u32::MAX));
                parts.push(self.cmp(self.load(at, k, code), JEQ, value));
                *rest = start;
            }
        };
        chunk(4, op::W, &mut rest);
        chunk(2, op::H, &mut rest);
        chunk(1, op::B, &mut rest);
        Cond::And(parts)
    }

    pub(super) fn pf_field(&self, field: &PfField, span: Span) -> R<Cond> {
        let byte = |at: u32, v: u32| self.cmp(self.load(self.linkhdr, at, op::B), JEQ, v);
        let word = |at: u32, v: u32| self.cmp(self.load(self.linkhdr, at, op::W), JEQ, v);
        let name = |at: u32, s: &str, what: &str| {
            if s.len() >= layout::PFLOG_NAME_LEN {
                return err(
                    format!(
                        "{what} can only be {} characters",
                        layout::PFLOG_NAME_LEN - 1
                    ),
                    span,
                );
            }
            Ok(self.bcmp(self.linkhdr, at, s.as_bytes()))
        };
        match field {
            PfField::Ifname(s) => name(layout::PFLOG_IFNAME, s, "ifname interface names"),
            PfField::Ruleset(s) => name(layout::PFLOG_RULESET, s, "ruleset names"),
            PfField::Rnr(n) => Ok(word(layout::PFLOG_RULENR, *n)),
            PfField::Srnr(n) => Ok(word(layout::PFLOG_SUBRULENR, *n)),
            PfField::Reason(n) => Ok(byte(layout::PFLOG_REASON, *n)),
            PfField::Action(n) => Ok(byte(layout::PFLOG_ACTION, *n)),
        }
    }

    /// A masked field against `value` (libpcap's gen_ncmp): `negate` turns
    /// `>` and `>=` round, but leaves `=` alone (so `sio != 3` is `sio 3`
    /// in libpcap 1.10, kept for the same verdicts).
    fn ncmp(&self, at: u32, size: u16, mask: u32, op: RelOp, negate: bool, value: u32) -> Cond {
        let jmp = match op {
            RelOp::Gt => JGT,
            RelOp::Ge => JGE,
            RelOp::Eq => JEQ,
        };
        let c = self.mcmp(self.load(self.linkhdr, at, size), mask, value);
        let c = match c {
            Cond::Test { code, k, .. } => Cond::test(code, jmp, k),
            c => c,
        };
        if negate && op != RelOp::Eq {
            Cond::not(c)
        } else {
            c
        }
    }

    /// `fisu`, `lssu`, `msu` and the `h` forms: by the length indicator.
    pub(super) fn mtp2_unit(&self, unit: Mtp2Unit) -> Cond {
        let Some(at) = mtp2_at(self.link) else {
            return Cond::Const(false);
        };
        let (li, size, mask, one) = if unit.high {
            (at.li_hsl, op::H, 0xff80, 0x0100)
        } else {
            (at.li, op::B, 0x3f, 0)
        };
        // A FISU has no length, an LSSU one or two bytes, an MSU more.
        let longer = |than: u32| self.ncmp(li, size, mask, RelOp::Gt, false, than);
        match unit.kind {
            Mtp2Kind::Fisu => self.ncmp(li, size, mask, RelOp::Eq, false, 0),
            Mtp2Kind::Lssu => Cond::And(vec![
                longer(0),
                self.ncmp(
                    li,
                    size,
                    mask,
                    RelOp::Gt,
                    true,
                    if unit.high { one } else { 2 },
                ),
            ]),
            Mtp2Kind::Msu => longer(if unit.high { one } else { 2 }),
        }
    }

    /// `sio`, `opc`, `dpc`, `sls` (and `h` forms), `vpi`, `vci` against
    /// their values; a list matches any of them.
    pub(super) fn link_field(&self, field: LinkField, tests: &[FieldTest]) -> R<Cond> {
        let mut any = Vec::with_capacity(tests.len());
        for t in tests {
            any.push(self.link_field_one(field, t)?);
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Cond::Or(any)
        })
    }

    fn link_field_one(&self, field: LinkField, t: &FieldTest) -> R<Cond> {
        let too_big = |max: u32| -> R<()> {
            if t.value > max {
                return err(
                    format!(
                        "{} value {} too big; max value = {max}",
                        field.name(),
                        t.value
                    ),
                    t.span,
                );
            }
            Ok(())
        };
        let ss7 = |high: bool, at: fn(&Mtp2At) -> u32| {
            mtp2_at(self.link).map(|m| at(&m).wrapping_add(if high { HSL_SHIFT } else { 0 }))
        };
        let cmp = |at: Option<u32>, size, mask, value| match at {
            Some(at) => Ok(self.ncmp(at, size, mask, t.op, t.negate, value)),
            None => err(format!("'{}' supported only on SS7", field.name()), t.span),
        };
        let v = t.value;
        match field {
            LinkField::Sio { high } => {
                too_big(255)?;
                cmp(ss7(high, |m| m.sio), op::B, 0xffff_ffff, v)
            }
            LinkField::Opc { high } => {
                too_big(16383)?;
                // The 14 bits as they lie in the label's little-endian word.
                let v = ((v & 0x3c00) >> 10) + ((v & 0x03fc) << 6) + ((v & 0x0003) << 22);
                cmp(ss7(high, |m| m.opc), op::W, 0x00c0_ff0f, v)
            }
            LinkField::Dpc { high } => {
                too_big(16383)?;
                let v = ((v & 0x00ff) << 24) + ((v & 0x3f00) << 8);
                cmp(ss7(high, |m| m.dpc), op::W, 0xff3f_0000, v)
            }
            LinkField::Sls { high } => {
                too_big(15)?;
                cmp(ss7(high, |m| m.sls), op::B, 0xf0, v << 4)
            }
            LinkField::Vpi => {
                Ok(self.ncmp(layout::SUNATM_VPI, op::B, 0xffff_ffff, t.op, t.negate, v))
            }
            LinkField::Vci => {
                Ok(self.ncmp(layout::SUNATM_VCI, op::H, 0xffff_ffff, t.op, t.negate, v))
            }
        }
    }
}

/// SunATM's payload protocols (the pseudo-header's low nibble).
const PT_LANE: u32 = 0x01;
const PT_LLC: u32 = 0x02;

/// Q.2931 signalling message types.
const SETUP: u32 = 0x05;
const CALL_PROCEED: u32 = 0x02;
const CONNECT: u32 = 0x07;
const CONNECT_ACK: u32 = 0x0f;
const RELEASE: u32 = 0x4d;
const RELEASE_DONE: u32 = 0x5a;
/// Where the message type is in a signalling PDU.
const MSG_TYPE_POS: u32 = 5;

/// The well-known circuits (VPI 0) by VCI.
const VCI_METAC: u32 = 0x01;
const VCI_BCC: u32 = 0x02;
const VCI_OAMF4SC: u32 = 0x03;
const VCI_OAMF4EC: u32 = 0x04;
const VCI_PPC: u32 = 0x05;
const VCI_ILMIC: u32 = 0x10;

impl Gen {
    fn atm_eq(&self, at: u32, size: u16, mask: u32, value: u32) -> Cond {
        self.ncmp(at, size, mask, RelOp::Eq, false, value)
    }

    /// VPI 0 and this VCI: one of the well-known circuits.
    fn atm_circuit(&self, vci: u32) -> Cond {
        Cond::And(vec![
            self.atm_eq(layout::SUNATM_VPI, op::B, 0xffff_ffff, 0),
            self.atm_eq(layout::SUNATM_VCI, op::H, 0xffff_ffff, vci),
        ])
    }

    /// The payload is LLC-encapsulated (gen_atmtype_llc).
    pub(super) fn atm_llc(&self) -> Cond {
        self.atm_eq(layout::SUNATM_PROTO, op::B, 0x0f, PT_LLC)
    }

    /// A LANE frame that is data, not an LE control frame (its marker
    /// 0xff00 first): libpcap's gen_prevlinkhdr_check on SunATM.
    pub(super) fn not_lane_control(&self) -> Cond {
        Cond::not(self.cmp(vec![ld(op::H, layout::SUNATM_PAYLOAD)], JEQ, 0xff00))
    }

    /// A signalling message of one of `types`, on the circuit `on`.
    fn atm_messages(&self, on: Cond, types: &[u32]) -> Cond {
        let at = layout::SUNATM_PAYLOAD + MSG_TYPE_POS;
        // libpcap ors each later type in front of the first two.
        let (first, later) = types.split_at(2.min(types.len()));
        let msgs = later
            .iter()
            .rev()
            .chain(first)
            .map(|&t| self.atm_eq(at, op::B, 0xffff_ffff, t))
            .collect();
        Cond::And(vec![on, Cond::Or(msgs)])
    }

    pub(super) fn atm_class(&mut self, class: AtmClass) -> Cond {
        let oam = || {
            Cond::And(vec![
                self.atm_eq(layout::SUNATM_VPI, op::B, 0xffff_ffff, 0),
                Cond::Or(vec![
                    self.atm_eq(layout::SUNATM_VCI, op::H, 0xffff_ffff, VCI_OAMF4SC),
                    self.atm_eq(layout::SUNATM_VCI, op::H, 0xffff_ffff, VCI_OAMF4EC),
                ]),
            ])
        };
        match class {
            AtmClass::Metac => self.atm_circuit(VCI_METAC),
            AtmClass::Bcc => self.atm_circuit(VCI_BCC),
            AtmClass::Oamf4sc => self.atm_circuit(VCI_OAMF4SC),
            AtmClass::Oamf4ec => self.atm_circuit(VCI_OAMF4EC),
            AtmClass::Sc => self.atm_circuit(VCI_PPC),
            AtmClass::Ilmic => self.atm_circuit(VCI_ILMIC),
            AtmClass::Oam | AtmClass::Oamf4 => oam(),
            AtmClass::Connectmsg => self.atm_messages(
                self.atm_circuit(VCI_PPC),
                &[
                    SETUP,
                    CALL_PROCEED,
                    CONNECT,
                    CONNECT_ACK,
                    RELEASE,
                    RELEASE_DONE,
                ],
            ),
            AtmClass::Metaconnect => self.atm_messages(
                self.atm_circuit(VCI_METAC),
                &[SETUP, CALL_PROCEED, CONNECT, RELEASE, RELEASE_DONE],
            ),
            AtmClass::Lane => {
                let lane = self.atm_eq(layout::SUNATM_PROTO, op::B, 0x0f, PT_LANE);
                // What follows reads the Ethernet frame after the LANE
                // header's 2-byte LEC ID; only a first `lane` has SunATM
                // as the header before it.
                let hdr = layout::SUNATM_PAYLOAD + 2;
                self.lane = self.kind == LtKind::SunAtm;
                self.kind = LtKind::Ether;
                self.linkhdr = Off { var: None, k: hdr };
                self.lt = Off {
                    var: None,
                    k: hdr + 12,
                };
                self.pl_off = Off {
                    var: None,
                    k: hdr + 14,
                };
                self.nl = 0;
                lane
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::bpf::{dump, interp};
    use crate::filter::{Options, compile};
    use crate::link::LinkType;

    fn opts(linktype: u32) -> Options {
        Options::for_test(LinkType::Other(linktype), false)
    }

    fn listing(linktype: u32, expr: &str) -> String {
        let prog = compile(expr, &opts(linktype)).unwrap_or_else(|e| panic!("{expr}: {e}"));
        dump::listing(&prog)
    }

    /// `tcpdump -d` of each on an empty file of that link type.
    #[test]
    fn listings_are_tcpdumps() {
        let cases: &[(u32, &str, &str)] = &[
            (
                117,
                "udp and ifname lo0 and action pass",
                "(000) ldb      [0]
(001) add      #3
(002) and      #0xfffffffc
(003) st       M[0]
(004) ldb      [1]
(005) jeq      #0x2             jt 6\tjf 9
(006) ldx      M[0]
(007) ldb      [x + 9]
(008) jeq      #0x11            jt 16\tjf 23
(009) jeq      #0xa             jt 10\tjf 23
(010) ldx      M[0]
(011) ldb      [x + 6]
(012) jeq      #0x11            jt 16\tjf 13
(013) jeq      #0x2c            jt 14\tjf 23
(014) ldb      [x + 40]
(015) jeq      #0x11            jt 16\tjf 23
(016) ldh      [5]
(017) jeq      #0x6f30          jt 18\tjf 23
(018) ldb      [4]
(019) jeq      #0x6c            jt 20\tjf 23
(020) ldb      [2]
(021) jeq      #0x0             jt 22\tjf 23
(022) ret      #262144
(023) ret      #0
",
            ),
            (
                117,
                "rset foo",
                "(000) ldh      [21]
(001) jeq      #0x6f6f          jt 2\tjf 5
(002) ldb      [20]
(003) jeq      #0x66            jt 4\tjf 5
(004) ret      #262144
(005) ret      #0
",
            ),
            (
                140,
                "lssu",
                "(000) ldb      [2]
(001) and      #0x3f
(002) jgt      #0x0             jt 3\tjf 7
(003) ldb      [2]
(004) and      #0x3f
(005) jgt      #0x2             jt 7\tjf 6
(006) ret      #262144
(007) ret      #0
",
            ),
            (
                140,
                "sio <= 3",
                "(000) ldb      [3]
(001) jgt      #0x3             jt 2\tjf 3
(002) ret      #0
(003) ret      #262144
",
            ),
            (
                139,
                "sls (1 or 2)",
                "(000) ldb      [11]
(001) and      #0xf0
(002) jeq      #0x10            jt 6\tjf 3
(003) ldb      [11]
(004) and      #0xf0
(005) jeq      #0x20            jt 6\tjf 7
(006) ret      #262144
(007) ret      #0
",
            ),
            (
                197,
                "hopc 1",
                "(000) ld       [27]
(001) and      #0xc0ff0f
(002) jeq      #0x400000        jt 3\tjf 4
(003) ret      #262144
(004) ret      #0
",
            ),
            (
                123,
                "lane and ether src 1:2:3:4:5:6",
                "(000) ldb      [0]
(001) and      #0xf
(002) jeq      #0x1             jt 3\tjf 10
(003) ldh      [4]
(004) jeq      #0xff00          jt 10\tjf 5
(005) ld       [14]
(006) jeq      #0x3040506       jt 7\tjf 10
(007) ldh      [12]
(008) jeq      #0x102           jt 9\tjf 10
(009) ret      #262144
(010) ret      #0
",
            ),
            (
                123,
                "connectmsg",
                "(000) ldb      [1]
(001) jeq      #0x0             jt 2\tjf 12
(002) ldh      [2]
(003) jeq      #0x5             jt 4\tjf 12
(004) ldb      [9]
(005) jeq      #0x5a            jt 11\tjf 6
(006) jeq      #0x4d            jt 11\tjf 7
(007) jeq      #0xf             jt 11\tjf 8
(008) jeq      #0x7             jt 11\tjf 9
(009) jeq      #0x5             jt 11\tjf 10
(010) jeq      #0x2             jt 11\tjf 12
(011) ret      #262144
(012) ret      #0
",
            ),
        ];
        for (linktype, expr, want) in cases {
            assert_eq!(listing(*linktype, expr), *want, "{linktype}: {expr}");
        }
    }

    /// libpcap's refusals, word for word.
    #[test]
    fn refusals_are_libpcaps() {
        for (linktype, expr, want) in [
            (140, "sio 256", "sio value 256 too big; max value = 255"),
            (
                140,
                "hdpc 16384",
                "dpc value 16384 too big; max value = 16383",
            ),
            (140, "sls 16", "sls value 16 too big; max value = 15"),
            (140, "ip", "MTP2 link-layer type filtering not implemented"),
            (140, "vpi 1", "'vpi' supported only on raw ATM"),
            (117, "fisu", "'fisu' supported only on MTP2"),
            (117, "hsio 1", "'sio' supported only on SS7"),
            (
                117,
                "ifname abcdefghijklmnop",
                "ifname interface names can only be 15 characters",
            ),
            (117, "reason foo", "unknown PF reason \"foo\""),
            (117, "action foo", "unknown PF action \"foo\""),
            (117, "vlan", "no VLAN support for OpenBSD pflog file"),
            (
                123,
                "oamf4sc and on lo",
                "ifname supported only on PF linktype",
            ),
            (1, "oamf4ec", "'oam4ec' supported only on raw ATM"),
            (
                123,
                "ether host 1:2:3:4:5:6",
                "ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel",
            ),
        ] {
            let e = compile(expr, &opts(linktype)).expect_err(expr);
            assert_eq!(e.message, want, "{linktype}: {expr}");
        }
    }

    /// pflog's payload is found past a header whose length the header
    /// gives, rounded up to a multiple of 4; each verdict, and each cut
    /// short of the field it needs, as libpcap's interpreter gives it.
    #[test]
    fn pflog_payload_follows_the_header_length() {
        let mut frame = vec![0u8; 64];
        frame[0] = 61; // rounded up to 64
        frame[1] = 2; // AF_INET
        frame[4..7].copy_from_slice(b"em0");
        // IPv4 to UDP port 53.
        let mut ip = vec![0x45, 0, 0, 28, 0, 0, 0, 0, 64, 17, 0, 0];
        ip.extend([192, 0, 2, 1, 192, 0, 2, 2, 0x30, 0x39, 0, 53, 0, 8, 0, 0]);
        frame.extend(&ip);
        let verdict = |expr: &str, data: &[u8]| {
            let prog = compile(expr, &opts(117)).expect(expr);
            let len = u32::try_from(frame.len()).unwrap_or(u32::MAX);
            interp::run(&prog, data, len, &interp::Meta::default()) != 0
        };
        for (expr, want) in [
            ("udp port 53", true),
            ("tcp", false),
            ("host 192.0.2.2", true),
            ("ifname em0 and udp", true),
            ("ifname em1", false),
            ("ip6", false),
        ] {
            assert_eq!(verdict(expr, &frame), want, "{expr}");
        }
        // Cut inside the UDP header: the port's load fails, so no match.
        assert!(!verdict("udp port 53", &frame[..64 + 20 + 2]));
        assert!(verdict("udp", &frame[..64 + 10]));
        assert!(!verdict("udp", &frame[..64 + 9]));
    }
}
