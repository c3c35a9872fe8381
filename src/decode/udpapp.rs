//! One-line summaries of UDP application protocols tcpdump picks by port
//! (print-bootp.c, print-tftp.c, print-rip.c, print-radius.c,
//! print-hsrp.c), as tcpdump prints them without -v.

use super::app::print_char;
use super::ip::Net;
use super::out::Emit;
use super::{Ctx, Res, Trunc, be16, ether, u8at};

/// bootp_print: op, the client's MAC on an Ethernet request, length.
pub(crate) fn bootp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "bootp";
    let op = u8at(b, 0)?;
    c.s("BOOTP/DHCP, ");
    match op {
        1 => c.s("Request"),
        2 => c.s("Reply"),
        _ => {
            c.s("unknown (0x");
            c.out.hex0(u64::from(op), 2);
            c.s(")");
        }
    }
    let htype = u8at(b, 1)?;
    let hlen = u8at(b, 2)?;
    if htype == 1 && hlen == 6 && op == 1 {
        let chaddr = b.get(28..34).ok_or(Trunc)?;
        c.s(" from ");
        ether::mac(c, chaddr);
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// nd_printztn: a NUL-terminated string of at most `n` bytes; the bytes
/// used (with the NUL), or 0 when it has no NUL within `n` or the capture.
fn print_zstring(c: &mut Ctx, b: &[u8], start: usize, n: usize) -> usize {
    let mut used = 0;
    loop {
        if used == n {
            return 0;
        }
        let Some(&ch) = b.get(start + used) else {
            return 0;
        };
        used += 1;
        if ch == 0 {
            return used;
        }
        print_char(c, ch);
    }
}

/// tftp_print.
pub(crate) fn tftp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "tftp";
    c.s("TFTP, length ");
    c.dec(length as u64);
    if length < 2 {
        return Err(Trunc);
    }
    let opcode = be16(b, 0)?;
    c.s(", ");
    let name = match opcode {
        1 => "RRQ",
        2 => "WRQ",
        3 => "DATA",
        4 => "ACK",
        5 => "ERROR",
        6 => "OACK",
        _ => {
            c.s("tftp-#");
            c.dec(opcode);
            return Ok(());
        }
    };
    c.s(name);
    let mut at = 2;
    let mut left = length - 2;
    // Prints one string; false (tcpdump's goto trunc) when it is cut.
    let string = |c: &mut Ctx, at: &mut usize, left: &mut usize| {
        let used = print_zstring(c, b, *at, *left);
        *at += used;
        *left -= used;
        used != 0
    };
    match opcode {
        1 | 2 => {
            if left == 0 {
                return Err(Trunc);
            }
            c.s(" \"");
            let whole = string(c, &mut at, &mut left);
            c.s("\"");
            if !whole || left == 0 {
                return Err(Trunc);
            }
            c.s(" ");
            if !string(c, &mut at, &mut left) {
                return Err(Trunc);
            }
            while left != 0 {
                if u8at(b, at)? != 0 {
                    c.s(" ");
                }
                if !string(c, &mut at, &mut left) {
                    return Err(Trunc);
                }
            }
        }
        6 => {
            while left != 0 {
                if u8at(b, at)? != 0 {
                    c.s(" ");
                }
                if !string(c, &mut at, &mut left) {
                    return Err(Trunc);
                }
            }
        }
        3 | 4 => {
            if left < 2 {
                return Err(Trunc);
            }
            c.s(" block ");
            c.dec(be16(b, 2)?);
        }
        _ => {
            if left < 2 {
                return Err(Trunc);
            }
            let code = be16(b, 2)?;
            c.s(" ");
            match code {
                0 => c.s("EUNDEF"),
                1 => c.s("ENOTFOUND"),
                2 => c.s("EACCESS"),
                3 => c.s("ENOSPACE"),
                4 => c.s("EBADOP"),
                5 => c.s("EBADID"),
                6 => c.s("EEXISTS"),
                7 => c.s("ENOUSER"),
                _ => {
                    c.s("tftp-err-#");
                    c.dec(code);
                    c.s(" \"");
                }
            }
            at += 2;
            left -= 2;
            if left == 0 {
                return Err(Trunc);
            }
            c.s(" \"");
            let whole = string(c, &mut at, &mut left);
            c.s("\"");
            if !whole {
                return Err(Trunc);
            }
        }
    }
    Ok(())
}

/// rx_print (AFS): the packet type, sequence numbers and flags with -v,
/// ack details; the per-service call decoders are not done.
pub(crate) fn rx(c: &mut Ctx, b: &[u8], length: usize, _dport: u16) -> Res {
    c.proto = "rx";
    if b.len() < 28 {
        c.s(" [|rx] (");
        c.dec(length as u64);
        c.s(")");
        return Ok(());
    }
    let typ = b[20];
    let flags = b[21];
    c.s(" rx ");
    const TYPES: [&str; 10] = [
        "",
        "data",
        "ack",
        "busy",
        "abort",
        "ackall",
        "challenge",
        "response",
        "debug",
        "params",
    ];
    match typ {
        1..=9 => c.s(TYPES[usize::from(typ)]),
        13 => c.s("version"),
        _ => {
            c.s("type ");
            c.dec(typ);
        }
    }
    let v = c.o.verbose;
    if v > 0 {
        if v > 1 {
            c.s(" cid ");
            c.out.hex0(u64::from(super::be32(b, 4)?), 8);
            c.s(" call# ");
            c.dec(super::be32(b, 8)?);
        }
        c.s(" seq ");
        c.dec(super::be32(b, 12)?);
        c.s(" ser ");
        c.dec(super::be32(b, 16)?);
        if v > 2 {
            c.s(" secindex ");
            c.dec(b[23]);
            c.s(" serviceid ");
            c.dec(be16(b, 26)?);
        }
        if v > 1 {
            let mut first = true;
            for (bit, only, name) in [
                (1, 0, "client-init"),
                (2, 0, "req-ack"),
                (4, 0, "last-pckt"),
                (8, 0, "more-pckts"),
                (16, 0, "free-pckt"),
                (32, 2, "slow-start"),
                (32, 1, "jumbogram"),
            ] {
                if flags & bit != 0 && (only == 0 || typ == only) {
                    c.s(if first { " <" } else { ",<" });
                    c.s(name);
                    c.s(">");
                    first = false;
                }
            }
        }
    }
    if typ == 2 && length >= 28 {
        // rx_ack_print, without the -vv ack list.
        if b.len() < 28 + 18 {
            c.s(" [|ack]");
        } else {
            let a = &b[28..];
            if v > 2 {
                c.s(" bufspace ");
                c.dec(be16(a, 0)?);
                c.s(" maxskew ");
                c.dec(be16(a, 2)?);
            }
            c.s(" first ");
            c.dec(super::be32(a, 4)?);
            c.s(" serial ");
            c.dec(super::be32(a, 12)?);
            c.s(" reason ");
            const REASONS: [&str; 10] = [
                "",
                "ack requested",
                "duplicate packet",
                "out of sequence",
                "exceeds window",
                "no buffer space",
                "ping",
                "ping response",
                "delay",
                "idle",
            ];
            match a[16] {
                r @ 1..=9 => c.s(REASONS[usize::from(r)]),
                r => {
                    c.s("#");
                    c.dec(r);
                }
            }
            // The ack array must be there, -vv or not.
            if a.len() < 18 + usize::from(a[17]) {
                c.s(" [|ack]");
            }
        }
    }
    c.s(" (");
    c.dec(length as u64);
    c.s(")");
    Ok(())
}

/// lisp_print: the control message type; Map-Register and Map-Notify
/// with their EID records and locators.
pub(crate) fn lisp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lisp";
    if b.len() < 16 {
        c.trunc();
        return Ok(());
    }
    let tf = b[0];
    let typ = tf >> 4;
    match typ {
        0 => c.s("LISP-Reserved"),
        1 => c.s("LISP-Map-Request"),
        2 => c.s("LISP-Map-Reply"),
        3 => c.s("LISP-Map-Register"),
        4 => c.s("LISP-Map-Notify"),
        8 => c.s("LISP-Encapsulated-Contol-Message"),
        t => {
            c.s("unknown-type-");
            c.dec(t);
        }
    }
    c.s(",");
    let v = c.o.verbose > 0;
    if v && (typ == 3 || typ == 4) {
        let w = super::be32(b, 0)?;
        c.s(" flags [");
        if typ == 3 {
            c.flag_names(
                w,
                &[
                    (0x0800_0000, "P-Proxy-Map-Reply"),
                    (0x0400_0000, "S-LISP-SEC-Capable"),
                    (0x0200_0000, "I-xTR-ID-Present"),
                    (0x0100_0000, "R-Build-For-RTR"),
                    (0x0000_0100, "M-Want-Map-Notify"),
                ],
            );
        } else {
            c.flag_names(
                w,
                &[
                    (0x0800_0000, "I-xTR-ID-Present"),
                    (0x0400_0000, "R-Build-For-RTR"),
                ],
            );
        }
        c.s("],");
    }
    if typ != 3 && typ != 4 {
        return Ok(());
    }
    let xtr = if typ == 3 {
        tf & 0x02 != 0
    } else {
        tf & 0x08 != 0
    };
    let auth_len = usize::from(be16(b, 14)?);
    let mut records = b[3];
    if v {
        c.s("\n    ");
        c.dec(records);
        c.s(" record(s), Authentication ");
        c.s(match be16(b, 12)? {
            0 => "None",
            1 => "SHA1",
            2 => "SHA256",
            _ => "unknown-type",
        });
        c.s(",");
        // hex_print: what was captured, then the cut.
        let data = &b[16..b.len().min(16 + auth_len)];
        super::hexdump::hex(c.out, "\n    Authentication-Data: ", data);
        if data.len() < auth_len {
            return Err(Trunc);
        }
    } else {
        c.s(" ");
        c.dec(records);
        c.s(" record(s),");
    }
    let mut off = (16 + auth_len) & 0xffff;
    if records == 0 {
        c.invalid();
        return Ok(());
    }
    while length > off && records > 0 {
        records -= 1;
        if b.len() < off + 12 {
            c.trunc();
            return Ok(());
        }
        c.s("\n");
        let e = &b[off..off + 12];
        off += 12;
        let mask = e[5];
        let afi = be16(e, 10)?;
        let mut locs = e[4];
        if v {
            c.s("      Record TTL ");
            c.dec(super::be32(e, 0)?);
            c.s(",");
            c.s(if (e[6] >> 4) & 1 != 0 {
                " Authoritative,"
            } else {
                " Non-Authoritative,"
            });
            c.s(" ");
            c.s(
                ["No-Action", "Natively-Forward", "Send-Map-Request", "Drop"]
                    .get(usize::from(e[6] >> 5))
                    .copied()
                    .unwrap_or("unknown"),
            );
            c.s(",");
            c.s(" Map Version: ");
            c.dec(be16(e, 8)? & 0x0fff);
            c.s(",");
        }
        match afi {
            1 | 2 => {
                let n = if afi == 1 { 4 } else { 16 };
                if b.len() < off + n {
                    c.trunc();
                    return Ok(());
                }
                c.s(" EID ");
                if afi == 1 {
                    c.ip4(&b[off..off + 4]);
                } else {
                    c.ip6(&b[off..off + 16]);
                }
                c.s("/");
                c.dec(mask);
                c.s(",");
                off += n;
            }
            _ => return Ok(()),
        }
        c.s(" ");
        c.dec(locs);
        c.s(" locator(s)");
        while locs > 0 {
            locs -= 1;
            if b.len() < off + 8 {
                c.trunc();
                return Ok(());
            }
            let l = &b[off..off + 8];
            off += 8;
            if v {
                c.s("\n       ");
            }
            match be16(l, 6)? {
                1 => {
                    if b.len() < off + 4 {
                        c.trunc();
                        return Ok(());
                    }
                    c.s(" LOC ");
                    c.ip4(&b[off..off + 4]);
                    off += 4;
                }
                2 => {
                    if b.len() < off + 16 {
                        c.trunc();
                        return Ok(());
                    }
                    c.s(" LOC ");
                    c.ip6(&b[off..off + 16]);
                    off += 16;
                }
                _ => {}
            }
            if v {
                c.s("\n          Priority/Weight ");
                c.dec(l[0]);
                c.s("/");
                c.dec(l[1]);
                c.s(", Multicast Priority/Weight ");
                c.dec(l[2]);
                c.s("/");
                c.dec(l[3]);
                c.s(", flags [");
                c.flag_names(
                    u32::from(be16(l, 4)?),
                    &[
                        (0x0004, "Local-Locator"),
                        (0x0002, "RLoc-Probed"),
                        (0x0001, "Reachable"),
                    ],
                );
                c.s("],");
            }
        }
    }
    if xtr {
        if b.len() < off + 24 {
            c.invalid();
            return Ok(());
        }
        super::hexdump::hex(c.out, "\n    xTR-ID: ", &b[off..off + 16]);
        c.s("\n    SITE-ID: ");
        c.dec(u64::from(super::be32(b, off + 16)?) << 32 | u64::from(super::be32(b, off + 20)?));
    } else if off < b.len() {
        super::hexdump::hex(c.out, "\n    Data: ", &b[off..]);
    }
    Ok(())
}

