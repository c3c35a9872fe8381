//! Recursive-descent parser for pcap-filter(7), following libpcap's grammar:
//! `and` and `or` share one precedence level and group to the left, a bare
//! id inherits the qualifiers of the term before it (`port 80 or 443`), and
//! a parenthesised expression passes on the qualifiers from before it.

use super::FilterError;
use super::ast::*;
use super::lexer::{Tok, Token};
use crate::link::LinkType;

mod linkwords;

pub struct Parser<'a> {
    expr: &'a str,
    toks: Vec<Token>,
    pos: usize,
    /// Nesting of parentheses and `not`, bounded so that no input can
    /// exhaust the stack.
    depth: usize,
    /// Operators in the current arithmetic expression (its tree depth).
    arith_ops: usize,
    /// The link type compiled for: its own keywords parse, others' are
    /// refused (linkwords.rs).
    link: LinkType,
}

/// Limits that keep hostile input from exhausting the stack.
const MAX_TOKENS: usize = 4096;
const MAX_DEPTH: usize = 100;
const MAX_ARITH_OPS: usize = 256;

/// Qualifiers handed to a following bare id; None is libpcap's `qerr`.
type Inherit = Option<Quals>;

pub fn parse(expr: &str, toks: Vec<Token>, link: LinkType) -> Result<Expr, FilterError> {
    if toks.len() > MAX_TOKENS {
        return Err(FilterError {
            message: format!(
                "expression too long ({} tokens, at most {MAX_TOKENS})",
                toks.len()
            ),
            span: None,
            hint: Some("split it, or use -F with a shorter filter".into()),
            expr: expr.to_string(),
        });
    }
    let mut p = Parser {
        expr,
        toks,
        pos: 0,
        depth: 0,
        arith_ops: 0,
        link,
    };
    let (e, _) = p.expr_list(None)?;
    if p.pos < p.toks.len() {
        return Err(p.unexpected("'and', 'or' or the end of the expression"));
    }
    Ok(e)
}

fn pname(kw: &str) -> Option<Proto> {
    Some(match kw {
        "link" | "ether" | "ppp" | "slip" | "fddi" | "tr" | "wlan" => Proto::Link,
        "ip" => Proto::Ip,
        "ip6" => Proto::Ip6,
        "arp" => Proto::Arp,
        "rarp" => Proto::Rarp,
        "tcp" => Proto::Tcp,
        "udp" => Proto::Udp,
        "sctp" => Proto::Sctp,
        "icmp" => Proto::Icmp,
        "icmp6" => Proto::Icmp6,
        "igmp" => Proto::Igmp,
        "igrp" => Proto::Igrp,
        "pim" => Proto::Pim,
        "vrrp" => Proto::Vrrp,
        "carp" => Proto::Carp,
        "ah" => Proto::Ah,
        "esp" => Proto::Esp,
        "atalk" => Proto::Atalk,
        "aarp" => Proto::Aarp,
        "decnet" => Proto::Decnet,
        "lat" => Proto::Lat,
        "sca" => Proto::Sca,
        "moprc" => Proto::Moprc,
        "mopdl" => Proto::Mopdl,
        "iso" => Proto::Iso,
        "esis" | "es-is" => Proto::Esis,
        "isis" | "is-is" => Proto::Isis,
        "l1" => Proto::IsisL1,
        "l2" => Proto::IsisL2,
        "iih" => Proto::IsisIih,
        "lsp" => Proto::IsisLsp,
        "snp" => Proto::IsisSnp,
        "csnp" => Proto::IsisCsnp,
        "psnp" => Proto::IsisPsnp,
        "clnp" => Proto::Clnp,
        "stp" => Proto::Stp,
        "ipx" => Proto::Ipx,
        "netbeui" => Proto::Netbeui,
        "radio" => Proto::Radio,
        _ => return None,
    })
}

/// The id a token is by itself (a number, a name, a MAC or ARCnet
/// address); any other token back, for the parser to read on.
fn plain_id(tok: Tok) -> Result<Id, Tok> {
    match tok {
        Tok::Num(n) => Ok(Id::Num(n)),
        Tok::Id(s) => Ok(Id::Name(s)),
        Tok::Eid(m) => Ok(Id::Mac(m)),
        Tok::Aid(a) => Ok(Id::Aid(a)),
        other => Err(other),
    }
}

