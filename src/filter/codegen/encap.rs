//! Encapsulations and link-level matters: vlan, mpls, pppoe, geneve,
//! llc, protochain, direction, interface index and lengths.

use super::*;

impl Gen {
    pub fn less_greater(&self, n: u32, greater: bool) -> Cond {
        let len = vec![Insn::stmt(op::LD | op::W | op::LEN, 0)];
        if greater {
            self.cmp(len, JGE, n)
        } else {
            Cond::not(self.cmp(len, JGT, n))
        }
    }

    pub fn byte(&self, index: u32, opc: char, value: u32) -> Cond {
        let load = vec![ld(op::B, index)];
        match opc {
            '=' => self.cmp(load, JEQ, value),
            '>' => self.cmp(load, JGT, value),
            '<' => Cond::not(self.cmp(load, JGE, value)),
            // libpcap's gen_byteop never loads the byte for `&` and `|`:
            // it tests whatever A holds. Kept for identical verdicts.
            '|' => Cond::not(self.cmp(vec![Insn::stmt(op::ALU | op::OR | op::K, value)], JEQ, 0)),
            _ => self.cmp(Vec::new(), JSET, value),
        }
    }

    pub fn inbound(&self, outbound: bool, span: Span) -> R<Cond> {
        if let Some(direction) = self.link_direction(outbound) {
            return Ok(direction);
        }
        let test = match self.kind {
            LtKind::Sll => self.cmp(vec![ld(op::H, 0)], JEQ, PACKET_OUTGOING),
            LtKind::Sll2 => self.cmp(vec![ld(op::B, 10)], JEQ, PACKET_OUTGOING),
            _ if self.kernel => self.cmp(
                vec![ld(op::H, ad::SKF_AD_OFF + ad::PKTTYPE)],
                JEQ,
                PACKET_OUTGOING,
            ),
            _ => {
                return err(
                    format!(
                        "inbound/outbound not supported on {} when reading savefiles",
                        self.link.description()
                    ),
                    span,
                );
            }
        };
        Ok(if outbound { test } else { Cond::not(test) })
    }

    pub fn ifindex(&self, n: u32, span: Span) -> R<Cond> {
        match self.kind {
            LtKind::Sll2 => Ok(self.cmp(vec![ld(op::W, 4)], JEQ, n)),
            _ if self.kernel => Ok(self.cmp(vec![ld(op::W, ad::SKF_AD_OFF + ad::IFINDEX)], JEQ, n)),
            _ => err(
                format!(
                    "ifindex not supported on {} when reading savefiles",
                    self.link.description()
                ),
                span,
            ),
        }
    }

    pub(super) fn vlan_tpid(&self, at: Off) -> Cond {
        let load = self.load(at, 0, op::H);
        // Each is a gen_linktype: after `lane`, one that is not LANE control.
        let tpid = |t: u32| {
            let c = self.cmp(load.clone(), JEQ, t);
            if self.lane && self.inner_ether.is_none() {
                Cond::And(vec![self.not_lane_control(), c])
            } else {
                c
            }
        };
        Cond::Or(vec![
            tpid(ETHERTYPE_VLAN),
            tpid(ETHERTYPE_QINQ),
            tpid(ETHERTYPE_VLAN_9100),
        ])
    }

