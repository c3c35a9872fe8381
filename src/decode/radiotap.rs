//! The radiotap header in front of 802.11 frames (DLT_IEEE802_11_RADIO),
//! as print-802_11.c prints it: each field of the default namespace that
//! tcpdump knows, vendor namespaces skipped, then the frame through
//! dispatch::ieee802_11 with the padding and FCS the Flags field reports.

use super::{Ctx, Res, bytes, dispatch, le16, le32};

/// The fixed part: version, pad, length, first presence word.
const HEADER_LEN: usize = 8;

/// Presence bits with the same meaning in every presence word.
const BIT_NAMESPACE: u32 = 29;
const PRESENT_NAMESPACE: u32 = 1 << BIT_NAMESPACE;
const PRESENT_VENDOR_NAMESPACE: u32 = 1 << 30;
const PRESENT_EXT: u32 = 1 << 31;

/// Default-namespace field numbers.
const TSFT: u32 = 0;
const FLAGS: u32 = 1;
const RATE: u32 = 2;
const CHANNEL: u32 = 3;
const FHSS: u32 = 4;
const DBM_ANTSIGNAL: u32 = 5;
const DBM_ANTNOISE: u32 = 6;
const LOCK_QUALITY: u32 = 7;
const TX_ATTENUATION: u32 = 8;
const DB_TX_ATTENUATION: u32 = 9;
const DBM_TX_POWER: u32 = 10;
const ANTENNA: u32 = 11;
const DB_ANTSIGNAL: u32 = 12;
const DB_ANTNOISE: u32 = 13;
const RX_FLAGS: u32 = 14;
const XCHANNEL: u32 = 18;
const MCS: u32 = 19;
const AMPDU_STATUS: u32 = 20;
const VHT: u32 = 21;

/// Flags field bits.
const F_FCS: u8 = 0x10;
const F_DATAPAD: u8 = 0x20;
const FLAG_WORDS: [(u8, &str); 5] = [
    (0x01, "cfp "),
    (0x02, "short preamble "),
    (0x04, "wep "),
    (0x08, "fragmented "),
    (0x40, "bad-fcs "),
];

/// Channel flags.
const CHAN_TURBO: u32 = 0x00010;
const CHAN_CCK: u32 = 0x00020;
const CHAN_OFDM: u32 = 0x00040;
const CHAN_2GHZ: u32 = 0x00080;
const CHAN_5GHZ: u32 = 0x00100;
const CHAN_DYN: u32 = 0x00400;
const CHAN_GFSK: u32 = 0x00800;
const CHAN_HALF: u32 = 0x04000;
const CHAN_QUARTER: u32 = 0x08000;
const CHAN_HT20: u32 = 0x10000;
const CHAN_HT40U: u32 = 0x20000;
const CHAN_HT40D: u32 = 0x40000;

/// MCS field: which values are known, and the flags' bits.
const MCS_BANDWIDTH_KNOWN: u8 = 0x01;
const MCS_INDEX_KNOWN: u8 = 0x02;
const MCS_GI_KNOWN: u8 = 0x04;
const MCS_FORMAT_KNOWN: u8 = 0x08;
const MCS_FEC_KNOWN: u8 = 0x10;
const MCS_STBC_KNOWN: u8 = 0x20;
const MCS_BANDWIDTH_MASK: u8 = 0x03;
const MCS_BANDWIDTH_40: u8 = 1;
const MCS_SHORT_GI: u8 = 0x04;
const MCS_GREENFIELD: u8 = 0x08;
const MCS_FEC_LDPC: u8 = 0x10;
const MCS_STBC_MASK: u8 = 0x60;
const MCS_STBC_SHIFT: u8 = 5;
/// The MCS properties that read one way or the other when known: (known
/// bit, flag bit, word when set, word when clear).
const MCS_TWO_WAY: [(u8, u8, &str, &str); 3] = [
    (MCS_GI_KNOWN, MCS_SHORT_GI, "short GI ", "long GI "),
    (MCS_FORMAT_KNOWN, MCS_GREENFIELD, "greenfield ", "mixed "),
    (MCS_FEC_KNOWN, MCS_FEC_LDPC, "LDPC FEC ", "BCC FEC "),
];
const HT_BANDWIDTH: [&str; 4] = ["20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)"];

