//! The bodies of PIMv2 messages (print-pim.c's pimv2_print cases), each
//! printed from a `Msg` positioned after the common header.

use super::{Cut, GRAFT_ACK, Kind, Msg, Step};
use crate::decode::ctx::{Ctx, bytes, codes, relts, rest};
use crate::decode::out::Emit;
use crate::decode::{dispatch, hexdump};

codes! {
    /// pimv2_hello_option_values.
    HELLO_OPTIONS: u16 {
        HOLD_TIME = 1 => "Hold Time",
        LAN_PRUNE_DELAY = 2 => "LAN Prune Delay",
        DR_PRIORITY_OLD = 18 => "DR Priority (Old)",
        DR_PRIORITY = 19 => "DR Priority",
        GENERATION_ID = 20 => "Generation ID",
        STATE_REFRESH = 21 => "State Refresh Capability",
        BIDIR_CAPABLE = 22 => "Bi-Directional Capability",
        ADDRESS_LIST = 24 => "Address List",
        ADDRESS_LIST_OLD = 65001 => "Address List (Old)",
    }
}

/// Hello: each option's name, number, length and value; with -vv also its
/// bytes in hex.
pub(super) fn hello(c: &mut Ctx, m: &mut Msg) -> Step {
    while m.len > 0 {
        m.need(4)?;
        let otype = m.u16(0)?;
        let olen = usize::from(m.u16(2)?);
        c.s("\n\t  ");
        c.tok(HELLO_OPTIONS, otype.into(), "Unknown");
        c.s_dec(" Option (", otype);
        c.s_dec("), length ", olen as u64);
        c.s(", Value: ");
        m.skip(4);
        m.need(olen)?;
        m.captured(olen)?;
        let value = bytes(m.b, m.p, olen)?;
        // The options of one size: another size is invalid and ends the
        // message (a DR Priority may also be empty, the old Bi-Dir form).
        let size = match otype {
            HOLD_TIME => Some(2),
            LAN_PRUNE_DELAY | GENERATION_ID | STATE_REFRESH => Some(4),
            DR_PRIORITY_OLD | DR_PRIORITY if olen != 0 => Some(4),
            _ => None,
        };
        if let Some(want) = size.filter(|&want| olen != want) {
            c.s_dec("[option length ", olen as u64);
            c.s_dec(" != ", want as u64);
            c.s("]");
            c.invalid();
            return Ok(());
        }
        match otype {
            HOLD_TIME => {
                relts(c, u32::from(m.u16(0)?));
            }
            LAN_PRUNE_DELAY => {
                let delay = m.u16(0)?;
                let interval = m.u16(2)?;
                c.s_dec("\n\t    T-bit=", delay >> 15);
                c.s_dec(", LAN delay ", delay & 0x7fff);
                c.s_dec("ms, Override interval ", interval);
                c.s("ms");
            }
            DR_PRIORITY_OLD | DR_PRIORITY if olen == 0 => c.s("Bi-Directional Capability (Old)"),
            DR_PRIORITY_OLD | DR_PRIORITY => c.dec(m.u32(0)?),
            GENERATION_ID => {
                let id = m.u32(0)?;
                c.s("0x");
                c.out.hex0(u64::from(id), 8);
            }
            STATE_REFRESH => {
                let version = m.u8(0)?;
                c.s_dec("v", version);
                let interval = m.u8(1)?;
                if interval != 0 {
                    c.s(", interval ");
                    relts(c, u32::from(interval));
                }
                let rest = m.u16(2)?;
                if rest != 0 {
                    c.s(" ?0x");
                    c.out.hex0(u64::from(rest), 4);
                    c.s("?");
                }
            }
            BIDIR_CAPABLE => {}
            ADDRESS_LIST | ADDRESS_LIST_OLD => {
                if c.o.verbose > 1 {
                    // Addresses run to the option's end, each measured
                    // against what the whole message has left, as tcpdump
                    // does.
                    let (mut p, mut len) = (m.p, m.len);
                    while p < m.p + olen {
                        c.s("\n\t    ");
                        let n = m.addr_at(c, p, len, Kind::Unicast)?;
                        p += n;
                        len = len.saturating_sub(n);
                    }
                }
            }
            _ => {
                if c.o.verbose <= 1 {
                    hexdump::hex(c.out, "\n\t    ", value);
                }
            }
        }
        if c.o.verbose > 1 {
            hexdump::hex(c.out, "\n\t    ", value);
        }
        m.skip(olen);
    }
    Ok(())
}

/// Register: the flags, then the packet it carries.
pub(super) fn register(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(4)?;
    m.captured(4)?;
    c.s(", Flags [ ");
    // tcpdump looks the whole word up, so both bits set read "none".
    c.s(match m.u32(0)? {
        0x8000_0000 => "Border",
        0x4000_0000 => "Null",
        _ => "none",
    });
    c.s(" ]\n\t");
    m.skip(4);
    if m.len == 0 {
        return Err(Cut::Local);
    }
    let inner = rest(m.b, m.p);
    match m.u8(0)? >> 4 {
        0 => {
            let (src, dst) = (bytes(inner, 12, 4)?, bytes(inner, 16, 4)?);
            c.s("IP-Null-header ");
            c.ip4(src);
            c.s(" > ");
            c.ip4(dst);
        }
        4 => dispatch::ip(c, inner, m.len)?,
        6 => dispatch::ip6(c, inner, m.len)?,
        v => {
            c.s_dec("IP ver ", v);
        }
    }
    Ok(())
}

