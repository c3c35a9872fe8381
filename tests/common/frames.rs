//! Frames built byte by byte, and a small xorshift generator of random
//! ones (the filter tests' differential runs).

pub const MAC_A: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];
pub const MAC_B: [u8; 6] = [0x52, 0x54, 0, 0x12, 0x34, 0x56];
pub const BCAST: [u8; 6] = [0xff; 6];
pub const MCAST: [u8; 6] = [0x01, 0, 0x5e, 0, 0, 0xfb];

pub const V4: [[u8; 4]; 6] = [
    [192, 0, 2, 7],
    [198, 51, 100, 5],
    [203, 0, 113, 9],
    [10, 1, 2, 3],
    [224, 0, 0, 251],
    [255, 255, 255, 255],
];
pub const V6: [[u16; 8]; 4] = [
    [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1],
    [0x2001, 0xdb8, 1, 0, 0, 0, 0, 0x53],
    [0xfe80, 0, 0, 0, 0, 0, 0, 0xabcd],
    [0xff02, 0, 0, 0, 0, 0, 0, 1],
];

pub fn v6(a: [u16; 8]) -> [u8; 16] {
    let mut out = [0u8; 16];
    for (i, w) in a.iter().enumerate() {
        out[2 * i..2 * i + 2].copy_from_slice(&w.to_be_bytes());
    }
    out
}

pub fn eth(dst: [u8; 6], src: [u8; 6], ethertype: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(14 + payload.len());
    f.extend_from_slice(&dst);
    f.extend_from_slice(&src);
    f.extend_from_slice(&ethertype.to_be_bytes());
    f.extend_from_slice(payload);
    f
}

/// An 802.1Q (or 802.1ad with tpid 0x88a8) tag in front of `inner`.
pub fn vlan(tpid: u16, tci: u16, inner_type: u16, payload: &[u8]) -> (u16, Vec<u8>) {
    let mut p = tci.to_be_bytes().to_vec();
    p.extend_from_slice(&inner_type.to_be_bytes());
    p.extend_from_slice(payload);
    (tpid, p)
}

pub fn ipv4(src: [u8; 4], dst: [u8; 4], proto: u8, frag: u16, payload: &[u8]) -> Vec<u8> {
    let total = (20 + payload.len()) as u16;
    let mut h = vec![0x45, 0, 0, 0, 0x12, 0x34, 0, 0, 64, proto, 0, 0];
    h[2..4].copy_from_slice(&total.to_be_bytes());
    h[6..8].copy_from_slice(&frag.to_be_bytes());
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    h.extend_from_slice(payload);
    h
}

/// A don't-fragment IPv4 header with a correct checksum, then `payload`:
/// what a host sends, for tests that print or capture it.
pub fn ipv4_df(src: [u8; 4], dst: [u8; 4], proto: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = ipv4(src, dst, proto, 0x4000, &[]);
    let total = (20 + payload.len()) as u16;
    h[2..4].copy_from_slice(&total.to_be_bytes());
    let mut sum: u32 = h
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], c[1]])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    h[10..12].copy_from_slice(&(!(sum as u16)).to_be_bytes());
    h.extend_from_slice(payload);
    h
}

/// IPv4 with options (header length 24).
pub fn ipv4_opts(src: [u8; 4], dst: [u8; 4], proto: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = ipv4(src, dst, proto, 0, &[]);
    h[0] = 0x46;
    h.extend_from_slice(&[1, 1, 1, 0]);
    let total = (24 + payload.len()) as u16;
    h[2..4].copy_from_slice(&total.to_be_bytes());
    h.extend_from_slice(payload);
    h
}

pub fn ipv6(src: [u8; 16], dst: [u8; 16], nh: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = vec![0x60, 0, 0, 0];
    h.extend_from_slice(&(payload.len() as u16).to_be_bytes());
    h.push(nh);
    h.push(64);
    h.extend_from_slice(&src);
    h.extend_from_slice(&dst);
    h.extend_from_slice(payload);
    h
}

/// An IPv6 extension header (hop-by-hop, routing, destination options) of 8 bytes.
pub fn ext6(nh: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = vec![nh, 0, 0, 0, 0, 0, 0, 0];
    h.extend_from_slice(payload);
    h
}

pub fn frag6(nh: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = vec![nh, 0, 0, 0, 0, 0, 0, 1];
    h.extend_from_slice(payload);
    h
}

