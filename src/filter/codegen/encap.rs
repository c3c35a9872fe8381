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
        Cond::Or(vec![
            self.cmp(load.clone(), JEQ, ETHERTYPE_VLAN),
            self.cmp(load.clone(), JEQ, ETHERTYPE_QINQ),
            self.cmp(load, JEQ, ETHERTYPE_VLAN_9100),
        ])
    }

    /// `vlan [id]`: checks the tag and moves every later offset past it.
    pub fn vlan(&mut self, id: Option<u32>, span: Span) -> R<Cond> {
        if let Some(v) = id {
            if v > 4095 {
                return err(format!("VLAN tag {v} greater than maximum 4095"), span);
            }
        }
        if self.kind != LtKind::Ether {
            return err(
                format!("no VLAN support for {}", self.link.description()),
                span,
            );
        }
        if self.mpls_depth > 0 {
            return err("no VLAN match after MPLS", span);
        }
        let kernel_meta =
            self.kernel && self.vlan_depth == 0 && self.lt.var.is_none() && self.mpls_depth == 0;
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
                    self.mcmp(self.load(self.pl, 0, op::H), 0x0fff, v),
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
            let mut parts = vec![self.vlan_tpid(self.lt)];
            if let Some(v) = id {
                parts.push(self.mcmp(self.load(self.pl, 0, op::H), 0x0fff, v));
            }
            Cond::And(parts)
        };
        if kernel_meta {
            self.lt = Off {
                var: Some(SLOT_LT),
                k: self.lt.k,
            };
            self.pl = Off {
                var: Some(SLOT_PL),
                k: self.pl.k,
            };
        } else {
            self.lt.k += 4;
            self.pl.k += 4;
        }
        self.vlan_depth += 1;
        Ok(cond)
    }

    /// `geneve [vni]`: UDP port 6081 over IPv4 or IPv6; everything after
    /// it looks inside the tunnel, at offsets computed at run time.
    pub fn geneve(&mut self, vni: Option<u32>, span: Span) -> R<Cond> {
        if let Some(v) = vni {
            if v > 0xff_ffff {
                return err(
                    format!("Geneve VNI {v} greater than maximum 16777215"),
                    span,
                );
            }
        }
        // Taken for good, in gen_geneve_offsets' order.
        let s_lt = self.regs.alloc(span)?;
        let s_hdr = self.regs.alloc(span)?;
        let s_pl = self.regs.alloc(span)?;
        self.no_optimize = true;
        const GENEVE_PORT: u32 = 6081;
        let alu = |o: u16, k: u32| Insn::stmt(op::ALU | o | op::K, k);
        // A = X = length of the IP header; compute the inner offsets.
        let tail = |me: &Self| {
            let code = vec![
                alu(op::ADD, me.pl.k.wrapping_add(me.nl).wrapping_add(8)),
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
        if let Some(slot) = self.pl.var {
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
        self.pl = Off {
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
        if let Some(v) = label {
            if v > 0xfffff {
                return err(format!("MPLS label {v} greater than maximum 1048575"), span);
            }
        }
        let mut parts = if self.mpls_depth > 0 {
            vec![self.mcmp(self.load(self.pl, self.nl.wrapping_sub(2), op::B), 0x01, 0)]
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
        if let Some(v) = session {
            if v > 0xffff {
                return err(
                    format!("PPPoE session number {v} greater than maximum 65535"),
                    span,
                );
            }
        }
        let mut parts = vec![self.linktype(ETHERTYPE_PPPOES, span)?];
        if let Some(v) = session {
            parts.push(self.mcmp(self.nl_load(0, op::W), 0xffff, v));
        }
        // The PPPoE header follows the network offset (past 802.2/SNAP on
        // LLC-framed links).
        self.lt = Off {
            var: self.pl.var,
            k: self.pl.k.wrapping_add(self.nl).wrapping_add(6),
        };
        self.pl.k = self.pl.k.wrapping_add(self.nl).wrapping_add(8);
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
            LtKind::Ether if !netanalyzer => Ok(Cond::And(vec![
                self.not_802_3(),
                Cond::not(self.cmp(self.load(self.pl, 0, op::H), JEQ, 0xffff)),
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
    /// libpcap loops with a backward jump; the kernel allows none, so the
    /// walk is unrolled PROTOCHAIN_DEPTH headers deep.
    pub(super) fn protochain(&mut self, proto: Proto, v: u32, span: Span) -> R<Cond> {
        match proto {
            Proto::Default => Ok(Cond::Or(vec![
                self.protochain_one(false, v, span)?,
                self.protochain_one(true, v, span)?,
            ])),
            Proto::Ip => self.protochain_one(false, v, span),
            Proto::Ip6 => self.protochain_one(true, v, span),
            _ => err("bad protocol applied for 'protochain'", span),
        }
    }

    pub(super) fn protochain_one(&mut self, v6: bool, v: u32, span: Span) -> R<Cond> {
        if self.pl.var.is_some() {
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
        let base = self.pl.k.wrapping_add(self.nl);
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
        let start = if v6 {
            vec![
                Insn::stmt(op::LD | op::B | op::ABS, base.wrapping_add(6)),
                Insn::stmt(op::LDX | op::IMM, 40),
            ]
        } else {
            vec![
                Insn::stmt(op::LD | op::B | op::ABS, base.wrapping_add(9)),
                Insn::stmt(op::LDX | op::B | op::MSH, base),
            ]
        };
        let lt = self.linktype(if v6 { ETHERTYPE_IPV6 } else { ETHERTYPE_IP }, span)?;
        Ok(Cond::And(vec![lt, Cond::Pre(start, Box::new(step))]))
    }
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
