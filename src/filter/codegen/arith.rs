//! Relations over packet bytes: proto[expr:size] loads, arithmetic and
//! comparisons, with libpcap's rules for which protocol checks apply.

use super::*;

impl Gen {
    /// The slot libpcap holds `a`'s value in, taking and freeing slots in
    /// gencode.c's order without generating code: for what afsniff folds.
    fn shadow(&mut self, a: &Arith, span: Span) -> R<u32> {
        match a {
            Arith::Num(_) | Arith::Len => self.regs.alloc(span),
            Arith::Neg(e) => self.shadow(e, span),
            Arith::Bin(_, l, r) => {
                let (a, b) = (self.shadow(l, span)?, self.shadow(r, span)?);
                self.regs.free(a);
                self.regs.free(b);
                self.regs.alloc(span)
            }
            Arith::Load { index, .. } => {
                let i = self.shadow(index, span)?;
                let slot = self.regs.alloc(span)?;
                self.regs.free(i);
                Ok(slot)
            }
        }
    }

    /// Code leaving the value of `a` in A, the slot libpcap would hold it
    /// in (taken), and in `conds` the conditions its loads need.
    pub(super) fn arith(
        &mut self,
        a: &Arith,
        conds: &mut Vec<Cond>,
        span: Span,
    ) -> R<(Vec<Insn>, u32)> {
        let (mut code, slot) = self.value(a, conds, span)?;
        if self.store_values {
            code.push(Insn::stmt(op::ST, slot));
        }
        Ok((code, slot))
    }

    /// Constants folded, unless every value must reach its slot.
    fn fold(&self, a: &Arith) -> Option<u32> {
        if self.store_values {
            return None;
        }
        fold(a)
    }

    fn value(&mut self, a: &Arith, conds: &mut Vec<Cond>, span: Span) -> R<(Vec<Insn>, u32)> {
        gencode_checks(a, span)?;
        if let Some(v) = self.fold(a) {
            let slot = self.shadow(a, span)?;
            return Ok((vec![Insn::stmt(op::LD | op::IMM, v)], slot));
        }
        Ok(match a {
            Arith::Num(k) => (
                vec![Insn::stmt(op::LD | op::IMM, *k)],
                self.regs.alloc(span)?,
            ),
            Arith::Len => (
                vec![Insn::stmt(op::LD | op::W | op::LEN, 0)],
                self.regs.alloc(span)?,
            ),
            Arith::Neg(e) => {
                let (mut code, slot) = self.arith(e, conds, span)?;
                code.push(Insn::stmt(op::ALU | op::NEG, 0));
                (code, slot)
            }
            Arith::Bin(o, l, r) => {
                let alu = match o {
                    ArithOp::Add => op::ADD,
                    ArithOp::Sub => op::SUB,
                    ArithOp::Mul => op::MUL,
                    ArithOp::Div => op::DIV,
                    ArithOp::Mod => op::MOD,
                    ArithOp::And => op::AND,
                    ArithOp::Or => op::OR,
                    ArithOp::Xor => op::XOR,
                    ArithOp::Lsh => op::LSH,
                    ArithOp::Rsh => op::RSH,
                };
                let (mut code, left) = self.arith(l, conds, span)?;
                // libpcap's gen_arth keeps only the left operand's protocol
                // checks; the right operand's are dropped, and so they are here.
                let mut dropped = Vec::new();
                let right = if let Some(k) = self.fold(r) {
                    let zero_divisor = matches!(o, ArithOp::Div | ArithOp::Mod) && k == 0;
                    let too_far = matches!(o, ArithOp::Lsh | ArithOp::Rsh) && k > 31;
                    if zero_divisor || too_far {
                        // A divisor or shift count that comes to zero or
                        // past 31 only once folded: libpcap's optimizer
                        // refuses it if the operation survives its passes;
                        // unoptimized, the interpreter rejects the packet
                        // (division) or gives 0 (shift) at run time.
                        if self.will_optimize {
                            let why = if zero_divisor {
                                zero_divisor_message(*o)
                            } else {
                                "shift by more than 31 bits"
                            };
                            self.folded_refusal.get_or_insert((why, span));
                            code.push(Insn::stmt(op::ALU | alu | op::K, k));
                        } else {
                            code.push(Insn::stmt(op::LDX | op::IMM, k));
                            code.push(Insn::stmt(op::ALU | alu | op::X, 0));
                        }
                    } else {
                        code.push(Insn::stmt(op::ALU | alu | op::K, k));
                    }
                    self.shadow(r, span)?
                } else {
                    let right = self.right_into_x(&mut code, left, r, &mut dropped, span)?;
                    code.push(Insn::stmt(op::ALU | alu | op::X, 0));
                    right
                };
                self.regs.free(left);
                self.regs.free(right);
                (code, self.regs.alloc(span)?)
            }
            Arith::Load {
                proto,
                index,
                size,
                span: lspan,
            } => self.load_expr(*proto, index, *size, conds, *lspan)?,
        })
    }

