//! Addresses and ports: host, net, ether host, port, portrange,
//! broadcast and multicast, and ids resolved by name.

use super::*;

/// What a direction qualifier stands before, for libpcap's refusal of the
/// 802.11 ones (`addr1`, `ra`, `ta`) where there are no 802.11 addresses.
#[derive(Clone, Copy)]
pub(super) enum Qualified {
    IpHosts,
    Ports,
    PortRanges,
    /// MAC addresses on Ethernet, and on the other MAC link types.
    EtherHosts,
    MacHosts,
}

impl Qualified {
    fn refusal(self, dir: Dir) -> String {
        let (name, are, qualifiers) = match dir {
            Dir::Addr(n) => (
                format!("'addr{n}' and 'address{n}'"),
                "are",
                "valid qualifiers",
            ),
            Dir::Ra => ("'ra'".into(), "is", "a valid qualifier"),
            _ => ("'ta'".into(), "is", "a valid qualifier"),
        };
        let on = match self {
            Qualified::IpHosts => "addresses other than 802.11 MAC addresses",
            Qualified::Ports => "ports",
            Qualified::PortRanges => "port ranges",
            Qualified::EtherHosts => {
                return format!("{name} {are} only supported on 802.11 with 802.11 headers");
            }
            Qualified::MacHosts => return format!("{name} {are} only supported on 802.11"),
        };
        format!("{name} {are} not {qualifiers} for {on}")
    }
}

impl Gen {
    pub(super) fn dir_cond(
        &self,
        dir: Dir,
        span: Span,
        what: Qualified,
        f: impl Fn(bool) -> R<Cond>,
    ) -> R<Cond> {
        Ok(match dir {
            Dir::Src => f(true)?,
            Dir::Dst => f(false)?,
            Dir::Default | Dir::Or => Cond::Or(vec![f(true)?, f(false)?]),
            Dir::And => Cond::And(vec![f(true)?, f(false)?]),
            Dir::Addr(_) | Dir::Ra | Dir::Ta => return err(what.refusal(dir), span),
        })
        .map_err(|e: GenError| GenError {
            span: e.span.or(Some(span)),
            ..e
        })
    }

    /// IPv4 host or network `addr/mask`.
    pub fn host4(
        &self,
        addr: u32,
        mask: u32,
        proto: Proto,
        dir: Dir,
        what: &str,
        span: Span,
    ) -> R<Cond> {
        let one = |ethertype: u32, src: u32, dst: u32| -> R<Cond> {
            self.dir_cond(dir, span, Qualified::IpHosts, |is_src| {
                let off = if is_src { src } else { dst };
                let test = self.mcmp(self.nl_load(off, op::W), mask, addr);
                Ok(Cond::And(vec![self.linktype(ethertype, span)?, test]))
            })
        };
        match proto {
            // Under MPLS libpcap leaves out ARP and RARP.
            Proto::Default if self.mpls_depth > 0 => one(ETHERTYPE_IP, IP4_SRC, IP4_DST),
            Proto::Default => Ok(Cond::Or(vec![
                one(ETHERTYPE_IP, IP4_SRC, IP4_DST)?,
                one(ETHERTYPE_ARP, ARP_SPA, ARP_TPA)?,
                one(ETHERTYPE_REVARP, ARP_SPA, ARP_TPA)?,
            ])),
            Proto::Ip => one(ETHERTYPE_IP, IP4_SRC, IP4_DST),
            Proto::Arp => one(ETHERTYPE_ARP, ARP_SPA, ARP_TPA),
            Proto::Rarp => one(ETHERTYPE_REVARP, ARP_SPA, ARP_TPA),
            Proto::Decnet => self.decnet_host(addr, dir, span),
            Proto::Link => err(format!("link-layer modifier applied to {what}"), span),
            Proto::Ip6 => err("'ip6' modifier applied to ip host", span),
            Proto::Atalk => err("AppleTalk host filtering not implemented", span),
            Proto::Aarp => err("AARP host filtering not implemented", span),
            Proto::Lat => err("LAT host filtering not implemented", span),
            Proto::Sca => err("SCA host filtering not implemented", span),
            Proto::Moprc => err("MOPRC host filtering not implemented", span),
            Proto::Mopdl => err("MOPDL host filtering not implemented", span),
            Proto::Iso => err("ISO host filtering not implemented", span),
            Proto::Ipx => err("IPX host filtering not implemented", span),
            p => err(format!("'{}' modifier applied to {what}", p.name()), span),
        }
    }

