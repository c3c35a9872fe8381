//! 802.11, bare or behind a radio header (Prism, AVS, radiotap, PPI):
//! where the frame and its payload start, and the tests libpcap 1.10
//! compiles on its frame control and addresses (gen_wlanhostop,
//! gen_p80211_type, gen_p80211_fcdir, gen_check_802_11_data_frame).
//!
//! Neither offset is fixed. A radio header gives its own length, so the
//! 802.11 header starts at a length read from the packet; the 802.11
//! header is 24 bytes, 2 more in QoS data frames, rounded up to 4 when a
//! radiotap header says the driver padded it. The program's prologue
//! computes both into scratch slots (libpcap's
//! insert_compute_vloffsets), and every test reads through them.

use super::*;

/// LINKTYPE_ numbers of 802.11 and its radio headers (wire/linktype.rs),
/// by the short names of the headers this file reads.
pub(super) use crate::wire::linktype::{
    IEEE802_11, IEEE802_11_RADIO as RADIOTAP, IEEE802_11_RADIO_AVS as AVS, PPI,
    PRISM_HEADER as PRISM,
};

/// Whether `n` is 802.11 with or without a radio header.
pub(super) fn is_wlan(n: u32) -> bool {
    matches!(n, IEEE802_11 | PRISM | RADIOTAP | AVS | PPI)
}

/// The first frame control byte: frame type and subtype bits.
const FC0_DATA: u32 = 0x08;
const FC0_CTL: u32 = 0x04;
const FC0_TYPE_MASK: u32 = 0x0c;
const FC0_SUBTYPE_MASK: u32 = 0xf0;
const FC0_SUBTYPE_CTS: u32 = 0xc0;
const FC0_SUBTYPE_ACK: u32 = 0xd0;
/// QoS data frames carry a 2-byte QoS control field.
const FC0_QOS: u32 = 0x80;
/// The second frame control byte: the distribution system bits.
const FC1_TO_DS: u32 = 0x01;
const FC1_FROM_DS: u32 = 0x02;
const FC1_DIR_MASK: u32 = 0x03;
/// Where each address is in the 802.11 header.
const ADDR1: u32 = 4;
const ADDR2: u32 = 10;
const ADDR3: u32 = 16;
const ADDR4: u32 = 24;
/// The shortest data frame header.
const DATA_HEADER_LEN: u32 = 24;
const QOS_CONTROL_LEN: u32 = 2;
/// A Prism capture may hold AVS headers: their cookie, under this mask.
const AVS_COOKIE: u32 = 0x8021_1000;
const AVS_COOKIE_MASK: u32 = 0xffff_f000;
const PRISM_HEADER_LEN: u32 = 144;
/// Radiotap's first presence word (little-endian, loaded big-endian: the
/// bits are swapped here) and its Flags field.
const RADIOTAP_PRESENT: u32 = 4;
const PRESENT_TSFT: u32 = 0x0000_0001u32.swap_bytes();
const PRESENT_FLAGS: u32 = 0x0000_0002u32.swap_bytes();
const PRESENT_EXT: u32 = 0x8000_0000u32.swap_bytes();
/// The Flags field after the 8-byte header, or after the 8-byte TSFT.
const FLAGS_AFTER_HEADER: u32 = 8;
const FLAGS_AFTER_TSFT: u32 = 16;
const FLAG_DATAPAD: u32 = 0x20;
/// PPI's link type field, which must say bare 802.11 (little-endian).
const PPI_DLT: u32 = 4;

impl Gen {
    /// A byte of the 802.11 header.
    fn fc(&self, at: u32) -> Vec<Insn> {
        self.load(self.linkhdr, at, op::B)
    }

    fn fc_bit(&self, at: u32, bit: u32) -> Cond {
        self.cmp(self.fc(at), JSET, bit)
    }

    /// A data frame: type bits 10 (libpcap tests "not control" first).
    pub(super) fn wlan_data_frame(&self) -> Cond {
        Cond::And(vec![
            Cond::not(self.fc_bit(0, FC0_CTL)),
            self.fc_bit(0, FC0_DATA),
        ])
    }

    /// `type`, `subtype` and `dir`; refused where `pppoes` made the link
    /// PPP, in libpcap's words.
    pub(super) fn wlan_test(&self, test: WlanTest, span: Span) -> R<Cond> {
        match test {
            _ if self.kind == LtKind::Wlan => {}
            WlanTest::Type { .. } => {
                return err("802.11 link-layer types supported only on 802.11", span);
            }
            WlanTest::Dir(_) => {
                return err("frame direction supported only with 802.11 headers", span);
            }
        }
        Ok(match test {
            WlanTest::Type { value, mask } => self.mcmp(self.fc(0), mask, value),
            WlanTest::Dir(value) => self.mcmp(self.fc(1), FC1_DIR_MASK, value),
        })
    }

