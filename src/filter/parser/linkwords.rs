//! Keywords of link types with headers of their own: libpcap's pfvar
//! (pflog), mtp2type and mtp3field (MTP2 and SS7), and the ATM rules
//! (SunATM). On a link type that has no such header each is refused where
//! it stands, in libpcap's words, before anything after it is parsed.

use super::*;
use crate::link::LinkType;
use crate::wire::linktype as dlt;

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
const PFLOG: &[u32] = &[dlt::PFLOG];
/// 802.11 with and without a radio header (Prism, AVS, radiotap); not
/// PPI, whose frame control libpcap does not reach for these keywords.
const WLAN: &[u32] = &[
    dlt::IEEE802_11,
    dlt::PRISM_HEADER,
    dlt::IEEE802_11_RADIO,
    dlt::IEEE802_11_RADIO_AVS,
];
const SUNATM: &[u32] = &[dlt::SUNATM];
/// MTP2 with and without its pseudo-header, and ERF.
const MTP2: &[u32] = &[dlt::MTP2_WITH_PHDR, dlt::MTP2, dlt::ERF];

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
            Family::Wlan => WLAN,
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

/// The 802.11 frame types and subtypes by libpcap's names (grammar.y's
/// ieee80211_types and ieee80211_*_subtypes), values as the first frame
/// control byte holds them.
const WLAN_TYPE_MASK: u32 = 0x0c;
const WLAN_SUBTYPE_MASK: u32 = 0xf0;
const WLAN_TYPES: &[(&str, u32)] = &[
    ("data", 0x08),
    ("mgt", 0x00),
    ("management", 0x00),
    ("ctl", 0x04),
    ("control", 0x04),
];
const WLAN_MGT_SUBTYPES: &[(&str, u32)] = &[
    ("assocreq", 0x00),
    ("assoc-req", 0x00),
    ("assocresp", 0x10),
    ("assoc-resp", 0x10),
    ("reassocreq", 0x20),
    ("reassoc-req", 0x20),
    ("reassocresp", 0x30),
    ("reassoc-resp", 0x30),
    ("probereq", 0x40),
    ("probe-req", 0x40),
    ("proberesp", 0x50),
    ("probe-resp", 0x50),
    ("beacon", 0x80),
    ("atim", 0x90),
    ("disassoc", 0xa0),
    ("disassociation", 0xa0),
    ("auth", 0xb0),
    ("authentication", 0xb0),
    ("deauth", 0xc0),
    ("deauthentication", 0xc0),
];
const WLAN_CTL_SUBTYPES: &[(&str, u32)] = &[
    ("ps-poll", 0xa0),
    ("rts", 0xb0),
    ("cts", 0xc0),
    ("ack", 0xd0),
    ("cf-end", 0xe0),
    ("cf-end-ack", 0xf0),
];
const WLAN_DATA_SUBTYPES: &[(&str, u32)] = &[
    ("data", 0x00),
    ("data-cf-ack", 0x10),
    ("data-cf-poll", 0x20),
    ("data-cf-ack-poll", 0x30),
    ("null", 0x40),
    ("cf-ack", 0x50),
    ("cf-poll", 0x60),
    ("cf-ack-poll", 0x70),
    ("qos-data", 0x80),
    ("qos-data-cf-ack", 0x90),
    ("qos-data-cf-poll", 0xa0),
    ("qos-data-cf-ack-poll", 0xb0),
    ("qos", 0xc0),
    ("qos-cf-poll", 0xe0),
    ("qos-cf-ack-poll", 0xf0),
];
/// Each type with its subtypes, in the order libpcap searches them.
const WLAN_SUBTYPES: &[(u32, &[(&str, u32)])] = &[
    (0x00, WLAN_MGT_SUBTYPES),
    (0x04, WLAN_CTL_SUBTYPES),
    (0x08, WLAN_DATA_SUBTYPES),
];
/// The frame control direction bits by name.
const WLAN_DIRS: &[(&str, u32)] = &[("nods", 0), ("tods", 1), ("fromds", 2), ("dstods", 3)];