    /// A DECnet node as source or destination, with or without the pad
    /// byte and in long or short data headers (libpcap's gen_dnhostop).
    /// Only the low 16 bits of `addr` count; the field is little-endian.
    pub(super) fn decnet_host(&self, addr: u32, dir: Dir, span: Span) -> R<Cond> {
        let node = (addr as u16).swap_bytes() as u32;
        self.dir_cond(dir, span, Qualified::IpHosts, |is_src| {
            // Offsets after the flags byte: short header dst/src node,
            // long header dst/src (area, subarea, HIORD precede them).
            let (short, long) = if is_src { (3, 15) } else { (1, 7) };
            let flags = |mask: u32, value: u32| self.mcmp(self.nl_load(2, op::B), mask, value);
            let padded = |value: u32| self.mcmp(self.nl_load(2, op::H), 0xff07, value);
            let node_at = |off: u32| self.cmp(self.nl_load(off, op::H), JEQ, node);
            Ok(Cond::And(vec![
                self.linktype(ETHERTYPE_DN, span)?,
                Cond::Or(vec![
                    Cond::And(vec![flags(0x7, 0x2), node_at(2 + short)]),
                    Cond::And(vec![padded(0x8102), node_at(3 + short)]),
                    Cond::And(vec![flags(0x7, 0x6), node_at(2 + long)]),
                    Cond::And(vec![padded(0x8106), node_at(3 + long)]),
                ]),
            ]))
        })
    }

    /// IPv6 host or network.
    pub fn host6(
        &self,
        addr: [u8; 16],
        mask: [u8; 16],
        proto: Proto,
        dir: Dir,
        what: &str,
        span: Span,
    ) -> R<Cond> {
        match proto {
            Proto::Default | Proto::Ip6 => {}
            Proto::Link => return err(format!("link-layer modifier applied to ip6 {what}"), span),
            Proto::Atalk => return err(format!("AppleTalk modifier applied to ip6 {what}"), span),
            p => {
                return err(
                    format!("'{}' modifier applied to ip6 {what}", p.name()),
                    span,
                );
            }
        }
        self.dir_cond(dir, span, Qualified::IpHosts, |is_src| {
            let base = if is_src { IP6_SRC } else { IP6_DST };
            let mut parts = vec![self.linktype(ETHERTYPE_IPV6, span)?];
            for w in 0..4 {
                let word = |b: &[u8; 16]| {
                    u32::from_be_bytes([b[4 * w], b[4 * w + 1], b[4 * w + 2], b[4 * w + 3]])
                };
                let (a, m) = (word(&addr), word(&mask));
                parts.push(self.mcmp(self.nl_load(base + 4 * w as u32, op::W), m, a));
            }
            Ok(Cond::And(parts))
        })
    }

    pub fn ether_host(&self, mac: [u8; 6], dir: Dir, span: Span) -> R<Cond> {
        if self.kind == LtKind::Wlan {
            return Ok(self.wlan_host(&mac, dir));
        }
        let (src, dst) = self.mac_at("host", span)?;
        let lo = u32::from_be_bytes([mac[2], mac[3], mac[4], mac[5]]);
        let hi = u32::from(u16::from_be_bytes([mac[0], mac[1]]));
        let what = if self.kind == LtKind::Ether {
            Qualified::EtherHosts
        } else {
            Qualified::MacHosts
        };
        let hosts = self.dir_cond(dir, span, what, |is_src| {
            let base = if is_src { src } else { dst };
            Ok(Cond::And(vec![
                self.cmp(self.load(self.linkhdr, base + 2, op::W), JEQ, lo),
                self.cmp(self.load(self.linkhdr, base, op::H), JEQ, hi),
            ]))
        })?;
        Ok(self.inner_ether_check(hosts))
    }