    /// Whether libpcap leaves this program unoptimized (the 802.11 header
    /// length computation, and any Prism capture, set its no_optimize), so
    /// that it never refuses one that rejects every packet.
    pub fn libpcap_leaves_unoptimized(&self) -> bool {
        match self.link {
            LinkType::Other(PRISM) => true,
            LinkType::Other(n) => is_wlan(n) && self.pl_slot.get().is_some(),
            _ => false,
        }
    }

    /// The 6 bytes at `at` in the 802.11 header are `mac`.
    fn wlan_addr(&self, at: u32, mac: &[u8; 6]) -> Cond {
        self.bcmp(self.linkhdr, at, mac)
    }

    /// Frames with a second address: all but control frames, and control
    /// frames other than CTS and ACK.
    fn has_addr2(&self) -> Cond {
        let not_subtype = |v: u32| Cond::not(self.mcmp(self.fc(0), FC0_SUBTYPE_MASK, v));
        Cond::Or(vec![
            Cond::not(self.mcmp(self.fc(0), FC0_TYPE_MASK, FC0_CTL)),
            Cond::And(vec![
                not_subtype(FC0_SUBTYPE_CTS),
                not_subtype(FC0_SUBTYPE_ACK),
            ]),
        ])
    }

    /// `mac` as the frame's source, destination or a numbered address
    /// (gen_wlanhostop): where each is depends on the frame type and the
    /// distribution system bits.
    pub(super) fn wlan_host(&self, mac: &[u8; 6], dir: Dir) -> Cond {
        let not_ctl = || Cond::not(self.fc_bit(0, FC0_CTL));
        let data = || self.fc_bit(0, FC0_DATA);
        let to_ds = || self.fc_bit(1, FC1_TO_DS);
        let from_ds = || self.fc_bit(1, FC1_FROM_DS);
        let at = |off| self.wlan_addr(off, mac);
        match dir {
            Dir::Src => Cond::And(vec![
                not_ctl(),
                either(
                    data(),
                    at(ADDR2),
                    either(from_ds(), at(ADDR2), either(to_ds(), at(ADDR3), at(ADDR4))),
                ),
            ]),
            Dir::Dst => self.at_destination(at),
            Dir::And => Cond::And(vec![
                self.wlan_host(mac, Dir::Src),
                self.wlan_host(mac, Dir::Dst),
            ]),
            Dir::Default | Dir::Or => Cond::Or(vec![
                self.wlan_host(mac, Dir::Src),
                self.wlan_host(mac, Dir::Dst),
            ]),
            Dir::Addr(1) => at(ADDR1),
            Dir::Addr(2) => Cond::And(vec![self.has_addr2(), at(ADDR2)]),
            Dir::Addr(3) => Cond::And(vec![
                Cond::not(self.mcmp(self.fc(0), FC0_TYPE_MASK, FC0_CTL)),
                at(ADDR3),
            ]),
            Dir::Addr(_) => Cond::And(vec![
                self.mcmp(self.fc(1), FC1_DIR_MASK, FC1_TO_DS | FC1_FROM_DS),
                at(ADDR4),
            ]),
            Dir::Ra => Cond::And(vec![data(), at(ADDR1)]),
            Dir::Ta => Cond::And(vec![Cond::And(vec![data(), self.has_addr2()]), at(ADDR2)]),
        }
    }

    /// A group destination: the first address byte's low bit, where the
    /// destination is (the multicast case of gen_multicast).
    pub(super) fn wlan_multicast(&self) -> Cond {
        self.at_destination(|off| self.cmp(self.fc(off), JSET, 1))
    }

    /// `test` of the destination address: none in control frames, the
    /// first address in management frames and in data frames not to the
    /// distribution system, the third in those to it (gen_wlanhostop's
    /// Q_DST).
    fn at_destination(&self, test: impl Fn(u32) -> Cond) -> Cond {
        let to_ds = || self.fc_bit(1, FC1_TO_DS);
        let data = || self.fc_bit(0, FC0_DATA);
        Cond::And(vec![
            Cond::not(self.fc_bit(0, FC0_CTL)),
            either(
                data(),
                test(ADDR1),
                either(to_ds(), test(ADDR1), test(ADDR3)),
            ),
        ])
    }