/// VHT field: known bits and flags.
const VHT_GI_KNOWN: u16 = 0x0004;
const VHT_BANDWIDTH_KNOWN: u16 = 0x0040;
const VHT_SHORT_GI: u8 = 0x04;
/// tcpdump's names of the VHT bandwidth codes (index 21 repeats "UUU"
/// where the standard has LUU; kept, as the output must match); codes
/// 26-31 print as "unknown (N)".
const VHT_BANDWIDTH: [&str; 26] = [
    "20 MHz",
    "40 MHz",
    "20 MHz (L)",
    "20 MHz (U)",
    "80 MHz",
    "80 MHz (L)",
    "80 MHz (U)",
    "80 MHz (LL)",
    "80 MHz (LU)",
    "80 MHz (UL)",
    "80 MHz (UU)",
    "160 MHz",
    "160 MHz (L)",
    "160 MHz (U)",
    "160 MHz (LL)",
    "160 MHz (LU)",
    "160 MHz (UL)",
    "160 MHz (UU)",
    "160 MHz (LLL)",
    "160 MHz (LLU)",
    "160 MHz (LUL)",
    "160 MHz (UUU)",
    "160 MHz (ULL)",
    "160 MHz (ULU)",
    "160 MHz (UUL)",
    "160 MHz (UUU)",
];

/// The data rate of each HT MCS index (0-76) in units of one spatial
/// stream of BPSK at rate 1/2: 6.5 Mb/s on 20 MHz (52 data subcarriers),
/// 13.5 Mb/s on 40 MHz (108), with the 800 ns guard interval; the short
/// guard interval divides the symbol time by 0.9. MCS 32 exists only on
/// 40 MHz (6 Mb/s), so it is the one exception.
const HT_RATE_UNITS: [u8; 77] = [
    1, 2, 3, 4, 6, 8, 9, 10, 2, 4, 6, 8, 12, 16, 18, 20, 3, 6, 9, 12, 18, 24, 27, 30, 4, 8, 12, 16,
    24, 32, 36, 40, 0, 6, 8, 10, 9, 12, 15, 8, 10, 10, 12, 14, 14, 16, 12, 15, 15, 18, 21, 21, 24,
    10, 12, 14, 12, 14, 16, 18, 16, 18, 20, 20, 22, 15, 18, 21, 18, 21, 24, 27, 24, 27, 30, 30, 33,
];
const MCS32: u8 = 32;

/// An HT rate in tenths of Mb/s (0 where the index has no rate there).
fn ht_rate_tenths(mcs: u8, wide: bool, short_gi: bool) -> u32 {
    let long_gi = match (mcs, wide) {
        (MCS32, true) => 60,
        (MCS32, false) => 0,
        _ => {
            let units = u32::from(HT_RATE_UNITS.get(usize::from(mcs)).copied().unwrap_or(0));
            units * if wide { 135 } else { 65 }
        }
    };
    if short_gi {
        // Rounded to the nearest tenth (no value falls on a half).
        (long_gi * 20 + 9) / 18
    } else {
        long_gi
    }
}

/// nd_cpack: reads of little-endian fields, each aligned to its size from
/// the start of the header, never past the header's length.
struct Cursor<'a> {
    buf: &'a [u8],
    next: usize,
}