    /// With the left operand's value in A (`code`) and its slot `left`:
    /// appends code leaving `r` in X and the left operand back in A, and
    /// returns `r`'s slot.
    fn right_into_x(
        &mut self,
        code: &mut Vec<Insn>,
        left: u32,
        r: &Arith,
        conds: &mut Vec<Cond>,
        span: Span,
    ) -> R<u32> {
        // With store_values, `arith` has stored it already.
        if !self.store_values {
            code.push(Insn::stmt(op::ST, left));
        }
        let (right_code, right) = self.arith(r, conds, span)?;
        code.extend(right_code);
        code.push(Insn::stmt(op::MISC | op::TAX, 0));
        code.push(Insn::stmt(op::LD | op::MEM, left));
        Ok(right)
    }

    pub(super) fn load_expr(
        &mut self,
        proto: Proto,
        index: &Arith,
        size: u32,
        conds: &mut Vec<Cond>,
        span: Span,
    ) -> R<(Vec<Insn>, u32)> {
        let sz = size_code(size);
        let konst = match index {
            Arith::Num(k) if !self.store_values => Some(*k),
            _ => None,
        };
        // Only the index's own tests go between this protocol's checks;
        // tests already in `conds` (an operand before this one) stay first.
        let before_index = conds.len();
        let (mut idx_code, idx_slot) = match konst {
            Some(_) => (Vec::new(), self.shadow(index, span)?),
            None => self.arith(index, conds, span)?,
        };
        // gen_load takes the result's slot before it frees the index's.
        let slot = self.regs.alloc(span)?;
        self.regs.free(idx_slot);
        // Where the protocol's header starts, and what must hold first.
        enum Base {
            Abs(Off),
            Transport,
        }
        let base = match proto {
            Proto::Link => Base::Abs(self.linkhdr),
            Proto::Ip
            | Proto::Arp
            | Proto::Rarp
            | Proto::Atalk
            | Proto::Decnet
            | Proto::Sca
            | Proto::Lat
            | Proto::Moprc
            | Proto::Mopdl
            | Proto::Ip6 => {
                conds.push(self.abbrev(proto, span)?);
                Base::Abs(Off {
                    var: self.pl().var,
                    k: self.pl().k.wrapping_add(self.nl),
                })
            }
            Proto::Tcp
            | Proto::Udp
            | Proto::Icmp
            | Proto::Igmp
            | Proto::Igrp
            | Proto::Pim
            | Proto::Vrrp
            | Proto::Carp
            | Proto::Sctp => {
                // libpcap: ip, then the index's own tests, then the
                // protocol's abbreviation (for tcp, udp, sctp and pim that
                // is "IPv4 or IPv6 with this protocol") and not a later
                // fragment. The IPv6 half is dead after `ip`, but its
                // branches decide which facts dominate what follows.
                let index_conds = conds.split_off(before_index);
                conds.push(self.linktype(ETHERTYPE_IP, span)?);
                conds.extend(index_conds);
                conds.push(self.abbrev(proto, span)?);
                conds.push(self.ip_frag_ok());
                Base::Transport
            }
            Proto::Icmp6 => {
                // libpcap checks only the first next-header here, not a fragment header.
                let index_conds = conds.split_off(before_index);
                conds.push(self.linktype(ETHERTYPE_IPV6, span)?);
                conds.extend(index_conds);
                conds.push(self.cmp(self.nl_load(IP6_NEXT_HEADER, op::B), JEQ, IPPROTO_ICMPV6));
                Base::Abs(Off {
                    var: self.pl().var,
                    k: self.pl().k.wrapping_add(self.nl).wrapping_add(40),
                })
            }
            // The only link-layer-less radio header libpcap indexes is on
            // 802.11 captures; everything else has no index at all.
            Proto::Radio => return err("radio information not present in capture", span),
            _ => return err("unsupported index operation", span),
        };
        let code = match (base, konst) {
            (Base::Abs(off), Some(k)) => match off.var {
                None => self.load(off, k, sz),
                // libpcap adds even a constant index to the offset's
                // variable part at run time.
                Some(var) => vec![
                    Insn::stmt(op::LD | op::IMM, k),
                    Insn::stmt(op::LDX | op::MEM, var),
                    Insn::stmt(op::ALU | op::ADD | op::X, 0),
                    Insn::stmt(op::MISC | op::TAX, 0),
                    Insn::stmt(op::LD | sz | op::IND, off.k),
                ],
            },
            (Base::Abs(off), None) => {
                if let Some(slot) = off.var {
                    idx_code.push(Insn::stmt(op::LDX | op::MEM, slot));
                    idx_code.push(Insn::stmt(op::ALU | op::ADD | op::X, 0));
                }
                idx_code.push(Insn::stmt(op::MISC | op::TAX, 0));
                idx_code.push(Insn::stmt(op::LD | sz | op::IND, off.k));
                idx_code
            }
            (Base::Transport, Some(k)) => self.transport_load(k, sz),
            (Base::Transport, None) => {
                // The index waits in its slot while X gets the IP header length.
                if !self.store_values {
                    idx_code.push(Insn::stmt(op::ST, idx_slot));
                }
                idx_code.extend(self.iphdrlen_x());
                idx_code.push(Insn::stmt(op::LD | op::MEM, idx_slot));
                idx_code.push(Insn::stmt(op::ALU | op::ADD | op::X, 0));
                idx_code.push(Insn::stmt(op::MISC | op::TAX, 0));
                idx_code.push(Insn::stmt(
                    op::LD | sz | op::IND,
                    self.pl().k.wrapping_add(self.nl),
                ));
                idx_code
            }
        };
        Ok((code, slot))
    }

