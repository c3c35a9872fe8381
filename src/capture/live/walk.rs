//! Walking one retired TPACKET_V3 block: every offset the kernel wrote is
//! checked against the block before use, offloaded VLAN tags are put back
//! into the frame and cooked (SLL, SLL2) headers are written, both in place in the
//! headroom before each frame, so no packet is copied or allocated.
//!
//! Safe code over a `&mut [u8]`: the ring hands us a block it owns, tests
//! hand us synthetic blocks.

use std::ops::ControlFlow;

use crate::packet::Packet;
use crate::wire::sll::{field as sll_v1, field2 as sll_v2};

/// `struct tpacket_block_desc` (version, offset_to_priv, tpacket_hdr_v1).
pub mod block_desc {
    pub const NUM_PKTS: usize = 12;
    pub const OFFSET_TO_FIRST_PKT: usize = 16;
    /// Size of the descriptor, and the smallest offset a packet can have.
    pub const LEN: usize = 48;
}

/// `struct tpacket3_hdr`, followed (at TPACKET_ALIGN(48)) by a sockaddr_ll.
pub mod pkt_hdr {
    pub const NEXT_OFFSET: usize = 0;
    pub const SEC: usize = 4;
    pub const NSEC: usize = 8;
    pub const SNAPLEN: usize = 12;
    pub const LEN: usize = 16;
    pub const STATUS: usize = 20;
    pub const MAC: usize = 24;
    pub const VLAN_TCI: usize = 32;
    pub const VLAN_TPID: usize = 36;
    /// Where the sockaddr_ll starts.
    pub const SLL: usize = 48;
    /// tpacket3_hdr plus sockaddr_ll: no frame byte may start before this.
    pub const HDR_AND_SLL: usize = SLL + super::sll::LEN;
}

/// `struct sockaddr_ll`.
pub mod sll {
    pub const PROTOCOL: usize = 2;
    pub const IFINDEX: usize = 4;
    pub const HATYPE: usize = 8;
    pub const PKTTYPE: usize = 10;
    pub const HALEN: usize = 11;
    pub const ADDR: usize = 12;
    pub const LEN: usize = 20;
}

/// LINKTYPE_LINUX_SLL2 header length (wire/sll.rs has the layout).
pub const SLL2_LEN: usize = crate::wire::sll::HEADER2_LEN;
/// LINKTYPE_LINUX_SLL header length.
pub const SLL_LEN: usize = crate::wire::sll::HEADER_LEN;
/// Linux's protocol value for CAN FD frames (LINUX_SLL_P_CANFD).
const ETH_P_CANFD: u16 = 0x000d;
/// The FD-frame flag of pcap_can_socketcan_hdr's fd_flags (CANFD_FDF).
const CANFD_FDF: u8 = 0x04;
/// An 802.1Q/802.1ad tag: TPID and TCI.
pub const VLAN_TAG_LEN: usize = 4;
const ETH_ADDRS_LEN: usize = 12;
const ETH_P_8021Q: u16 = 0x8100;

/// What the frames in the ring start with, and so what to rewrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameLayout {
    /// SOCK_RAW on an Ethernet-like interface: put offloaded VLAN tags back.
    Ethernet,
    /// SOCK_RAW on a device without a link header (tun): hand over as is.
    Raw,
    /// SOCK_DGRAM (`-i any`): write a LINUX_SLL2 header in front.
    CookedSll2,
    /// SOCK_DGRAM (`-i any -y LINUX_SLL`, PPP and devices libpcap does not
    /// know; LINUX_IRDA, LINUX_LAPD, NETLINK): a LINUX_SLL header in front.
    CookedSll,
    /// SocketCAN: the CAN ID into network order, as LINKTYPE_CAN_SOCKETCAN
    /// carries it, and CAN FD frames flagged.
    SocketCan,
}

/// Which packets to hand over, by the kernel's packet type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Keep {
    /// Only PACKET_OUTGOING (-Q out).
    pub outgoing_only: bool,
    /// No PACKET_OUTGOING (-Q in where the kernel cannot ignore them).
    pub incoming_only: bool,
    /// Drop PACKET_OUTGOING seen on this ifindex: loopback delivers each
    /// packet twice, out and in, and libpcap keeps one.
    pub no_outgoing_on: Option<u32>,
}