impl Cursor<'_> {
    /// Where a field of `size` bytes starts, if it fits.
    fn reserve(&self, size: usize) -> Option<usize> {
        let at = self.next.div_ceil(size) * size;
        (at + size <= self.buf.len()).then_some(at)
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let at = self.reserve(N)?;
        let v = bytes(self.buf, at, N).ok()?.try_into().ok()?;
        self.next = at + N;
        Some(v)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take::<1>().map(|[v]| v)
    }

    fn i8(&mut self) -> Option<i8> {
        self.take::<1>().map(|[v]| v as i8)
    }

    fn u16(&mut self) -> Option<u16> {
        self.take().map(u16::from_le_bytes)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        self.take().map(u64::from_le_bytes)
    }

    /// Skips `n` bytes unaligned; false (and no move) past the end.
    fn advance(&mut self, n: usize) -> bool {
        let ok = self.next + n <= self.buf.len();
        if ok {
            self.next += n;
        }
        ok
    }
}

/// DLT_IEEE802_11_RADIO.
pub(crate) fn link(c: &mut Ctx, b: &[u8], wire_len: u32) -> Res {
    c.proto = "802.11_radio";
    let n = radiotap(c, b, wire_len as usize)?;
    c.ll_len += n;
    Ok(())
}

/// ieee802_11_radio_print: the header, then the frame; returns the link
/// header length as tcpdump counts it.
fn radiotap(c: &mut Ctx, b: &[u8], length: usize) -> Res<usize> {
    let caplen = b.len();
    if caplen < HEADER_LEN {
        c.trunc();
        return Ok(caplen);
    }
    let len = usize::from(le16(b, 2)?);
    if len < HEADER_LEN || caplen < len {
        c.trunc();
        return Ok(caplen);
    }
    let hdr = &b[..len];
    let mut cur = Cursor {
        buf: hdr,
        next: HEADER_LEN,
    };
    // The presence words: one more for each with the extension bit.
    let mut last = 4;
    while last + 4 <= len && le32(hdr, last)? & PRESENT_EXT != 0 {
        cur.advance(4);
        last += 4;
    }
    if last + 4 > len {
        c.trunc();
        return Ok(caplen);
    }
    let mut flags = 0u8;
    let mut bit0 = 0u32;
    let mut vendor_namespace = false;
    let mut skip_length = 0usize;
    for at in (4..=last).step_by(4) {
        let present = le32(hdr, at)?;
        if vendor_namespace {
            // Vendor fields are not decoded: skipped by their length.
            if !cur.advance(skip_length) {
                break;
            }
            skip_length = 0;
        } else if !namespace(c, &mut cur, present, bit0, &mut flags) {
            break;
        }
        match present & (PRESENT_NAMESPACE | PRESENT_VENDOR_NAMESPACE) {
            0 => bit0 += 32,
            PRESENT_NAMESPACE => {
                bit0 = 0;
                vendor_namespace = false;
                skip_length = 0;
            }
            PRESENT_VENDOR_NAMESPACE => {
                bit0 = 0;
                vendor_namespace = true;
                // OUI (3 bytes), sub-namespace, then the length to skip.
                let vendor = match cur.reserve(2) {
                    Some(_) => (|| {
                        for _ in 0..4 {
                            cur.u8()?;
                        }
                        cur.u16()
                    })(),
                    None => None,
                };
                match vendor {
                    Some(n) => skip_length = usize::from(n),
                    None => c.trunc(),
                }
            }
            // Both bits: undefined by the spec; tcpdump ignores them.
            _ => {}
        }
    }
    let pad = flags & F_DATAPAD != 0;
    let fcslen = if flags & F_FCS != 0 { 4 } else { 0 };
    let n = dispatch::ieee802_11(c, &b[len..], length.saturating_sub(len), pad, fcslen)?;
    Ok(len + n)
}

/// print_in_radiotap_namespace: the fields of one presence word, lowest
/// bit first. False when the header cannot be read further.
fn namespace(c: &mut Ctx, cur: &mut Cursor, present: u32, bit0: u32, flags: &mut u8) -> bool {
    let mut bits = present;
    while bits != 0 {
        let bitno = bits.trailing_zeros();
        bits &= bits - 1;
        if bitno >= BIT_NAMESPACE {
            break;
        }
        match field(c, cur, bit0 + bitno, flags, present) {
            Some(true) => {}
            Some(false) => return false,
            None => {
                c.trunc();
                return false;
            }
        }
    }
    true
}