    /// `cond` after the code that finds the 802.11 header (`hdr_slot`,
    /// behind a radio header) and its payload (`pl_slot`), each only when
    /// something reads through it; on PPI, after the check that the frame
    /// is bare 802.11, as libpcap's finish_parse adds it.
    pub(super) fn wlan_prologue(
        &self,
        cond: Cond,
        hdr_slot: Option<u32>,
        pl_slot: Option<u32>,
    ) -> Cond {
        let LinkType::Other(n) = self.link else {
            return cond;
        };
        let cond = if n == PPI {
            Cond::And(vec![
                self.cmp(vec![ld(op::W, PPI_DLT)], JEQ, IEEE802_11.swap_bytes()),
                cond,
            ])
        } else {
            cond
        };
        if hdr_slot.is_none() && pl_slot.is_none() {
            return cond;
        }
        let cond = match pl_slot {
            Some(pl) => Cond::Pre(
                vec![
                    Insn::stmt(op::MISC | op::TXA, 0),
                    Insn::stmt(op::ALU | op::ADD | op::K, DATA_HEADER_LEN),
                    Insn::stmt(op::ST, pl),
                ],
                Box::new(Cond::And(vec![self.header_len(n, pl), cond])),
            ),
            None => cond,
        };
        // X holds where the 802.11 header starts when `cond` begins.
        match hdr_slot {
            Some(hdr) => self.radio_header_len(n, hdr, cond),
            None => Cond::Pre(vec![Insn::stmt(op::LDX | op::IMM, 0)], Box::new(cond)),
        }
    }

    /// Always true; on the way, adds the QoS field and radiotap's padding
    /// to the header length in `pl` for data frames (X: the 802.11 header).
    fn header_len(&self, n: u32, pl: u32) -> Cond {
        let fc = || vec![Insn::stmt(op::LD | op::B | op::IND, 0)];
        let set = |code: Vec<Insn>, bit: u32| self.cmp(code, JSET, bit);
        let data = Cond::And(vec![
            set(fc(), FC0_DATA),
            Cond::not(set(Vec::new(), FC0_CTL)),
        ]);
        let add_to_len = |op_k: u16, k: u32, then: Option<u32>| {
            let mut code = vec![
                Insn::stmt(op::LD | op::MEM, pl),
                Insn::stmt(op::ALU | op_k | op::K, k),
            ];
            if let Some(mask) = then {
                code.push(Insn::stmt(op::ALU | op::AND | op::K, mask));
            }
            code.push(Insn::stmt(op::ST, pl));
            Cond::Pre(code, Box::new(Cond::Const(true)))
        };
        let qos = Cond::Or(vec![
            Cond::not(set(Vec::new(), FC0_QOS)),
            add_to_len(op::ADD, QOS_CONTROL_LEN, None),
        ]);
        let padding = if n == RADIOTAP {
            let present = || vec![ld(op::W, RADIOTAP_PRESENT)];
            let datapad = Cond::If(
                Box::new(set(Vec::new(), PRESENT_TSFT)),
                Box::new(set(vec![ld(op::B, FLAGS_AFTER_TSFT)], FLAG_DATAPAD)),
                Box::new(set(vec![ld(op::B, FLAGS_AFTER_HEADER)], FLAG_DATAPAD)),
            );
            Cond::Or(vec![
                Cond::not(set(present(), PRESENT_FLAGS)),
                set(Vec::new(), PRESENT_EXT),
                Cond::not(datapad),
                add_to_len(op::ADD, 3, Some(!3)),
            ])
        } else {
            Cond::Const(true)
        };
        Cond::Or(vec![Cond::not(data), Cond::And(vec![qos, padding])])
    }

    /// `cond` after the code that stores the radio header's length in
    /// `hdr` and leaves it in X.
    fn radio_header_len(&self, n: u32, hdr: u32, cond: Cond) -> Cond {
        let store = vec![Insn::stmt(op::ST, hdr), Insn::stmt(op::MISC | op::TAX, 0)];
        let avs_len = || vec![ld(op::W, 4)];
        match n {
            // A Prism header is 144 bytes, unless it is an AVS header.
            PRISM => Cond::And(vec![
                Cond::If(
                    Box::new(self.mcmp(vec![ld(op::W, 0)], AVS_COOKIE_MASK, AVS_COOKIE)),
                    Box::new(Cond::Pre(avs_len(), Box::new(Cond::Const(true)))),
                    Box::new(Cond::Pre(
                        vec![Insn::stmt(op::LD | op::IMM, PRISM_HEADER_LEN)],
                        Box::new(Cond::Const(true)),
                    )),
                ),
                Cond::Pre(store, Box::new(cond)),
            ]),
            AVS => Cond::Pre([avs_len(), store].concat(), Box::new(cond)),
            // Radiotap and PPI: a little-endian length at offset 2.
            _ => Cond::Pre(
                [
                    vec![
                        ld(op::B, 3),
                        Insn::stmt(op::ALU | op::LSH | op::K, 8),
                        Insn::stmt(op::MISC | op::TAX, 0),
                        ld(op::B, 2),
                        Insn::stmt(op::ALU | op::OR | op::X, 0),
                    ],
                    store,
                ]
                .concat(),
                Box::new(cond),
            ),
        }
    }
}

