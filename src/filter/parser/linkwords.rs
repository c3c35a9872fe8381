//! Keywords of link types with headers of their own: libpcap's pfvar
//! (pflog), mtp2type and mtp3field (MTP2 and SS7), and the ATM rules
//! (SunATM). On a link type that has no such header each is refused where
//! it stands, in libpcap's words, before anything after it is parsed.

use super::*;
use crate::link::LinkType;

/// The link types whose header a family of keywords reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Pflog,
    Wlan,
    Atm,
    Mtp2,
    Ss7,
}

/// LINKTYPE_ numbers of the headers each family reads.
const PFLOG: &[u32] = &[117];
const SUNATM: &[u32] = &[123];
/// MTP2 with and without its pseudo-header, and ERF.
const MTP2: &[u32] = &[139, 140, 197];

impl Family {
    fn of(word: &str) -> Option<Family> {
        Some(match word {
            "ifname" | "on" | "rnr" | "rulenum" | "srnr" | "subrulenum" | "reason" | "rset"
            | "ruleset" | "action" => Family::Pflog,
            "type" | "subtype" | "dir" => Family::Wlan,
            "vpi" | "vci" | "lane" | "oamf4" | "oamf4ec" | "oamf4sc" | "oam" | "metac" | "bcc"
            | "sc" | "ilmic" | "connectmsg" | "metaconnect" => Family::Atm,
            "fisu" | "lssu" | "msu" | "hfisu" | "hlssu" | "hmsu" => Family::Mtp2,
            "sio" | "opc" | "dpc" | "sls" | "hsio" | "hopc" | "hdpc" | "hsls" => Family::Ss7,
            _ => return None,
        })
    }

    fn compiled_on(self, link: LinkType) -> bool {
        let links = match self {
            Family::Pflog => PFLOG,
            // Not compiled yet: the link types themselves are refused.
            Family::Wlan => return false,
            Family::Atm => SUNATM,
            Family::Mtp2 | Family::Ss7 => MTP2,
        };
        matches!(link, LinkType::Other(n) if links.contains(&n))
    }
}

/// libpcap's refusal of `word` on a link type without its header.
fn refusal(word: &str) -> String {
    match word {
        "ifname" | "on" => "ifname supported only on PF linktype".into(),
        "rnr" | "rulenum" => "rnr supported only on PF linktype".into(),
        "srnr" | "subrulenum" => "srnr supported only on PF linktype".into(),
        "reason" => "reason supported only on PF linktype".into(),
        "rset" | "ruleset" => "ruleset supported only on PF linktype".into(),
        "action" => "action supported only on PF linktype".into(),
        "type" | "subtype" => "802.11 link-layer types supported only on 802.11".into(),
        "dir" => "frame direction supported only with 802.11 headers".into(),
        // libpcap's own spelling of these two.
        "oamf4ec" => "'oam4ec' supported only on raw ATM".into(),
        "oamf4sc" => "'oam4sc' supported only on raw ATM".into(),
        "hfisu" | "hlssu" | "hmsu" => format!("'{word}' supported only on MTP2_HSL"),
        "hsio" | "hopc" | "hdpc" | "hsls" => format!("'{}' supported only on SS7", &word[1..]),
        w => match Family::of(w) {
            Some(Family::Atm) => format!("'{w}' supported only on raw ATM"),
            Some(Family::Mtp2) => format!("'{w}' supported only on MTP2"),
            _ => format!("'{w}' supported only on SS7"),
        },
    }
}

/// The pflog reasons and actions libpcap names on Linux (grammar.y's
/// pflog_reasons and pflog_actions without the BSD-only ones).
const PF_REASONS: &[&str] = &[
    "match",
    "bad-offset",
    "fragment",
    "short",
    "normalize",
    "memory",
    "bad-timestamp",
    "congestion",
    "ip-option",
    "proto-cksum",
    "state-mismatch",
    "state-insert",
    "state-limit",
    "src-limit",
    "synproxy",
];
const PF_ACTIONS: &[(&str, u32)] = &[
    ("pass", 0),
    ("accept", 0),
    ("drop", 1),
    ("block", 1),
    ("scrub", 2),
    ("noscrub", 3),
    ("nat", 4),
    ("nonat", 5),
    ("binat", 6),
    ("nobinat", 7),
    ("rdr", 8),
    ("nordr", 9),
    ("synproxy-drop", 10),
];

fn atm_class(word: &str) -> Option<AtmClass> {
    Some(match word {
        "lane" => AtmClass::Lane,
        "metac" => AtmClass::Metac,
        "bcc" => AtmClass::Bcc,
        "oamf4ec" => AtmClass::Oamf4ec,
        "oamf4sc" => AtmClass::Oamf4sc,
        "sc" => AtmClass::Sc,
        "ilmic" => AtmClass::Ilmic,
        "oam" => AtmClass::Oam,
        "oamf4" => AtmClass::Oamf4,
        "connectmsg" => AtmClass::Connectmsg,
        "metaconnect" => AtmClass::Metaconnect,
        _ => return None,
    })
}

fn link_field(word: &str) -> Option<LinkField> {
    let high = word.starts_with('h');
    Some(match word {
        "sio" | "hsio" => LinkField::Sio { high },
        "opc" | "hopc" => LinkField::Opc { high },
        "dpc" | "hdpc" => LinkField::Dpc { high },
        "sls" | "hsls" => LinkField::Sls { high },
        "vpi" => LinkField::Vpi,
        "vci" => LinkField::Vci,
        _ => return None,
    })
}

