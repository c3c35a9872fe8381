//! OpenFlow 1.0 statistics requests and replies: description, flow,
//! aggregate, table, port, queue and vendor statistics.

use super::super::super::ctx::{Ctx, Res, be16, be32, u8at};
use super::super::super::out::Emit;
use super::super::{bitmap, check, hex64, name_or_dec, name_or_invalid};
use super::flow::{WILDCARD_BITS, WILDCARDS_ASSIGNED, actions, match_fields};
use super::{invalid, port_no, quoted, u32_field, u64_field, vendor};

const STATS_TYPES: [(u32, &str); 7] = [
    (0, "DESC"),
    (1, "FLOW"),
    (2, "AGGREGATE"),
    (3, "TABLE"),
    (4, "PORT"),
    (5, "QUEUE"),
    (0xffff, "VENDOR"),
];
const TABLE_IDS: [(u32, &str); 2] = [(0xfe, "EMERG"), (0xff, "ALL")];
const QUEUE_ALL: [(u32, &str); 1] = [(0xffffffff, "ALL")];

/// The stats type and flags both messages start with.
fn type_and_flags(c: &mut Ctx, b: &[u8], p: usize) -> Res<(u16, u16)> {
    let typ = be16(b, p)?;
    c.s("\n\t type ");
    name_or_invalid(c, &STATS_TYPES, u32::from(typ), 4);
    let flags = be16(b, p + 2)?;
    c.s(", flags 0x");
    c.out.hex0(u64::from(flags), 4);
    Ok((typ, flags))
}

fn table_id(c: &mut Ctx, label: &str, b: &[u8], p: usize) -> Res {
    let id = u8at(b, p)?;
    c.s(label);
    name_or_dec(c, &TABLE_IDS, u32::from(id));
    Ok(())
}

/// of10_stats_request_print.
pub(super) fn request(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    let (typ, flags) = type_and_flags(c, b, p)?;
    if flags != 0 {
        c.s(" (bogus)");
    }
    let (p, len) = (p + 4, len - 4);
    let fits = match typ {
        0 | 3 => len == 0,
        1 | 2 => len == 44,
        4 | 5 => len == 8,
        _ => true,
    };
    if !fits {
        return invalid(c, b, p, len);
    }
    match typ {
        1 | 2 => {
            match_fields(c, "\n\t ", b, p)?;
            table_id(c, "\n\t table_id ", b, p + 40)?;
            port_no(c, ", out_port ", b, p + 42)?;
        }
        4 => {
            port_no(c, "\n\t port_no ", b, p)?;
            check(b, p + 2, 6)?;
        }
        5 => {
            port_no(c, "\n\t port_no ", b, p)?;
            let q = be32(b, p + 4)?;
            c.s(", queue_id ");
            name_or_dec(c, &QUEUE_ALL, q);
        }
        0xffff => vendor::stats_data(c, b, p, len)?,
        _ => {}
    }
    Ok(())
}

/// of10_stats_reply_print: the body by type with -v.
pub(super) fn reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    let (typ, flags) = type_and_flags(c, b, p)?;
    bitmap(c, &[(1, "MORE")], u32::from(flags), 1);
    let (p, len) = (p + 4, len - 4);
    let body: Option<super::super::BodyPrinter> = match typ {
        0 => Some(desc_reply),
        1 => Some(flow_reply),
        2 => Some(aggregate_reply),
        3 => Some(table_reply),
        4 => Some(port_reply),
        5 => Some(queue_reply),
        0xffff => Some(vendor::stats_data),
        _ => None,
    };
    match body {
        Some(f) if c.o.verbose > 0 => f(c, b, p, len),
        _ => check(b, p, len),
    }
}

/// The entries of a reply, `size` octets each (at least `size` for
/// variable ones, which `entry` measures), until the body ends.
fn entries(
    c: &mut Ctx,
    b: &[u8],
    mut p: usize,
    mut len: usize,
    size: usize,
    entry: fn(&mut Ctx, &[u8], usize) -> Res,
) -> Res {
    while len > 0 {
        if len < size {
            return invalid(c, b, p, len);
        }
        entry(c, b, p)?;
        p += size;
        len -= size;
    }
    Ok(())
}