    pub fn relation(
        &mut self,
        rel: RelOp,
        negate: bool,
        lhs: &Arith,
        rhs: &Arith,
        span: Span,
    ) -> R<Cond> {
        let mut conds = Vec::new();
        let (mut code, left) = self.arith(lhs, &mut conds, span)?;
        let jmp = match rel {
            RelOp::Gt => op::JMP | op::JGT,
            RelOp::Ge => op::JMP | op::JGE,
            RelOp::Eq => op::JMP | op::JEQ,
        };
        gencode_checks(rhs, span)?;
        let (test, right) = if let Some(k) = self.fold(rhs) {
            (Cond::test(code, jmp | op::K, k), self.shadow(rhs, span)?)
        } else {
            let right = self.right_into_x(&mut code, left, rhs, &mut conds, span)?;
            (Cond::test(code, jmp | op::X, 0), right)
        };
        self.regs.free(left);
        self.regs.free(right);
        // Constant arithmetic folded here is no constant yet to libpcap's
        // branch passes; a bare number is.
        let computed = |a: &Arith| !matches!(a, Arith::Num(_)) && fold(a).is_some();
        let plain = matches!(rhs, Arith::Num(_)) && !computed(lhs);
        let test = Cond::Rel(Box::new(test), plain);
        conds.push(if negate { Cond::not(test) } else { test });
        Ok(Cond::And(conds))
    }
}

fn zero_divisor_message(o: ArithOp) -> &'static str {
    if o == ArithOp::Mod {
        "modulus by zero"
    } else {
        "division by zero"
    }
}

/// The constant libpcap's code for `a` starts by loading, if any: the
/// leftmost number, looking into load indexes (`ip[0]` starts `ld #0`).
fn leading_literal(a: &Arith) -> Option<u32> {
    match a {
        Arith::Num(k) => Some(*k),
        Arith::Len => None,
        Arith::Load { index, .. } => leading_literal(index),
        Arith::Bin(_, l, _) => leading_literal(l),
        Arith::Neg(e) => leading_literal(e),
    }
}