/// babel_print: the magic and version; version 2 bodies are not decoded
/// beyond their length.
pub(crate) fn babel(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "babel";
    c.s("babel");
    if b.len() < 4 {
        c.trunc();
        return Ok(());
    }
    if b[0] != 42 {
        c.s(" invalid header");
        return Ok(());
    }
    c.s(" ");
    c.dec(b[1]);
    if b[1] != 2 {
        c.s(" unknown version");
        return Ok(());
    }
    let body = usize::from(be16(b, 2)?);
    c.s(" (");
    c.dec(body as u64);
    c.s(")");
    if body + 4 > length {
        c.invalid();
    }
    Ok(())
}

/// cisco_autorp_print: the message type, hold time and each RP with its
/// group entries.
pub(crate) fn autorp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "cisco_autorp";
    if length < 8 {
        c.trunc();
        return Ok(());
    }
    c.s(" auto-rp ");
    let typ = u8at(b, 0)?;
    match typ {
        0x11 => c.s("candidate-advert"),
        0x12 => c.s("mapping"),
        t => {
            c.s("type-0x");
            c.out.hex0(u64::from(t), 2);
        }
    }
    let numrps = u8at(b, 1)?;
    c.s(" Hold ");
    let hold = be16(b, 2)?;
    if hold != 0 {
        super::dns::relts(c, u32::from(hold));
    } else {
        c.s("FOREVER");
    }
    let mut p = 8;
    let mut len = length - 8;
    for _ in 0..numrps {
        if len < 4 {
            c.trunc();
            return Ok(());
        }
        let rp = super::bytes(b, p, 4)?;
        c.s(" RP ");
        c.ip4(rp);
        p += 4;
        len -= 4;
        if len < 1 {
            c.trunc();
            return Ok(());
        }
        let v = u8at(b, p)?;
        c.s([" PIMv?", " PIMv1", " PIMv2", " PIMv1+2"][usize::from(v & 3)]);
        if v & 0xfc != 0 {
            c.s(" [rsvd=0x");
            c.out.hex0(u64::from(v & 0xfc), 2);
            c.s("]");
        }
        p += 1;
        len -= 1;
        if len < 1 {
            c.trunc();
            return Ok(());
        }
        let n = u8at(b, p)?;
        p += 1;
        len -= 1;
        let mut sep = " ";
        for _ in 0..n {
            if len < 6 {
                c.trunc();
                return Ok(());
            }
            let e = super::bytes(b, p, 6)?;
            c.s(sep);
            if e[0] & 1 != 0 {
                c.s("!");
            }
            c.ip4(&e[2..6]);
            c.s("/");
            c.dec(e[1]);
            if e[0] & 2 != 0 {
                c.s(" bidir");
            }
            if e[0] & 0xfc != 0 {
                c.s("[rsvd=0x");
                c.out.hex0(u64::from(e[0] & 0xfc), 2);
                c.s("]");
            }
            sep = ",";
            p += 6;
            len -= 6;
        }
    }
    Ok(())
}

/// ripng_print: requests and responses with their route entries.
pub(crate) fn ripng(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ripng";
    let vers = u8at(b, 1)?;
    if vers != 1 {
        c.s(" [vers ");
        c.dec(vers);
        c.s("]");
        c.invalid();
        return Ok(());
    }
    let cmd = u8at(b, 0)?;
    if cmd != 1 && cmd != 2 {
        c.s(" ripng-");
        c.dec(cmd);
        c.s(" ?? ");
        c.dec(length as u64);
        c.invalid();
        return Ok(());
    }
    if length < 4 {
        c.invalid();
        return Ok(());
    }
    let mut left = length - 4;
    let j = left / 20;
    if cmd == 1 && j == 1 {
        let metric = u8at(b, 23)?;
        if metric == 16 && super::bytes(b, 4, 16)?.iter().all(|&x| x == 0) {
            c.s(" ripng-req dump");
            return Ok(());
        }
    }
    c.s(if cmd == 1 {
        " ripng-req "
    } else {
        " ripng-resp "
    });
    c.dec(j as u64);
    if j * 20 != left {
        c.s("[");
        c.dec(length as u64);
        c.s("]");
    }
    c.s(":");
    let mut p = 4;
    while left >= 20 {
        c.s(if c.o.verbose > 1 { "\n\t" } else { " " });
        let dest = super::bytes(b, p, 16)?;
        let plen = u8at(b, p + 18)?;
        c.ip6(dest);
        c.s("/");
        c.dec(plen);
        let tag = be16(b, p + 16)?;
        if tag != 0 {
            c.s(" [");
            c.dec(tag);
            c.s("]");
        }
        if cmd == 2 {
            let metric = u8at(b, p + 19)?;
            if metric != 0 {
                c.s(" (");
                c.dec(metric);
                c.s(")");
            }
        }
        left -= 20;
        p += 20;
    }
    if left != 0 {
        c.invalid();
    }
    Ok(())
}

/// rip_print, without the -v route list.
pub(crate) fn rip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "rip";
    if b.len().min(length) < 4 {
        return Err(Trunc);
    }
    if c.o.verbose > 0 {
        c.s("\n\t");
    }
    c.s("RIPv");
    c.dec(b[1]);
    if b[1] == 0 {
        // RFC 1058's "ignore version 0": tcpdump dumps it in hex.
        super::hexdump::hex(c.out, "\n\t", &b[..length.min(b.len())]);
        return Ok(());
    }
    c.s(", ");
    match b[0] {
        1 => c.s("Request"),
        2 => c.s("Response"),
        3 => c.s("Trace on"),
        4 => c.s("Trace off"),
        5 => c.s("Poll"),
        6 => c.s("Poll Entry"),
        cmd => {
            c.s("unknown command (");
            c.dec(cmd);
            c.s(")");
        }
    }
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

/// radius_print, without the -v attribute list.
pub(crate) fn radius(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "radius";
    if b.len() < 20 {
        return Err(Trunc);
    }
    let len = usize::from(be16(b, 2)?);
    if len < 20 {
        return Err(Trunc);
    }
    let len = len.min(length);
    let code = b[0];
    c.s("RADIUS, ");
    if c.o.verbose > 0 {
        c.s("length: ");
        c.dec(len as u64);
        return Ok(());
    }
    c.s(match code {
        1 => "Access-Request",
        2 => "Access-Accept",
        3 => "Access-Reject",
        4 => "Accounting-Request",
        5 => "Accounting-Response",
        11 => "Access-Challenge",
        12 => "Status-Server",
        13 => "Status-Client",
        40 => "Disconnect-Request",
        41 => "Disconnect-ACK",
        42 => "Disconnect-NAK",
        43 => "CoA-Request",
        44 => "CoA-ACK",
        45 => "CoA-NAK",
        255 => "Reserved",
        _ => "Unknown Command",
    });
    c.s(" (");
    c.dec(code);
    c.s("), id: 0x");
    c.out.hex0(u64::from(b[1]), 2);
    c.s(" length: ");
    c.dec(len as u64);
    Ok(())
}

/// hsrp_print; each field is read before its text is printed, so a cut
/// frame ends where tcpdump's does.
pub(crate) fn hsrp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "hsrp";
    let version = u8at(b, 0)?;
    c.s("HSRPv");
    c.dec(version);
    if version != 0 {
        return Ok(());
    }
    c.s("-");
    match u8at(b, 1)? {
        0 => c.s("hello"),
        1 => c.s("coup"),
        2 => c.s("resign"),
        op => {
            c.s("unknown (");
            c.dec(op);
            c.s(")");
        }
    }
    c.s(" ");
    c.dec(length as u64);
    c.s(": ");
    let state = u8at(b, 2)?;
    c.s("state=");
    match state {
        0 => c.s("initial"),
        1 => c.s("learn"),
        2 => c.s("listen"),
        4 => c.s("speak"),
        8 => c.s("standby"),
        16 => c.s("active"),
        st => {
            c.s("Unknown (");
            c.dec(st);
            c.s(")");
        }
    }
    let group = u8at(b, 6)?;
    c.s(" group=");
    c.dec(group);
    c.s(" ");
    let reserved = u8at(b, 7)?;
    if reserved != 0 {
        c.s("[reserved=");
        c.dec(reserved);
        c.s("!] ");
    }
    let addr = b.get(16..20).ok_or(Trunc)?;
    c.s("addr=");
    c.ip4(addr);
    if c.o.verbose > 0 {
        c.s(" hellotime=");
        super::dns::relts(c, u32::from(u8at(b, 3)?));
        c.s(" holdtime=");
        super::dns::relts(c, u32::from(u8at(b, 4)?));
        let prio = u8at(b, 5)?;
        c.s(" priority=");
        c.dec(prio);
        c.s(" auth=\"");
        // nd_printjnp: up to 8 bytes, stopping at a NUL.
        for i in 8..16 {
            let ch = u8at(b, i)?;
            if ch == 0 {
                break;
            }
            print_char(c, ch);
        }
        c.s("\"");
    }
    Ok(())
}

/// bfd_print without -v: control packets need the whole 24-byte header.
pub(crate) fn bfd(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    c.proto = "bfd";
    let port_name = |c: &mut Ctx| match port {
        3784 => c.s("Control"),
        4784 => c.s("Multihop"),
        6784 => c.s("Lag"),
        3785 => c.s("Echo"),
        _ => {
            c.s("unknown (");
            c.dec(port);
            c.s(")");
        }
    };
    if port == 3785 {
        c.s("BFD, ");
        port_name(c);
        c.s(", length: ");
        c.dec(length as u64);
        return Ok(());
    }
    if b.len() < 24 {
        return Err(Trunc);
    }
    let (version, flags) = (b[0] >> 5, b[1]);
    c.s("BFDv");
    c.dec(version);
    c.s(", ");
    // Only version 1 names the port it came to; the others say Control.
    if version == 1 {
        port_name(c);
    } else {
        c.s("Control");
    }
    match version {
        0 => {
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags),
                &[
                    (0x80, "I Hear You"),
                    (0x40, "Demand"),
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Reserved"),
                    (0x01, "Reserved"),
                ],
            );
            c.s("]");
        }
        1 => {
            c.s(", State ");
            c.s(["AdminDown", "Down", "Init", "Up"][usize::from(flags >> 6)]);
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags & 0x3f),
                &[
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Demand"),
                    (0x01, "Multipoint"),
                ],
            );
            c.s("]");
        }
        _ => {}
    }
    c.s(", length: ");
    c.dec(length as u64);
    if version > 1 && c.o.verbose > 0 {
        super::hexdump::hex(c.out, "\n\t", &b[..length.min(b.len())]);
    }
    Ok(())
}