fn desc_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len != 1056 {
        return invalid(c, b, p, len);
    }
    let fields = [
        ("\n\t  mfr_desc ", 0, 256),
        ("\n\t  hw_desc ", 256, 256),
        ("\n\t  sw_desc ", 512, 256),
        ("\n\t  serial_num ", 768, 32),
        ("\n\t  dp_desc ", 800, 256),
    ];
    for (label, off, size) in fields {
        quoted(c, label, b, p + off, size)?;
    }
    Ok(())
}

fn flow_reply(c: &mut Ctx, b: &[u8], mut p: usize, mut len: usize) -> Res {
    while len > 0 {
        if len < 88 {
            return invalid(c, b, p, len);
        }
        let entry_len = usize::from(be16(b, p)?);
        c.s_dec("\n\t length ", entry_len as u64);
        if entry_len < 88 || entry_len > len {
            return invalid(c, b, p, len);
        }
        table_id(c, ", table_id ", b, p + 2)?;
        match_fields(c, "\n\t  ", b, p + 4)?;
        u32_field(c, "\n\t  duration_sec ", b, p + 44)?;
        u32_field(c, ", duration_nsec ", b, p + 48)?;
        for (off, label) in [
            (52, ", priority "),
            (54, ", idle_timeout "),
            (56, ", hard_timeout "),
        ] {
            let v = be16(b, p + off)?;
            c.s(label);
            c.dec(v);
        }
        hex64(c, ", cookie", b, p + 64)?;
        u64_field(c, ", packet_count ", b, p + 72)?;
        u64_field(c, ", byte_count ", b, p + 80)?;
        actions(c, "\n\t  ", b, p + 88, entry_len - 88)?;
        p += entry_len;
        len -= entry_len;
    }
    Ok(())
}

fn aggregate_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    if len != 24 {
        return invalid(c, b, p, len);
    }
    u64_field(c, "\n\t packet_count ", b, p)?;
    u64_field(c, ", byte_count ", b, p + 8)?;
    u32_field(c, ", flow_count ", b, p + 16)?;
    check(b, p + 20, 4)
}

fn table_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    entries(c, b, p, len, 64, |c, b, p| {
        table_id(c, "\n\t table_id ", b, p)?;
        quoted(c, ", name ", b, p + 4, 32)?;
        let wc = be32(b, p + 36)?;
        super::super::hex32(c, "\n\t  wildcards", wc);
        bitmap(c, &WILDCARD_BITS, wc, WILDCARDS_ASSIGNED);
        u32_field(c, "\n\t  max_entries ", b, p + 40)?;
        u32_field(c, ", active_count ", b, p + 44)?;
        u64_field(c, ", lookup_count ", b, p + 48)?;
        u64_field(c, ", matched_count ", b, p + 56)
    })
}

fn port_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    const COUNTERS: [&str; 12] = [
        ", rx_packets ",
        ", tx_packets ",
        ", rx_bytes ",
        ", tx_bytes ",
        ", rx_dropped ",
        ", tx_dropped ",
        ", rx_errors ",
        ", tx_errors ",
        ", rx_frame_err ",
        ", rx_over_err ",
        ", rx_crc_err ",
        ", collisions ",
    ];
    entries(c, b, p, len, 104, |c, b, p| {
        port_no(c, "\n\t  port_no ", b, p)?;
        if c.o.verbose < 2 {
            return check(b, p + 2, 102);
        }
        for (i, label) in COUNTERS.iter().enumerate() {
            u64_field(c, label, b, p + 8 + 8 * i)?;
        }
        Ok(())
    })
}

fn queue_reply(c: &mut Ctx, b: &[u8], p: usize, len: usize) -> Res {
    entries(c, b, p, len, 32, |c, b, p| {
        port_no(c, "\n\t  port_no ", b, p)?;
        u32_field(c, ", queue_id ", b, p + 4)?;
        u64_field(c, ", tx_bytes ", b, p + 8)?;
        u64_field(c, ", tx_packets ", b, p + 16)?;
        u64_field(c, ", tx_errors ", b, p + 24)
    })
}