fn mtp2_unit(word: &str) -> Option<Mtp2Unit> {
    let (high, base) = match word.strip_prefix('h') {
        Some(rest) => (true, rest),
        None => (false, word),
    };
    let kind = match base {
        "fisu" => Mtp2Kind::Fisu,
        "lssu" => Mtp2Kind::Lssu,
        "msu" => Mtp2Kind::Msu,
        _ => return None,
    };
    Some(Mtp2Unit { kind, high })
}

impl Parser<'_> {
    /// Refuses a keyword of a link type other than the one compiled for.
    pub(super) fn other_link_keyword(&self) -> Result<(), FilterError> {
        let word = match self.peek() {
            Some(Tok::Kw(word)) => *word,
            Some(Tok::Id(word)) => word.as_str(),
            _ => return Ok(()),
        };
        match Family::of(word) {
            Some(f) if !f.compiled_on(self.link) => {
                Err(self.error(refusal(word), self.span_here()))
            }
            _ => Ok(()),
        }
    }

    /// The primitive `kw` starts, if it is one of these families' (the
    /// link type was checked by other_link_keyword).
    pub(super) fn link_word(&mut self, kw: &str) -> Result<Option<Other>, FilterError> {
        if let Some(unit) = mtp2_unit(kw) {
            self.pos += 1;
            return Ok(Some(Other::Mtp2(unit)));
        }
        if let Some(class) = atm_class(kw) {
            self.pos += 1;
            return Ok(Some(Other::Atm(class)));
        }
        if let Some(field) = link_field(kw) {
            self.pos += 1;
            let tests = self.field_values()?;
            return Ok(Some(Other::Field { field, tests }));
        }
        let pf = match kw {
            "ifname" | "on" | "rset" | "ruleset" => {
                self.pos += 1;
                let Some(Tok::Id(name)) = self.peek().cloned() else {
                    return Err(self.unexpected("a name"));
                };
                self.pos += 1;
                if matches!(kw, "ifname" | "on") {
                    PfField::Ifname(name)
                } else {
                    PfField::Ruleset(name)
                }
            }
            "rnr" | "rulenum" | "srnr" | "subrulenum" => {
                self.pos += 1;
                let n = self.num(kw)?;
                if matches!(kw, "rnr" | "rulenum") {
                    PfField::Rnr(n)
                } else {
                    PfField::Srnr(n)
                }
            }
            "reason" => {
                self.pos += 1;
                let reason = match self.peek().cloned() {
                    Some(Tok::Num(n)) => n,
                    Some(Tok::Id(name)) => self.named(&name, "reason", |w| {
                        PF_REASONS.iter().position(|r| *r == w).map(|i| i as u32)
                    })?,
                    _ => return Err(self.unexpected("a reason number or name")),
                };
                self.pos += 1;
                PfField::Reason(reason)
            }
            "action" => {
                self.pos += 1;
                let Some(Tok::Id(name)) = self.peek().cloned() else {
                    return Err(self.unexpected("an action name"));
                };
                let action = self.named(&name, "action", |w| {
                    PF_ACTIONS.iter().find(|(a, _)| *a == w).map(|&(_, v)| v)
                })?;
                self.pos += 1;
                PfField::Action(action)
            }
            _ => return Ok(None),
        };
        Ok(Some(Other::Pf(pf)))
    }

    /// A pflog reason or action by name, as libpcap's str2tok matches it
    /// (case-insensitively).
    fn named(
        &self,
        name: &str,
        what: &str,
        find: impl Fn(&str) -> Option<u32>,
    ) -> Result<u32, FilterError> {
        find(&name.to_ascii_lowercase())
            .ok_or_else(|| self.error(format!("unknown PF {what} \"{name}\""), self.span_here()))
    }

    /// mtp3value / atmvalue: NUM, a relation and NUM, or `( NUM or NUM
    /// ... )`.
    fn field_values(&mut self) -> Result<Vec<FieldTest>, FilterError> {
        let rel = match self.peek() {
            Some(Tok::Op(">")) => Some((RelOp::Gt, false)),
            Some(Tok::Op(">=")) => Some((RelOp::Ge, false)),
            Some(Tok::Op("=" | "==")) => Some((RelOp::Eq, false)),
            Some(Tok::Op("<=")) => Some((RelOp::Gt, true)),
            Some(Tok::Op("<")) => Some((RelOp::Ge, true)),
            Some(Tok::Op("!=")) => Some((RelOp::Eq, true)),
            _ => None,
        };
        if let Some((op, negate)) = rel {
            self.pos += 1;
            return Ok(vec![self.field_value(op, negate)?]);
        }
        if !self.is_op("(") {
            return Ok(vec![self.field_value(RelOp::Eq, false)?]);
        }
        self.pos += 1;
        let mut tests = vec![self.field_value(RelOp::Eq, false)?];
        while self.is_or() {
            self.pos += 1;
            tests.push(self.field_value(RelOp::Eq, false)?);
        }
        self.expect_op(")")?;
        Ok(tests)
    }

    fn field_value(&mut self, op: RelOp, negate: bool) -> Result<FieldTest, FilterError> {
        let span = self.span_here();
        let value = self.num("a field")?;
        Ok(FieldTest {
            op,
            negate,
            value,
            span,
        })
    }
}