    /// `vlan [id]`: checks the tag and moves every later offset past it.
    pub fn vlan(&mut self, id: Option<u32>, span: Span) -> R<Cond> {
        at_most(id, 4095, "VLAN tag", span)?;
        // 802.11 with or without a radio header, but not PPI's.
        let wlan = self.kind == LtKind::Wlan && self.link != LinkType::Other(wlan::PPI);
        if self.kind != LtKind::Ether && !wlan {
            return err(
                format!("no VLAN support for {}", self.link.description()),
                span,
            );
        }
        if self.mpls_depth > 0 {
            return err("no VLAN match after MPLS", span);
        }
        let kernel_meta = self.kernel
            && self.kind == LtKind::Ether
            && self.vlan_depth == 0
            && self.lt.var.is_none()
            && self.mpls_depth == 0;
        let cond = if kernel_meta {
            // The kernel usually strips the tag into metadata; the frame is
            // then untagged and later offsets do not move.
            let set = |k: u32| {
                vec![
                    Insn::stmt(op::LD | op::IMM, k),
                    Insn::stmt(op::ST, SLOT_PL),
                    Insn::stmt(op::ST, SLOT_LT),
                ]
            };
            let present = self.cmp(
                vec![ld(op::B, ad::SKF_AD_OFF + ad::VLAN_TAG_PRESENT)],
                JEQ,
                1,
            );
            let (meta_id, frame_id) = match id {
                None => (Cond::Const(true), Cond::Const(true)),
                Some(v) => (
                    self.mcmp(vec![ld(op::B, ad::SKF_AD_OFF + ad::VLAN_TAG)], 0x0fff, v),
                    self.mcmp(self.load(self.pl(), 0, op::H), 0x0fff, v),
                ),
            };
            let frame = Cond::Pre(
                set(4),
                Box::new(Cond::And(vec![self.vlan_tpid(self.lt), frame_id])),
            );
            Cond::Pre(
                set(0),
                Box::new(Cond::If(
                    Box::new(present),
                    Box::new(meta_id),
                    Box::new(frame),
                )),
            )
        } else {
            // On 802.11 each tag type is a protocol test (gen_linktype).
            let tpid = if self.kind == LtKind::Wlan {
                let mut tpids = Vec::new();
                for t in [ETHERTYPE_VLAN, ETHERTYPE_QINQ, ETHERTYPE_VLAN_9100] {
                    tpids.push(self.linktype(t, span)?);
                }
                Cond::Or(tpids)
            } else {
                self.vlan_tpid(self.lt)
            };
            let mut parts = vec![tpid];
            if let Some(v) = id {
                parts.push(self.mcmp(self.load(self.pl(), 0, op::H), 0x0fff, v));
            }
            Cond::And(parts)
        };
        if kernel_meta {
            self.lt = Off {
                var: Some(SLOT_LT),
                k: self.lt.k,
            };
            self.pl_off = Off {
                var: Some(SLOT_PL),
                k: self.pl().k,
            };
        } else {
            self.lt.k += 4;
            self.pl_off.k += 4;
        }
        self.vlan_depth += 1;
        Ok(cond)
    }