    /// `c`, a test of Ethernet addresses, preceded inside Geneve by the
    /// check that the inner frame has an Ethernet header at all, and after
    /// `lane` by the check that the frame is not LANE control (libpcap's
    /// gen_prevlinkhdr_check).
    fn inner_ether_check(&self, c: Cond) -> Cond {
        match (self.linkhdr.var, self.inner_ether) {
            (Some(hdr), Some(pl)) => Cond::And(vec![
                Cond::not(Cond::test(
                    vec![
                        Insn::stmt(op::LD | op::MEM, hdr),
                        Insn::stmt(op::LDX | op::MEM, pl),
                    ],
                    op::JMP | op::JEQ | op::X,
                    0,
                )),
                c,
            ]),
            _ if self.lane => Cond::And(vec![self.not_lane_control(), c]),
            _ => c,
        }
    }

    /// `[tcp|udp|sctp] [dir] port lo[-hi]`; `ipproto` None means all three.
    pub fn port(
        &self,
        lo: u32,
        hi: u32,
        range: bool,
        ipproto: Option<u32>,
        dir: Dir,
        span: Span,
    ) -> R<Cond> {
        let (lo, hi) = if lo > hi { (hi, lo) } else { (lo, hi) };
        let what = if range {
            Qualified::PortRanges
        } else {
            Qualified::Ports
        };
        let atom = |code: Vec<Insn>| -> Cond {
            if !range {
                Cond::test(code, JEQ, lo)
            } else {
                Cond::And(vec![
                    Cond::test(code.clone(), JGE, lo),
                    Cond::not(Cond::test(code, JGT, hi)),
                ])
            }
        };
        let protos: Vec<u32> = match ipproto {
            Some(p) => vec![p],
            None => vec![IPPROTO_SCTP, IPPROTO_TCP, IPPROTO_UDP],
        };
        let mut v6 = Vec::new();
        for &p in &protos {
            v6.push(Cond::And(vec![
                self.cmp(self.nl_load(IP6_NEXT_HEADER, op::B), JEQ, p),
                self.dir_cond(dir, span, what, |is_src| {
                    Ok(atom(
                        self.nl_load(IP6_PAYLOAD + if is_src { 0 } else { 2 }, op::H),
                    ))
                })?,
            ]));
        }
        let mut v4 = Vec::new();
        for &p in &protos {
            v4.push(Cond::And(vec![
                self.cmp(self.nl_load(IP4_PROTO, op::B), JEQ, p),
                self.ip_frag_ok(),
                self.dir_cond(dir, span, what, |is_src| {
                    Ok(atom(self.transport_load(if is_src { 0 } else { 2 }, op::H)))
                })?,
            ]));
        }
        Ok(Cond::Or(vec![
            Cond::And(vec![self.linktype(ETHERTYPE_IPV6, span)?, Cond::Or(v6)]),
            Cond::And(vec![self.linktype(ETHERTYPE_IP, span)?, Cond::Or(v4)]),
        ]))
    }