/// `Expr::And` or `Expr::Or`: what joins two sides.
type Join = fn(Box<Expr>, Box<Expr>) -> Expr;

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.tok)
    }
    fn peek_at(&self, n: usize) -> Option<&Tok> {
        self.toks.get(self.pos + n).map(|t| &t.tok)
    }
    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Some(Tok::Kw(k)) if *k == kw)
    }
    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }
    fn span_here(&self) -> Span {
        match self.toks.get(self.pos) {
            Some(t) => (t.start, t.end),
            None => (self.expr.len(), self.expr.len()),
        }
    }
    fn prev_end(&self) -> usize {
        if self.pos == 0 {
            0
        } else {
            self.toks[self.pos - 1].end
        }
    }
    fn text(&self, n: usize) -> &str {
        let t = &self.toks[n];
        &self.expr[t.start..t.end]
    }
    fn found(&self) -> String {
        match self.toks.get(self.pos) {
            Some(_) => format!("'{}'", self.text(self.pos)),
            None => "the end of the expression".to_string(),
        }
    }

    pub fn error(&self, message: String, span: Span) -> FilterError {
        FilterError {
            message,
            span: Some(span),
            hint: None,
            expr: self.expr.to_string(),
        }
    }

    fn unexpected(&self, expected: &str) -> FilterError {
        let after = if self.pos > 0 {
            format!(" after '{}'", self.text(self.pos - 1))
        } else {
            String::new()
        };
        let mut e = self.error(
            format!("expected {expected}{after}, found {}", self.found()),
            self.span_here(),
        );
        e.hint = self.wireshark_hint().or_else(|| match self.peek() {
            Some(Tok::Id(word)) => {
                super::lexer::suggest(word).map(|k| format!("did you mean '{k}'?"))
            }
            _ => None,
        });
        e
    }

    /// Wireshark display filters (`tcp.port == 80`) are a common slip.
    fn wireshark_hint(&self) -> Option<String> {
        let field = self.toks.iter().find_map(|t| match &t.tok {
            Tok::Id(s)
                if s.contains('.') && s.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) =>
            {
                Some(s.clone())
            }
            Tok::Kw(_) if self.expr[t.end..].starts_with('.') => {
                let rest = &self.expr[t.start..];
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
                    .unwrap_or(rest.len());
                Some(rest[..end].to_string())
            }
            _ => None,
        })?;
        let value = self
            .toks
            .iter()
            .rev()
            .find(|t| !matches!(t.tok, Tok::Op(_) | Tok::Kw(_)))
            .map(|t| self.expr[t.start..t.end].to_string())
            .unwrap_or_else(|| "VALUE".into());
        let (proto, rest) = field.split_once('.')?;
        let equivalent = match (proto, rest) {
            ("ip" | "ipv6", "addr" | "host") => format!("host {value}"),
            ("ip" | "ipv6", "src" | "src_host") => format!("src host {value}"),
            ("ip" | "ipv6", "dst" | "dst_host") => format!("dst host {value}"),
            ("ip", "proto") => format!("ip proto {value}"),
            ("tcp" | "udp" | "sctp", "port") => format!("{proto} port {value}"),
            ("tcp" | "udp" | "sctp", "srcport") => format!("{proto} src port {value}"),
            ("tcp" | "udp" | "sctp", "dstport") => format!("{proto} dst port {value}"),
            ("eth", "addr") => format!("ether host {value}"),
            ("eth", "src") => format!("ether src {value}"),
            ("eth", "dst") => format!("ether dst {value}"),
            ("eth", "type") => format!("ether proto {value}"),
            ("vlan", "id") => format!("vlan {value}"),
            ("frame", "len") => format!("len = {value}"),
            _ => "e.g. 'tcp port 80' or 'host 192.0.2.1'".to_string(),
        };
        Some(format!(
            "'{field}' is Wireshark display-filter syntax; in pcap-filter write: {equivalent}"
        ))
    }

    fn is_and(&self) -> bool {
        self.is_kw("and") || self.is_op("&&")
    }
    fn is_or(&self) -> bool {
        self.is_kw("or") || self.is_op("||")
    }
    fn is_not(&self) -> bool {
        self.is_kw("not") || self.is_op("!")
    }

    /// The `and`/`or` at pos, taken: the expression it joins two sides into.
    fn and_or(&mut self) -> Option<Join> {
        let join = if self.is_and() {
            Expr::And
        } else if self.is_or() {
            Expr::Or
        } else {
            return None;
        };
        self.pos += 1;
        Some(join)
    }

    /// expr: term { (and|or) (term|id) } -- one precedence level, left to right.
    fn expr_list(&mut self, inherit: Inherit) -> Result<(Expr, Inherit), FilterError> {
        let (mut lhs, mut q) = self.term(inherit)?;
        while let Some(join) = self.and_or() {
            let (rhs, rq) = if self.starts_id(0) {
                self.id(q)?
            } else {
                self.term(q)?
            };
            lhs = join(Box::new(lhs), Box::new(rhs));
            q = rq;
        }
        Ok((lhs, q))
    }

    /// Whether the tokens at pos+n begin a bare id (an address, name, number
    /// not followed by arithmetic, `!id`, or `(id or id)`).
    fn starts_id(&self, n: usize) -> bool {
        match self.peek_at(n) {
            Some(Tok::Id(_) | Tok::Hid(_) | Tok::Hid6(_) | Tok::Eid(_) | Tok::Aid(_)) => true,
            Some(Tok::Num(_)) => {
                !matches!(self.peek_at(n + 1), Some(Tok::Op(o)) if *o != "(" && *o != ")" && *o != "!" && *o != "&&" && *o != "||")
            }
            Some(Tok::Kw("not")) | Some(Tok::Op("!")) => self.starts_id(n + 1),
            Some(Tok::Op("(")) => self.starts_id(n + 1),
            _ => false,
        }
    }

    fn term(&mut self, inherit: Inherit) -> Result<(Expr, Inherit), FilterError> {
        self.depth += 1;
        let r = self.term_inner(inherit);
        self.depth -= 1;
        r
    }

    fn too_deep(&self) -> Option<FilterError> {
        (self.depth > MAX_DEPTH).then(|| {
            self.error(
                format!("expression nested more than {MAX_DEPTH} deep"),
                self.span_here(),
            )
        })
    }

    fn term_inner(&mut self, inherit: Inherit) -> Result<(Expr, Inherit), FilterError> {
        if let Some(e) = self.too_deep() {
            return Err(e);
        }
        self.other_link_keyword()?;
        if self.is_not() {
            self.pos += 1;
            let (e, q) = if self.starts_id(0) {
                self.id(inherit)?
            } else {
                self.term(inherit)?
            };
            return Ok((Expr::Not(Box::new(e)), q));
        }
        let start = self.span_here().0;
        // A relation may start with '(', a number, len, '-' or proto[...].
        if self.maybe_arith_start() {
            let save = self.pos;
            if let Ok(rel) = self.relation(start) {
                return Ok((rel, None));
            }
            let err = {
                self.pos = save;
                self.relation(start).err()
            };
            self.pos = save;
            if !self.is_op("(") {
                return Err(err.unwrap_or_else(|| self.unexpected("a primitive")));
            }
        }
        if self.is_op("(") {
            self.pos += 1;
            let (e, _) = self.expr_list(inherit)?;
            self.expect_op(")")?;
            return Ok((e, inherit));
        }
        let Some(tok) = self.peek().cloned() else {
            return Err(self.unexpected("a primitive"));
        };
        let kw = match tok {
            Tok::Kw(k) => k,
            _ => {
                let mut e = self.unexpected("a primitive such as 'host', 'port', 'tcp' or 'net'");
                if e.hint.is_some() {
                } else if matches!(
                    tok,
                    Tok::Id(_)
                        | Tok::Hid(_)
                        | Tok::Hid6(_)
                        | Tok::Eid(_)
                        | Tok::Aid(_)
                        | Tok::Num(_)
                ) {
                    e.hint = Some(format!(
                        "put a qualifier before it, e.g. 'host {}'",
                        self.text(self.pos)
                    ));
                }
                return Err(e);
            }
        };
        let other = |o: Other, p: &Self, s: usize| Ok((Expr::Other(o, (s, p.prev_end())), None));
        if let Some(o) = self.link_word(kw)? {
            return other(o, self, start);
        }
        match kw {
            "less" | "greater" => {
                self.pos += 1;
                let n = self.num()?;
                return other(
                    if kw == "less" {
                        Other::Less(n)
                    } else {
                        Other::Greater(n)
                    },
                    self,
                    start,
                );
            }
            "byte" => {
                self.pos += 1;
                let index = self.num()?;
                let op = match self.peek() {
                    Some(Tok::Op(o)) if matches!(*o, "&" | "|" | "<" | ">" | "=") => {
                        o.chars().next().unwrap_or('=')
                    }
                    _ => return Err(self.unexpected("one of & | < > =")),
                };
                self.pos += 1;
                let value = self.num()?;
                return other(Other::Byte { index, op, value }, self, start);
            }
            "inbound" => {
                self.pos += 1;
                return other(Other::Inbound, self, start);
            }
            "outbound" => {
                self.pos += 1;
                return other(Other::Outbound, self, start);
            }
            "ifindex" => {
                self.pos += 1;
                let n = self.num()?;
                return other(Other::Ifindex(n), self, start);
            }
            "vlan" | "mpls" | "pppoes" | "geneve" | "vxlan" => {
                self.pos += 1;
                let n = self.opt_pnum()?;
                let o = match kw {
                    "vlan" => Other::Vlan(n),
                    "mpls" => Other::Mpls(n),
                    "pppoes" => Other::Pppoes(n),
                    "geneve" => Other::Geneve(n),
                    _ => Other::Vxlan(n),
                };
                return other(o, self, start);
            }
            "pppoed" => {
                self.pos += 1;
                return other(Other::Pppoed, self, start);
            }
            "llc" => {
                self.pos += 1;
                let sub = match self.peek() {
                    Some(Tok::Id(name)) => Some(name.clone()),
                    Some(Tok::Kw("rnr")) => Some("rnr".to_string()),
                    _ => None,
                };
                let Some(name) = sub else {
                    return other(Other::Llc, self, start);
                };
                let span = self.span_here();
                let (mask, value) = match name.to_ascii_lowercase().as_str() {
                    "i" => (1, 0),
                    "s" => (3, 1),
                    "u" => (3, 3),
                    "rr" => (0xf, 0x01),
                    "rnr" => (0xf, 0x05),
                    "rej" => (0xf, 0x09),
                    "ui" => (0xef, 0x03),
                    "ua" => (0xef, 0x63),
                    "disc" => (0xef, 0x43),
                    "dm" => (0xef, 0x0f),
                    "sabme" => (0xef, 0x6f),
                    "test" => (0xef, 0xe3),
                    "xid" => (0xef, 0xaf),
                    "frmr" => (0xef, 0x87),
                    _ => return Err(self.error(format!("unknown LLC type name \"{name}\""), span)),
                };
                self.pos += 1;
                return other(Other::LlcControl { mask, value }, self, start);
            }
            "broadcast" => {
                self.pos += 1;
                return other(Other::Broadcast(Proto::Default), self, start);
            }
            "multicast" => {
                self.pos += 1;
                return other(Other::Multicast(Proto::Default), self, start);
            }
            _ => {}
        }
        // head id, or a protocol name on its own.
        let mut quals = Quals::DEFAULT;
        let mut have_head = false;
        if let Some(p) = pname(kw) {
            quals.proto = p;
            self.pos += 1;
            if self.is_kw("broadcast") || self.is_kw("multicast") {
                let b = self.is_kw("broadcast");
                self.pos += 1;
                let o = if b {
                    Other::Broadcast(p)
                } else {
                    Other::Multicast(p)
                };
                return other(o, self, start);
            }
            if self.is_kw("proto") || self.is_kw("protochain") || self.is_kw("gateway") {
                quals.addr = match self.peek() {
                    Some(Tok::Kw("proto")) => AddrKind::Proto,
                    Some(Tok::Kw("protochain")) => AddrKind::Protochain,
                    _ => AddrKind::Gateway,
                };
                self.pos += 1;
                return self.id(Some(quals));
            }
            // `wlan type mgt`: libpcap's pqual p80211 takes any protocol.
            if let Some(Tok::Kw(word @ ("type" | "subtype" | "dir"))) = self.peek().cloned() {
                self.other_link_keyword()?;
                if let Some(o) = self.link_word(word)? {
                    return other(o, self, start);
                }
            }
            if !(self.is_kw("src") || self.is_kw("dst") || self.wlan_dqual().is_some())
                && self.aqual().is_none()
            {
                return Ok((
                    Expr::Other(Other::Abbrev(p), (start, self.prev_end())),
                    None,
                ));
            }
        } else if matches!(kw, "proto" | "protochain" | "gateway") {
            quals.addr = match kw {
                "proto" => AddrKind::Proto,
                "protochain" => AddrKind::Protochain,
                _ => AddrKind::Gateway,
            };
            self.pos += 1;
            return self.id(Some(quals));
        }
        if self.is_kw("src") || self.is_kw("dst") {
            let first = if self.is_kw("src") {
                Dir::Src
            } else {
                Dir::Dst
            };
            self.pos += 1;
            quals.dir = first;
            let other_dir = if first == Dir::Src { "dst" } else { "src" };
            if (self.is_or() || self.is_and())
                && matches!(self.peek_at(1), Some(Tok::Kw(k)) if *k == other_dir)
            {
                quals.dir = if self.is_or() { Dir::Or } else { Dir::And };
                self.pos += 2;
            }
            have_head = true;
        } else if let Some(dir) = self.wlan_dqual() {
            self.pos += 1;
            quals.dir = dir;
            have_head = true;
        }
        if let Some(a) = self.aqual() {
            quals.addr = a;
            self.pos += 1;
            have_head = true;
        }
        if !have_head {
            return Err(self.unexpected("a primitive such as 'host', 'port', 'tcp' or 'net'"));
        }
        self.id(Some(quals))
    }

    /// libpcap's 802.11 direction qualifiers (`addr1`, `ra`...).
    fn wlan_dqual(&self) -> Option<Dir> {
        match self.peek() {
            Some(Tok::Kw(word)) => linkwords::wlan_dir(word),
            _ => None,
        }
    }

    fn aqual(&self) -> Option<AddrKind> {
        match self.peek() {
            Some(Tok::Kw("host")) => Some(AddrKind::Host),
            Some(Tok::Kw("net")) => Some(AddrKind::Net),
            Some(Tok::Kw("port")) => Some(AddrKind::Port),
            Some(Tok::Kw("portrange")) => Some(AddrKind::Portrange),
            Some(Tok::Kw("gateway")) => Some(AddrKind::Gateway),
            _ => None,
        }
    }

    /// An id with the qualifiers in force: nid, pnum, `! id` or `( pid )`.
    fn id(&mut self, q: Inherit) -> Result<(Expr, Inherit), FilterError> {
        self.other_link_keyword()?;
        self.depth += 1;
        let r = self.id_inner(q);
        self.depth -= 1;
        r
    }

    fn id_inner(&mut self, q: Inherit) -> Result<(Expr, Inherit), FilterError> {
        if let Some(e) = self.too_deep() {
            return Err(e);
        }
        let start = self.span_here().0;
        let Some(tok) = self.peek().cloned() else {
            return Err(self.unexpected(&self.id_expectation(q)));
        };
        let mk = |id: Id, p: &Self| -> Result<(Expr, Inherit), FilterError> {
            let span = (start, p.prev_end());
            match q {
                Some(quals) => Ok((Expr::Id { quals, id, span }, q)),
                None => Err(p.error(
                    "a bare address or number must follow a qualifier such as 'host' or 'port'"
                        .into(),
                    span,
                )),
            }
        };
        let tok = match plain_id(tok) {
            Ok(id) => {
                self.pos += 1;
                return mk(id, self);
            }
            Err(tok) => tok,
        };
        match tok {
            Tok::Op("!") | Tok::Kw("not") => {
                self.pos += 1;
                let (e, q2) = self.id(q)?;
                Ok((Expr::Not(Box::new(e)), q2))
            }
            Tok::Op("(") => {
                self.pos += 1;
                let (mut lhs, _) = self.id(q)?;
                while let Some(join) = self.and_or() {
                    let (rhs, _) = self.id(q)?;
                    lhs = join(Box::new(lhs), Box::new(rhs));
                }
                self.expect_op(")")?;
                Ok((lhs, q))
            }
            Tok::Hid(s) => {
                self.pos += 1;
                if let Some(n) = self.prefix_len()? {
                    return mk(Id::V4Prefix(s, n), self);
                }
                if self.is_kw("mask") {
                    self.pos += 1;
                    let m = match self.peek().cloned() {
                        Some(Tok::Hid(m)) => m,
                        _ => return Err(self.unexpected("an IPv4 netmask")),
                    };
                    self.pos += 1;
                    return mk(Id::V4Mask(s, m), self);
                }
                mk(Id::V4(s), self)
            }
            Tok::Hid6(s) => {
                self.pos += 1;
                if let Some(n) = self.prefix_len()? {
                    return mk(Id::V6Prefix(s, n), self);
                }
                mk(Id::V6(s), self)
            }
            _ => Err(self.unexpected(&self.id_expectation(q))),
        }
    }

    fn id_expectation(&self, q: Inherit) -> String {
        match q.map(|q| q.addr) {
            Some(AddrKind::Port) => "a port number or name".into(),
            Some(AddrKind::Portrange) => "a port range such as 1000-2000".into(),
            Some(AddrKind::Proto | AddrKind::Protochain) => "a protocol number or \\name".into(),
            Some(AddrKind::Net) => "a network such as 192.0.2.0/24".into(),
            _ => "an address, name or number".into(),
        }
    }

    fn expect_op(&mut self, op: &str) -> Result<(), FilterError> {
        if self.is_op(op) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("'{op}'")))
        }
    }

    /// The `/N` prefix length after an address, if one follows.
    fn prefix_len(&mut self) -> Result<Option<u32>, FilterError> {
        if !self.is_op("/") {
            return Ok(None);
        }
        self.pos += 1;
        self.num().map(Some)
    }

    /// A number token; the error names the token before it ("expected a
    /// number after 'byte'"), as `unexpected` does for every token.
    fn num(&mut self) -> Result<u32, FilterError> {
        match self.peek() {
            Some(Tok::Num(n)) => {
                let n = *n;
                self.pos += 1;
                Ok(n)
            }
            _ => Err(self.unexpected("a number")),
        }
    }

    /// pnum: NUM | ( pnum ), optional.
    fn opt_pnum(&mut self) -> Result<Option<u32>, FilterError> {
        let mut depth = 0;
        while matches!(self.peek_at(depth), Some(Tok::Op("("))) {
            depth += 1;
        }
        if let Some(Tok::Num(n)) = self.peek_at(depth) {
            let n = *n;
            if (1..=depth).all(|k| matches!(self.peek_at(depth + k), Some(Tok::Op(")")))) {
                self.pos += 2 * depth + 1;
                return Ok(Some(n));
            }
        }
        Ok(None)
    }

    fn maybe_arith_start(&self) -> bool {
        match self.peek() {
            Some(Tok::Num(_)) | Some(Tok::Kw("len")) | Some(Tok::Op("-")) | Some(Tok::Op("(")) => {
                true
            }
            Some(Tok::Kw(k)) => pname(k).is_some() && matches!(self.peek_at(1), Some(Tok::Op("["))),
            _ => false,
        }
    }

    fn relation(&mut self, start: usize) -> Result<Expr, FilterError> {
        self.arith_ops = 0;
        let lhs = self.arith(0)?;
        let (op, negate) = match self.peek() {
            Some(Tok::Op(">")) => (RelOp::Gt, false),
            Some(Tok::Op(">=")) => (RelOp::Ge, false),
            Some(Tok::Op("=")) | Some(Tok::Op("==")) => (RelOp::Eq, false),
            Some(Tok::Op("<=")) => (RelOp::Gt, true),
            Some(Tok::Op("<")) => (RelOp::Ge, true),
            Some(Tok::Op("!=")) => (RelOp::Eq, true),
            _ => return Err(self.unexpected("a comparison (=, !=, <, <=, >, >=)")),
        };
        self.pos += 1;
        let rhs = self.arith(0)?;
        Ok(Expr::Rel {
            op,
            negate,
            lhs,
            rhs,
            span: (start, self.prev_end()),
        })
    }

    fn binop(&self) -> Option<(ArithOp, u8)> {
        // Precedence as in libpcap's grammar; `%` and `^` have none there,
        // so yacc always shifts them (they take everything to their right).
        Some(match self.peek()? {
            Tok::Op("|") => (ArithOp::Or, 1),
            Tok::Op("&") => (ArithOp::And, 2),
            Tok::Op("<<") => (ArithOp::Lsh, 3),
            Tok::Op(">>") => (ArithOp::Rsh, 3),
            Tok::Op("+") => (ArithOp::Add, 4),
            Tok::Op("-") => (ArithOp::Sub, 4),
            Tok::Op("*") => (ArithOp::Mul, 5),
            Tok::Op("/") => (ArithOp::Div, 5),
            Tok::Op("%") => (ArithOp::Mod, 0),
            Tok::Op("^") => (ArithOp::Xor, 0),
            _ => return None,
        })
    }

    fn arith(&mut self, min: u8) -> Result<Arith, FilterError> {
        self.depth += 1;
        let r = self.arith_inner(min);
        self.depth -= 1;
        r
    }

    fn arith_inner(&mut self, min: u8) -> Result<Arith, FilterError> {
        if let Some(e) = self.too_deep() {
            return Err(e);
        }
        let mut lhs = self.arith_unary()?;
        while let Some((op, prec)) = self.binop() {
            if prec != 0 && prec < min {
                break;
            }
            self.arith_ops += 1;
            if self.arith_ops > MAX_ARITH_OPS {
                return Err(self.error(
                    format!("arithmetic expression longer than {MAX_ARITH_OPS} operators"),
                    self.span_here(),
                ));
            }
            if prec == 0 {
                self.pos += 1;
                let rhs = self.arith(0)?;
                lhs = Arith::Bin(op, Box::new(lhs), Box::new(rhs));
                continue;
            }
            self.pos += 1;
            let rhs = self.arith(prec + 1)?;
            lhs = Arith::Bin(op, Box::new(lhs), Box::new(rhs));
        }
        Ok(lhs)
    }

    fn arith_unary(&mut self) -> Result<Arith, FilterError> {
        self.depth += 1;
        let r = self.arith_unary_inner();
        self.depth -= 1;
        r
    }

    fn arith_unary_inner(&mut self) -> Result<Arith, FilterError> {
        if let Some(e) = self.too_deep() {
            return Err(e);
        }
        let start = self.span_here().0;
        match self.peek().cloned() {
            Some(Tok::Op("-")) => {
                self.pos += 1;
                let e = self.arith_unary()?;
                Ok(Arith::Neg(Box::new(e)))
            }
            Some(Tok::Num(n)) => {
                self.pos += 1;
                Ok(Arith::Num(n))
            }
            Some(Tok::Kw("len")) => {
                self.pos += 1;
                Ok(Arith::Len)
            }
            Some(Tok::Op("(")) => {
                self.pos += 1;
                let e = self.arith(0)?;
                self.expect_op(")")?;
                Ok(e)
            }
            Some(Tok::Kw(k))
                if pname(k).is_some() && matches!(self.peek_at(1), Some(Tok::Op("["))) =>
            {
                let proto = pname(k).unwrap_or(Proto::Link);
                self.pos += 2;
                let index = self.arith(0)?;
                let mut size = 1;
                if self.is_op(":") {
                    self.pos += 1;
                    let span = self.span_here();
                    size = self.num()?;
                    if !matches!(size, 1 | 2 | 4) {
                        return Err(self.error("data size must be 1, 2, or 4".into(), span));
                    }
                }
                self.expect_op("]")?;
                Ok(Arith::Load {
                    proto,
                    index: Box::new(index),
                    size,
                    span: (start, self.prev_end()),
                })
            }
            _ => Err(self.unexpected("a number, 'len' or proto[offset]")),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::filter::{Options, compile};
    use crate::link::LinkType;

    const WORDS: &[&str] = &[
        "host",
        "net",
        "port",
        "portrange",
        "src",
        "dst",
        "or",
        "and",
        "not",
        "!",
        "(",
        ")",
        "[",
        "]",
        ":",
        "tcp",
        "udp",
        "ip",
        "ip6",
        "ether",
        "vlan",
        "mpls",
        "pppoes",
        "geneve",
        "proto",
        "protochain",
        "mask",
        "len",
        "less",
        "greater",
        "=",
        "!=",
        "<",
        ">",
        "<=",
        ">=",
        "+",
        "-",
        "*",
        "/",
        "%",
        "&",
        "|",
        "^",
        "<<",
        ">>",
        "1",
        "0",
        "80",
        "0x800",
        "192.0.2.1",
        "10",
        "10.1",
        "::1",
        "fe80::/10",
        "/",
        "24",
        "aa:bb:cc:dd:ee:ff",
        "http",
        "\\tcp",
        "é",
        "tcp.port",
        "==",
        "broadcast",
        "byte",
        "inbound",
        "ifindex",
        "llc",
        "stp",
        "icmp-echo",
        "tcpflags",
        "99999999999",
        "-5",
        "gateway",
    ];

    #[test]
    fn random_token_soup_never_panics() {
        let mut x: u64 = 0x1234_5678_9abc_def1;
        let opts = Options::for_test(LinkType::Ethernet, false);
        let (mut ok, mut refused) = (0, 0);
        for _ in 0..20_000 {
            let mut expr = String::new();
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for i in 0..(x % 9) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if i > 0 && x % 5 != 0 {
                    expr.push(' ');
                }
                expr.push_str(WORDS[(x >> 8) as usize % WORDS.len()]);
            }
            match compile(&expr, &opts) {
                Ok(p) => {
                    assert!(!p.insns.is_empty());
                    ok += 1;
                }
                Err(e) => {
                    let shown = e.to_string();
                    assert!(!shown.is_empty());
                    refused += 1;
                }
            }
        }
        assert!(ok > 100 && refused > 100, "ok {ok}, refused {refused}");
    }

    #[test]
    fn other_link_types_primitives_are_refused_in_libpcaps_words() {
        for (expr, want) in [
            ("vpi 1", "'vpi' supported only on raw ATM"),
            ("tcp and vpi 1 and", "'vpi' supported only on raw ATM"),
            ("host 192.0.2.1 and sc", "'sc' supported only on raw ATM"),
            ("not hsio 3", "'sio' supported only on SS7"),
            ("subrulenum 1", "srnr supported only on PF linktype"),
            (
                "type mgt",
                "802.11 link-layer types supported only on 802.11",
            ),
            ("port 80 or hmsu", "'hmsu' supported only on MTP2_HSL"),
        ] {
            let opts = Options::for_test(LinkType::Ethernet, false);
            let e = compile(expr, &opts).expect_err(expr);
            assert_eq!(e.message, want, "{expr}");
        }
    }

    #[test]
    fn and_or_share_one_level_left_to_right() {
        let opts = Options::for_test(LinkType::Ethernet, false);
        // `a or b and c` is `(a or b) and c` in pcap-filter.
        let same = compile("(arp or ip) and ip", &opts).unwrap();
        assert_eq!(compile("arp or ip and ip", &opts).unwrap(), same);
        assert_ne!(
            compile("arp or (ip and ip6)", &opts).unwrap(),
            compile("arp or ip and ip6", &opts).unwrap_or_default()
        );
    }
}