    /// `geneve [vni]`: UDP port 6081 over IPv4 or IPv6; everything after
    /// it looks inside the tunnel, at offsets computed at run time.
    pub fn geneve(&mut self, vni: Option<u32>, span: Span) -> R<Cond> {
        at_most(vni, 0xff_ffff, "Geneve VNI", span)?;
        // Taken for good, in gen_geneve_offsets' order.
        let s_lt = self.regs.alloc(span)?;
        let s_hdr = self.regs.alloc(span)?;
        let s_pl = self.regs.alloc(span)?;
        self.no_optimize = true;
        const GENEVE_PORT: u32 = k16(wire::geneve::UDP_PORT);
        let alu = |o: u16, k: u32| Insn::stmt(op::ALU | o | op::K, k);
        // A = X = length of the IP header; compute the inner offsets.
        let tail = |me: &Self| {
            let code = vec![
                alu(op::ADD, me.pl().k.wrapping_add(me.nl).wrapping_add(8)),
                Insn::stmt(op::MISC | op::TAX, 0),
                alu(op::ADD, 2),
                Insn::stmt(op::ST, s_lt),
                Insn::stmt(op::LD | op::B | op::IND, 0),
                alu(op::AND, 0x3f),
                alu(op::MUL, 4),
                alu(op::ADD, 8),
                Insn::stmt(op::ALU | op::ADD | op::X, 0),
                Insn::stmt(op::ST, s_hdr),
                Insn::stmt(op::LD | op::H | op::IND, 2),
                Insn::stmt(op::LDX | op::MEM, s_hdr),
            ];
            let ether = vec![
                Insn::stmt(op::MISC | op::TXA, 0),
                alu(op::ADD, 12),
                Insn::stmt(op::ST, s_lt),
                alu(op::ADD, 2),
                Insn::stmt(op::MISC | op::TAX, 0),
            ];
            let done = || Cond::Pre(vec![Insn::stmt(op::STX, s_pl)], Box::new(Cond::Const(true)));
            Cond::Pre(
                code,
                Box::new(Cond::If(
                    Box::new(Cond::test(Vec::new(), JEQ, ETHERTYPE_TEB)),
                    Box::new(Cond::Pre(ether, Box::new(done()))),
                    Box::new(done()),
                )),
            )
        };
        let mut v4 = vec![
            self.linktype(ETHERTYPE_IP, span)?,
            self.cmp(self.nl_load(IP4_PROTO, op::B), JEQ, IPPROTO_UDP),
            self.ip_frag_ok(),
            self.cmp(self.transport_load(UDP_DST_PORT, op::H), JEQ, GENEVE_PORT),
            self.mcmp(self.transport_load(8, op::B), 0xc0, 0),
        ];
        if let Some(v) = vni {
            v4.push(self.mcmp(self.transport_load(12, op::W), 0xffff_ff00, v << 8));
        }
        let mut start4 = self.iphdrlen_x();
        start4.push(Insn::stmt(op::MISC | op::TXA, 0));
        v4.push(Cond::Pre(start4, Box::new(Cond::Const(true))));
        let mut v6 = vec![
            self.linktype(ETHERTYPE_IPV6, span)?,
            self.cmp(self.nl_load(IP6_NEXT_HEADER, op::B), JEQ, IPPROTO_UDP),
            self.cmp(
                self.nl_load(IP6_PAYLOAD + UDP_DST_PORT, op::H),
                JEQ,
                GENEVE_PORT,
            ),
            self.mcmp(self.nl_load(IP6_PAYLOAD + 8, op::B), 0xc0, 0),
        ];
        if let Some(v) = vni {
            v6.push(self.mcmp(self.nl_load(IP6_PAYLOAD + 12, op::W), 0xffff_ff00, v << 8));
        }
        let mut start6 = vec![Insn::stmt(op::LD | op::IMM, IP6_PAYLOAD)];
        if let Some(slot) = self.pl().var {
            start6.insert(0, Insn::stmt(op::LDX | op::MEM, slot));
            start6.push(Insn::stmt(op::ALU | op::ADD | op::X, 0));
        }
        start6.push(Insn::stmt(op::MISC | op::TAX, 0));
        v6.push(Cond::Pre(start6, Box::new(Cond::Const(true))));
        let tail = tail(self);
        self.lt = Off {
            var: Some(s_lt),
            k: 0,
        };
        self.pl_off = Off {
            var: Some(s_pl),
            k: 0,
        };
        self.linkhdr = Off {
            var: Some(s_hdr),
            k: 0,
        };
        self.inner_ether = Some(s_pl);
        self.nl = 0;
        self.kind = LtKind::Ether;
        Ok(Cond::And(vec![
            Cond::Or(vec![Cond::And(v4), Cond::And(v6)]),
            tail,
        ]))
    }

    pub fn mpls(&mut self, label: Option<u32>, span: Span) -> R<Cond> {
        at_most(label, 0xfffff, "MPLS label", span)?;
        let mut parts = if self.mpls_depth > 0 {
            vec![self.mcmp(
                self.load(self.pl(), self.nl.wrapping_sub(2), op::B),
                0x01,
                0,
            )]
        } else {
            match self.kind {
                LtKind::Ether | LtKind::CHdlc => vec![self.linktype(ETHERTYPE_MPLS, span)?],
                // gen_mpls gives PPP its own number (PPP_MPLS_UCAST); the
                // Ethernet type 0x8847 is not mapped (`ether proto 0x8847`
                // after `pppoes` compares 0x8847). Only DLT_PPP itself, of
                // the PPP framings, or PPP inside PPPoE.
                LtKind::Ppp if layout::is_plain_ppp_or_inner(self.link) => {
                    vec![self.linktype(PPP_MPLS_UCAST, span)?]
                }
                _ => {
                    return err(
                        format!("no MPLS support for {}", self.link.description()),
                        span,
                    );
                }
            }
        };
        if let Some(v) = label {
            parts.push(self.mcmp(self.nl_load(0, op::W), 0xffff_f000, v << 12));
        }
        self.nl += 4;
        self.mpls_depth += 1;
        Ok(Cond::And(parts))
    }

    pub fn pppoed(&self, span: Span) -> R<Cond> {
        self.linktype(ETHERTYPE_PPPOED, span)
    }