/// lspping_print: the version check and, without -v, the message type.
pub(crate) fn lspping(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lspping";
    if length < 32 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    if b.len() < 32 {
        return Err(Trunc);
    }
    let version = be16(b, 0)?;
    if version != 1 {
        c.s("LSP-PING version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("LSP-PINGv1, ");
    match b[4] {
        1 => c.s("MPLS Echo Request"),
        2 => c.s("MPLS Echo Reply"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", seq ");
    c.dec(super::be32(b, 12)?);
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

/// ldp_print without -v: one summary per PDU while more than the common
/// and message headers remain.
pub(crate) fn ldp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ldp";
    if length <= 18 {
        return Ok(());
    }
    let sep = if c.o.verbose > 0 { "\n\t" } else { "" };
    if b.len() < 10 {
        return Err(Trunc);
    }
    let version = be16(b, 0)?;
    if version != 1 {
        c.s(sep);
        c.s("LDP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let pdu_len = be16(b, 2)?;
    c.s(sep);
    if pdu_len < 6 {
        c.s("LDP, pdu-length: ");
        c.dec(pdu_len);
        c.s(" (too short, < 6)");
        return Ok(());
    }
    c.s("LDP, Label-Space-ID: ");
    c.ip4(&b[4..8]);
    c.s(":");
    c.dec(be16(b, 8)?);
    c.s(", pdu-length: ");
    c.dec(pdu_len);
    Ok(())
}

/// sflow_print without -v. tcpdump 4.99.3 checks the IPv4-sized header,
/// then reads any agent type other than 1 as an IPv6 address, and rejects
/// a type-2 datagram shorter than the IPv6-sized header with the IPv4
/// size in its message.
pub(crate) fn sflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "sflow";
    if b.len() < 28 {
        return Err(Trunc);
    }
    let version = super::be32(b, 0)?;
    if version != 5 {
        c.s("sFlow version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let agent_type = super::be32(b, 4)?;
    if agent_type == 2 && length < 40 {
        c.s("sFlowv5 [length ");
        c.dec(length as u64);
        c.s(" < 28]");
        c.invalid();
        return Ok(());
    }
    c.s("sFlowv5, ");
    if agent_type == 1 {
        c.s("IPv4 agent ");
        c.ip4(&b[8..12]);
        c.s(", agent-id ");
        c.dec(super::be32(b, 12)?);
    } else {
        c.s("IPv6 agent ");
        c.ip6(&b[8..24]);
        c.s(", agent-id ");
        c.dec(super::be32(b, 24)?);
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

/// dhcp6_print without -v: the message type.
pub(crate) fn dhcp6(c: &mut Ctx, b: &[u8], _length: usize) -> Res {
    c.proto = "dhcp6";
    c.s("dhcp6");
    if b.len() < 4 {
        return Err(Trunc);
    }
    let t = b[0];
    const NAMES: [&str; 16] = [
        "",
        "solicit",
        "advertise",
        "request",
        "confirm",
        "renew",
        "rebind",
        "reply",
        "release",
        "decline",
        "reconfigure",
        "inf-req",
        "relay-fwd",
        "relay-reply",
        "leasequery",
        "leasequery-reply",
    ];
    c.s(" ");
    match NAMES.get(usize::from(t)) {
        Some(n) if t != 0 => c.s(n),
        _ => {
            c.s("msgtype-");
            c.dec(t);
        }
    }
    Ok(())
}

/// krb_print: the protocol version only (tcpdump decodes no Kerberos 5,
/// and Kerberos 4 bodies are not reproduced here).
pub(crate) fn krb(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "krb";
    let pvno = u8at(b, 0)?;
    match pvno {
        1..=4 => {
            c.s(" v");
            c.dec(pvno);
        }
        106 | 107 => c.s(" v5"),
        _ => {}
    }
    Ok(())
}

/// tcpdump's cookiecache: the last 20 initiator cookies seen in first
/// packets, with the addresses of both ends, so that later packets can be
/// marked as coming from the initiator (I) or the responder (R). Zeroed
/// at the start, as tcpdump's static array is (so an all-zero cookie
/// matches an empty slot and prints "?").
#[derive(Debug, Default)]
pub(crate) struct IkeCookies {
    slots: [IkeSlot; 20],
    next: usize,
}

#[derive(Debug, Default, Clone, Copy)]
struct IkeSlot {
    cookie: [u8; 8],
    /// 0 (unused), 4 or 6.
    version: u8,
    initiator: [u8; 16],
    responder: [u8; 16],
}

impl IkeCookies {
    fn find(&self, cookie: &[u8]) -> Option<usize> {
        self.slots.iter().position(|s| s.cookie == cookie)
    }

    fn record(&mut self, cookie: &[u8], net: &Net) {
        if let Some(i) = self.find(cookie) {
            self.next = (i + 1) % self.slots.len();
            return;
        }
        let slot = &mut self.slots[self.next];
        slot.version = if net.v6 { 6 } else { 4 };
        slot.initiator = [0; 16];
        slot.responder = [0; 16];
        slot.initiator[..net.src.len().min(16)].copy_from_slice(&net.src[..net.src.len().min(16)]);
        slot.responder[..net.dst.len().min(16)].copy_from_slice(&net.dst[..net.dst.len().min(16)]);
        slot.cookie.copy_from_slice(cookie);
        self.next = (self.next + 1) % self.slots.len();
    }

    /// cookie_sidecheck: the packet's source is the recorded initiator
    /// (or responder).
    fn sent_by(&self, i: usize, net: &Net, initiator: bool) -> bool {
        let slot = &self.slots[i];
        if slot.version != if net.v6 { 6 } else { 4 } {
            return false;
        }
        let want = if initiator {
            &slot.initiator
        } else {
            &slot.responder
        };
        let n = if net.v6 { 16 } else { 4 };
        net.src.get(..n) == want.get(..n)
    }
}

/// isakmp_print: the header summary (phase, side, exchange type, flags);
/// payloads are not decoded.
pub(crate) fn isakmp(c: &mut Ctx, b: &[u8], length: usize, net: &Net) -> Res {
    c.proto = "isakmp";
    if b.len() < 28 {
        return Err(Trunc);
    }
    c.s("isakmp");
    let major = b[17] >> 4;
    let minor = b[17] & 0xf;
    if c.o.verbose > 0 {
        c.s(" ");
        c.dec(major);
        c.s(".");
        c.dec(minor);
        c.s(" msgid ");
        for &x in &b[20..24] {
            c.out.hex0(u64::from(x), 2);
        }
    }
    if c.o.verbose > 1 {
        c.s(" cookie ");
        for &x in &b[0..8] {
            c.out.hex0(u64::from(x), 2);
        }
        c.s("->");
        for &x in &b[8..16] {
            c.out.hex0(u64::from(x), 2);
        }
    }
    c.s(":");
    let msgid = super::be32(b, 20)?;
    let (etype, flags) = (b[18], b[19]);
    match major {
        1 => {
            c.s(if msgid == 0 {
                " phase 1"
            } else {
                " phase 2/others"
            });
            let (icookie, rcookie) = (&b[0..8], &b[8..16]);
            match c.ike.find(icookie) {
                None if rcookie == [0; 8] => {
                    c.s(" I");
                    c.ike.record(icookie, net);
                }
                None => c.s(" ?"),
                Some(i) if c.ike.sent_by(i, net, true) => c.s(" I"),
                Some(i) if c.ike.sent_by(i, net, false) => c.s(" R"),
                Some(_) => c.s(" ?"),
            }
            c.s(" ");
            exchange_type(c, etype);
            if flags != 0 {
                c.s("[");
                if flags & 1 != 0 {
                    c.s("E");
                }
                if flags & 2 != 0 {
                    c.s("C");
                }
                c.s("]");
            }
        }
        2 => {
            c.s(if msgid == 0 {
                " parent_sa"
            } else {
                " child_sa "
            });
            c.s(" ");
            exchange_type(c, etype);
            if flags != 0 {
                c.s("[");
                if flags & 0x08 != 0 {
                    c.s("I");
                }
                if flags & 0x10 != 0 {
                    c.s("V");
                }
                if flags & 0x20 != 0 {
                    c.s("R");
                }
                c.s("]");
            }
        }
        _ => {}
    }
    let _ = length;
    Ok(())
}

fn exchange_type(c: &mut Ctx, etype: u8) {
    let name = match etype {
        0 => "none",
        1 => "base",
        2 => "ident",
        3 => "auth",
        4 => "agg",
        5 => "inf",
        32 => "oakley-quick",
        33 => "oakley-newgroup",
        34 => "ikev2_init",
        35 => "ikev2_auth",
        36 => "child_sa",
        37 => "inf2",
        _ => {
            c.s("#");
            c.dec(etype);
            return;
        }
    };
    c.s(name);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{golden, golden_seq, numeric};

    /// Well-formed messages built with scapy; expected text from tcpdump
    /// 4.99.3 -n on the same frames.
    #[test]
    fn well_formed() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000116000100004011f5cdc0000201c00002070044004301025a0001010600000012340000000000000000000000000000000000000000020000000001000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006382536335010137040103060fff",
                    "IP 192.0.2.1.68 > 192.0.2.7.67: BOOTP/DHCP, Request from 02:00:00:00:00:01, length 250",
                ),
                (
                    "02000000000202000000000108004500013b000100004011f5a8c0000201c0000207004300440127917b02010600000012340000000000000000c0000232c00002010000000002000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000638253633501023604c0000201330400000e100104ffffff000304c00002010604c00002350f0b6578616d706c652e636f6dff",
                    "IP 192.0.2.1.67 > 192.0.2.7.68: BOOTP/DHCP, Reply, length 287",
                ),
                (
                    "02000000000202000000000108004500011f000100004011f5c4c0000201c000020700440043010b6bbc0101060000001235000080000000000000000000000000000000000002000000000100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000638253633501033204c00002320c07636c69656e7431ff",
                    "IP 192.0.2.1.68 > 192.0.2.7.67: BOOTP/DHCP, Request from 02:00:00:00:00:01, length 259",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208020800206c8f02020000000200000a000000ff0000000000000000000001",
                    "IP 192.0.2.1.520 > 192.0.2.7.520: RIPv2, Response, length: 24",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208020800207684010100000000000000000000000000000000000000000010",
                    "IP 192.0.2.1.520 > 192.0.2.7.520: RIPv1, Request, length: 24",
                ),
                (
                    "020000000002020000000001080045000030000100004011d8b8c0000201e000000207c107c1001c29fd000010030a640100636973636f000000c00002fe",
                    "IP 192.0.2.1.1985 > 224.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.0.2.254",
                ),
                (
                    "020000000002020000000001080045000035000100004011f6aec0000201c00002070714066d0021a79101030019000000000000000000000000000000000105626f62",
                    "IP 192.0.2.1.1812 > 192.0.2.7.1645: RADIUS, Access-Request (1), id: 0x03 length: 25",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c000020707140715001c6b6d0203001400000000000000000000000000000000",
                    "IP 192.0.2.1.1812 > 192.0.2.7.1813: RADIUS, Access-Accept (2), id: 0x03 length: 20",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c00002070bb80045001938a90001626f6f742e696d67006f6374657400",
                    "IP 192.0.2.1.3000 > 192.0.2.7.69: TFTP, length 17, RRQ \"boot.img\" octet",
                ),
                (
                    "020000000002020000000001080045000023000100004011f6c0c0000201c000020700450bb8000fab6300030001616263",
                    "IP 192.0.2.1.69 > 192.0.2.7.3000: TFTP, length 7, DATA block 1",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c0000207020202020035c3f23c33343e4f63742031312032323a31343a313520686f73742073753a2027737520726f6f7427206661696c6564",
                    "IP 192.0.2.1.514 > 192.0.2.7.514: SYSLOG auth.critical, length: 45",
                ),
            ],
        );
    }

    /// Random and cut payloads on each port (one per kind of line, from a
    /// generated set compared whole against tcpdump -n).
    #[test]
    fn random_payloads() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c00002077c1f00430014b321978b215eea9a79a094109b03",
                    "IP 192.0.2.1.31775 > 192.0.2.7.67: BOOTP/DHCP, unknown (0x97), length 12",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c00002070ef40043000a43d828c2",
                    "IP 192.0.2.1.3828 > 192.0.2.7.67: BOOTP/DHCP, unknown (0x28) [|bootp]",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c000020748f9004300083299",
                    "IP 192.0.2.1.18681 > 192.0.2.7.67:  [|bootp]",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c000020778400045000a635b9ff0",
                    "IP 192.0.2.1.30784 > 192.0.2.7.69: TFTP, length 2, tftp-#40944",
                ),
                (
                    "02000000000202000000000108004500001d000100004011f6c6c0000201c00002073c0d004500096480db",
                    "IP 192.0.2.1.15373 > 192.0.2.7.69: TFTP, length 1 [|tftp]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c0000207dcc8020800209c1f0203062302dfd863c8a99e0e67343ed07b22e87ba1760b7a",
                    "IP 192.0.2.1.56520 > 192.0.2.7.520: RIPv3, Response, length: 24",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c0000207020865f4003000fff0506d0fdc41e8583563085606ba2ddb7561abd1624a4b444fcba016e113defe6878a46816c5dbe3",
                    "IP 192.0.2.1.520 > 192.0.2.7.26100: RIPv80, unknown command (240), length: 40",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002076a270208000c33340400d869",
                    "IP 192.0.2.1.27175 > 192.0.2.7.520: RIPv0
	0x0000:  0400 d869",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002070208843f00283f91450276a9c7ff524930c00c957d9e11c6677c4bd407287eae388774324c3ae0f2",
                    "IP 192.0.2.1.520 > 192.0.2.7.33855: RIPv2, unknown command (69), length: 32",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002079f89020800586a8b80050e107867e6368890d05dd764cc804cf6e9a4155181ab15da62e2e2f8d038fe288f6e857a2a517c3be8ab57d9da2a4dffcd8830ccf6561e44149e9287c62fb5f16770b6e8342153994983390c0ae2",
                    "IP 192.0.2.1.40841 > 192.0.2.7.520: RIPv5, unknown command (128), length: 80",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c00002073e10020800804cda9c5d5417cf410332c5dee6779446a367fbe62506181e8165b9f589ea7cc66e1c75dce0c811baa73a1757d704437ecc5c511da2218297f4bf787d835b80c740b6f08857a226ec3591b848e7489720f48e3925e2dfc4dc366117dd6cde6ba87da5b8ef3a8541925539298470b9999145b422c9bac6164bdb3d",
                    "IP 192.0.2.1.15888 > 192.0.2.7.520: RIPv93, unknown command (156), length: 120",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c00002070208456400142718d8ca0511c1ea88d9b0cd33cb",
                    "IP 192.0.2.1.520 > 192.0.2.7.17764: RIPv202, unknown command (216), length: 12",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207218a020800240dbdc80198d628f53ed868bad4e8cce964e896a65aa97d5c51d3f1ec5fc6",
                    "IP 192.0.2.1.8586 > 192.0.2.7.520: RIPv1, unknown command (200), length: 28",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c0000207dcf6020800383ba616d37a5d2948094aa99a28449288af82560a965296d2b335c8c05413577d4b6ce7a65b01f31f83679feb09808adca588",
                    "IP 192.0.2.1.56566 > 192.0.2.7.520: RIPv211, unknown command (22), length: 48",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c000020702088ac5000aadb7414c",
                    "IP 192.0.2.1.520 > 192.0.2.7.35525:  [|rip]",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c00002070208085800141539e53473430d4c6a1caf4fdcf3",
                    "IP 192.0.2.1.520 > 192.0.2.7.2136: RIPv52, unknown command (229), length: 12",
                ),
                (
                    "0200000000020200000000010800450000e4000100004011f5ffc0000201c000020702081f9700d09a6f17f10cfd5578887aff7f06ebb357ca1243d5c41cdec61742a81c79d4c50e265aa9b50260084d6e7c58b26ec8354dfe876aec7f555bb4e1732a96ee2b311ce0bd6d3099e83cefd15538acc98fa81ae5e8fdcfcd692c82d0aa1a70cf00ec7723d40ae4cfde59a1ade7d11bf10b8433d724e9d8c52e5ed0ea8b6b20e687625c7c9b09c11bbfed1d74f6ba207922b989862c24685061a28e2861f1960f53909bdee5bb3225d81ba9b45368d419222082aa86064449aaf0504055d99906fb333b0c60bb8d918bc484d047",
                    "IP 192.0.2.1.520 > 192.0.2.7.8087: RIPv241, unknown command (23), length: 200",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c0000207a6290208000c7102714ef14a",
                    "IP 192.0.2.1.42537 > 192.0.2.7.520: RIPv78, unknown command (113), length: 4",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c000020769e202080028f52a00041ca8a3fef7506f4d153d1f7e2a1f1ecd826c7a0a3a814f6d84311b4d4fab",
                    "IP 192.0.2.1.27106 > 192.0.2.7.520: RIPv4, unknown command (0), length: 32",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070208cffe0020fca173544769290bee8bf24ab9d9eda59170bd3e70b9a953d820",
                    "IP 192.0.2.1.520 > 192.0.2.7.53246: RIPv84, unknown command (115), length: 24",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c000020758c80208001c395d0eefd77e3042c20a784031a5dc135fe04373e577",
                    "IP 192.0.2.1.22728 > 192.0.2.7.520: RIPv239, unknown command (14), length: 20",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c00002071344020800109fdf4b357f8358d8a308",
                    "IP 192.0.2.1.4932 > 192.0.2.7.520: RIPv53, unknown command (75), length: 8",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c000020702087ed80014c88cdbb86922fa14458281592c84",
                    "IP 192.0.2.1.520 > 192.0.2.7.32472: RIPv184, unknown command (219), length: 12",
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c1c0000201c00002070208aad4000eeb018fc36cdce74a",
                    "IP 192.0.2.1.520 > 192.0.2.7.43732: RIPv195, unknown command (143), length: 6",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c00002071fc702080038029c20695ce292417590fc01709133f8386531bc57535060816453e121530b0bcf8b8c95579b6877fb4be3b7be3fc342a12d",
                    "IP 192.0.2.1.8135 > 192.0.2.7.520: RIPv105, unknown command (32), length: 48",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207fbc9020800283592e075053bf34209afd0f04d236eb08cf5968b46e4fc2eb0c8bd1c91372d184600",
                    "IP 192.0.2.1.64457 > 192.0.2.7.520: RIPv117, unknown command (224), length: 32",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207d5db0208001807db443bba152e8e5d6034cbed28b99c3626",
                    "IP 192.0.2.1.54747 > 192.0.2.7.520: RIPv59, unknown command (68), length: 16",
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c1c0000201c000020702083e62000e1d1fd096664ee75a",
                    "IP 192.0.2.1.520 > 192.0.2.7.15970: RIPv150, unknown command (208), length: 6",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207483e020800104a8ce42c675b7be81f82",
                    "IP 192.0.2.1.18494 > 192.0.2.7.520: RIPv44, unknown command (228), length: 8",
                ),
                (
                    "02000000000202000000000108004500004c000100004011f697c0000201c00002070208577c0038bbebc10d88cea5819ffd0fa2f53e65fb7e1c382a46247c275a2226e6c824b67ce824b94f0c17035e4948d0b983fda3300177",
                    "IP 192.0.2.1.520 > 192.0.2.7.22396: RIPv13, unknown command (193), length: 48",
                ),
                (
                    "020000000002020000000001080045000058000100004011f68bc0000201c0000207020896300044a040b1a2620dd0df94053ba5312e32a4cf24dc8e29ec979513a10faaaed28ed16d076fe874a860f548abef591110972b2d8c5d3b0aa824229c8b08f76acf",
                    "IP 192.0.2.1.520 > 192.0.2.7.38448: RIPv162, unknown command (177), length: 60",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071087066d000864e1",
                    "IP 192.0.2.1.4231 > 192.0.2.7.1645:  [|radius]",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002076fdd066d0024d0cadb7e1efe699b3a91ef4de675fd4441d87ceef2d6c4690eb8804bbdca",
                    "IP 192.0.2.1.28637 > 192.0.2.7.1645: RADIUS, Unknown Command (219), id: 0x7e length: 28",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c000020724e807c100301341010195525bcfd9898fe314b9cd545264e54cc0b122a858831caffcee4384a6f0dd22606e02d345f7",
                    "IP 192.0.2.1.9448 > 192.0.2.7.1985: HSRPv1",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c000020707c1a97e0080444300056e6aecc2620a031f580b072914fdb9f5ea10605673787ca467ba3dd0f39bda98abb91dc6f526ec4d63d60421d5a85f5395acad1b5e6fdf4485338dcdfa5966136aa50c7400727de2bb29153dc43d1555a7d6992a7e7210ef10691f9e75524eb0f84c302dbce05f2cdbe652078dc0ad9c2e8f22594a39",
                    "IP 192.0.2.1.1985 > 192.0.2.7.43390: UDP, length 120",
                ),
                (
                    "02000000000202000000000108004500001f000100004011f6c4c0000201c0000207672a07c1000bc6df300416",
                    "IP 192.0.2.1.26410 > 192.0.2.7.1985: HSRPv48",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002079b3807c1005801bb000338144cb3d60830905f79d5bffa40b8c031f3b35b482a4dc32c03ce490a8e774eb0d519fc1bf881f75db6ea560817f9f4dc877baf9545c7a096949647264e2ae97cd79d3a3a2f0c2692c8119680aa",
                    "IP 192.0.2.1.39736 > 192.0.2.7.1985: HSRPv0-unknown (3) 80: state=Unknown (56) group=214 [reserved=8!] addr=184.192.49.243",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071c1907c1000857fb",
                    "IP 192.0.2.1.7193 > 192.0.2.7.1985:  [|hsrp]",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c0000207e45907c1000a94f1fac4",
                    "IP 192.0.2.1.58457 > 192.0.2.7.1985: HSRPv250",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207ded307c1001843140300f43a850b4b310831f324b3e8db55",
                    "IP 192.0.2.1.57043 > 192.0.2.7.1985: HSRPv3",
                ),
                (
                    "02000000000202000000000108004500001e000100004011f6c5c0000201c0000207d98907c1000a64ea359c",
                    "IP 192.0.2.1.55689 > 192.0.2.7.1985: HSRPv53",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c000020752c207c10058c599603e02cfd011df575288b3b0935ea6bc920ab4ee9d8e89242f2f37fcaf0ceaf4956eff8cf88a4f3114a1b644599b067aaadc4324e270fd5cf8d6367de43ce61f7db7bad53377db8c09c6ea98c350caff",
                    "IP 192.0.2.1.21186 > 192.0.2.7.1985: HSRPv96",
                ),
                (
                    "020000000002020000000001080045000058000100004011f68bc0000201c0000207c0b407c10044ca454503be343e714b325a8231a7ee0d02d3ee83173e8f295b4de876a3016f811bf6147b0e739ed664ad6527bfd1260b734ff5d72a33106e94af46bfe6e4",
                    "IP 192.0.2.1.49332 > 192.0.2.7.1985: HSRPv69",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c00002070202dfa00058f4d8ca931b7ad47fd9c4fb58e2f897c16c094285dd65b27cd2de5cee56f7fd4b1471eb23fa1a7babc82ef66dc7f8a8d3a447df6dbf5d4f3f40ffba1f13be2c2d047dc51751e3f3a1d3dde480987c33b5d205",
                    "IP 192.0.2.1.514 > 192.0.2.7.57248:  (invalid)",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c000020778ad020200080126",
                    "IP 192.0.2.1.30893 > 192.0.2.7.514:  [|syslog]",
                ),
                (
                    "020000000002020000000001080045000028000100004011f6bbc0000201c000020776ce17c1001426ba0ff97bc4fce969e6223db1a8",
                    "IP 192.0.2.1.30414 > 192.0.2.7.6081: Geneve, Flags [OCR1R2R3R6], vni 0xfce969, rsvd 0xe6 truncated-geneve - 56 bytes missing",
                ),
            ],
        );
    }

    /// ISAKMP headers in sequence: the initiator/responder marks depend on
    /// the cookies seen before, as in tcpdump (expected text from tcpdump
    /// 4.99.3 on the same 25 frames).
    #[test]
    fn isakmp_sides() {
        golden_seq(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002474890000000000000000000000000000000001100200000000000000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 1 ? ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002430451111111111111111000000000000000001100200000000000000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 1 I ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000207c000020101f401f40024a7bc1111111111111111222222222222222201100200000000000000001c",
                    "IP 192.0.2.7.500 > 192.0.2.1.500: isakmp: phase 1 R ident",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c000020701f401f4002489b61111111111111111222222222222222201102001000000050000001c",
                    "IP 192.0.2.1.500 > 192.0.2.7.500: isakmp: phase 2/others I oakley-quick[E]",
                ),
                (
                    "0200000000020200000000010800450000380001000040118e74c6336405c000020701f401f400243c851111111111111111222222222222222201100500000000000000001c",
                    "IP 198.51.100.5.500 > 192.0.2.7.500: isakmp: phase 1 ? inf",
                ),
                (
                    "0200000000020200000000010800450000380001000040118e74c6336405c000020701f401f400243c852222222222222222111111111111111101100500000000000000001c",
                    "IP 198.51.100.5.500 > 192.0.2.7.500: isakmp: phase 1 ? inf",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000207c000020111941194002890c00000000021212121212121210000000000000000212022080000000000000000",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: NONESP-encap: isakmp: parent_sa ikev2_init[I]",
                ),
                (
                    "02000000000202000000000108004500001d000100004011f6c6c0000207c000020111941194000959aaff",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: isakmp-nat-keep-alive",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000207c0000201119411940018c2e801020304000000096162636465666768",
                    "IP 192.0.2.7.4500 > 192.0.2.1.4500: UDP-encap: ESP(spi=0x01020304,seq=0x9), length 16",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000207c000020101f401f40019a9fe1111111111111111222222222222222201",
                    "IP 192.0.2.7.500 > 192.0.2.1.500:  [|isakmp]",
                ),
            ],
        );
    }

    /// LDP, LSP ping, sFlow, BFD and DHCPv6 summaries, well-formed, random
    /// and cut (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn routing_and_monitoring() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c00002079c400286002e198b0001001ec0000201000001000016000000010000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, Label-Space-ID: 192.0.2.1:0, pdu-length: 30",
                ),
                (
                    "020000000002020000000001080045000032000100004011f6b1c0000201c00002079c400286001e1ade00010002c00002010000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, pdu-length: 2 (too short, < 6)",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cd9b0001000001020300000000070000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Request, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cc990001000002020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Reply, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028c5990001000009020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, unknown (9), seq 0, length: 32",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404880000000500000001c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 28",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c22950000000500000002c0000201000000030000000100000002000000007878787878787878",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404890000000500000000c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404880000000500000001c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 28",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404870000000500000002c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 28 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c04770000000500000002c0000201000000030000000100000002000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404860000000500000003c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207eaa102220018f900bd5bcbb0f1d7bda6ec8707d777c6f13f",
                    "IP 192.0.2.1.60065 > 192.0.2.7.546: dhcp6 msgtype-189",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207ca0a02220024491901013f618b1a923f03bb3768472eeadec46328c3cc12239e9e712021",
                    "IP 192.0.2.1.51722 > 192.0.2.7.546: dhcp6 solicit",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c0000207b92f02220008c083",
                    "IP 192.0.2.1.47407 > 192.0.2.7.546: dhcp6 [|dhcp6]",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c00002070222772500182ce70305d180a5accc5b5946a458bcf0d468",
                    "IP 192.0.2.1.546 > 192.0.2.7.30501: dhcp6 request",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c0000207022248670058c44e0676595caebed097210900408d74afea1be3af8b30036dc7ce6d9893b0b5f4a1a67bdbe9d7627964aedab832e64b77d4c2104dd600b1c76e9549a5c778e94f242a7ab18ce37ff95489276c958acf0c11",
                    "IP 192.0.2.1.546 > 192.0.2.7.18535: dhcp6 rebind",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c00002070222e2e8001ccebf020032426c5bd8e384437ca1b5a416f4d01db0c5",
                    "IP 192.0.2.1.546 > 192.0.2.7.58088: dhcp6 advertise",
                ),
                (
                    "0200000000020200000000010800450000e4000100004011f5ffc0000201c00002070223752d00d0de070503d559c85641692bc6454e10642c3db8f67dd602c44e78d93bd90ebabfbbc1e9f18e3762aa9218487c09b0420075251ebd14ec3f515e3df59d7c01d6b2be0097f25285645a5144a237dad7ca954b7326af029795323ae801904d163a3c3462aaa5953748d7bb2334c2eb2b1e9b979db4d6bb987c38df70a14eb04114982f9677cc8ba618adbda3589179f185fdd6034d038f2a9a28a7c94f6147d678da999ba5562231728c8fa131bd1a9cedd705e97f2e4b8b073245b7294666d3e84514a35a4fb11c9f3e059a",
                    "IP 192.0.2.1.547 > 192.0.2.7.29997: dhcp6 renew",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020785f102860018a4d583975c6568e80acff347bbe0182a3361",
                    "IP 192.0.2.1.34289 > 192.0.2.7.646: ",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c000020702865ed700802c5a4dd962f0bbf04b0f71dafe2e214af120e3e3ff583e9232ba70b42b3deca49298d7937dca7f80f4b1203839eddbf496cfc824feb9c5d79cd2c04e888038e55389ec6c862f08e1a42efe98a04d7dcd740ea1449d447d4ee7a4e30cc802b916b83b32307de444db3428f3c03b32d054d52f677606592d1fa529",
                    "IP 192.0.2.1.646 > 192.0.2.7.24279: LDP version 19929 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207715002860028ec2e296aa83ec8a0c8e8908792f70075443f68b612c31224f599aeb28f36b0e6de22",
                    "IP 192.0.2.1.29008 > 192.0.2.7.646: LDP version 10602 packet not supported",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002074e2202860030bcd8f8c7f476262ed173a49a5702b14746b3be4e8f6f95180e88e7c5f48cc2594b54b8171d258bf458fa",
                    "IP 192.0.2.1.20002 > 192.0.2.7.646: LDP version 63687 packet not supported",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070286d7ff0020b1160005050514f9b00e5be4426b4c1e006d9f81570e9f8aa501",
                    "IP 192.0.2.1.646 > 192.0.2.7.55295: LDP version 5 packet not supported",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002074b6602860024343e010198b2eb80fa67ca94b04688ae816c8eb44b59e3a3da32b47ca87e",
                    "IP 192.0.2.1.19302 > 192.0.2.7.646: LDP version 257 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c000020702868ba70028b179d819ce96f74f321c26c8236fcaa1305251ba2377e86635af3c5d98a3b4d0098d",
                    "IP 192.0.2.1.646 > 192.0.2.7.35751: LDP version 55321 packet not supported",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c00002074edd02860080f38483b3ccb4d264dc6b54d90a9278ef0632a2ef7a13bfa2d5b7bb5fb1bf55d6b9d0a3dd3818de8b792a87eb3286d4a979a3be0cd7f184ca95bb76813c59ccceeb1c0832082a78c41467701f57933dafc6309440eb2d313c61fe9d8bc5f06df72f7562c19136f7f2a6b7d811d5aa6dae819dd50fb9616614307f",
                    "IP 192.0.2.1.20189 > 192.0.2.7.646: LDP version 33715 packet not supported",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c000020702864bc100583ffd4050afbea5adef9196ba7bc5e210231c968bfc98551d26931d9e079fbb1569c5d2e3d5fb06bb4e1b439043fd07dd41f056b8734287b6fc7a1bfb228de74849c789764eb2e507ef23917818ef5f2eb447",
                    "IP 192.0.2.1.646 > 192.0.2.7.19393: LDP version 16464 packet not supported",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2300c003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2200c103180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020e22109c203180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020d90312e003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Poll], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020cd231ec003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020c81b23c803180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State Up, Flags: [Control Plane Independent], length: 24",
                ),
                (
                    "ffffffffffff00000000000008004500001c0001000040117cce7f0000017f00000103e80ec90008ef2a",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3785: BFD, Echo, length: 0",
                ),
                (
                    "ffffffffffff00000000000008004500001d0001000040117ccd7f0000017f00000103e80ec80009cf2920",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784:  [|bfd]",
                ),
                (
                    "ffffffffffff00000000000008004500003b0001000040117caf7f0000017f00000103e80ec80027ceed20000000000000000000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State AdminDown, Flags: [none], length: 31",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f0000010ec803e80020cefb200000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.3784 > 127.0.0.1.1000: UDP, length 24",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfbc700000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-0",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfac701000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 solicit",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cf0c70b000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 inf-req",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cecc70f000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 leasequery-reply",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cebc710000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-16",
                ),
            ],
        );
    }

    /// Kerberos: the version byte decides (expected text from tcpdump 4.99.3).
    #[test]
    fn kerberos_versions() {
        golden(
            numeric(0),
            &[
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c6ce200819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88: ",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c6be201819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v1",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c69e203819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v3",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c02e26a819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v5",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c01e26b819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88:  v5",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80058000c00e26c819030",
                    "IP 127.0.0.1.1000 > 127.0.0.1.88: ",
                ),
                (
                    "ffffffffffff00000000000008004500001c0001000040117cce7f0000017f00000102ee03e80008fb05",
                    "IP 127.0.0.1.750 > 127.0.0.1.1000:  [|krb]",
                ),
            ],
        );
    }

    /// RIPng requests (dumps too), responses with tags and metrics, odd
    /// lengths, other versions and commands, cut entries, over IPv6 and
    /// IPv4 (expected text from tcpdump 4.99.3 -n and -n -vv).
    #[test]
    fn ripng() {
        golden(
            numeric(0),
            &[
                (
                    "33330000000902000000000186dd6000000000201140fe800000000000000000000000000001ff020000000000000000000000000009020902090020fcfd010100000000000000000000000000000000000000000010",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-req dump",
                ),
                (
                    "33330000000902000000000186dd6000000000201140fe800000000000000000000000000001ff0200000000000000000000000000090209020900208f520101000020010db800010000000000000000000000004001",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-req 1: 2001:db8:1::/64",
                ),
                (
                    "33330000000902000000000186dd6000000000481140fe800000000000000000000000000001ff02000000000000000000000000000902090209004830330201000020010db80001000000000000000000000005400120010db8000100000000000000000000000030000000000000000000000000000000000000000010",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 3: 2001:db8:1::/64 [5] (1) 2001:db8:1::/48 ::/0 (16)",
                ),
                (
                    "33330000000902000000000186dd6000000000231140fe800000000000000000000000000001ff0200000000000000000000000000090209020900239bd10201000020010db80001000000000000000000000000400278797a",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 1[27]: 2001:db8:1::/64 (2) (invalid)",
                ),
                (
                    "33330000000902000000000186dd60000000000c1140fe800000000000000000000000000001ff02000000000000000000000000000902090209000cfb3503010000",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-3 ?? 4 (invalid)",
                ),
                (
                    "33330000000902000000000186dd6000000000201140fe800000000000000000000000000001ff020000000000000000000000000009020902090020fcfc010200000000000000000000000000000000000000000010",
                    "IP6 fe80::1.521 > ff02::9.521:  [vers 2] (invalid)",
                ),
                (
                    "33330000000902000000000186dd60000000000a1140fe800000000000000000000000000001ff02000000000000000000000000000902090209000afc390201",
                    "IP6 fe80::1.521 > ff02::9.521:  (invalid)",
                ),
                (
                    "33330000000902000000000186dd60000000000c1140fe800000000000000000000000000001ff02000000000000000000000000000902090209000cfc3502010000",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 0:",
                ),
                (
                    "33330000000902000000000186dd6000000000161140fe800000000000000000000000000001ff020000000000000000000000000009020902090016cf670101000020010db8000100000000",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-req 0[14]: (invalid)",
                ),
                (
                    "33330000000902000000000186dd60000000001f1140fe800000000000000000000000000001ff02000000000000000000000000000902090209001f8e550201000020010db8000100000000000000000000000040",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-resp 0[23]: (invalid)",
                ),
                (
                    "33330000000902000000000186dd60000000001f1140fe800000000000000000000000000001ff02000000000000000000000000000902090209001f8f550101000020010db8000100000000000000000000000040",
                    "IP6 fe80::1.521 > ff02::9.521:  ripng-req 0[23]: (invalid)",
                ),
                (
                    "020000000002020000000001080045000048000100004011f6a0c0000201c000020297c3020900349c1102010000735f42246d960fdc40078d4b2b86e6df476d5b77dbbadca03cb186e545e1e35a96675bb681b27510",
                    "IP 192.0.2.1.38851 > 192.0.2.2.521:  ripng-resp 2: 735f:4224:6d96:fdc:4007:8d4b:2b86:e6df/91 [18285] (119) dbba:dca0:3cb1:86e5:45e1:e35a:9667:5bb6/117 [33202] (16)",
                ),
                (
                    "02000000000202000000000108004500005c000100004011f68cc0000201c000020270e402090048df70020100004325dcedc701d9167348fee38151d38000005f01fe6c1513b7ae5d97625439735523db13e11217019f3ed09a8927f0bb1202a3ab4ffef2726a190801",
                    "IP 192.0.2.1.28900 > 192.0.2.2.521:  ripng-resp 3: 4325:dced:c701:d916:7348:fee3:8151:d380/95 (1) fe6c:1513:b7ae:5d97:6254:3973:5523:db13/23 [57618] (1) 9f3e:d09a:8927:f0bb:1202:a3ab:4ffe:f272/8 [27161] (1)",
                ),
                (
                    "020000000002020000000001080045000025000100004011f6c3c0000201c00002027359020900117667840100007d93db68b3",
                    "IP 192.0.2.1.29529 > 192.0.2.2.521:  ripng-132 ?? 9 (invalid)",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6bbc0000201c0000202242902090019b20401010000506f9d9bc69411b14133b8fbe2",
                    "IP 192.0.2.1.9257 > 192.0.2.2.521:  ripng-req 0[17]: (invalid)",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c8c0000201c00002025c500209000c1b4c022d0000",
                    "IP 192.0.2.1.23632 > 192.0.2.2.521:  [vers 45] (invalid)",
                ),
                (
                    "020000000002020000000001080045000048000100004011f6a0c0000201c00002023df3020900349c1b01010000e163c91b1a3b46bdcb994c98852cbe1a000003102eaad952941438309dcfc6f1c7894d4ce67e0010",
                    "IP 192.0.2.1.15859 > 192.0.2.2.521:  ripng-req 2: e163:c91b:1a3b:46bd:cb99:4c98:852c:be1a/3 2eaa:d952:9414:3830:9dcf:c6f1:c789:4d4c/0 [59006]",
                ),
                (
                    "020000000002020000000001080045000022000100004011f6c6c0000201c0000202c2cf0209000e261fbf500000d185",
                    "IP 192.0.2.1.49871 > 192.0.2.2.521:  [vers 80] (invalid)",
                ),
                (
                    "02000000000202000000000108004500005c000100004011f68cc0000201c00002028c4a02090048aa14010100004e1bdb8373f90b307ca104e6ae701ada00001901eeb444b074912f8344405b351c480decb66d7f00e38fadc23f69a7c027f4d4990de5c7d200001401",
                    "IP 192.0.2.1.35914 > 192.0.2.2.521:  ripng-req 3: 4e1b:db83:73f9:b30:7ca1:4e6:ae70:1ada/25 eeb4:44b0:7491:2f83:4440:5b35:1c48:dec/127 [46701] e38f:adc2:3f69:a7c0:27f4:d499:de5:c7d2/20",
                ),
                (
                    "020000000002020000000001080045000048000100004011f6a0c0000201c0000202fb19020900345a3c0201000005682d394122c56ca05108515e191c76000068294f391bb21a592eda9cd7987d8690d59000001801",
                    "IP 192.0.2.1.64281 > 192.0.2.2.521:  ripng-resp 2: 568:2d39:4122:c56c:a051:851:5e19:1c76/104 (41) 4f39:1bb2:1a59:2eda:9cd7:987d:8690:d590/24 (1)",
                ),
                (
                    "020000000002020000000001080045000048000100004011f6a0c0000201c00002026d06020900345df30201000034fce23517d746f477f4a9ba3f01fa2d33c772074700477cb24ddbdf09b6b9a8b262364b00006d1d",
                    "IP 192.0.2.1.27910 > 192.0.2.2.521:  ripng-resp 2: 34fc:e235:17d7:46f4:77f4:a9ba:3f01:fa2d/114 [13255] (7) 4700:477c:b24d:dbdf:9b6:b9a8:b262:364b/109 (29)",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6b4c0000201c0000202ea37020900208df34e0a0000c9aedbcc93297ccd5619ece134e7491600003d00",
                    "IP 192.0.2.1.59959 > 192.0.2.2.521:  [vers 10] (invalid)",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6b4c0000201c0000202ee2c02090020eb9302610000cc51e169dcc91dc8ce7161d868131208e4886643",
                    "IP 192.0.2.1.60972 > 192.0.2.2.521:  [vers 97] (invalid)",
                ),
            ],
        );
        golden(
            numeric(2),
            &[
            (
                "33330000000902000000000186dd6000000000481140fe800000000000000000000000000001ff02000000000000000000000000000902090209004830330201000020010db80001000000000000000000000005400120010db8000100000000000000000000000030000000000000000000000000000000000000000010",
                "IP6 (hlim 64, next-header UDP (17) payload length: 72) fe80::1.521 > ff02::9.521: [udp sum ok]  ripng-resp 3:
	2001:db8:1::/64 [5] (1)
	2001:db8:1::/48
	::/0 (16)",
            ),
            ],
        );
    }

    /// RX (AFS, UDP 7000-7009): packet types, acks with their reasons and
    /// cut ack arrays, sequence numbers with -v, connection ids and flags
    /// with -vv (expected text from tcpdump 4.99.3).
    #[test]
    fn rx() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60dbef0042df787aa6540dd7e11b1b374cb75600000002fd5e5ee305d6000300005dfe873cc900035eee956d1125cbc03beb3bb10a6ffffebdc5e0689d7108f454",
                    "IP 192.0.2.1.7008 > 192.0.2.7.56303:  rx ackall (58)",
                ),
                (
                    "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60d9380042a30a1ff7f212cf014130ed8dbab60000000105013278014f00030000527bba57667c262faa0978ddd13c13c73235acf8cde4a8c1f3c3e594fdba121f",
                    "IP 192.0.2.1.7008 > 192.0.2.7.55608:  rx data (58)",
                ),
                (
                    "020000000002020000000001080045000056000100004011f68dc0000201c0000207ec711b5a0042dcc9e3371d01892bb30368dba816000000014abfadfd02ae00020000e7136251fe7c624406d51728b7b7fefb7e0003118c99bf8538929b518efa9f1c",
                    "IP 192.0.2.1.60529 > 192.0.2.7.7002:  rx ack first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5ddb160035261a2b2f6d0a10ce0a84ec523b8100000001d04e5ef4049c00010000db8028ae09ad85e6a8f53d68eafd29f6bd9703",
                    "IP 192.0.2.1.7005 > 192.0.2.7.56086:  rx abort (45)",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5afbb70035de8f707198b5ce26f256684f8cd300000001c61f665b0253000300001d670dda42a84a086b3f2b6411de56a5e625fb",
                    "IP 192.0.2.1.7002 > 192.0.2.7.64439:  rx ack [|ack] (45)",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c0000207f8821b5a0035e8b3868f8b23e95478a4ba861635f578ff927aa41c0e0347000000006c97cb27e15e99c56d7c94e7d97a4e23889646",
                    "IP 192.0.2.1.63618 > 192.0.2.7.7002:  rx busy (45)",
                ),
                (
                    "020000000002020000000001080045000074000100004011f66fc0000201c0000207f7521b5a00603cb7537fdadba4d3efdf3ff0a04343b118bcda07d6040d0c0003000083af67c0f5cfe72322241865182f06a472c92412de1ea748204d89f153657ee3389f2a2e2fdb6033b5be8cc10b9ab581dfbec60ecaed026376dd1065c391",
                    "IP 192.0.2.1.63314 > 192.0.2.7.7002:  rx version (88)",
                ),
                (
                    "020000000002020000000001080045000056000100004011f68dc0000201c00002071b59a5fd004223c627fafc264f3598ffb9e483c400000002e697d6780d1500020000fae9198b990f8298bc52f7844f4ab39f86c28f30109dd053fa335a1051a8fe6b",
                    "IP 192.0.2.1.7001 > 192.0.2.7.42493:  rx version (58)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079f711b5b0024c486b4a57fc67150a43e788b9940ae0d8acb84760e92070a00030000cd93",
                    "IP 192.0.2.1.40817 > 192.0.2.7.7003:  rx response (28)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207d9a71b58002ee9fb96e369bfd13a52ec6792bd8f468c90a4b94850a2017e00030000e9776662537c3aa1eaf6a715",
                    "IP 192.0.2.1.55719 > 192.0.2.7.7000:  rx data (38)",
                ),
                (
                    "02000000000202000000000108004500004a000100004011f699c0000201c0000207f7f31b5e003601bfa0767720a1f1eb6dc22ebdc9000000029e98c4420d6e000200007d98ea7f624e9d61d386f6b6fde8012950334fe0",
                    "IP 192.0.2.1.63475 > 192.0.2.7.7006:  rx version (46)",
                ),
                (
                    "020000000002020000000001080045000074000100004011f66fc0000201c0000207e67e1b6000603d57be0b0277be339f36765c806d00000002fba660bb029a0000000055376e34ad555fa494ae304214f30752834102d8f727e6ae81333d99b047b76128f06477666f759daa47ab2caa629f451930f9f5370859cfa1efdfb45e04",
                    "IP 192.0.2.1.59006 > 192.0.2.7.7008:  rx ack first 1604621486 serial 122848065 reason duplicate packet [|ack] (88)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002071b5fdfa60024fb9412b0e90c1497cdf56f8fc2d0a8a171c4e65136b5ef09000100004de0",
                    "IP 192.0.2.1.7007 > 192.0.2.7.57254:  rx type 239 (28)",
                ),
                (
                    "020000000002020000000001080045000074000100004011f66fc0000201c00002071b58c0080060b1b42749e1d65a667be849b892b2000000024c48f25d06ad00000000245c112f8319add4305c455a0f2909957e46aecaa76628081a3bee5b89406832b031baf4866c1453d33836800aba5a9b88a2a0a42c05b55e7e7a29ddd971",
                    "IP 192.0.2.1.7000 > 192.0.2.7.49160:  rx challenge (88)",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5bb9380035ac1c63e099cd35cc5a4af11c04b50000000276cc484709390002000005c12c9d439b06c160a5bf292eeef98980e169",
                    "IP 192.0.2.1.7003 > 192.0.2.7.47416:  rx params (45)",
                ),
                (
                    "020000000002020000000001080045000056000100004011f68dc0000201c00002071b5abaf900427428e8ff4e141533801e3d682dfe0000000267d3b4da92e600010000b42aabd0dd5c9221fe06e96cf494c106fbaabd35bd1b36ed88855ee5fd834b1f",
                    "IP 192.0.2.1.7002 > 192.0.2.7.47865:  rx type 146 (58)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207e7501b5d002ed210a69970ef3652afbf40c17104000000012f344f46edfd00030000c18e7d7a430a89db753409ca",
                    "IP 192.0.2.1.59216 > 192.0.2.7.7005:  rx type 237 (38)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002071b61c2370024053efe533da228945a6e607abeb500000001246d78210d470003000010c4",
                    "IP 192.0.2.1.7009 > 192.0.2.7.49719:  rx version (28)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207eeef1b5c002e9125986b4dd7d90266aa554c330600000001e3fe375cea3f000000009dafa22125c0d4ef431aae9d",
                    "IP 192.0.2.1.61167 > 192.0.2.7.7004:  rx type 234 (38)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207ae4d1b5b002476c57ec6ec5737c5ef28083bbb3bc56c422aafb86ed902fe00020000bc82",
                    "IP 192.0.2.1.44621 > 192.0.2.7.7003:  rx ack [|ack] (28)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c00002071b5ab88a002e55320372f698cc91a7154567a64d0000000153b23e4804fa000200009939f60c742f3326029f28d8",
                    "IP 192.0.2.1.7002 > 192.0.2.7.47242:  rx abort (38)",
                ),
                (
                    "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5afcb100358a98b83eaf444305869787d778a300000002d331c13828830001000094065ea97da74363eacd4b0d1d4995177c53d2",
                    "IP 192.0.2.1.7002 > 192.0.2.7.64689:  rx type 40 (45)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c00002071b5fbc15002edf416cee8cfa80b4d328334385730000000129a85b1a055f000000006f712adef65603aac63bd9a6",
                    "IP 192.0.2.1.7007 > 192.0.2.7.48149:  rx ackall (38)",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207a3ba1b59002eb0a0e62473f9d4f59cd02e7d7cfdb37e744cb10bde43028f00020000f5d2545ee4e7d8a62549adc0",
                    "IP 192.0.2.1.41914 > 192.0.2.7.7001:  rx ack [|ack] (38)",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60dbef0042df787aa6540dd7e11b1b374cb75600000002fd5e5ee305d6000300005dfe873cc900035eee956d1125cbc03beb3bb10a6ffffebdc5e0689d7108f454",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.56303:  rx ackall seq 2 ser 4250820323 (58)",
            ),
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60d9380042a30a1ff7f212cf014130ed8dbab60000000105013278014f00030000527bba57667c262faa0978ddd13c13c73235acf8cde4a8c1f3c3e594fdba121f",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.55608:  rx data seq 1 ser 83964536 (58)",
            ),
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c0000207ec711b5a0042dcc9e3371d01892bb30368dba816000000014abfadfd02ae00020000e7136251fe7c624406d51728b7b7fefb7e0003118c99bf8538929b518efa9f1c",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.60529 > 192.0.2.7.7002:  rx ack seq 1 ser 1254075901 first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
            ),
            (
                "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5ddb160035261a2b2f6d0a10ce0a84ec523b8100000001d04e5ef4049c00010000db8028ae09ad85e6a8f53d68eafd29f6bd9703",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7005 > 192.0.2.7.56086:  rx abort seq 1 ser 3494797044 (45)",
            ),
            (
                "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5afbb70035de8f707198b5ce26f256684f8cd300000001c61f665b0253000300001d670dda42a84a086b3f2b6411de56a5e625fb",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7002 > 192.0.2.7.64439:  rx ack seq 1 ser 3323946587 [|ack] (45)",
            ),
            (
                "020000000002020000000001080045000049000100004011f69ac0000201c0000207f8821b5a0035e8b3868f8b23e95478a4ba861635f578ff927aa41c0e0347000000006c97cb27e15e99c56d7c94e7d97a4e23889646",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.63618 > 192.0.2.7.7002:  rx busy seq 4118347666 ser 2057575438 (45)",
            ),
            (
                "020000000002020000000001080045000074000100004011f66fc0000201c0000207f7521b5a00603cb7537fdadba4d3efdf3ff0a04343b118bcda07d6040d0c0003000083af67c0f5cfe72322241865182f06a472c92412de1ea748204d89f153657ee3389f2a2e2fdb6033b5be8cc10b9ab581dfbec60ecaed026376dd1065c391",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)
    192.0.2.1.63314 > 192.0.2.7.7002:  rx version seq 1135679676 ser 3657946628 (88)",
            ),
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c00002071b59a5fd004223c627fafc264f3598ffb9e483c400000002e697d6780d1500020000fae9198b990f8298bc52f7844f4ab39f86c28f30109dd053fa335a1051a8fe6b",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7001 > 192.0.2.7.42493:  rx version seq 2 ser 3868710520 (58)",
            ),
            ],
        );
        golden(
            numeric(2),
            &[
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60dbef0042df787aa6540dd7e11b1b374cb75600000002fd5e5ee305d6000300005dfe873cc900035eee956d1125cbc03beb3bb10a6ffffebdc5e0689d7108f454",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.56303: [udp sum ok]  rx ackall cid d7e11b1b call# 927774550 seq 2 ser 4250820323 <req-ack>,<last-pckt>,<free-pckt> (58)",
            ),
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c00002071b60d9380042a30a1ff7f212cf014130ed8dbab60000000105013278014f00030000527bba57667c262faa0978ddd13c13c73235acf8cde4a8c1f3c3e594fdba121f",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.55608: [udp sum ok]  rx data cid cf014130 call# 3985488566 seq 1 ser 83964536 <client-init>,<req-ack>,<last-pckt>,<more-pckts> (58)",
            ),
            (
                "020000000002020000000001080045000056000100004011f68dc0000201c0000207ec711b5a0042dcc9e3371d01892bb30368dba816000000014abfadfd02ae00020000e7136251fe7c624406d51728b7b7fefb7e0003118c99bf8538929b518efa9f1c",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.60529 > 192.0.2.7.7002: [udp sum ok]  rx ack cid 892bb303 call# 1759225878 seq 1 ser 1254075901 <req-ack>,<last-pckt>,<more-pckts>,<slow-start> first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
            ),
            (
                "020000000002020000000001080045000049000100004011f69ac0000201c00002071b5ddb160035261a2b2f6d0a10ce0a84ec523b8100000001d04e5ef4049c00010000db8028ae09ad85e6a8f53d68eafd29f6bd9703",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7005 > 192.0.2.7.56086: [udp sum ok]  rx abort cid 10ce0a84 call# 3964812161 seq 1 ser 3494797044 <last-pckt>,<more-pckts>,<free-pckt> (45)",
            ),
            (
                "020000000002020000000001080045000049000100004011f69ac0000201c0000207f8821b5a0035e8b3868f8b23e95478a4ba861635f578ff927aa41c0e0347000000006c97cb27e15e99c56d7c94e7d97a4e23889646",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.63618 > 192.0.2.7.7002: [udp sum ok]  rx busy cid e95478a4 call# 3129349685 seq 4118347666 ser 2057575438 <client-init>,<req-ack>,<last-pckt> (45)",
            ),
            (
                "020000000002020000000001080045000074000100004011f66fc0000201c0000207f7521b5a00603cb7537fdadba4d3efdf3ff0a04343b118bcda07d6040d0c0003000083af67c0f5cfe72322241865182f06a472c92412de1ea748204d89f153657ee3389f2a2e2fdb6033b5be8cc10b9ab581dfbec60ecaed026376dd1065c391",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)
    192.0.2.1.63314 > 192.0.2.7.7002: [udp sum ok]  rx version cid a4d3efdf call# 1072734275 seq 1135679676 ser 3657946628 <last-pckt>,<more-pckts> (88)",
            ),
            ],
        );
    }

    /// LISP control messages: types, Map-Register and Map-Notify records,
    /// locators, xTR/site ids, trailing data, cut and invalid messages
    /// (expected text from tcpdump 4.99.3 -n and -n -v); Babel headers.
    #[test]
    fn lisp_and_babel() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500005c000100004011f687c0000201c000020710f610f60048d65b30000101000102030405060700010014aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000005a00118100000050001c00002090164ff0000050001c0000209",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/24, 1 locator(s) LOC 192.0.2.9",
                ),
                (
                    "02000000000202000000000108004500007c000100004011f667c0000201c000020710f610f60068e394400001020001020304050607000200000000003c024040000001000220010db8000000000000000000000009010101010001000220010db80000000000000000000000090202020200020001c00002090000003c0020000000000001c0000209",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 2 record(s),
 EID 2001:db8::9/64, 2 locator(s) LOC 2001:db8::9 LOC 192.0.2.9
 EID 192.0.2.9/32, 0 locator(s)",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040d3c332000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032445732000101000102030405060700000000000000010008000000000001c000020900010203040506070809",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s) (invalid)",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040bdc348000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 1 record(s),
 EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb930000100000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 0 record(s), (invalid)",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb830000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c000020710f610f60030576930000101000102030405060700000000000000010108000000000001c00002090101010100000009",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 192.0.2.9/8, 1 locator(s)",
                ),
                (
                    "02000000000202000000000108004500004d000100004011f696c0000201c000020710f610f600395a6930000102000102030405060700000000000000010108000000000001c00002090101010100000001c00002096578747261",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 2 record(s),
 EID 192.0.2.9/8, 1 locator(s) LOC 192.0.2.9 [|lisp]",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c000020710f610f600201b9f300001010001020304050607000000000000000101080000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s), [|lisp]",
                ),
                (
                    "02000000000202000000000108004500002f000100004011f6b4c0000201c000020710f610f6001b18aa30000101000102030405060700030003010203",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),",
                ),
                (
                    "020000000002020000000001080045000060000100004011f683c0000201c000020710f610f6004cafb43f000101000102030405060700000000000000010108ff00ffff000220010db8000000000000000000000009010101010007000220010db8000000000000000000000009",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, 1 record(s),
 EID 2001:db8::9/8, 1 locator(s) LOC 2001:db8::9 (invalid)",
                ),
                (
                    "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032876540000101000102030405060700070000000000010108000000000001c00002090101010100000001c000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, 1 record(s),
 EID 192.0.2.9/8, 1 locator(s) [|lisp]",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600183cb810000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Request,",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f60018ccb780000101000102030405060700000000",
                    "IP 192.0.2.1.4342 > 192.0.2.7.4342: LISP-Encapsulated-Contol-Message,",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c00002071a28b1e10008afcb",
                    "IP 192.0.2.1.6696 > 192.0.2.7.45537: babel [|babel]",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28e64b000cfec62a025290",
                    "IP 192.0.2.1.6696 > 192.0.2.7.58955: babel 2 (21136) (invalid)",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28d1ce000c1bd62a0149ff",
                    "IP 192.0.2.1.6696 > 192.0.2.7.53710: babel 1 unknown version",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c00002071a28a618000cde4b2902b43e",
                    "IP 192.0.2.1.6696 > 192.0.2.7.42520: babel invalid header",
                ),
            ],
        );
        golden(
            numeric(1),
            &[
            (
                "02000000000202000000000108004500005c000100004011f687c0000201c000020710f610f60048d65b30000101000102030405060700010014aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa000005a00118100000050001c00002090164ff0000050001c0000209",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    1 record(s), Authentication SHA1,
    Authentication-Data: 0x0000:  aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa
    Authentication-Data: 0x0010:  aaaa aaaa
      Record TTL 1440, Authoritative, No-Action, Map Version: 5, EID 192.0.2.9/24, 1 locator(s)
        LOC 192.0.2.9
          Priority/Weight 1/100, Multicast Priority/Weight 255/0, flags [Local-Locator, Reachable],",
            ),
            (
                "02000000000202000000000108004500007c000100004011f667c0000201c000020710f610f60068e394400001020001020304050607000200000000003c024040000001000220010db8000000000000000000000009010101010001000220010db80000000000000000000000090202020200020001c00002090000003c0020000000000001c0000209",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 124)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [none],
    2 record(s), Authentication SHA256,
      Record TTL 60, Non-Authoritative, Send-Map-Request, Map Version: 1, EID 2001:db8::9/64, 2 locator(s)
        LOC 2001:db8::9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [Reachable],
        LOC 192.0.2.9
          Priority/Weight 2/2, Multicast Priority/Weight 2/2, flags [RLoc-Probed],
      Record TTL 60, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/32, 0 locator(s)",
            ),
            (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040d3c332000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
            ),
            (
                "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032445732000101000102030405060700000000000000010008000000000001c000020900010203040506070809",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s) (invalid)",
            ),
            (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020710f610f60040bdc348000101000102030405060700000000000000010008000000000001c0000209000102030405060708090a0b0c0d0e0f1011121314151617",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [I-xTR-ID-Present],
    1 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 0 locator(s)
    xTR-ID: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f
    SITE-ID: 1157726452361532951",
            ),
            (
                "02000000000202000000000108004500002c000100004011f6b7c0000201c000020710f610f600181cb930000100000102030405060700000000",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    0 record(s), Authentication None, (invalid)",
            ),
            (
                "02000000000202000000000108004500004d000100004011f696c0000201c000020710f610f600395a6930000102000102030405060700000000000000010108000000000001c00002090101010100000001c00002096578747261",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 77)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [M-Want-Map-Notify],
    2 record(s), Authentication None,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 1 locator(s)
        LOC 192.0.2.9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [none], [|lisp]",
            ),
            (
                "020000000002020000000001080045000060000100004011f683c0000201c000020710f610f6004cafb43f000101000102030405060700000000000000010108ff00ffff000220010db8000000000000000000000009010101010007000220010db8000000000000000000000009",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Register, flags [P-Proxy-Map-Reply, S-LISP-SEC-Capable, I-xTR-ID-Present, R-Build-For-RTR, M-Want-Map-Notify],
    1 record(s), Authentication None,
      Record TTL 1, Authoritative, unknown, Map Version: 4095, EID 2001:db8::9/8, 1 locator(s)
        LOC 2001:db8::9
          Priority/Weight 1/1, Multicast Priority/Weight 1/1, flags [Local-Locator, RLoc-Probed, Reachable], (invalid)",
            ),
            (
                "020000000002020000000001080045000046000100004011f69dc0000201c000020710f610f60032876540000101000102030405060700070000000000010108000000000001c00002090101010100000001c000",
                "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)
    192.0.2.1.4342 > 192.0.2.7.4342: LISP-Map-Notify, flags [none],
    1 record(s), Authentication unknown-type,
      Record TTL 1, Non-Authoritative, No-Action, Map Version: 0, EID 192.0.2.9/8, 1 locator(s)
        [|lisp]",
            ),
            ],
        );
    }

    /// Cisco Auto-RP (UDP 496): message types, hold times, RPs with their
    /// PIM versions and group entries, cut messages (expected text from
    /// tcpdump 4.99.3 -n).
    #[test]
    fn autorp() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c000020701f001f00022cef1110100b400000000c000020103020004e00000000310ef010000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp candidate-advert Hold 3m RP 192.0.2.1 PIMv1+2 224.0.0.0/4,!239.1.0.0/16 bidir",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c000020701f001f00022f6b01202000000000000c00002010100c000020202010008e8000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp mapping Hold FOREVER RP 192.0.2.1 PIMv1 RP 192.0.2.2 PIMv2 232.0.0.0/8",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c000020701f001f0001065da1201000a00000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp mapping Hold 10s [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000020000100004011f6c3c0000201c000020701f001f0000c65e21201000a",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c000020701f001f0001065e51100010000000000",
                    "IP 192.0.2.1.496 > 192.0.2.7.496:  auto-rp candidate-advert Hold 4m16s",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207b7e101f0002249e512015502000000008d4662da040170f227fc4c0283031ec89608",
                    "IP 192.0.2.1.47073 > 192.0.2.7.496:  auto-rp mapping Hold 6h2m42s RP 141.70.98.218 PIMv? [rsvd=0x04] 39.252.76.2/242[rsvd=0x70]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207aea101f00010a6312502000000000000",
                    "IP 192.0.2.1.44705 > 192.0.2.7.496:  auto-rp type-0x25 Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207a39801f00010c53a1102000000000000",
                    "IP 192.0.2.1.41880 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c0000207bc1a01f00040a63e120100000000000005a9a87eca0115221375cd030e00a776522d4704b70ab8dcaedfdac037012b1a99d919f67b0e6f5cbb75d21c15f7ab46",
                    "IP 192.0.2.1.48154 > 192.0.2.7.496:  auto-rp mapping Hold FOREVER RP 5.169.168.126 PIMv2 [rsvd=0xc8] !19.117.205.3/34[rsvd=0x14]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207a56e01f00022afac1202c27600000000bb14368d5401392e78aa7b004f1f541f3a62",
                    "IP 192.0.2.1.42350 > 192.0.2.7.496:  auto-rp mapping Hold 13h49m42s RP 187.20.54.141 PIMv? [rsvd=0x54] !120.170.123.0/46[rsvd=0x38] RP 79.31.84.31 PIMv2 [rsvd=0x38] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c0000207a33301f0002eee1615026da000000000482642dac201deb4479fd502fb0f18807898e10e7b2ee77995043f7e78f0",
                    "IP 192.0.2.1.41779 > 192.0.2.7.496:  auto-rp type-0x15 Hold 7h47m44s RP 72.38.66.218 PIMv2 [rsvd=0xc0] 71.159.213.2/180 bidir[rsvd=0xdc] RP 251.15.24.128 PIMv? [rsvd=0x78] !123.46.231.121/14[rsvd=0xe0],!63.126.120.240/4[rsvd=0x94] [|cisco_autorp]",
                ),
                (
                    "02000000000202000000000108004500002d000100004011f6b6c0000201c0000207bbc501f00019ca160d01d33900000000eb5d942cda00542066",
                    "IP 192.0.2.1.48069 > 192.0.2.7.496:  auto-rp type-0x0d Hold 15h1m13s RP 235.93.148.44 PIMv2 [rsvd=0xd8]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207e1f301f000224e06c50116ab000000007d10918914015c117c16c1a8e001b64f1b4d",
                    "IP 192.0.2.1.57843 > 192.0.2.7.496:  auto-rp type-0xc5 Hold 1h36m43s RP 125.16.145.137 PIMv? [rsvd=0x14] 124.22.193.168/17[rsvd=0x5c]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207ce0f01f0001008c2a303000000000000",
                    "IP 192.0.2.1.52751 > 192.0.2.7.496:  auto-rp type-0xa3 Hold FOREVER [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207df9801f00022e0391103589100000000ea1610d70702a014d604310dd807e504ea26",
                    "IP 192.0.2.1.57240 > 192.0.2.7.496:  auto-rp candidate-advert Hold 6h17m53s RP 234.22.16.215 PIMv1+2 [rsvd=0x04] 214.4.49.13/20[rsvd=0xa0],229.4.234.38/7[rsvd=0xd8] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c0000207d8b201f0002c9bc51201f1db00000000a840abaf8b010d11850d31d4aa5248488002920511d843fe9c0967e0",
                    "IP 192.0.2.1.55474 > 192.0.2.7.496:  auto-rp mapping Hold 17h11m55s RP 168.64.171.175 PIMv1+2 [rsvd=0x88] !133.13.49.212/17[rsvd=0x0c]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207a7fd01f00010eaa11800cf3500000000",
                    "IP 192.0.2.1.43005 > 192.0.2.7.496:  auto-rp type-0x18 Hold 14h44m5s",
                ),
                (
                    "020000000002020000000001080045000054000100004011f68fc0000201c0000207a6a201f000408e3b1102e77d0000000045e508272c03b51e335ebcf42c2028afb14a690bf1fca245cc457c7e2d015201d4a91416cde544efa6014110252b5995",
                    "IP 192.0.2.1.42658 > 192.0.2.7.496:  auto-rp candidate-advert Hold 16h27m41s RP 69.229.8.39 PIMv? [rsvd=0x2c] !51.94.188.244/30[rsvd=0xb4],40.175.177.74/32[rsvd=0x2c],!241.252.162.69/11[rsvd=0x68] RP 204.69.124.126 PIMv1 [rsvd=0x2c] 212.169.20.22/1 bidir[rsvd=0x50]",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207caf001f000109de41100000000000000",
                    "IP 192.0.2.1.51952 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c0000207dbe301f0001ce74b1101000000000000bf112fb7ea01801e374a1559",
                    "IP 192.0.2.1.56291 > 192.0.2.7.496:  auto-rp candidate-advert Hold FOREVER RP 191.17.47.183 PIMv2 [rsvd=0xe8] 55.74.21.89/30[rsvd=0x80]",
                ),
                (
                    "020000000002020000000001080045000048000100004011f69bc0000201c0000207b99d01f00034a15b1203b1730000000025f01805e401dd1e75dc27f2f7143b1658151c8a4a4985016d0083a2e69eec1bec1198b3",
                    "IP 192.0.2.1.47517 > 192.0.2.7.496:  auto-rp mapping Hold 12h37m7s RP 37.240.24.5 PIMv? [rsvd=0xe4] !117.220.39.242/30[rsvd=0xdc] RP 247.20.59.22 PIMv? [rsvd=0x58] 74.73.133.1/138[rsvd=0x1c],!131.162.230.158/0[rsvd=0x6c],236.17.152.179/27[rsvd=0xec] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c0000207c16501f0001c830432034f30000000008cf31804e101d115f6d3663c",
                    "IP 192.0.2.1.49509 > 192.0.2.7.496:  auto-rp type-0x32 Hold 5h37m52s RP 140.243.24.4 PIMv1 [rsvd=0xe0] !246.211.102.60/21[rsvd=0xd0] [|cisco_autorp]",
                ),
                (
                    "020000000002020000000001080045000036000100004011f6adc0000201c0000207ae0701f0002254d21200dde800000000e5582fd85700cd03de780c8af01a47f02aab",
                    "IP 192.0.2.1.44551 > 192.0.2.7.496:  auto-rp mapping Hold 15h46m48s",
                ),
                (
                    "020000000002020000000001080045000024000100004011f6bfc0000201c0000207af3001f000103ea7120079fd00000000",
                    "IP 192.0.2.1.44848 > 192.0.2.7.496:  auto-rp mapping Hold 8h40m29s",
                ),
                (
                    "020000000002020000000001080045000021000100004011f6c2c0000201c0000207ad2501f0000dbbb51100000000",
                    "IP 192.0.2.1.44325 > 192.0.2.7.496:  [|cisco_autorp]",
                ),
            ],
        );
    }
}
