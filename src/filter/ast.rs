//! The parsed expression: primitives keep their qualifiers and the raw id
//! so that name lookups and checks happen in code generation, in textual
//! order, the way libpcap's parser actions run.

/// Byte range in the expression, for carets in errors.
pub type Span = (usize, usize);

/// Protocol qualifier (libpcap's Q_* protocol values we support).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proto {
    Default,
    Link,
    Ip,
    Ip6,
    Arp,
    Rarp,
    Tcp,
    Udp,
    Sctp,
    Icmp,
    Icmp6,
    Igmp,
    Igrp,
    Pim,
    Vrrp,
    Carp,
    Ah,
    Esp,
    Atalk,
    Aarp,
    Decnet,
    Lat,
    Sca,
    Moprc,
    Mopdl,
    Iso,
    Esis,
    Isis,
    IsisL1,
    IsisL2,
    IsisIih,
    IsisLsp,
    IsisSnp,
    IsisCsnp,
    IsisPsnp,
    Clnp,
    Stp,
    Ipx,
    Netbeui,
    Radio,
}

impl Proto {
    pub fn name(self) -> &'static str {
        match self {
            Proto::Default => "default",
            Proto::Link => "link",
            Proto::Ip => "ip",
            Proto::Ip6 => "ip6",
            Proto::Arp => "arp",
            Proto::Rarp => "rarp",
            Proto::Tcp => "tcp",
            Proto::Udp => "udp",
            Proto::Sctp => "sctp",
            Proto::Icmp => "icmp",
            Proto::Icmp6 => "icmp6",
            Proto::Igmp => "igmp",
            Proto::Igrp => "igrp",
            Proto::Pim => "pim",
            Proto::Vrrp => "vrrp",
            Proto::Carp => "carp",
            Proto::Ah => "ah",
            Proto::Esp => "esp",
            Proto::Atalk => "atalk",
            Proto::Aarp => "aarp",
            Proto::Decnet => "decnet",
            Proto::Lat => "lat",
            Proto::Sca => "sca",
            Proto::Moprc => "moprc",
            Proto::Mopdl => "mopdl",
            Proto::Iso => "iso",
            Proto::Esis => "esis",
            Proto::Isis => "isis",
            Proto::IsisL1 => "l1",
            Proto::IsisL2 => "l2",
            Proto::IsisIih => "iih",
            Proto::IsisLsp => "lsp",
            Proto::IsisSnp => "snp",
            Proto::IsisCsnp => "csnp",
            Proto::IsisPsnp => "psnp",
            Proto::Clnp => "clnp",
            Proto::Stp => "stp",
            Proto::Ipx => "ipx",
            Proto::Netbeui => "netbeui",
            Proto::Radio => "radio",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Default,
    Src,
    Dst,
    Or,
    And,
    /// An 802.11 address field by its number (`addr1` .. `addr4`).
    Addr(u8),
    /// The 802.11 receiver and transmitter addresses (`ra`, `ta`).
    Ra,
    Ta,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddrKind {
    Default,
    Host,
    Net,
    Port,
    Portrange,
    Gateway,
    Proto,
    Protochain,
}

/// The qualifiers in force for an id (`tcp src port` -> Tcp, Src, Port).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quals {
    pub proto: Proto,
    pub dir: Dir,
    pub addr: AddrKind,
}

impl Quals {
    pub const DEFAULT: Quals = Quals {
        proto: Proto::Default,
        dir: Dir::Default,
        addr: AddrKind::Default,
    };
}

/// What follows the qualifiers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Id {
    Num(u32),
    /// Dotted IPv4, possibly short (`10.1`).
    V4(String),
    /// `a.b.c.d/len`
    V4Prefix(String, u32),
    /// `a.b.c.d mask e.f.g.h`
    V4Mask(String, String),
    V6(String),
    V6Prefix(String, u32),
    Mac([u8; 6]),
    /// An ARCnet address (`$00`), as the byte libpcap compares.
    Aid(u8),
    Name(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    And,
    Or,
    Xor,
    Lsh,
    Rsh,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arith {
    Num(u32),
    Len,
    /// proto[index : size]
    Load {
        proto: Proto,
        index: Box<Arith>,
        size: u32,
        span: Span,
    },
    Bin(ArithOp, Box<Arith>, Box<Arith>),
    Neg(Box<Arith>),
}

/// Relations as libpcap keeps them: `<`, `<=`, `!=` are negated `>=`, `>`, `=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelOp {
    Gt,
    Ge,
    Eq,
}

/// Primitives that are neither an id with qualifiers nor a relation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Other {
    /// A protocol name on its own (`tcp`, `ip6`, `stp`).
    Abbrev(Proto),
    Broadcast(Proto),
    Multicast(Proto),
    Less(u32),
    Greater(u32),
    Byte {
        index: u32,
        op: char,
        value: u32,
    },
    Inbound,
    Outbound,
    Ifindex(u32),
    Vlan(Option<u32>),
    Mpls(Option<u32>),
    Pppoed,
    Pppoes(Option<u32>),
    Geneve(Option<u32>),
    Vxlan(Option<u32>),
    Llc,
    /// `llc i|s|u` or an S/U frame subtype: (mask, value) of the control byte,
    /// and whether a set mask bit means a match (`llc i` is "bit 0 clear").
    LlcControl {
        mask: u32,
        value: u32,
    },
    /// A field of the OpenBSD pflog header (`ifname`, `rnr`, `action`...).
    Pf(PfField),
    /// An MTP2 signal unit type by its length indicator (`fisu`, `hmsu`...).
    Mtp2(Mtp2Unit),
    /// `sio`, `opc`, `vpi`...: a link-header field against a value, a
    /// relation or a parenthesised list of values (any one matches).
    Field {
        field: LinkField,
        tests: Vec<FieldTest>,
    },
    /// A SunATM circuit or message class (`metac`, `oamf4`, `lane`...).
    Atm(AtmClass),
    /// An 802.11 frame control test (`type mgt`, `subtype beacon`, `dir
    /// fromds`).
    Wlan(WlanTest),
}