pub fn tcp(sport: u16, dport: u16, flags: u8, payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::new();
    h.extend_from_slice(&sport.to_be_bytes());
    h.extend_from_slice(&dport.to_be_bytes());
    h.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
    h.extend_from_slice(payload);
    h
}

pub fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut h = Vec::new();
    h.extend_from_slice(&sport.to_be_bytes());
    h.extend_from_slice(&dport.to_be_bytes());
    h.extend_from_slice(&((8 + payload.len()) as u16).to_be_bytes());
    h.extend_from_slice(&[0, 0]);
    h.extend_from_slice(payload);
    h
}

pub fn icmp(t: u8, code: u8) -> Vec<u8> {
    vec![t, code, 0, 0, 0, 1, 0, 1, 0xaa, 0xbb]
}

pub fn arp(op: u16, sha: [u8; 6], spa: [u8; 4], tpa: [u8; 4]) -> Vec<u8> {
    let mut p = vec![0, 1, 8, 0, 6, 4];
    p.extend_from_slice(&op.to_be_bytes());
    p.extend_from_slice(&sha);
    p.extend_from_slice(&spa);
    p.extend_from_slice(&[0; 6]);
    p.extend_from_slice(&tpa);
    p
}

pub fn mpls(label: u32, bottom: bool, payload: &[u8]) -> Vec<u8> {
    let word = (label << 12) | if bottom { 0x100 } else { 0 } | 64;
    let mut p = word.to_be_bytes().to_vec();
    p.extend_from_slice(payload);
    p
}

pub fn pppoe_session(session: u16, ppp_proto: u16, payload: &[u8]) -> Vec<u8> {
    let mut p = vec![0x11, 0];
    p.extend_from_slice(&session.to_be_bytes());
    p.extend_from_slice(&((2 + payload.len()) as u16).to_be_bytes());
    p.extend_from_slice(&ppp_proto.to_be_bytes());
    p.extend_from_slice(payload);
    p
}

/// An 802.3 frame with an LLC header (dsap, ssap, control).
pub fn llc_frame(dsap: u8, ssap: u8, body: &[u8]) -> Vec<u8> {
    let mut p = vec![dsap, ssap, 0x03];
    p.extend_from_slice(body);
    let len = p.len() as u16;
    eth(MCAST, MAC_A, len, &p)
}

pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len() as u64) as usize]
    }
}

fn l4(r: &mut XorShift, proto: u8) -> Vec<u8> {
    let ports = [
        22u16, 25, 53, 80, 123, 443, 1000, 1500, 2000, 4789, 5000, 8080, 8443, 9899, 65535,
    ];
    let (s, d) = (*r.pick(&ports), *r.pick(&ports));
    let pl = vec![0x45u8; r.below(40) as usize];
    match proto {
        6 => tcp(s, d, r.next() as u8, &pl),
        17 => udp(s, d, &pl),
        132 => {
            let mut h = s.to_be_bytes().to_vec();
            h.extend_from_slice(&d.to_be_bytes());
            h.extend_from_slice(&[0; 8]);
            h
        }
        1 => icmp(*r.pick(&[0u8, 3, 5, 8, 11]), r.below(4) as u8),
        58 => icmp(*r.pick(&[1u8, 128, 129, 133, 134, 135, 136]), 0),
        2 => vec![0x11, 0, 0, 0, 224, 0, 0, 1],
        _ => pl,
    }
}

/// An IPv4 or IPv6 packet with a transport, an extension header or a
/// fragment: (its Ethernet type, its bytes).
pub fn ip_packet(r: &mut XorShift) -> (u16, Vec<u8>) {
    let protos = [6u8, 17, 1, 132, 2, 47, 50];
    if r.below(3) == 0 {
        let nh = *r.pick(&[6u8, 17, 58, 132, 0, 44, 60]);
        let (s, d) = (v6(*r.pick(&V6)), v6(*r.pick(&V6)));
        let body = match nh {
            0 | 60 => ext6(*r.pick(&[6u8, 17, 58]), &l4(r, 17)),
            44 => frag6(*r.pick(&[6u8, 17, 58]), &l4(r, 6)),
            p => l4(r, p),
        };
        (0x86dd, ipv6(s, d, nh, &body))
    } else {
        let p = *r.pick(&protos);
        let (s, d) = (*r.pick(&V4), *r.pick(&V4));
        let frag = *r.pick(&[0u16, 0, 0, 0x4000, 0x2000, 0x0010]);
        let body = l4(r, p);
        if r.below(5) == 0 {
            (0x0800, ipv4_opts(s, d, p, &body))
        } else {
            (0x0800, ipv4(s, d, p, frag, &body))
        }
    }
}