    pub fn pppoes(&mut self, session: Option<u32>, span: Span) -> R<Cond> {
        at_most(session, 0xffff, "PPPoE session number", span)?;
        let mut parts = vec![self.linktype(ETHERTYPE_PPPOES, span)?];
        if let Some(v) = session {
            parts.push(self.mcmp(self.nl_load(0, op::W), 0xffff, v));
        }
        // The PPPoE header follows the network offset (past 802.2/SNAP on
        // LLC-framed links).
        self.lt = Off {
            var: self.pl().var,
            k: self.pl().k.wrapping_add(self.nl).wrapping_add(6),
        };
        self.pl_off.k = self.pl().k.wrapping_add(self.nl).wrapping_add(8);
        self.nl = 0;
        self.kind = LtKind::Ppp;
        // The link-layer header is now the PPP packet inside PPPoE.
        self.linkhdr = Off {
            var: self.lt.var,
            k: self.lt.k,
        };
        Ok(Cond::And(parts))
    }

    pub fn llc(&self, span: Span) -> R<Cond> {
        // gen_llc knows Ethernet itself, not Ethernet behind netANALYZER's
        // pseudo-header (until `geneve` makes the inner frame the link).
        let netanalyzer = matches!(
            self.link,
            LinkType::Other(layout::dlt::NETANALYZER | layout::dlt::NETANALYZER_TRANSPARENT)
        ) && self.linkhdr.var.is_none();
        match self.kind {
            LtKind::SunAtm => Ok(self.atm_llc()),
            // Data frames carry an 802.2 header; others have none.
            LtKind::Wlan => Ok(self.wlan_data_frame()),
            LtKind::Ether if !netanalyzer => Ok(Cond::And(vec![
                self.not_802_3(),
                Cond::not(self.cmp(self.load(self.pl(), 0, op::H), JEQ, 0xffff)),
            ])),
            // Every frame of these carries an 802.2 header (libpcap's
            // gen_llc names FDDI, Token Ring and RFC 1483 ATM only).
            LtKind::Llc
                if matches!(
                    self.link,
                    LinkType::Other(
                        layout::dlt::FDDI | layout::dlt::IEEE802 | layout::dlt::ATM_RFC1483
                    )
                ) =>
            {
                Ok(self.libpcap_const(true))
            }
            _ => err(
                // After `pppoes` the layout is PPP's, whatever the capture's.
                if self.kind == LtKind::Ppp {
                    "'llc' not supported for PPP".to_string()
                } else {
                    format!("'llc' not supported for {}", self.link.description())
                },
                span,
            ),
        }
    }

    /// `[ip|ip6] protochain N`: follow the header chain looking for N.
    /// libpcap loops with a backward jump, which userspace runs as it is
    /// (any depth); the kernel allows none, so there the walk is unrolled
    /// PROTOCHAIN_DEPTH headers deep.
    pub(super) fn protochain(&mut self, proto: Proto, v: u32, span: Span) -> R<Cond> {
        match proto {
            Proto::Default => {
                // libpcap takes a slot here too, and never gives it back.
                self.regs.alloc(span)?;
                Ok(Cond::Or(vec![
                    self.protochain_one(false, v, span)?,
                    self.protochain_one(true, v, span)?,
                ]))
            }
            Proto::Ip => self.protochain_one(false, v, span),
            Proto::Ip6 => self.protochain_one(true, v, span),
            _ => err("bad protocol applied for 'protochain'", span),
        }
    }