/// `if_clear` where the frame control bit test `flag` fails, `if_set`
/// where it holds: libpcap's shape for each choice of gen_wlanhostop (the
/// clear case first).
fn either(flag: Cond, if_clear: Cond, if_set: Cond) -> Cond {
    Cond::Or(vec![
        Cond::And(vec![Cond::not(flag.clone()), if_clear]),
        Cond::And(vec![flag, if_set]),
    ])
}

#[cfg(test)]
mod tests {
    use crate::bpf::interp::{Meta, run};
    use crate::filter::{Options, compile};
    use crate::link::LinkType;

    fn keeps(linktype: u32, expr: &str, frame: &[u8]) -> bool {
        let opts = Options::for_test(LinkType::from_linktype(linktype), false);
        let prog = compile(expr, &opts).expect("compiles");
        run(&prog, frame, frame.len() as u32, &Meta::default()) != 0
    }

    /// A QoS data frame from the distribution system carrying IPv4 behind
    /// 802.2/SNAP, after `pad` bytes of driver padding.
    fn qos_ip_frame(pad: usize) -> Vec<u8> {
        let mut f = vec![0x88, 0x02, 0, 0];
        f.extend([2, 0, 0, 0, 0, 1]);
        f.extend([2, 0, 0, 0, 0, 2]);
        f.extend([2, 0, 0, 0, 0, 3]);
        f.extend([0, 0, 0, 0]);
        f.extend(vec![0; pad]);
        f.extend([0xaa, 0xaa, 0x03, 0, 0, 0, 0x08, 0x00, 0x45]);
        f
    }

    /// A radiotap header with Flags (DATAPAD or not), optionally after TSFT.
    fn radiotap(tsft: bool, datapad: bool) -> Vec<u8> {
        let present: u32 = 2 | u32::from(tsft);
        let mut h = vec![0, 0, 0, 0];
        h.extend(present.to_le_bytes());
        if tsft {
            h.extend([0; 8]);
        }
        h.extend([if datapad { 0x20 } else { 0 }, 0]);
        // libpcap rounds the payload's offset from the start of the
        // packet, which is the padded header's only when the radiotap
        // header's length is a multiple of 4, as drivers make it.
        h.resize(h.len().next_multiple_of(4), 0);
        let len = h.len() as u16;
        h[2..4].copy_from_slice(&len.to_le_bytes());
        h
    }

    #[test]
    fn the_payload_follows_qos_control_and_radiotap_padding() {
        assert!(keeps(105, "ip", &qos_ip_frame(0)));
        assert!(!keeps(105, "ip", &qos_ip_frame(2)));
        for tsft in [false, true] {
            let padded = [radiotap(tsft, true), qos_ip_frame(2)].concat();
            let unpadded = [radiotap(tsft, false), qos_ip_frame(0)].concat();
            assert!(keeps(127, "ip", &padded), "tsft {tsft}");
            assert!(keeps(127, "ip", &unpadded), "tsft {tsft}");
            assert!(!keeps(
                127,
                "ip",
                &[radiotap(tsft, false), qos_ip_frame(2)].concat()
            ));
        }
    }

    #[test]
    fn addresses_follow_the_distribution_bits() {
        // From DS: the source is the third address.
        let f = qos_ip_frame(0);
        assert!(keeps(105, "wlan src 02:00:00:00:00:03", &f));
        assert!(!keeps(105, "wlan src 02:00:00:00:00:02", &f));
        assert!(keeps(105, "wlan dst 02:00:00:00:00:01", &f));
        assert!(keeps(
            105,
            "wlan addr2 02:00:00:00:00:02 and dir fromds",
            &f
        ));
        assert!(keeps(105, "type data subtype qos-data", &f));
        assert!(!keeps(105, "wlan type mgt", &f));
        // Behind a 144-byte Prism header, and an AVS header in its place.
        let prism = [vec![0x44; 144], f.clone()].concat();
        assert!(keeps(119, "wlan ta 02:00:00:00:00:02 and ip", &prism));
        let mut avs = vec![0x80, 0x21, 0x10, 0x01, 0, 0, 0, 64];
        avs.resize(64, 0);
        assert!(keeps(119, "ip", &[avs, f].concat()));
    }
}