    pub fn broadcast(&self, proto: Proto, span: Span) -> R<Cond> {
        match proto {
            Proto::Default | Proto::Link => {
                if let Some(arcnet) = self.arcnet_broadcast() {
                    return Ok(arcnet);
                }
                if self.kind == LtKind::Wlan {
                    return Ok(self.wlan_host(&[0xff; 6], Dir::Dst));
                }
                let (_, dst) = self.mac_at("broadcast", span)?;
                Ok(self.inner_ether_check(Cond::And(vec![
                    self.cmp(self.load(self.linkhdr, dst + 2, op::W), JEQ, 0xffff_ffff),
                    self.cmp(self.load(self.linkhdr, dst, op::H), JEQ, 0xffff),
                ])))
            }
            Proto::Ip => {
                // libpcap's PCAP_NETMASK_UNKNOWN. tcpdump itself passes 0
                // (hostmask all ones) when it does not know the netmask,
                // even on live capture.
                if self.netmask == 0xffff_ffff {
                    return err("netmask not known, so 'ip broadcast' not supported", span);
                }
                let hostmask = !self.netmask;
                Ok(Cond::And(vec![
                    self.linktype(ETHERTYPE_IP, span)?,
                    Cond::Or(vec![
                        self.mcmp(self.nl_load(IP4_DST, op::W), hostmask, 0),
                        self.mcmp(self.nl_load(IP4_DST, op::W), hostmask, hostmask),
                    ]),
                ]))
            }
            _ => err("only link-layer/IP broadcast filters supported", span),
        }
    }

    pub fn multicast(&self, proto: Proto, span: Span) -> R<Cond> {
        match proto {
            Proto::Default | Proto::Link => {
                // ARCNET's multicast is its broadcast address.
                if let Some(arcnet) = self.arcnet_broadcast() {
                    return Ok(arcnet);
                }
                if self.kind == LtKind::Wlan {
                    return Ok(self.wlan_multicast());
                }
                let (_, dst) = self.mac_at("multicast", span)?;
                Ok(self.inner_ether_check(self.cmp(self.load(self.linkhdr, dst, op::B), JSET, 1)))
            }
            Proto::Ip => Ok(Cond::And(vec![
                self.linktype(ETHERTYPE_IP, span)?,
                self.cmp(self.nl_load(IP4_DST, op::B), JGE, 0xe0),
            ])),
            Proto::Ip6 => Ok(Cond::And(vec![
                self.linktype(ETHERTYPE_IPV6, span)?,
                self.cmp(self.nl_load(IP6_DST, op::B), JEQ, 0xff),
            ])),
            _ => err(
                "link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel",
                span,
            ),
        }
    }

    pub(super) fn need_ether(&self, what: &str, span: Span) -> R<()> {
        if self.kind == LtKind::Ether {
            return Ok(());
        }
        let message = match what {
            "broadcast" => "not a broadcast link",
            "multicast" => {
                "link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel"
            }
            _ => {
                "ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel"
            }
        };
        err(message, span)
    }