/// A random Ethernet frame of any family the filters test: IPv4/IPv6 with
/// transports and extension headers, ARP, VLAN and QinQ, MPLS, PPPoE,
/// 802.3/LLC (STP, ISO), sometimes truncated or with a mangled byte.
pub fn random_frame(r: &mut XorShift) -> Vec<u8> {
    let macs = [MAC_A, MAC_B, BCAST, MCAST];
    let (dst, src) = (*r.pick(&macs), *r.pick(&macs));
    let mut f = match r.below(13) {
        0 => eth(
            dst,
            src,
            *r.pick(&[0x0806u16, 0x8035]),
            &arp(1 + r.below(2) as u16, src, *r.pick(&V4), *r.pick(&V4)),
        ),
        1 | 2 => {
            let (t, p) = ip_packet(r);
            let tci = *r.pick(&[100u16, 200, 300, 0x2064, 10, 20]);
            let tpid = *r.pick(&[0x8100u16, 0x8100, 0x88a8, 0x9100]);
            let (t1, p1) = vlan(tpid, tci, t, &p);
            if r.below(3) == 0 {
                let (t2, p2) = vlan(0x8100, *r.pick(&[100u16, 200, 20]), t1, &p1);
                eth(dst, src, t2, &p2)
            } else {
                eth(dst, src, t1, &p1)
            }
        }
        3 => {
            let (_, p) = ip_packet(r);
            let inner = if r.below(2) == 0 {
                mpls(*r.pick(&[100u32, 200, 16]), true, &p)
            } else {
                mpls(16, false, &mpls(200, true, &p))
            };
            eth(dst, src, 0x8847, &inner)
        }
        4 => {
            let (t, p) = ip_packet(r);
            let ppp = if t == 0x0800 { 0x21 } else { 0x57 };
            eth(
                dst,
                src,
                *r.pick(&[0x8864u16, 0x8864, 0x8863]),
                &pppoe_session(*r.pick(&[1u16, 0x1234]), ppp, &p),
            )
        }
        6 => {
            // Geneve over UDP 6081, carrying Ethernet or bare IP, sometimes
            // Geneve again.
            let (t, p) = if r.below(4) == 0 {
                let (t, p) = ip_packet(r);
                let mut g = vec![0, 0];
                g.extend_from_slice(&t.to_be_bytes());
                g.extend_from_slice(&(5u32 << 8).to_be_bytes());
                g.extend_from_slice(&p);
                (
                    0x0800,
                    ipv4(*r.pick(&V4), *r.pick(&V4), 17, 0, &udp(1, 6081, &g)),
                )
            } else {
                ip_packet(r)
            };
            let inner_eth = r.below(2) == 0;
            let opt_words = r.below(2) as u8;
            let mut g = vec![opt_words, 0];
            g.extend_from_slice(&(if inner_eth { 0x6558u16 } else { t }).to_be_bytes());
            let vni: u32 = *r.pick(&[5u32, 100, 0x123456]);
            g.extend_from_slice(&(vni << 8).to_be_bytes());
            g.extend((0..4 * opt_words).map(|_| 0xee));
            if inner_eth {
                g.extend(eth(MAC_B, MAC_A, t, &p));
            } else {
                g.extend_from_slice(&p);
            }
            let u = udp(40000, 6081, &g);
            if r.below(3) == 0 {
                eth(dst, src, 0x86dd, &ipv6(v6(V6[0]), v6(V6[1]), 17, &u))
            } else {
                eth(
                    dst,
                    src,
                    0x0800,
                    &ipv4(*r.pick(&V4), *r.pick(&V4), 17, 0, &u),
                )
            }
        }
        5 => match r.below(7) {
            4 => llc_frame(0xaa, 0xaa, &[0x08, 0x00, 0x07, 0x80, 0x9b, 0, 0]),
            5 => llc_frame(
                0xaa,
                0xaa,
                &[
                    0,
                    0,
                    0,
                    *r.pick(&[0x80u8, 0x81]),
                    *r.pick(&[0xf3u8, 0x37]),
                    0,
                    0,
                ],
            ),
            6 => llc_frame(0xe0, 0xe0, &[0xff, 0xff, 0, 0x30]),
            0 => llc_frame(0x42, 0x42, &[0, 0, 0, 0, 0]),
            1 => {
                let pdu = 0x0f + r.below(13) as u8;
                let mut f = llc_frame(
                    0xfe,
                    0xfe,
                    &[
                        *r.pick(&[0x83u8, 0x83, 0x82, 0x81]),
                        0x1b,
                        0x01,
                        0,
                        pdu,
                        0,
                        0,
                    ],
                );
                f[16] = *r.pick(&[
                    0x03u8, 0x01, 0x05, 0x09, 0x63, 0x43, 0x0f, 0x6f, 0xe3, 0xaf, 0x87, 0x02, 0x13,
                ]);
                f
            }
            2 => llc_frame(0xf0, 0xf0, &[0, 0, 0]),
            _ => eth(dst, src, 0x0030, &[0xff, 0xff, 0, 0x30, 0, 0]),
        },
        _ => {
            let (t, p) = ip_packet(r);
            eth(dst, src, t, &p)
        }
    };
    match r.below(10) {
        0 => {
            let n = r.below(f.len() as u64 + 1) as usize;
            f.truncate(n);
        }
        1 if !f.is_empty() => {
            let i = r.below(f.len() as u64) as usize;
            f[i] = r.next() as u8;
        }
        _ => {}
    }
    f
}