    pub(super) fn protochain_one(&mut self, v6: bool, v: u32, span: Span) -> R<Cond> {
        if self.pl().var.is_some() {
            return err(
                "'protochain' not supported with variable length headers",
                span,
            );
        }
        // Free again at once: nothing else takes a slot meanwhile.
        let t = self.regs.alloc(span)?;
        self.regs.free(t);
        self.has_loop = true;
        // libpcap's optimizer gives up on the loop and leaves the whole
        // program as generated; so must we, for the same loads to happen.
        self.no_optimize = true;
        let base = self.pl().k.wrapping_add(self.nl);
        let ind = |k: u32| Insn::stmt(op::LD | op::B | op::IND, base.wrapping_add(k));
        let alu = |o: u16, k: u32| Insn::stmt(op::ALU | o | op::K, k);
        let ext = vec![
            ind(0),
            Insn::stmt(op::ST, t),
            ind(1),
            alu(op::ADD, 1),
            alu(op::MUL, 8),
            Insn::stmt(op::ALU | op::ADD | op::X, 0),
            Insn::stmt(op::MISC | op::TAX, 0),
            Insn::stmt(op::LD | op::MEM, t),
        ];
        // libpcap's AH step sets X to the AH length alone, not X plus it.
        // It reads the length byte after moving X on by one; reading it at
        // offset 1 is the same load in four fewer instructions.
        let ah = vec![
            ind(0),
            Insn::stmt(op::ST, t),
            ind(1),
            alu(op::ADD, 2),
            alu(op::MUL, 4),
            Insn::stmt(op::MISC | op::TAX, 0),
            Insn::stmt(op::LD | op::MEM, t),
        ];
        let lt = self.linktype(if v6 { ETHERTYPE_IPV6 } else { ETHERTYPE_IP }, span)?;
        let start = if v6 {
            vec![
                Insn::stmt(op::LD | op::B | op::ABS, base.wrapping_add(IP6_NEXT_HEADER)),
                Insn::stmt(op::LDX | op::IMM, IP6_PAYLOAD),
            ]
        } else {
            vec![
                Insn::stmt(op::LD | op::B | op::ABS, base.wrapping_add(IP4_PROTO)),
                Insn::stmt(op::LDX | op::B | op::MSH, base),
            ]
        };
        if !self.kernel {
            // Off the kernel, libpcap's own loop: any chain depth, in the
            // same instructions.
            let mut code = start;
            code.extend(protochain_loop(v6, v, &ext, &ah, ind(0)));
            return Ok(Cond::And(vec![lt, Cond::test(code, JEQ, v)]));
        }
        let is = |k: u32| Cond::test(Vec::new(), JEQ, k);
        // One level per header: the protocol, the end of the chain, or a
        // step over an extension header into the next level (shared, so the
        // code grows linearly with the depth).
        let step_over = |code: &Vec<Insn>| Cond::Pre(code.clone(), Box::new(Cond::Const(true)));
        let mut step = Cond::Const(false);
        for _ in 0..PROTOCHAIN_DEPTH {
            let via_ah = Cond::And(vec![is(51), step_over(&ah)]);
            let advance = if v6 {
                Cond::Or(vec![
                    Cond::And(vec![
                        Cond::Or(vec![is(0), is(60), is(43), is(44)]),
                        step_over(&ext),
                    ]),
                    via_ah,
                ])
            } else {
                via_ah
            };
            step = Cond::If(
                Box::new(is(v)),
                Box::new(Cond::Const(true)),
                Box::new(Cond::And(vec![Cond::not(is(59)), advance, step])),
            );
        }
        Ok(Cond::And(vec![lt, Cond::Pre(start, Box::new(step))]))
    }
}

/// libpcap's refusal of a `vlan`, `mpls`, `pppoes` or `geneve` number
/// wider than its field: "`what` N greater than maximum `max`".
fn at_most(value: Option<u32>, max: u32, what: &str, span: Span) -> R<()> {
    match value {
        Some(v) if v > max => err(format!("{what} {v} greater than maximum {max}"), span),
        _ => Ok(()),
    }
}