    /// An id with its qualifiers (libpcap's gen_ncode, gen_scode, gen_mcode...).
    pub fn id(&mut self, q: Quals, id: &Id, span: Span) -> R<Cond> {
        let what = if q.addr == AddrKind::Net {
            "net"
        } else {
            "host"
        };
        // libpcap's grammar refuses these qualifiers on a dotted address
        // before gen_ncode runs; prefixes, masks and IPv6 addresses reach
        // gen_mcode/gen_mcode6, which check the mask first.
        let addr_only = || -> R<()> {
            match q.addr {
                AddrKind::Port => err("'port' modifier applied to ip host", span),
                AddrKind::Portrange => err("'portrange' modifier applied to ip host", span),
                AddrKind::Proto => err("'proto' modifier applied to ip host", span),
                AddrKind::Protochain => err("'protochain' modifier applied to ip host", span),
                _ => Ok(()),
            }
        };
        match id {
            Id::Num(v) => {
                let v = *v;
                match q.addr {
                    AddrKind::Default | AddrKind::Host | AddrKind::Net => {
                        if q.proto == Proto::Link {
                            return err("illegal link layer address", span);
                        }
                        if q.proto == Proto::Decnet {
                            return self.decnet_host(v, q.dir, span);
                        }
                        let (mut a, mut mask) = (v, 0xffff_ffffu32);
                        if q.addr == AddrKind::Net {
                            while a != 0 && a & 0xff00_0000 == 0 {
                                a <<= 8;
                                mask <<= 8;
                            }
                        }
                        self.host4(a, mask, q.proto, q.dir, what, span)
                    }
                    AddrKind::Port | AddrKind::Portrange => {
                        let ipproto = self.port_proto(q.proto, q.addr, span)?;
                        if v > 65535 {
                            return err(format!("illegal port number {v} > 65535"), span);
                        }
                        self.port(v, v, q.addr == AddrKind::Portrange, ipproto, q.dir, span)
                    }
                    AddrKind::Proto => self.proto_num(q.proto, v, span),
                    AddrKind::Protochain => self.protochain(q.proto, v, span),
                    AddrKind::Gateway => err("'gateway' requires a name", span),
                }
            }
            Id::V4(s) => {
                addr_only()?;
                let (n, bits) = if q.proto == Proto::Decnet {
                    let Some(a) = decnet_addr(s) else {
                        return err(format!("malformed decnet address '{s}'"), span);
                    };
                    (a, 32)
                } else {
                    atoin(s).ok_or_else(|| GenError {
                        message: format!("invalid IPv4 address '{s}'"),
                        span: Some(span),
                    })?
                };
                match q.addr {
                    AddrKind::Gateway => return err("'gateway' requires a name", span),
                    _ if q.proto == Proto::Decnet => return self.decnet_host(n, q.dir, span),
                    _ if q.proto == Proto::Link => return err("illegal link layer address", span),
                    _ => {}
                }
                let shift = 32 - bits;
                let a = if shift >= 32 { 0 } else { n << shift };
                let mask = if shift >= 32 {
                    0
                } else {
                    0xffff_ffffu32 << shift
                };
                self.host4(a, mask, q.proto, q.dir, what, span)
            }
            Id::V4Prefix(s, len) => {
                if *len > 32 {
                    return err("mask length must be <= 32", span);
                }
                let (n, bits) = atoin(s).ok_or_else(|| GenError {
                    message: format!("invalid IPv4 address '{s}'"),
                    span: Some(span),
                })?;
                let n = if bits >= 32 { n } else { n << (32 - bits) };
                let mask = if *len == 0 {
                    0
                } else {
                    0xffff_ffffu32 << (32 - len)
                };
                if n & !mask != 0 {
                    return err(format!("non-network bits set in \"{s}/{len}\""), span);
                }
                if q.addr != AddrKind::Net {
                    return err("Mask syntax for networks only", span);
                }
                self.host4(n, mask, q.proto, q.dir, "net", span)
            }
            Id::V4Mask(s, m) => {
                // Short forms are promoted as in `net 10`: `10.0 mask 255`
                // is 10.0.0.0 mask 255.0.0.0.
                let promote = |t: &str| -> R<u32> {
                    let (v, bits) = atoin(t).ok_or_else(|| GenError {
                        message: format!("invalid IPv4 address '{t}'"),
                        span: Some(span),
                    })?;
                    Ok(if bits >= 32 { v } else { v << (32 - bits) })
                };
                let (n, mask) = (promote(s)?, promote(m)?);
                if n & !mask != 0 {
                    return err(format!("non-network bits set in \"{s} mask {m}\""), span);
                }
                if q.addr != AddrKind::Net {
                    return err("Mask syntax for networks only", span);
                }
                self.host4(n, mask, q.proto, q.dir, "net", span)
            }
            Id::V6(s) | Id::V6Prefix(s, _) => {
                let len = match id {
                    Id::V6Prefix(_, l) => *l,
                    _ => 128,
                };
                if len > 128 {
                    return err("mask length must be <= 128", span);
                }
                let addr: std::net::Ipv6Addr = s.parse().map_err(|_| GenError {
                    message: format!("invalid IPv6 address '{s}'"),
                    span: Some(span),
                })?;
                let bits = u128::from(addr);
                let mask: u128 = if len == 0 {
                    0
                } else {
                    u128::MAX << (128 - len)
                };
                if bits & !mask != 0 {
                    return err(format!("non-network bits set in \"{s}/{len}\""), span);
                }
                match q.addr {
                    AddrKind::Default | AddrKind::Host if len != 128 => {
                        return err("Mask syntax for networks only", span);
                    }
                    AddrKind::Default | AddrKind::Host | AddrKind::Net => {}
                    _ => return err("invalid qualifier against IPv6 address", span),
                }
                self.host6(
                    bits.to_be_bytes(),
                    mask.to_be_bytes(),
                    q.proto,
                    q.dir,
                    what,
                    span,
                )
            }
            Id::Mac(m) => {
                if q.proto != Proto::Link || !matches!(q.addr, AddrKind::Default | AddrKind::Host) {
                    return err("ethernet address used in non-ether expression", span);
                }
                self.ether_host(*m, q.dir, span)
            }
            Id::Aid(a) => {
                if self.kind != LtKind::Arcnet {
                    return err("aid supported only on ARCnet", span);
                }
                if q.proto != Proto::Link || !matches!(q.addr, AddrKind::Default | AddrKind::Host) {
                    return err("ARCnet address used in non-arc expression", span);
                }
                // ARCnet puts the source before the destination.
                self.dir_cond(q.dir, span, Qualified::MacHosts, |is_src| {
                    Ok(self.bcmp(self.linkhdr, u32::from(!is_src), &[*a]))
                })
            }
            Id::Name(name) => self.named(q, name, span),
        }
    }