/// The 802.11 frame control bits `type`, `subtype` and `dir` compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WlanTest {
    /// The first frame control byte, masked, against a value.
    Type { value: u32, mask: u32 },
    /// The direction bits (To DS, From DS) of the second byte.
    Dir(u32),
}

/// The pflog header fields pcap-filter names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PfField {
    Ifname(String),
    Ruleset(String),
    Rnr(u32),
    Srnr(u32),
    Reason(u32),
    Action(u32),
}

/// MTP2 signal units, told apart by the length indicator; the `high`
/// forms read the 9-bit indicator of high-speed links (MTP2_HSL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mtp2Unit {
    pub kind: Mtp2Kind,
    pub high: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mtp2Kind {
    Fisu,
    Lssu,
    Msu,
}

/// Link-header fields compared with numbers: the SS7 routing label
/// (`high` for the MTP2_HSL forms, three bytes further on) and the ATM
/// cell address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkField {
    Sio { high: bool },
    Opc { high: bool },
    Dpc { high: bool },
    Sls { high: bool },
    Vpi,
    Vci,
}

impl LinkField {
    /// The keyword, without its `h` prefix (libpcap's messages drop it).
    pub fn name(self) -> &'static str {
        match self {
            LinkField::Sio { .. } => "sio",
            LinkField::Opc { .. } => "opc",
            LinkField::Dpc { .. } => "dpc",
            LinkField::Sls { .. } => "sls",
            LinkField::Vpi => "vpi",
            LinkField::Vci => "vci",
        }
    }
}

/// One comparison of a field: `op` negated or not, as relations are kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldTest {
    pub op: RelOp,
    pub negate: bool,
    pub value: u32,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtmClass {
    Lane,
    Metac,
    Bcc,
    Oamf4ec,
    Oamf4sc,
    Sc,
    Ilmic,
    Oam,
    Oamf4,
    Connectmsg,
    Metaconnect,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Id {
        quals: Quals,
        id: Id,
        span: Span,
    },
    Rel {
        op: RelOp,
        negate: bool,
        lhs: Arith,
        rhs: Arith,
        span: Span,
    },
    Other(Other, Span),
}

impl Expr {
    /// Whether any primitive of the expression satisfies `f`.
    pub fn any_primitive(&self, f: impl Fn(&Expr) -> bool) -> bool {
        // Long and/or chains nest deeply: walk with a stack, not recursion.
        let mut todo = vec![self];
        while let Some(e) = todo.pop() {
            match e {
                Expr::And(a, b) | Expr::Or(a, b) => todo.extend([&**a, &**b]),
                Expr::Not(a) => todo.push(a),
                e if f(e) => return true,
                _ => {}
            }
        }
        false
    }

    pub fn mentions_geneve(&self) -> bool {
        self.any_primitive(|e| matches!(e, Expr::Other(Other::Geneve(_), _)))
    }

    /// Whether libpcap leaves the program unoptimized: `geneve`'s code has
    /// a bare jump, `protochain`'s a loop.
    pub fn defeats_optimizer(&self) -> bool {
        self.any_primitive(|e| match e {
            Expr::Other(Other::Geneve(_), _) => true,
            Expr::Id { quals, .. } => quals.addr == AddrKind::Protochain,
            _ => false,
        })
    }
}