/// print_radiotap_field: Some(true) when printed, Some(false) for a field
/// of unknown size (tcpdump names its bit and stops), None when the
/// header ends inside it.
fn field(c: &mut Ctx, cur: &mut Cursor, bit: u32, flags: &mut u8, present: u32) -> Option<bool> {
    match bit {
        TSFT => {
            c.dec(cur.u64()?);
            c.s("us tsft ");
        }
        FLAGS => {
            let v = cur.u8()?;
            *flags = v;
            for (b, word) in FLAG_WORDS {
                if v & b != 0 {
                    c.s(word);
                }
            }
        }
        RATE => {
            let rate = cur.u8()?;
            // 0x80-0x8f: an MCS index (FreeBSD's convention); a rate else.
            if (0x80..=0x8f).contains(&rate) {
                c.s_dec("MCS ", rate & 0x7f);
                c.s(" ");
            } else {
                tenths(c, u32::from(rate) * 5);
                c.s(" Mb/s ");
            }
        }
        CHANNEL => {
            let freq = cur.u16()?;
            let chan_flags = cur.u16()?;
            // XChannel supersedes Channel.
            if present & (1 << XCHANNEL) == 0 {
                chaninfo(c, freq, u32::from(chan_flags), present);
            }
        }
        FHSS => {
            let hopset = cur.u8()?;
            let hoppat = cur.u8()?;
            c.s_dec("fhset ", hopset);
            c.s_dec(" fhpat ", hoppat);
            c.s(" ");
        }
        DBM_ANTSIGNAL => signed(c, i32::from(cur.i8()?), "dBm signal "),
        DBM_ANTNOISE => signed(c, i32::from(cur.i8()?), "dBm noise "),
        LOCK_QUALITY => {
            c.dec(cur.u16()?);
            c.s(" sq ");
        }
        TX_ATTENUATION => signed(c, -i32::from(cur.u16()? as i16), " tx power "),
        // tcpdump reads this 16-bit field as one signed byte.
        DB_TX_ATTENUATION => signed(c, -i32::from(cur.i8()?), "dB tx attenuation "),
        DBM_TX_POWER => signed(c, i32::from(cur.i8()?), "dBm tx power "),
        ANTENNA => {
            let antenna = cur.u8()?;
            c.s_dec("antenna ", antenna);
            c.s(" ");
        }
        DB_ANTSIGNAL => {
            c.dec(cur.u8()?);
            c.s("dB signal ");
        }
        DB_ANTNOISE => {
            c.dec(cur.u8()?);
            c.s("dB noise ");
        }
        RX_FLAGS => {
            cur.u16()?;
        }
        XCHANNEL => {
            let chan_flags = cur.u32()?;
            let freq = cur.u16()?;
            cur.u8()?;
            cur.u8()?;
            chaninfo(c, freq, chan_flags, present);
        }
        MCS => {
            let known = cur.u8()?;
            let mcs_flags = cur.u8()?;
            let index = cur.u8()?;
            mcs(c, known, mcs_flags, index);
        }
        AMPDU_STATUS => {
            cur.u32()?;
            cur.u16()?;
            cur.u8()?;
            cur.u8()?;
        }
        VHT => vht(c, cur)?,
        _ => {
            c.s_dec("[bit ", bit);
            c.s("] ");
            return Some(false);
        }
    }
    Some(true)
}

/// "%d" then `unit`.
fn signed(c: &mut Ctx, v: i32, unit: &str) {
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
    c.s(unit);
}

/// "%.1f" of a value held in tenths.
fn tenths(c: &mut Ctx, v: u32) {
    c.dec(v / 10);
    c.s_dec(".", v % 10);
}