/// libpcap's gen_arth refuses a divisor or shift count by the first
/// instruction of its code, whatever follows: `x / ip[0]` is "division by
/// zero" (the index 0 is loaded first), `x << ip[40]` a shift too big.
fn gencode_checks(a: &Arith, span: Span) -> R<()> {
    match a {
        Arith::Num(_) | Arith::Len => Ok(()),
        Arith::Load { index, .. } => gencode_checks(index, span),
        Arith::Neg(e) => gencode_checks(e, span),
        Arith::Bin(o, l, r) => {
            gencode_checks(l, span)?;
            gencode_checks(r, span)?;
            match (o, leading_literal(r)) {
                (ArithOp::Div | ArithOp::Mod, Some(0)) => err(zero_divisor_message(*o), span),
                (ArithOp::Lsh | ArithOp::Rsh, Some(k)) if k > 31 => {
                    err("shift by more than 31 bits", span)
                }
                _ => Ok(()),
            }
        }
    }
}

/// The value of an expression made of constants only, as libpcap's
/// optimizer folds it (a shift of 32 or more gives 0); None with a zero
/// divisor anywhere, which is left for the program (see `arith`).
fn fold(a: &Arith) -> Option<u32> {
    Some(match a {
        Arith::Num(k) => *k,
        Arith::Len | Arith::Load { .. } => return None,
        Arith::Neg(e) => fold(e)?.wrapping_neg(),
        Arith::Bin(o, l, r) => {
            let (x, y) = (fold(l)?, fold(r)?);
            match o {
                ArithOp::Add => x.wrapping_add(y),
                ArithOp::Sub => x.wrapping_sub(y),
                ArithOp::Mul => x.wrapping_mul(y),
                ArithOp::Div => x.checked_div(y)?,
                ArithOp::Mod => x.checked_rem(y)?,
                ArithOp::And => x & y,
                ArithOp::Or => x | y,
                ArithOp::Xor => x ^ y,
                ArithOp::Lsh => x.checked_shl(y).unwrap_or(0),
                ArithOp::Rsh => x.checked_shr(y).unwrap_or(0),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(n: u32) -> Box<Arith> {
        Box::new(Arith::Num(n))
    }

    #[test]
    fn constants_fold_with_libpcaps_errors() {
        let e = Arith::Bin(ArithOp::Or, num(2), num(1));
        assert_eq!(fold(&e), Some(3));
        let shifted = Arith::Bin(ArithOp::Lsh, num(0xf), num(2));
        assert_eq!(fold(&shifted), Some(60));
        assert_eq!(fold(&Arith::Bin(ArithOp::Div, num(1), num(0))), None);
        // Folded shifts of 32 or more give 0; only a literal count is refused.
        assert_eq!(fold(&Arith::Bin(ArithOp::Rsh, num(1), num(32))), Some(0));
        let shift = |r| Arith::Bin(ArithOp::Lsh, num(1), r);
        assert!(gencode_checks(&shift(num(32)), (0, 1)).is_err());
        let sum = Box::new(Arith::Bin(ArithOp::Add, num(16), num(16)));
        assert!(gencode_checks(&shift(sum), (0, 1)).is_ok());
        let ip0 = Box::new(Arith::Load {
            proto: Proto::Ip,
            index: num(0),
            size: 1,
            span: (0, 1),
        });
        let e = gencode_checks(&Arith::Bin(ArithOp::Mod, num(12), ip0), (0, 1));
        assert_eq!(e.err().map(|e| e.message), Some("modulus by zero".into()));
        assert_eq!(fold(&Arith::Neg(num(1))), Some(u32::MAX));
        let plus_len = Arith::Bin(ArithOp::Add, Box::new(Arith::Len), num(1));
        assert_eq!(fold(&plus_len), None);
    }

    #[test]
    fn right_operand_checks_are_dropped_like_libpcap() {
        let mut g = Gen::ethernet_for_tests(false, 0);
        let load = |p| {
            Box::new(Arith::Load {
                proto: p,
                index: num(0),
                size: 1,
                span: (0, 1),
            })
        };
        let mut conds = Vec::new();
        g.arith(
            &Arith::Bin(ArithOp::Add, load(Proto::Ip), load(Proto::Tcp)),
            &mut conds,
            (0, 1),
        )
        .expect("compiles");
        assert_eq!(conds.len(), 1, "only ip[]'s check survives: {conds:?}");
    }
}