/// How to walk: frame layout, snap length, direction.
#[derive(Clone, Copy, Debug)]
pub struct WalkRules {
    pub layout: FrameLayout,
    pub snaplen: u32,
    pub keep: Keep,
}

/// Packets handed over and skipped (direction), for the statistics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WalkCounts {
    pub handed: u64,
    pub skipped: u64,
}

/// Where to resume in a block after the callback asked to stop.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    /// Index of the next packet (0-based).
    pub index: u32,
    /// Its offset in the block; 0 = start from offset_to_first_pkt.
    pub offset: usize,
}

/// How a walk ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockEnd {
    /// Every packet handed over: the block can go back to the kernel.
    Done,
    /// The callback returned Break; resume here later.
    Stopped(Cursor),
    /// The callback returned Break on the block's last packet: the block
    /// can go back to the kernel, and the caller must still stop (-c).
    StoppedAtEnd,
}

/// A block whose layout contradicts itself; the rest of it is skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadBlock {
    /// Which field was out of range.
    pub field: &'static str,
    /// The offending value (an offset or length).
    pub value: usize,
    /// The packet's index in the block.
    pub packet: u32,
    pub block_len: usize,
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_ne_bytes([b[at], b[at + 1]])
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// Hands every packet of `block` from `cursor` on to `f`, in order.
pub fn walk_block(
    block: &mut [u8],
    cursor: Cursor,
    rules: &WalkRules,
    counts: &mut WalkCounts,
    f: &mut dyn FnMut(&Packet) -> ControlFlow<()>,
) -> Result<BlockEnd, BadBlock> {
    let block_len = block.len();
    let bad = |field, value, packet| BadBlock {
        field,
        value,
        packet,
        block_len,
    };
    if block_len < block_desc::LEN {
        return Err(bad("block length", block_len, 0));
    }
    let num_pkts = u32_at(block, block_desc::NUM_PKTS);
    let mut offset = if cursor.offset == 0 {
        u32_at(block, block_desc::OFFSET_TO_FIRST_PKT) as usize
    } else {
        cursor.offset
    };
    let mut index = cursor.index;
    while index < num_pkts {
        if offset < block_desc::LEN
            || offset
                .checked_add(pkt_hdr::HDR_AND_SLL)
                .is_none_or(|end| end > block_len)
        {
            return Err(bad("packet offset", offset, index));
        }
        let hdr = &block[offset..offset + pkt_hdr::HDR_AND_SLL];
        let next_offset = u32_at(hdr, pkt_hdr::NEXT_OFFSET) as usize;
        let next = if index + 1 < num_pkts {
            // Offsets must advance by at least a header so the walk ends.
            if next_offset < pkt_hdr::HDR_AND_SLL {
                return Err(bad("tp_next_offset", next_offset, index));
            }
            offset + next_offset
        } else {
            block_len
        };
        let end = handle_packet(block, offset, index, rules, counts, f)?;
        index += 1;
        offset = next;
        if end.is_break() {
            return Ok(if index < num_pkts {
                BlockEnd::Stopped(Cursor { index, offset })
            } else {
                BlockEnd::StoppedAtEnd
            });
        }
    }
    Ok(BlockEnd::Done)
}