    pub(super) fn port_proto(&self, p: Proto, kind: AddrKind, span: Span) -> R<Option<u32>> {
        match p {
            Proto::Default => Ok(None),
            Proto::Tcp => Ok(Some(IPPROTO_TCP)),
            Proto::Udp => Ok(Some(IPPROTO_UDP)),
            Proto::Sctp => Ok(Some(IPPROTO_SCTP)),
            _ if kind == AddrKind::Portrange => err("illegal qualifier of 'portrange'", span),
            _ => err("illegal qualifier of 'port'", span),
        }
    }

    pub(super) fn named(&mut self, q: Quals, name: &str, span: Span) -> R<Cond> {
        match q.addr {
            AddrKind::Default | AddrKind::Host => {
                if q.proto == Proto::Link {
                    // libpcap asks the link type first, then /etc/ethers.
                    let kind = match self.kind {
                        LtKind::Ether => "ether",
                        LtKind::Wlan => "802.11",
                        _ => {
                            return err(
                                "only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name",
                                span,
                            );
                        }
                    };
                    let Some(mac) = self.names.ether_host(name) else {
                        return err(format!("unknown {kind} host '{name}'"), span);
                    };
                    return self.ether_host(mac, q.dir, span);
                }
                if q.proto == Proto::Decnet {
                    return err(
                        format!("decnet name support not included, '{name}' cannot be translated"),
                        span,
                    );
                }
                let addrs = self.names.host(name);
                if addrs.is_empty() {
                    return err(format!("unknown host '{name}'"), span);
                }
                let mut alts = Vec::new();
                for a in addrs {
                    match a {
                        std::net::IpAddr::V4(v4) if q.proto != Proto::Ip6 => alts.push(
                            self.host4(u32::from(v4), 0xffff_ffff, q.proto, q.dir, "host", span)?,
                        ),
                        // As libpcap, only `ip` skips the IPv6 addresses: for
                        // any other qualifier host6 accepts them or refuses.
                        std::net::IpAddr::V6(v6) if q.proto != Proto::Ip => alts.push(self.host6(
                            v6.octets(),
                            [0xff; 16],
                            q.proto,
                            q.dir,
                            "host",
                            span,
                        )?),
                        _ => {}
                    }
                }
                if alts.is_empty() {
                    return err(
                        format!("unknown host '{name}' for specified address family"),
                        span,
                    );
                }
                Ok(Cond::Or(alts))
            }
            AddrKind::Net => {
                // libpcap left-justifies the number getnetbyname gives and
                // masks only the bytes it held. glibc pads short numbers
                // first (`10` is 10.0.0.0), so here every name is a host.
                let Some(mut addr) = self.names.network(name).filter(|&a| a != 0) else {
                    return err(format!("unknown network '{name}'"), span);
                };
                let mut mask = 0xffff_ffffu32;
                while addr & 0xff00_0000 == 0 {
                    addr <<= 8;
                    mask <<= 8;
                }
                self.host4(addr, mask, q.proto, q.dir, "net", span)
            }
            AddrKind::Port => {
                let ipproto = self.port_proto(q.proto, q.addr, span)?;
                let (port, real) = self.names.port(name).ok_or_else(|| GenError {
                    message: format!("unknown port '{name}'"),
                    span: Some(span),
                })?;
                match (ipproto, real) {
                    (Some(IPPROTO_UDP | IPPROTO_SCTP), PortProto::Tcp) => {
                        return err(format!("port '{name}' is tcp"), span);
                    }
                    (Some(IPPROTO_TCP | IPPROTO_SCTP), PortProto::Udp) => {
                        return err(format!("port '{name}' is udp"), span);
                    }
                    _ => {}
                }
                let proto = named_port_proto(ipproto, real);
                self.port(port, port, false, proto, q.dir, span)
            }
            AddrKind::Portrange => {
                let ipproto = self.port_proto(q.proto, q.addr, span)?;
                let (lo, hi, real) =
                    names::portrange_by_name(name, self.names).ok_or_else(|| GenError {
                        message: format!("unknown port in range '{name}'"),
                        span: Some(span),
                    })?;
                for v in [lo, hi] {
                    if v > 65535 {
                        return err(format!("illegal port number {v} > 65535"), span);
                    }
                }
                let proto = named_port_proto(ipproto, real);
                self.port(lo, hi, true, proto, q.dir, span)
            }
            AddrKind::Proto => {
                let v = self.proto_by_name(q.proto, name, span)?;
                self.proto_num(q.proto, v, span)
            }
            AddrKind::Protochain => {
                let v = self.proto_by_name(q.proto, name, span)?;
                self.protochain(q.proto, v, span)
            }
            AddrKind::Gateway => err("'gateway' not supported in this configuration", span),
        }
    }