/// Join/Prune, Graft and Graft-Ack: the groups with their joined and
/// pruned sources.
pub(super) fn join_prune(c: &mut Ctx, m: &mut Msg, typ: u8) -> Step {
    if typ != GRAFT_ACK {
        c.s(", upstream-neighbor: ");
        m.addr(c, Kind::Unicast)?;
    }
    m.need(4)?;
    m.captured(4)?;
    let groups = m.u8(1)?;
    let hold = m.u16(2)?;
    c.s_dec("\n\t  ", groups);
    c.s(" group(s)");
    if typ != GRAFT_ACK {
        c.s(", holdtime: ");
        if hold == 0xffff {
            c.s("infinite");
        } else {
            relts(c, u32::from(hold));
        }
    }
    m.skip(4);
    for g in 1..=u32::from(groups) {
        c.s_dec("\n\t    group #", g);
        c.s(": ");
        m.addr(c, Kind::Group)?;
        m.need(4)?;
        m.captured(4)?;
        let joins = m.u16(0)?;
        let prunes = m.u16(2)?;
        c.s_dec(", joined sources: ", joins);
        c.s_dec(", pruned sources: ", prunes);
        m.skip(4);
        for (count, what) in [(joins, "joined"), (prunes, "pruned")] {
            for j in 1..=u32::from(count) {
                c.s("\n\t      ");
                c.s(what);
                c.s_dec(" source #", j);
                c.s(": ");
                m.addr(c, Kind::Source)?;
            }
        }
    }
    Ok(())
}

/// Bootstrap: the BSR, then each group with its RPs.
pub(super) fn bootstrap(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(2)?;
    let tag = m.u16(0)?;
    c.s(" tag=");
    c.out.hex(u64::from(tag));
    m.skip(2);
    m.need(1)?;
    let hash_mask_len = m.u8(0)?;
    c.s_dec(" hashmlen=", hash_mask_len);
    m.need(2)?;
    // tcpdump checks the byte after BSR-priority here, not the priority.
    m.captured(3)?;
    c.s(" BSRprio=");
    c.dec(m.u8(1)?);
    m.skip(2);
    c.s(" BSR=");
    m.addr(c, Kind::Unicast)?;
    let mut group = 0u32;
    while m.len > 0 {
        c.s_dec(" (group", group);
        c.s(": ");
        m.addr(c, Kind::Group)?;
        m.need(1)?;
        let rp_count = m.u8(0)?;
        c.s_dec(" RPcnt=", rp_count);
        m.need(2)?;
        let frp = m.u8(1)?;
        c.s_dec(" FRPcnt=", frp);
        m.need(4)?;
        m.skip(4);
        let mut rp = 0u8;
        while rp < frp && m.len > 0 {
            c.s_dec(" RP", rp);
            c.s("=");
            m.addr(c, Kind::Unicast)?;
            m.need(2)?;
            c.s(",holdtime=");
            relts(c, u32::from(m.u16(0)?));
            m.need(3)?;
            let prio = m.u8(2)?;
            c.s_dec(",prio=", prio);
            m.need(4)?;
            m.skip(4);
            rp += 1;
        }
        c.s(")");
        group += 1;
    }
    Ok(())
}

/// Candidate-RP-Advertisement: the RP and the groups it offers to serve.
pub(super) fn candidate_rp(c: &mut Ctx, m: &mut Msg) -> Step {
    m.need(1)?;
    let prefixes = m.u8(0)?;
    c.s_dec(" prefix-cnt=", prefixes);
    m.need(2)?;
    let prio = m.u8(1)?;
    c.s_dec(" prio=", prio);
    m.need(4)?;
    c.s(" holdtime=");
    relts(c, u32::from(m.u16(2)?));
    m.skip(4);
    c.s(" RP=");
    m.addr(c, Kind::Unicast)?;
    let mut i = 0u8;
    while i < prefixes && m.len > 0 {
        c.s_dec(" Group", i);
        c.s("=");
        m.addr(c, Kind::Group)?;
        i += 1;
    }
    Ok(())
}

const DF_SUBTYPES: &[(u32, &str)] = &[(1, "Offer"), (2, "Winner"), (3, "Backoff"), (4, "Pass")];

/// DF Election (RFC 5015): the subtype from the header, the RP address
/// and the sender's metric; Backoff and Pass also name the other party.
pub(super) fn df_election(c: &mut Ctx, m: &mut Msg, subtype: u8) -> Step {
    c.s("\n\t  ");
    c.tok(DF_SUBTYPES, subtype.into(), "Unknown");
    c.s(", rpa=");
    m.addr(c, Kind::Unicast)?;
    // tcpdump reads the metrics without checking the message length.
    let pref = m.u32(0)?;
    c.s_dec(" sender pref=", pref);
    let metric = m.u32(4)?;
    c.s_dec(" sender metric=", metric);
    m.skip(8);
    if subtype == 3 || subtype == 4 {
        let who = if subtype == 3 { "offer" } else { "new winner" };
        c.s("\n\t  ");
        c.s(who);
        c.s(" addr=");
        m.addr(c, Kind::Unicast)?;
        for (at, what) in [(0, " pref="), (4, " metric=")] {
            let value = m.u32(at)?;
            c.s(" ");
            c.s(who);
            c.s(what);
            c.dec(value);
        }
        m.skip(8);
        if subtype == 3 {
            let interval = m.u16(0)?;
            c.s_dec(" interval ", interval);
            c.s("ms");
        }
    }
    Ok(())
}