/// Ethernet frame -> the same packet under another link layer.
pub fn relink(frame: &[u8], linktype: u32, n: usize) -> Option<Vec<u8>> {
    if frame.len() < 14 {
        return None;
    }
    let (et, body) = (&frame[12..14], &frame[14..]);
    match linktype {
        101 => (et == [0x08, 0x00] || et == [0x86, 0xdd]).then(|| body.to_vec()),
        0 | 108 => {
            let af: u32 = match et {
                [0x08, 0x00] => 2,
                [0x86, 0xdd] => [24, 28, 30][n % 3],
                _ => 7,
            };
            let mut s = if linktype == 0 {
                af.to_le_bytes()
            } else {
                af.to_be_bytes()
            }
            .to_vec();
            s.extend_from_slice(body);
            Some(s)
        }
        113 => {
            let mut s = vec![0, (n % 5) as u8, 0, 1, 0, 6];
            s.extend_from_slice(&frame[6..12]);
            s.extend_from_slice(&[0, 0]);
            s.extend_from_slice(et);
            s.extend_from_slice(body);
            Some(s)
        }
        276 => {
            let mut s = et.to_vec();
            s.extend_from_slice(&[0, 0]);
            s.extend_from_slice(&((n % 4) as u32 + 1).to_be_bytes());
            s.extend_from_slice(&[0, 1, (n % 5) as u8, 6]);
            s.extend_from_slice(&frame[6..12]);
            s.extend_from_slice(&[0, 0]);
            s.extend_from_slice(body);
            Some(s)
        }
        _ => Some(frame.to_vec()),
    }
}

/// An Ethernet frame from 02:00:00:00:00:01 to 02:00:00:00:00:02 with
/// optional tags (TPID, TCI), outermost first, carrying IPv4/UDP.
pub fn udp_frame(tags: &[(u16, u16)], payload_len: usize, seq: u16) -> Vec<u8> {
    let mut f = vec![2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1];
    for (tpid, tci) in tags {
        f.extend_from_slice(&tpid.to_be_bytes());
        f.extend_from_slice(&tci.to_be_bytes());
    }
    f.extend_from_slice(&[0x08, 0x00]);
    let total = (20 + 8 + payload_len) as u16;
    f.extend_from_slice(&[
        0x45,
        0,
        (total >> 8) as u8,
        total as u8,
        (seq >> 8) as u8,
        seq as u8,
        0,
        0,
        64,
        17,
        0,
        0,
    ]);
    f.extend_from_slice(&[198, 18, 0, 1, 198, 18, 0, 2]);
    let udp_len = (8 + payload_len) as u16;
    f.extend_from_slice(&[
        0x13,
        0x88,
        0x13,
        0x89,
        (udp_len >> 8) as u8,
        udp_len as u8,
        0,
        0,
    ]);
    f.extend((0..payload_len).map(|i| (i as u8).wrapping_add(seq as u8)));
    f
}

/// UDP from 198.18.0.1 to 198.18.0.2 (IPv4 with a correct checksum) in an
/// Ethernet frame from 04:04:04:04:04:04 to 02:02:02:02:02:02: the packet
/// of the capture files the fault tests write.
pub fn eth_udp4(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let ip = ipv4_df(
        [198, 18, 0, 1],
        [198, 18, 0, 2],
        17,
        &udp(sport, dport, payload),
    );
    eth([2; 6], [4; 6], 0x0800, &ip)
}