    /// libpcap's lookup_proto: which table a protocol name is looked up in
    /// depends on the qualifier; other qualifiers have no names at all.
    fn proto_by_name(&self, proto: Proto, name: &str, span: Span) -> R<u32> {
        let (found, table) = match proto {
            Proto::Default | Proto::Ip | Proto::Ip6 => (self.names.ip_proto(name), "ip"),
            Proto::Link => (names::ether_proto_by_name(name), "ether"),
            Proto::Iso => {
                let nlpid = match name {
                    "clnp" => Some(0x81),
                    "esis" => Some(0x82),
                    "isis" => Some(0x83),
                    _ => None,
                };
                (nlpid, "osi")
            }
            _ => return err(format!("unknown protocol: {name}"), span),
        };
        found.ok_or_else(|| GenError {
            message: format!("unknown {table} proto '{name}'"),
            span: Some(span),
        })
    }
}

/// A DECnet `area.node` as libpcap's __pcap_atodn reads it with "%d.%d":
/// 6 bits of area, 10 of node; anything after the second number is ignored.
fn decnet_addr(s: &str) -> Option<u32> {
    let mut parts = s.split('.');
    let mut num = || -> Option<u32> {
        let p = parts.next()?;
        let digits = p.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        // %d wraps on overflow in practice; keep the low bits the same way.
        Some(p[..digits].bytes().fold(0u32, |v, d| {
            v.wrapping_mul(10).wrapping_add(u32::from(d - b'0'))
        }))
    };
    let (area, node) = (num()?, num()?);
    Some(((area << 10) & 0xfc00) | (node & 0x3ff))
}

/// Dotted IPv4 as libpcap's __pcap_atoin reads it: the value of the parts
/// given and how many bits they cover (`10.1` -> 0x0a01, 16).
fn atoin(s: &str) -> Option<(u32, u32)> {
    let mut n: u32 = 0;
    let mut bits = 0;
    for part in s.split('.') {
        let v: u32 = part.parse().ok()?;
        if v > 255 || bits >= 32 {
            return None;
        }
        n = (n << 8) | v;
        bits += 8;
    }
    Some((n, bits))
}