/// Rewrites one packet in place as needed and hands it to `f`.
fn handle_packet(
    block: &mut [u8],
    offset: usize,
    index: u32,
    rules: &WalkRules,
    counts: &mut WalkCounts,
    f: &mut dyn FnMut(&Packet) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, BadBlock> {
    let block_len = block.len();
    let bad = |field, value| BadBlock {
        field,
        value,
        packet: index,
        block_len,
    };
    let hdr = &block[offset..offset + pkt_hdr::HDR_AND_SLL];
    let tp_sec = u32_at(hdr, pkt_hdr::SEC);
    let tp_nsec = u32_at(hdr, pkt_hdr::NSEC);
    let tp_snaplen = u32_at(hdr, pkt_hdr::SNAPLEN) as usize;
    let tp_len = u32_at(hdr, pkt_hdr::LEN);
    let tp_status = u32_at(hdr, pkt_hdr::STATUS);
    let tp_mac = u16_at(hdr, pkt_hdr::MAC) as usize;
    let vlan_tci = u32_at(hdr, pkt_hdr::VLAN_TCI) as u16;
    let vlan_tpid = if tp_status & libc::TP_STATUS_VLAN_TPID_VALID != 0 {
        u16_at(hdr, pkt_hdr::VLAN_TPID)
    } else {
        ETH_P_8021Q
    };
    let sll_hdr: [u8; sll::LEN] = hdr[pkt_hdr::SLL..pkt_hdr::HDR_AND_SLL]
        .try_into()
        .unwrap_or([0; sll::LEN]);
    let pkttype = sll_hdr[sll::PKTTYPE];
    let ifindex = u32_at(&sll_hdr, sll::IFINDEX);

    let frame = offset + tp_mac;
    if tp_mac < pkt_hdr::HDR_AND_SLL
        || frame
            .checked_add(tp_snaplen)
            .is_none_or(|end| end > block_len)
    {
        return Err(bad("tp_mac + tp_snaplen", tp_mac + tp_snaplen));
    }

    let outgoing = pkttype == libc::PACKET_OUTGOING;
    let keep = &rules.keep;
    let skip = if outgoing {
        keep.incoming_only || keep.no_outgoing_on == Some(ifindex)
    } else {
        keep.outgoing_only
    };
    if skip {
        counts.skipped += 1;
        return Ok(ControlFlow::Continue(()));
    }

    // libpcap's test: a zero TCI without the flag comes from kernels that
    // predate TP_STATUS_VLAN_VALID.
    let has_vlan = vlan_tci != 0 || tp_status & libc::TP_STATUS_VLAN_VALID != 0;
    let headroom = frame - (offset + pkt_hdr::HDR_AND_SLL);
    let (start, added) = match rules.layout {
        FrameLayout::Raw => (frame, 0),
        FrameLayout::Ethernet if has_vlan && tp_snaplen >= ETH_ADDRS_LEN => {
            if headroom < VLAN_TAG_LEN {
                return Err(bad("headroom for a VLAN tag", headroom));
            }
            let start = frame - VLAN_TAG_LEN;
            block.copy_within(frame..frame + ETH_ADDRS_LEN, start);
            let tag = &mut block[start + ETH_ADDRS_LEN..start + ETH_ADDRS_LEN + VLAN_TAG_LEN];
            tag[..2].copy_from_slice(&vlan_tpid.to_be_bytes());
            tag[2..].copy_from_slice(&vlan_tci.to_be_bytes());
            (start, VLAN_TAG_LEN)
        }
        FrameLayout::Ethernet => (frame, 0),
        FrameLayout::SocketCan => {
            if tp_snaplen >= 4 {
                let id = &mut block[frame..frame + 4];
                let host = u32::from_ne_bytes([id[0], id[1], id[2], id[3]]);
                id.copy_from_slice(&host.to_be_bytes());
            }
            // libpcap sets the FD flag and clears the reserved bytes; a
            // reader then knows the flag is libpcap's, not garbage.
            let protocol = u16::from_be_bytes([sll_hdr[sll::PROTOCOL], sll_hdr[sll::PROTOCOL + 1]]);
            if protocol == ETH_P_CANFD && tp_snaplen >= 8 {
                block[frame + 5] |= CANFD_FDF;
                block[frame + 6] = 0;
                block[frame + 7] = 0;
            }
            (frame, 0)
        }
        FrameLayout::CookedSll => {
            if headroom < SLL_LEN {
                return Err(bad("headroom for a cooked header", headroom));
            }
            let start = frame - SLL_LEN;
            let out = &mut block[start..frame];
            // SLL: pkttype, hatype, halen (16 bits each), addr[8], protocol.
            out[sll_v1::PACKET_TYPE].copy_from_slice(&u16::from(pkttype).to_be_bytes());
            out[sll_v1::HATYPE].copy_from_slice(&u16_at(&sll_hdr, sll::HATYPE).to_be_bytes());
            out[sll_v1::HALEN].copy_from_slice(&u16::from(sll_hdr[sll::HALEN]).to_be_bytes());
            out[sll_v1::ADDR].copy_from_slice(&sll_hdr[sll::ADDR..sll::ADDR + 8]);
            out[sll_v1::PROTOCOL].copy_from_slice(&sll_hdr[sll::PROTOCOL..sll::PROTOCOL + 2]);
            (start, SLL_LEN)
        }
        FrameLayout::CookedSll2 => {
            // libpcap 1.10 puts tags back only into Ethernet frames; `tcpdump
            // -i any` writes a tagged frame's SLL2 record without its tag,
            // and so do we, byte for byte.
            let added = SLL2_LEN;
            if headroom < added {
                return Err(bad("headroom for a cooked header", headroom));
            }
            let start = frame - added;
            let out = &mut block[start..frame];
            // SLL2: protocol, reserved, ifindex, hatype, pkttype, halen, addr[8].
            out[sll_v2::PROTOCOL].copy_from_slice(&sll_hdr[sll::PROTOCOL..sll::PROTOCOL + 2]);
            out[sll_v2::RESERVED].fill(0);
            out[sll_v2::IFINDEX].copy_from_slice(&ifindex.to_be_bytes());
            out[sll_v2::HATYPE].copy_from_slice(&u16_at(&sll_hdr, sll::HATYPE).to_be_bytes());
            out[sll_v2::PACKET_TYPE] = pkttype;
            out[sll_v2::HALEN] = sll_hdr[sll::HALEN];
            out[sll_v2::ADDR].copy_from_slice(&sll_hdr[sll::ADDR..sll::ADDR + 8]);
            (start, added)
        }
    };
    let caplen = (tp_snaplen + added).min(rules.snaplen as usize);
    let packet = Packet {
        ts_sec: i64::from(tp_sec),
        ts_nsec: tp_nsec,
        recorded: None,
        wire_len: tp_len.saturating_add(added as u32),
        data: &block[start..start + caplen],
        pkttype: Some(pkttype),
        ifindex: Some(ifindex),
    };
    counts.handed += 1;
    Ok(f(&packet))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One synthetic packet as the kernel would describe it.
    #[derive(Clone)]
    struct Synth {
        frame: Vec<u8>,
        snaplen: Option<u32>,
        status: u32,
        tci: u16,
        tpid: u16,
        pkttype: u8,
        ifindex: u32,
        protocol: u16,
    }

    fn synth(frame: &[u8]) -> Synth {
        Synth {
            frame: frame.to_vec(),
            snaplen: None,
            status: libc::TP_STATUS_USER,
            tci: 0,
            tpid: 0,
            pkttype: libc::PACKET_HOST,
            ifindex: 3,
            protocol: 0x0800,
        }
    }

    /// tp_mac for SOCK_RAW Ethernet with PACKET_RESERVE 4, as the kernel
    /// computes it: TPACKET_ALIGN(68 + 16) + 4 - 14.
    const MAC_RAW: usize = 86;
    /// tp_mac for SOCK_DGRAM with PACKET_RESERVE 20: TPACKET_ALIGN(68 + 16) + 20.
    const MAC_COOKED: usize = 116;

    /// A block laid out like the kernel's: descriptor, then packets 16-aligned.
    fn block(pkts: &[Synth], mac: usize) -> Vec<u8> {
        let mut b = vec![0u8; 8192];
        b[8..12].copy_from_slice(&libc::TP_STATUS_USER.to_ne_bytes());
        b[12..16].copy_from_slice(&(pkts.len() as u32).to_ne_bytes());
        b[16..20].copy_from_slice(&48u32.to_ne_bytes());
        let mut off = 48;
        for (i, p) in pkts.iter().enumerate() {
            let snap = p.snaplen.unwrap_or(p.frame.len() as u32) as usize;
            let next = (mac + snap).div_ceil(16) * 16;
            let h = &mut b[off..];
            let last = i + 1 == pkts.len();
            h[0..4].copy_from_slice(&(if last { 0 } else { next as u32 }).to_ne_bytes());
            h[4..8].copy_from_slice(&(1_700_000_000 + i as u32).to_ne_bytes());
            h[8..12].copy_from_slice(&(123_456_789 + i as u32).to_ne_bytes());
            h[12..16].copy_from_slice(&(snap as u32).to_ne_bytes());
            h[16..20].copy_from_slice(&(p.frame.len() as u32).to_ne_bytes());
            h[20..24].copy_from_slice(&p.status.to_ne_bytes());
            h[24..26].copy_from_slice(&(mac as u16).to_ne_bytes());
            h[32..36].copy_from_slice(&u32::from(p.tci).to_ne_bytes());
            h[36..38].copy_from_slice(&p.tpid.to_ne_bytes());
            // sockaddr_ll
            h[48..50].copy_from_slice(&(libc::AF_PACKET as u16).to_ne_bytes());
            h[50..52].copy_from_slice(&p.protocol.to_be_bytes());
            h[52..56].copy_from_slice(&p.ifindex.to_ne_bytes());
            h[56..58].copy_from_slice(&1u16.to_ne_bytes());
            h[58] = p.pkttype;
            h[59] = 6;
            h[60..66].copy_from_slice(&[2, 0, 0, 0, 0, 9]);
            h[mac..mac + snap].copy_from_slice(&p.frame[..snap]);
            off += next;
        }
        b
    }

    fn rules(layout: FrameLayout) -> WalkRules {
        WalkRules {
            layout,
            snaplen: 262_144,
            keep: Keep::default(),
        }
    }

    /// `pkts` laid out in one block at `mac`, walked with `layout`.
    fn walk_synth(
        pkts: &[Synth],
        mac: usize,
        layout: FrameLayout,
    ) -> (Result<BlockEnd, BadBlock>, Seen, WalkCounts) {
        walk_all(&mut block(pkts, mac), &rules(layout))
    }

    /// (data, wire_len, ts_sec, ts_nsec, pkttype, ifindex) of every packet handed over.
    type Seen = Vec<(Vec<u8>, u32, i64, u32, u8, u32)>;

    fn walk_all(b: &mut [u8], r: &WalkRules) -> (Result<BlockEnd, BadBlock>, Seen, WalkCounts) {
        let mut seen = Vec::new();
        let mut counts = WalkCounts::default();
        let end = walk_block(b, Cursor::default(), r, &mut counts, &mut |p| {
            seen.push((
                p.data.to_vec(),
                p.wire_len,
                p.ts_sec,
                p.ts_nsec,
                p.pkttype.unwrap(),
                p.ifindex.unwrap(),
            ));
            ControlFlow::Continue(())
        });
        (end, seen, counts)
    }

    fn eth(ethertype: u16, payload: &[u8]) -> Vec<u8> {
        let mut f = vec![0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0, 0, 1];
        f.extend_from_slice(&ethertype.to_be_bytes());
        f.extend_from_slice(payload);
        f
    }

    #[test]
    fn plain_frames_come_out_in_order_with_their_metadata() {
        let a = eth(0x0800, &[0x45; 40]);
        let c = eth(0x86dd, &[0x60; 60]);
        let (end, seen, counts) =
            walk_synth(&[synth(&a), synth(&c)], MAC_RAW, FrameLayout::Ethernet);
        assert_eq!(end, Ok(BlockEnd::Done));
        assert_eq!(
            counts,
            WalkCounts {
                handed: 2,
                skipped: 0
            }
        );
        assert_eq!(
            seen[0],
            (
                a.clone(),
                a.len() as u32,
                1_700_000_000,
                123_456_789,
                libc::PACKET_HOST,
                3
            )
        );
        assert_eq!(seen[1].0, c);
        assert_eq!((seen[1].2, seen[1].3), (1_700_000_001, 123_456_790));
    }

    #[test]
    fn offloaded_8021q_tag_is_put_back_after_the_mac_addresses() {
        let f = eth(0x0800, &[0x45, 1, 2, 3]);
        let mut p = synth(&f);
        p.tci = 0x2064; // priority 1, VLAN 100
        p.status |= libc::TP_STATUS_VLAN_VALID;
        let (end, seen, _) = walk_synth(&[p], MAC_RAW, FrameLayout::Ethernet);
        assert_eq!(end, Ok(BlockEnd::Done));
        let mut want = f[..12].to_vec();
        want.extend_from_slice(&[0x81, 0x00, 0x20, 0x64]);
        want.extend_from_slice(&f[12..]);
        assert_eq!(seen[0].0, want);
        assert_eq!(seen[0].1, f.len() as u32 + 4);
    }

    #[test]
    fn qinq_outer_tpid_is_used_when_the_kernel_says_it_is_valid() {
        let f = eth(0x8100, &[0x00, 0x0a, 0x08, 0x00, 0x45]);
        let mut p = synth(&f);
        p.tci = 7;
        p.tpid = 0x88a8;
        p.status |= libc::TP_STATUS_VLAN_VALID | libc::TP_STATUS_VLAN_TPID_VALID;
        let (_, seen, _) = walk_synth(&[p], MAC_RAW, FrameLayout::Ethernet);
        assert_eq!(&seen[0].0[12..16], &[0x88, 0xa8, 0x00, 0x07]);
        assert_eq!(&seen[0].0[16..], &f[12..]);
    }

    #[test]
    fn snaplen_clamps_the_data_but_not_the_wire_length() {
        let f = eth(0x0800, &[0x45; 100]);
        let mut p = synth(&f);
        p.tci = 5;
        let mut b = block(&[p], MAC_RAW);
        let mut r = rules(FrameLayout::Ethernet);
        r.snaplen = 20;
        let (_, seen, _) = walk_all(&mut b, &r);
        assert_eq!(seen[0].0.len(), 20);
        assert_eq!(&seen[0].0[12..16], &[0x81, 0x00, 0x00, 0x05]);
        assert_eq!(seen[0].1, f.len() as u32 + 4);
    }

    #[test]
    fn a_tag_is_not_inserted_into_a_frame_shorter_than_two_addresses() {
        let f = eth(0x0800, &[]);
        let mut p = synth(&f);
        p.snaplen = Some(10);
        p.tci = 5;
        let (_, seen, _) = walk_synth(&[p], MAC_RAW, FrameLayout::Ethernet);
        assert_eq!(seen[0].0, &f[..10]);
        assert_eq!(seen[0].1, f.len() as u32);
    }

    #[test]
    fn cooked_capture_gets_an_sll2_header() {
        let ip = [
            0x45u8, 0, 0, 20, 0, 0, 0, 0, 64, 17, 0, 0, 198, 18, 0, 1, 198, 18, 0, 2,
        ];
        let mut p = synth(&ip);
        p.ifindex = 7;
        p.pkttype = libc::PACKET_OUTGOING;
        let (end, seen, _) = walk_synth(&[p], MAC_COOKED, FrameLayout::CookedSll2);
        assert_eq!(end, Ok(BlockEnd::Done));
        let want_hdr = [
            0x08,
            0x00,
            0,
            0,
            0,
            0,
            0,
            7,
            0,
            1,
            libc::PACKET_OUTGOING,
            6,
            2,
            0,
            0,
            0,
            0,
            9,
            0,
            0,
        ];
        assert_eq!(&seen[0].0[..20], &want_hdr);
        assert_eq!(&seen[0].0[20..], &ip);
        assert_eq!(seen[0].1, 40);
    }

    #[test]
    fn cooked_v1_capture_gets_an_sll_header_as_libpcap_writes_it() {
        let ip = [0x45u8; 20];
        let mut p = synth(&ip);
        p.pkttype = libc::PACKET_BROADCAST;
        let (end, seen, _) = walk_synth(&[p], MAC_COOKED, FrameLayout::CookedSll);
        assert_eq!(end, Ok(BlockEnd::Done));
        // pkttype, hatype, halen in 16 bits each, the address padded to 8,
        // the protocol as the kernel gave it.
        let want_hdr = [0, 1, 0, 1, 0, 6, 2, 0, 0, 0, 0, 9, 0, 0, 0x08, 0x00];
        assert_eq!(&seen[0].0[..16], &want_hdr);
        assert_eq!(&seen[0].0[16..], &ip);
        assert_eq!(seen[0].1, 36);
    }

    #[test]
    fn socketcan_ids_go_to_network_order_and_fd_frames_are_flagged() {
        let mut frame = 0x1234_5678u32.to_ne_bytes().to_vec();
        frame.extend_from_slice(&[8, 0xff, 0xee, 0xdd, 1, 2, 3, 4, 5, 6, 7, 8]);
        let mut classic = synth(&frame);
        classic.protocol = 0x000c;
        let mut fd = synth(&frame);
        fd.protocol = 0x000d;
        let (_, seen, _) = walk_synth(&[classic, fd], MAC_RAW, FrameLayout::SocketCan);
        assert_eq!(
            &seen[0].0[..8],
            &[0x12, 0x34, 0x56, 0x78, 8, 0xff, 0xee, 0xdd]
        );
        assert_eq!(
            &seen[1].0[..8],
            &[0x12, 0x34, 0x56, 0x78, 8, 0xff | 0x04, 0, 0]
        );
        assert_eq!(&seen[1].0[8..], &frame[8..]);
    }

    #[test]
    fn cooked_capture_leaves_an_offloaded_tag_out_as_libpcap_does() {
        let ip = [0x45u8; 20];
        let mut p = synth(&ip);
        p.tci = 100;
        p.status |= libc::TP_STATUS_VLAN_VALID;
        let (_, seen, _) = walk_synth(&[p], MAC_COOKED, FrameLayout::CookedSll2);
        assert_eq!(&seen[0].0[..2], &[0x08, 0x00]);
        assert_eq!(&seen[0].0[20..], &ip);
        assert_eq!(seen[0].1, 40);
    }

    #[test]
    fn raw_layout_is_handed_over_untouched() {
        let ip = [0x45u8; 28];
        let mut p = synth(&ip);
        p.tci = 9; // ignored: no link header to put it in
        let (_, seen, _) = walk_synth(&[p], MAC_COOKED, FrameLayout::Raw);
        assert_eq!(seen[0].0, ip);
    }

    #[test]
    fn direction_out_skips_everything_not_outgoing() {
        let f = eth(0x0800, &[0x45; 30]);
        let mut pkts = Vec::new();
        for t in [
            libc::PACKET_HOST,
            libc::PACKET_OUTGOING,
            libc::PACKET_BROADCAST,
            libc::PACKET_OTHERHOST,
        ] {
            let mut p = synth(&f);
            p.pkttype = t;
            pkts.push(p);
        }
        let mut r = rules(FrameLayout::Ethernet);
        r.keep.outgoing_only = true;
        let (_, seen, counts) = walk_all(&mut block(&pkts, MAC_RAW), &r);
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].4, libc::PACKET_OUTGOING);
        assert_eq!(
            counts,
            WalkCounts {
                handed: 1,
                skipped: 3
            }
        );

        let mut r = rules(FrameLayout::Ethernet);
        r.keep.incoming_only = true;
        let (_, seen, counts) = walk_all(&mut block(&pkts, MAC_RAW), &r);
        assert!(seen.iter().all(|s| s.4 != libc::PACKET_OUTGOING));
        assert_eq!(
            counts,
            WalkCounts {
                handed: 3,
                skipped: 1
            }
        );
    }

    #[test]
    fn loopback_duplicates_are_dropped_only_on_loopback() {
        let f = eth(0x0800, &[0x45; 30]);
        let mut pkts = Vec::new();
        for (t, ifi) in [
            (libc::PACKET_OUTGOING, 1),
            (libc::PACKET_HOST, 1),
            (libc::PACKET_OUTGOING, 4),
        ] {
            let mut p = synth(&f);
            p.pkttype = t;
            p.ifindex = ifi;
            pkts.push(p);
        }
        let mut r = rules(FrameLayout::CookedSll2);
        r.keep.no_outgoing_on = Some(1);
        let (_, seen, counts) = walk_all(&mut block(&pkts, MAC_COOKED), &r);
        let kept: Vec<_> = seen.iter().map(|s| (s.4, s.5)).collect();
        assert_eq!(kept, [(libc::PACKET_HOST, 1), (libc::PACKET_OUTGOING, 4)]);
        assert_eq!(counts.skipped, 1);
    }

    #[test]
    fn stopping_mid_block_resumes_at_the_next_packet_without_rewriting_twice() {
        let mut pkts = Vec::new();
        for i in 0..3u8 {
            let mut p = synth(&eth(0x0800, &[i; 20]));
            p.tci = 42;
            pkts.push(p);
        }
        let mut b = block(&pkts, MAC_RAW);
        let r = rules(FrameLayout::Ethernet);
        let mut counts = WalkCounts::default();
        let mut seen = Vec::new();
        let end = walk_block(&mut b, Cursor::default(), &r, &mut counts, &mut |p| {
            seen.push(p.data.to_vec());
            ControlFlow::Break(())
        });
        let Ok(BlockEnd::Stopped(cursor)) = end else {
            panic!("expected a stop, got {end:?}")
        };
        assert_eq!(cursor.index, 1);
        let end = walk_block(&mut b, cursor, &r, &mut counts, &mut |p| {
            seen.push(p.data.to_vec());
            ControlFlow::Continue(())
        });
        assert_eq!(end, Ok(BlockEnd::Done));
        assert_eq!(seen.len(), 3);
        for (i, s) in seen.iter().enumerate() {
            assert_eq!(&s[12..16], &[0x81, 0x00, 0x00, 42]);
            assert_eq!(s[18], i as u8);
        }
        // Breaking on the last packet finishes the block but still says
        // stop: -c reached on a block's last packet must end the capture.
        let mut b = block(&pkts[..1], MAC_RAW);
        let end = walk_block(&mut b, Cursor::default(), &r, &mut counts, &mut |_| {
            ControlFlow::Break(())
        });
        assert_eq!(end, Ok(BlockEnd::StoppedAtEnd));
    }

    #[test]
    fn bad_offsets_are_reported_not_followed() {
        let f = eth(0x0800, &[0x45; 30]);
        let two = [synth(&f), synth(&f)];
        let r = rules(FrameLayout::Ethernet);

        let mut b = block(&two, MAC_RAW);
        b[16..20].copy_from_slice(&9000u32.to_ne_bytes());
        assert_eq!(walk_all(&mut b, &r).0.unwrap_err().field, "packet offset");

        let mut b = block(&two, MAC_RAW);
        b[16..20].copy_from_slice(&8u32.to_ne_bytes());
        assert_eq!(walk_all(&mut b, &r).0.unwrap_err().field, "packet offset");

        let mut b = block(&two, MAC_RAW);
        b[48..52].copy_from_slice(&0u32.to_ne_bytes());
        let (end, seen, _) = walk_all(&mut b, &r);
        assert_eq!(end.unwrap_err().field, "tp_next_offset");
        assert!(seen.is_empty());

        let mut b = block(&two, MAC_RAW);
        b[48..52].copy_from_slice(&u32::MAX.to_ne_bytes());
        let (end, seen, _) = walk_all(&mut b, &r);
        assert_eq!(end.unwrap_err().field, "packet offset");
        assert_eq!(seen.len(), 1);

        let mut b = block(&two, MAC_RAW);
        b[48 + 12..48 + 16].copy_from_slice(&9000u32.to_ne_bytes());
        assert_eq!(
            walk_all(&mut b, &r).0.unwrap_err().field,
            "tp_mac + tp_snaplen"
        );

        let mut b = block(&two, MAC_RAW);
        b[48 + 24..48 + 26].copy_from_slice(&10u16.to_ne_bytes());
        assert_eq!(
            walk_all(&mut b, &r).0.unwrap_err().field,
            "tp_mac + tp_snaplen"
        );

        let mut b = block(&two, MAC_RAW);
        b[12..16].copy_from_slice(&u32::MAX.to_ne_bytes());
        let (end, seen, _) = walk_all(&mut b, &r);
        // The last real packet has no successor, which a huge count contradicts.
        assert_eq!(end.unwrap_err().field, "tp_next_offset");
        assert_eq!(seen.len(), 1);

        // No room before the frame for the cooked header.
        let mut b = block(&two, 70);
        let e = walk_all(&mut b, &rules(FrameLayout::CookedSll2))
            .0
            .unwrap_err();
        assert_eq!(e.field, "headroom for a cooked header");

        assert_eq!(
            walk_all(&mut [0u8; 10], &r).0.unwrap_err().field,
            "block length"
        );
    }

    #[test]
    fn random_blocks_never_panic() {
        let f = eth(0x0800, &[0x45; 64]);
        let template = block(&[synth(&f), synth(&f), synth(&f)], MAC_RAW);
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for layout in [
            FrameLayout::Ethernet,
            FrameLayout::CookedSll2,
            FrameLayout::Raw,
        ] {
            for _ in 0..3000 {
                let mut b = template.clone();
                for _ in 0..6 {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let at = (seed as usize) % 400;
                    b[at] = (seed >> 32) as u8;
                }
                let mut r = rules(layout);
                r.snaplen = (seed >> 40) as u32 % 300;
                let (_, seen, _) = walk_all(&mut b, &r);
                assert!(seen.iter().all(|s| s.0.len() <= r.snaplen as usize));
            }
        }
    }
}