/// libpcap's protochain walk after its first two loads (gen_protochain),
/// jumps and all, as one run of statements: A holds a header's protocol
/// and X where that header starts; at `again` the protocol is tested, an
/// IPv6 extension header (`ext`) or AH (`ah`, after `txa` and a load of
/// the next header's protocol, `next_proto`) is stepped over and the walk
/// jumps back to `again`; it ends at a no-op, the protocol in A.
fn protochain_loop(v6: bool, v: u32, ext: &[Insn], ah: &[Insn], next_proto: Insn) -> Vec<Insn> {
    const IPPROTO_NONE: u32 = 59;
    const IPPROTO_AH: u32 = 51;
    /// IPv6's hop-by-hop, destination options, routing, fragment headers.
    const IPV6_EXTENSIONS: [u32; 4] = [0, 60, 43, 44];
    /// An instruction of the walk, its jumps to positions in the walk.
    enum Step {
        Jeq {
            k: u32,
            jt: usize,
            jf: usize,
        },
        /// The jump back to `again`.
        Back,
        Plain(Insn),
    }
    let jeq = |k: u32, jt: usize, jf: usize| Step::Jeq { k, jt, jf };
    let plain = Step::Plain;
    let mut code: Vec<Step> = Vec::new();
    let again = 0;
    // The last instruction, known once all are in.
    const END: usize = usize::MAX;
    // again, the end-of-chain test, then (IPv6) the extension tests and
    // the step over one, then the AH test and step, then the end.
    let ext_tests = if v6 { IPV6_EXTENSIONS.len() } else { 0 };
    let ext_step = if v6 { ext.len() + 1 } else { 1 };
    let ahcheck = 2 + ext_tests + ext_step;
    let end = END;
    code.push(jeq(v, end, 1));
    code.push(jeq(IPPROTO_NONE, end, 2));
    if v6 {
        let advance = 2 + ext_tests;
        for (n, &t) in IPV6_EXTENSIONS.iter().enumerate() {
            let next = if n + 1 == ext_tests { ahcheck } else { 3 + n };
            code.push(jeq(t, advance, next));
        }
        code.extend(ext.iter().copied().map(plain));
        code.push(Step::Back);
    } else {
        code.push(plain(Insn::stmt(op::ALU | op::ADD | op::K, 0)));
    }
    code.push(jeq(IPPROTO_AH, ahcheck + 1, end));
    code.push(plain(Insn::stmt(op::MISC | op::TXA, 0)));
    // libpcap loads the protocol, then moves X on by one to read the
    // length from there.
    code.push(plain(next_proto));
    code.push(plain(ah[1]));
    code.push(plain(Insn::stmt(op::MISC | op::TXA, 0)));
    code.push(plain(Insn::stmt(op::ALU | op::ADD | op::K, 1)));
    code.push(plain(Insn::stmt(op::MISC | op::TAX, 0)));
    code.push(plain(next_proto));
    code.extend(ah[3..].iter().copied().map(plain));
    code.push(Step::Back);
    code.push(plain(Insn::stmt(op::ALU | op::ADD | op::K, 0)));
    let last = code.len() - 1;
    code.iter()
        .enumerate()
        .map(|(pc, step)| {
            let rel = |to: usize| {
                let to = if to == END { last } else { to };
                to.wrapping_sub(pc + 1)
            };
            match step {
                Step::Jeq { k, jt, jf } => Insn::new(JEQ, rel(*jt) as u8, rel(*jf) as u8, *k),
                Step::Back => Insn::stmt(op::JMP | op::JA, rel(again) as u32),
                Step::Plain(insn) => *insn,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loads(c: &Cond, out: &mut Vec<u32>) {
        match c {
            Cond::Test { code, .. } => out.extend(
                code.iter()
                    .filter(|i| i.code & 0xe0 == op::ABS)
                    .map(|i| i.k),
            ),
            Cond::And(v) | Cond::Or(v) => v.iter().for_each(|c| loads(c, out)),
            Cond::Not(c) | Cond::Pre(_, c) | Cond::Rel(c, _) => loads(c, out),
            Cond::If(a, b, c) => [a, b, c].iter().for_each(|c| loads(c, out)),
            Cond::Const(_) => {}
        }
    }

    #[test]
    fn each_encapsulation_moves_later_offsets() {
        let mut g = Gen::ethernet_for_tests(false, 0);
        let mut seen = Vec::new();
        loads(&g.abbrev(Proto::Ip, (0, 1)).expect("ip"), &mut seen);
        g.vlan(Some(10), (0, 1)).expect("vlan");
        loads(&g.abbrev(Proto::Ip, (0, 1)).expect("ip"), &mut seen);
        g.vlan(None, (0, 1)).expect("vlan");
        loads(&g.abbrev(Proto::Ip, (0, 1)).expect("ip"), &mut seen);
        assert_eq!(seen, vec![12, 16, 20]);
        g.pppoes(None, (0, 1)).expect("pppoes");
        let mut ppp = Vec::new();
        loads(&g.abbrev(Proto::Ip, (0, 1)).expect("ip"), &mut ppp);
        assert_eq!(
            ppp,
            vec![28],
            "PPP protocol after two tags and the PPPoE header"
        );
        assert!(g.vlan(Some(5000), (0, 1)).is_err());
    }

    /// `tcpdump -d 'ip6 protochain 17'` on Ethernet.
    const IP6_PROTOCHAIN_17: &str = "(000) ldh      [12]
(001) jeq      #0x86dd          jt 2\tjf 35
(002) ldb      [20]
(003) ldx      #0x28
(004) jeq      #0x11            jt 32\tjf 5
(005) jeq      #0x3b            jt 32\tjf 6
(006) jeq      #0x0             jt 10\tjf 7
(007) jeq      #0x3c            jt 10\tjf 8
(008) jeq      #0x2b            jt 10\tjf 9
(009) jeq      #0x2c            jt 10\tjf 19
(010) ldb      [x + 14]
(011) st       M[0]
(012) ldb      [x + 15]
(013) add      #1
(014) mul      #8
(015) add      x
(016) tax      
(017) ld       M[0]
(018) ja       4
(019) jeq      #0x33            jt 20\tjf 32
(020) txa      
(021) ldb      [x + 14]
(022) st       M[0]
(023) txa      
(024) add      #1
(025) tax      
(026) ldb      [x + 14]
(027) add      #2
(028) mul      #4
(029) tax      
(030) ld       M[0]
(031) ja       4
(032) add      #0
(033) jeq      #0x11            jt 34\tjf 35
(034) ret      #262144
(035) ret      #0
";

    /// An IPv6 packet whose UDP header follows `n` destination-options
    /// headers, each 8 bytes, in an Ethernet frame.
    fn chained(n: usize) -> Vec<u8> {
        let mut f = vec![0u8; 12];
        f.extend([0x86, 0xdd, 0x60, 0, 0, 0, 0, 0]);
        f.extend([if n > 0 { 60 } else { 17 }, 64]);
        f.extend([0u8; 32]);
        for i in 0..n {
            f.extend([if i + 1 < n { 60 } else { 17 }, 0, 0, 0, 0, 0, 0, 0]);
        }
        f.extend([0x03, 0xe8, 0, 53, 0, 8, 0, 0]);
        f
    }

    #[test]
    fn protochain_off_the_kernel_is_libpcaps_loop() {
        use crate::bpf::{dump, interp, validate};
        use crate::filter::{Options, compile};
        let opts = |kernel| Options::for_test(LinkType::Ethernet, kernel);
        let file = compile("ip6 protochain 17", &opts(false)).expect("compiles");
        assert_eq!(dump::listing(&file), IP6_PROTOCHAIN_17);
        validate::validate_userspace(&file).expect("runs in userspace");
        let live = compile("ip6 protochain 17", &opts(true)).expect("compiles");
        validate::validate(&live).expect("the kernel takes the unrolled walk");
        let keeps = |p: &crate::bpf::Program, f: &[u8]| {
            let len = u32::try_from(f.len()).unwrap_or(u32::MAX);
            interp::run(p, f, len, &interp::Meta::default()) != 0
        };
        for n in [0, 1, 5, 6, 100] {
            let f = chained(n);
            assert!(keeps(&file, &f), "{n} headers");
            // Unrolled, five extension headers at most.
            assert_eq!(keeps(&live, &f), n <= 5, "{n} headers live");
            // Cut inside the last extension header: the walk's load fails
            // (with none, the protocol is read in the IPv6 header itself).
            assert_eq!(keeps(&file, &f[..f.len() - 16]), n == 0, "{n} headers cut");
        }
    }

    #[test]
    fn live_vlan_also_reads_the_kernel_tag() {
        let mut g = Gen::ethernet_for_tests(true, 0);
        let mut seen = Vec::new();
        loads(&g.vlan(Some(7), (0, 1)).expect("vlan"), &mut seen);
        assert!(
            seen.contains(&(ad::SKF_AD_OFF + ad::VLAN_TAG_PRESENT)),
            "{seen:?}"
        );
        assert!(seen.contains(&(ad::SKF_AD_OFF + ad::VLAN_TAG)), "{seen:?}");
    }
}