/// The protocol a port given by name is tested under: the one the
/// qualifiers ask for, else the one the services file names it for (none
/// when it names it for both).
fn named_port_proto(asked: Option<u32>, real: PortProto) -> Option<u32> {
    match (asked, real) {
        (Some(p), _) => Some(p),
        (None, PortProto::Tcp) => Some(IPPROTO_TCP),
        (None, PortProto::Udp) => Some(IPPROTO_UDP),
        (None, PortProto::Any) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_broadcast_needs_a_netmask_libpcap_can_use() {
        let bc = |netmask| {
            let g = Gen::ethernet_for_tests(false, netmask);
            g.broadcast(Proto::Ip, (0, 1)).map_err(|e| e.message)
        };
        assert_eq!(
            bc(0xffff_ffff).err().as_deref(),
            Some("netmask not known, so 'ip broadcast' not supported")
        );
        // Netmask 0 (what tcpdump passes): host part all ones.
        let c = bc(0).expect("compiles");
        assert!(format!("{c:?}").contains("4294967295"), "{c:?}");
    }

    #[test]
    fn short_dotted_addresses_count_their_bits() {
        assert_eq!(atoin("10"), Some((10, 8)));
        assert_eq!(atoin("10.1"), Some((0x0a01, 16)));
        assert_eq!(atoin("192.0.2.7"), Some((0xc000_0207, 32)));
        assert_eq!(atoin("300.1"), None);
    }

    #[test]
    fn qualifiers_that_do_not_fit_are_errors() {
        let mut g = Gen::ethernet_for_tests(false, 0);
        let q = |proto, addr| Quals {
            proto,
            dir: Dir::Default,
            addr,
        };
        let v4 = Id::V4("192.0.2.1".into());
        let prefix = Id::V4Prefix("10.0.0.0".into(), 8);
        let mac = Id::Mac([1; 6]);
        // (protocol, address kind, what follows, whether it compiles)
        for (proto, addr, id, compiles) in [
            (Proto::Tcp, AddrKind::Host, &v4, false),
            (Proto::Ip6, AddrKind::Host, &v4, false),
            (Proto::Default, AddrKind::Port, &v4, false),
            (Proto::Icmp, AddrKind::Port, &Id::Num(80), false),
            (Proto::Default, AddrKind::Host, &prefix, false),
            (Proto::Default, AddrKind::Net, &prefix, true),
            (Proto::Link, AddrKind::Host, &mac, true),
            (Proto::Ip, AddrKind::Host, &mac, false),
        ] {
            assert_eq!(
                g.id(q(proto, addr), id, (0, 1)).is_ok(),
                compiles,
                "{proto:?} {addr:?} {id:?}"
            );
        }
    }

    #[test]
    fn ether_host_names_come_from_the_ethers_the_compiler_is_handed() {
        let names = crate::netdb::Netdb::from_text(crate::netdb::NetdbText {
            ethers: "00:11:22:33:44:55 Alpha\n".into(),
            ..Default::default()
        })
        .leak();
        let link = Quals {
            proto: Proto::Link,
            dir: Dir::Src,
            addr: AddrKind::Host,
        };
        let mut g = Gen::new(LinkType::Ethernet, false, 0, names, (0, 1)).expect("ethernet");
        let by_name = g.named(link, "alpha", (0, 1)).expect("alpha is in ethers");
        let mac = [0, 0x11, 0x22, 0x33, 0x44, 0x55];
        assert_eq!(Some(by_name), g.id(link, &Id::Mac(mac), (0, 1)).ok());
        let unknown = g.named(link, "nosuch", (0, 1)).unwrap_err();
        assert_eq!(unknown.message, "unknown ether host 'nosuch'");
        let mut raw = Gen::new(LinkType::Raw, false, 0, names, (0, 1)).expect("raw");
        assert_eq!(
            raw.named(link, "alpha", (0, 1)).unwrap_err().message,
            "only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name"
        );
    }
}