/// libpcap's str2tok: a name in a table, case-insensitively.
fn lookup(table: &[(&str, u32)], name: &str) -> Option<u32> {
    table
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, v)| v)
}

/// The 802.11 address a direction qualifier names (`addr1`..., `ra`, `ta`).
pub(super) fn wlan_dir(word: &str) -> Option<Dir> {
    Some(match word {
        "addr1" | "address1" => Dir::Addr(1),
        "addr2" | "address2" => Dir::Addr(2),
        "addr3" | "address3" => Dir::Addr(3),
        "addr4" | "address4" => Dir::Addr(4),
        "ra" => Dir::Ra,
        "ta" => Dir::Ta,
        _ => return None,
    })
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
        if let Some(test) = self.wlan_test(kw)? {
            return Ok(Some(Other::Wlan(test)));
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
                let n = self.num()?;
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

    /// libpcap's p80211: `type T [subtype S]`, `subtype S`, `dir D`.
    fn wlan_test(&mut self, kw: &str) -> Result<Option<WlanTest>, FilterError> {
        let test = match kw {
            "type" => {
                self.pos += 1;
                let ty = self.wlan_value("type", WLAN_TYPE_MASK, |name| {
                    lookup(WLAN_TYPES, name)
                        .ok_or_else(|| format!("unknown 802.11 type name \"{name}\""))
                })?;
                if !self.is_kw("subtype") {
                    return Ok(Some(WlanTest::Type {
                        value: ty,
                        mask: WLAN_TYPE_MASK,
                    }));
                }
                self.pos += 1;
                let sub = self.wlan_value("subtype", WLAN_SUBTYPE_MASK, |name| {
                    let (_, table) = WLAN_SUBTYPES
                        .iter()
                        .find(|(t, _)| *t == ty)
                        .ok_or("unknown 802.11 type")?;
                    lookup(table, name)
                        .ok_or_else(|| format!("unknown 802.11 subtype name \"{name}\""))
                })?;
                WlanTest::Type {
                    value: ty | sub,
                    mask: WLAN_TYPE_MASK | WLAN_SUBTYPE_MASK,
                }
            }
            "subtype" => {
                self.pos += 1;
                let Some(Tok::Id(name)) = self.peek().cloned() else {
                    return Err(self.unexpected("an 802.11 subtype name"));
                };
                let value = WLAN_SUBTYPES
                    .iter()
                    .find_map(|&(ty, table)| lookup(table, &name).map(|sub| ty | sub))
                    .ok_or_else(|| {
                        self.error("unknown 802.11 type name".into(), self.span_here())
                    })?;
                self.pos += 1;
                WlanTest::Type {
                    value,
                    mask: WLAN_TYPE_MASK | WLAN_SUBTYPE_MASK,
                }
            }
            "dir" => {
                self.pos += 1;
                let value = match self.peek().cloned() {
                    Some(Tok::Num(n)) => n,
                    Some(Tok::Id(name)) => lookup(WLAN_DIRS, &name).ok_or_else(|| {
                        self.error("unknown 802.11 direction".into(), self.span_here())
                    })?,
                    _ => return Err(self.unexpected("an 802.11 direction")),
                };
                self.pos += 1;
                WlanTest::Dir(value)
            }
            _ => return Ok(None),
        };
        Ok(Some(test))
    }

    /// An 802.11 type or subtype: a number within `mask`, or a name.
    fn wlan_value(
        &mut self,
        what: &str,
        mask: u32,
        by_name: impl Fn(&str) -> Result<u32, String>,
    ) -> Result<u32, FilterError> {
        let span = self.span_here();
        let value = match self.peek().cloned() {
            Some(Tok::Num(n)) if n & !mask != 0 => {
                return Err(self.error(format!("invalid 802.11 {what} value 0x{n:02x}"), span));
            }
            Some(Tok::Num(n)) => n,
            Some(Tok::Id(name)) => by_name(&name).map_err(|m| self.error(m, span))?,
            _ => return Err(self.unexpected(&format!("an 802.11 {what}"))),
        };
        self.pos += 1;
        Ok(value)
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
        let value = self.num()?;
        Ok(FieldTest {
            op,
            negate,
            value,
            span,
        })
    }
}