/// print_chaninfo: the frequency and what the flags say of the PHY.
fn chaninfo(c: &mut Ctx, freq: u16, flags: u32, present: u32) {
    let has = |set: u32| flags & set == set;
    c.dec(freq);
    c.s(" MHz");
    if present & (1 << MCS) != 0 {
        // An MCS field makes it 11n whatever the channel flags say.
        c.s(" 11n");
    } else {
        let narrow = |c: &mut Ctx, name: &str| {
            c.s(name);
            if flags & CHAN_HALF != 0 {
                c.s("/10Mhz");
            } else if flags & CHAN_QUARTER != 0 {
                c.s("/5Mhz");
            }
        };
        if has(CHAN_2GHZ | CHAN_GFSK) {
            c.s(" FHSS");
        }
        if has(CHAN_5GHZ | CHAN_OFDM) {
            narrow(c, " 11a");
        }
        if has(CHAN_2GHZ | CHAN_OFDM) || has(CHAN_2GHZ | CHAN_DYN) {
            narrow(c, " 11g");
        } else if has(CHAN_2GHZ | CHAN_CCK) {
            c.s(" 11b");
        }
        if flags & CHAN_TURBO != 0 {
            c.s(" Turbo");
        }
    }
    if flags & CHAN_HT20 != 0 {
        c.s(" ht/20");
    } else if flags & CHAN_HT40D != 0 {
        c.s(" ht/40-");
    } else if flags & CHAN_HT40U != 0 {
        c.s(" ht/40+");
    }
    c.s(" ");
}

/// The MCS field: rate (when the index, and the bandwidth or the guard
/// interval, are known), then each known property.
fn mcs(c: &mut Ctx, known: u8, flags: u8, index: u8) {
    if known & MCS_INDEX_KNOWN != 0 {
        // tcpdump looks the rate up knowing either of the two, not both.
        let rate = if known & (MCS_BANDWIDTH_KNOWN | MCS_GI_KNOWN) != 0 {
            let wide = flags & MCS_BANDWIDTH_MASK == MCS_BANDWIDTH_40;
            ht_rate_tenths(index, wide, flags & MCS_SHORT_GI != 0)
        } else {
            0
        };
        if rate != 0 {
            tenths(c, rate);
            c.s(" Mb/s ");
        }
        c.s_dec("MCS ", index);
        c.s(" ");
    }
    if known & MCS_BANDWIDTH_KNOWN != 0 {
        c.s(HT_BANDWIDTH[usize::from(flags & MCS_BANDWIDTH_MASK)]);
        c.s(" ");
    }
    for (known_bit, flag, set, clear) in MCS_TWO_WAY {
        if known & known_bit != 0 {
            c.s(if flags & flag != 0 { set } else { clear });
        }
    }
    if known & MCS_STBC_KNOWN != 0 {
        c.s_dec("RX-STBC", (flags & MCS_STBC_MASK) >> MCS_STBC_SHIFT);
        c.s(" ");
    }
}

/// The VHT field: each user with streams, bandwidth, guard interval.
fn vht(c: &mut Ctx, cur: &mut Cursor) -> Option<()> {
    let known = cur.u16()?;
    let flags = cur.u8()?;
    let bandwidth = cur.u8()?;
    let mut mcs_nss = [0u8; 4];
    for v in &mut mcs_nss {
        *v = cur.u8()?;
    }
    let coding = cur.u8()?;
    cur.u8()?; // group ID
    cur.u16()?; // partial AID
    for (user, v) in mcs_nss.into_iter().enumerate() {
        if v & 0x0f == 0 {
            continue;
        }
        c.s_dec("User ", user as u64);
        c.s_dec(" MCS ", v >> 4);
        c.s(if coding & (1 << user) != 0 {
            " LDPC FEC "
        } else {
            " BCC FEC "
        });
    }
    if known & VHT_BANDWIDTH_KNOWN != 0 {
        let bw = bandwidth & 0x1f;
        match VHT_BANDWIDTH.get(usize::from(bw)) {
            Some(name) => c.s(name),
            None => {
                c.s_dec("unknown (", bw);
                c.s(")");
            }
        }
        c.s(" ");
    }
    if known & VHT_GI_KNOWN != 0 {
        c.s(if flags & VHT_SHORT_GI != 0 {
            "short GI "
        } else {
            "long GI "
        });
    }
    Some(())
}
