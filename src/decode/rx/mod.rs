//! AFS RX on UDP 7000-7009 (print-rx.c): the RX header, acks, and the
//! calls and replies of its services (file, callback, protection,
//! volume location, authentication, volume, basic overseer and the Ubik
//! calls of the database services), one file
//! per service. A reply is printed with the opcode of the call it
//! answers, remembered in the printer's state.

mod bos;
mod cb;
mod fields;
mod fs;
mod kauth;
mod pt;
mod ubik;
mod vldb;
mod vol;

use super::ctx::{Ctx, Net, Res, be16, be32, bytes, tcheck};
use super::out::Emit;
use super::ports::Seg;
use super::state::RxCall;
use fields::{Args, finish};

/// The decoded services on their well-known ports (FS_RX_PORT...).
const SERVICES: [(u16, &Service); 7] = [
    (7000, &fs::SERVICE),
    (7001, &cb::SERVICE),
    (7002, &pt::SERVICE),
    (7003, &vldb::SERVICE),
    (7004, &kauth::SERVICE),
    (7005, &vol::SERVICE),
    (7007, &bos::SERVICE),
];

/// rx_print (AFS): the packet type, sequence numbers and flags with -v,
/// a call or reply of a decoded service, or the ack packet.
pub(crate) fn rx(c: &mut Ctx, b: &[u8], length: usize, seg: &Seg) -> Res {
    c.proto = "rx";
    if b.len() < 28 {
        c.s_dec(" [|rx] (", length as u64);
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
            c.s_dec("type ", typ);
        }
    }
    let v = c.o.verbose;
    if v > 0 {
        if v > 1 {
            c.s(" cid ");
            c.out.hex0(u64::from(be32(b, 4)?), 8);
            c.s(" call# ");
            c.dec(be32(b, 8)?);
        }
        c.s(" seq ");
        c.dec(be32(b, 12)?);
        c.s(" ser ");
        c.dec(be32(b, 16)?);
        if v > 2 {
            c.s_dec(" secindex ", b[23]);
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
    let seq = be32(b, 12)?;
    let call = typ == 1 && seq == 1 && flags & 1 != 0;
    let reply = ((typ == 1 && seq == 1) || typ == 4) && flags & 1 == 0;
    if call {
        let key = call_key(b, seg.net, seg.dport)?;
        if let Ok(opcode) = be32(b, 28) {
            c.rx.insert(RxCall { opcode, ..key });
        }
        service_call(c, b, length, seg.dport)?;
    } else if let Some(opcode) = reply
        .then(|| call_key(b, seg.net, seg.sport))
        .transpose()?
        .and_then(|key| c.rx.find(&reply_key(key)))
    {
        service_reply(c, b, length, seg.sport, opcode, typ == 1)?;
    } else if typ == 2 && length >= 28 && ack(c, &b[28..]).is_err() {
        c.s(" [|ack]");
    }
    c.s_dec(" (", length as u64);
    c.s(")");
    Ok(())
}

/// The cache entry of a call from the packet's source to its
/// destination on `port` (rx_cache_insert). tcpdump reads the addresses
/// through an IPv4 header whatever the version, so an IPv6 packet's are
/// bytes 12-19 of its header.
fn call_key(b: &[u8], net: &Net, port: u16) -> Res<RxCall> {
    let four = |a: &[u8], at: usize| -> [u8; 4] {
        let mut v = [0; 4];
        if let Some(s) = a.get(at..at + 4) {
            v.copy_from_slice(s);
        }
        v
    };
    let (client, server) = if net.v6 {
        (four(net.src, 4), four(net.src, 8))
    } else {
        (four(net.src, 0), four(net.dst, 0))
    };
    Ok(RxCall {
        callnum: be32(b, 8)?,
        client,
        server,
        dport: port,
        service: be16(b, 26)?,
        opcode: 0,
    })
}

/// A reply travels from server to client: the call it answers has the
/// addresses the other way round.
fn reply_key(key: RxCall) -> RxCall {
    RxCall {
        client: key.server,
        server: key.client,
        ..key
    }
}

/// A decoded service: its name, opcode names, whether its opcodes
/// include Ubik's (the database services), the decoders of a call's
/// arguments and of a data reply, and the shortest packet whose reply
/// it prints.
pub(super) struct Service {
    name: &'static str,
    opcodes: &'static [(u32, &'static str)],
    ubik: bool,
    call: Decoder,
    reply: Decoder,
    reply_min: usize,
    /// Names for an abort's code, printed as " error NAME" (the file
    /// service) rather than " errcode N".
    errors: Option<&'static [(u32, &'static str)]>,
}

impl Service {
    /// A service without Ubik calls or named errors, whose replies are
    /// printed from 29 bytes on (most of them).
    const fn new(
        name: &'static str,
        opcodes: &'static [(u32, &'static str)],
        call: Decoder,
        reply: Decoder,
    ) -> Service {
        Service {
            name,
            opcodes,
            ubik: false,
            call,
            reply,
            reply_min: 29,
            errors: None,
        }
    }
}

/// The decoder of a call's arguments or a data reply, by opcode.
type Decoder = fn(&mut Ctx, &mut Args, u32) -> fields::Out;

/// bos_reply_print and kauth_reply_print print nothing of a data reply.
fn no_reply(_: &mut Ctx, _: &mut Args, _: u32) -> fields::Out {
    Ok(())
}

/// The service on a well-known port.
fn service(port: u16) -> Option<&'static Service> {
    SERVICES
        .iter()
        .find(|&&(p, _)| p == port)
        .map(|&(_, svc)| svc)
}

/// A call to a decoded service on `port` (fs_print, cb_print...):
/// " SERVICE call NAME" and its arguments, or the Ubik call.
fn service_call(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    let Some(svc) = service(port) else {
        return Ok(());
    };
    if length <= 28 {
        return Ok(());
    }
    let opcode = be32(b, 28)?;
    let mut a = Args { b, at: 32 };
    c.s(" ");
    c.s(svc.name);
    if svc.ubik && ubik::is_ubik(opcode) {
        let r = ubik::call(c, &mut a, opcode);
        return finish(c, r, "ubik");
    }
    c.s(" call ");
    op_name(c, svc.opcodes, opcode);
    let r = (svc.call)(c, &mut a, opcode);
    finish(c, r, svc.name)
}

/// A reply (data or abort) from a decoded service on `port` to a call
/// of `opcode`: " SERVICE reply NAME", then a data reply's result or an
/// abort's error code.
fn service_reply(c: &mut Ctx, b: &[u8], length: usize, port: u16, opcode: u32, data: bool) -> Res {
    let Some(svc) = service(port) else {
        return Ok(());
    };
    if length < svc.reply_min {
        return Ok(());
    }
    let mut a = Args { b, at: 28 };
    c.s(" ");
    c.s(svc.name);
    if svc.ubik && ubik::is_ubik(opcode) {
        let r = ubik::reply(c, &mut a, opcode, data);
        return finish(c, r, "ubik");
    }
    c.s(" reply ");
    op_name(c, svc.opcodes, opcode);
    let r = match (data, svc.errors) {
        (true, _) => (svc.reply)(c, &mut a, opcode),
        (false, None) => a.ints(c, &[" errcode"]),
        (false, Some(names)) => a.u32().map(|code| {
            c.s(" error ");
            match names.iter().find(|&&(k, _)| k == code) {
                Some(&(_, name)) => c.s(name),
                None => {
                    c.s("#");
                    if (code as i32) < 0 {
                        c.s("-");
                    }
                    c.dec((code as i32).unsigned_abs());
                }
            }
        }),
    };
    finish(c, r, svc.name)
}

/// tcpdump's tok2str over a service's opcode names: the name, or
/// "op#N".
fn op_name(c: &mut Ctx, names: &[(u32, &str)], opcode: u32) {
    match names.iter().find(|&&(k, _)| k == opcode) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s_dec("op#", opcode);
        }
    }
}

/// rx_ack_print: the ack packet `a` (after the RX header); Err where
/// tcpdump's ND_TCHECK ends it with " [|ack]".
fn ack(c: &mut Ctx, a: &[u8]) -> Res {
    tcheck(a, 0, 18)?;
    if c.o.verbose > 2 {
        c.s(" bufspace ");
        c.dec(be16(a, 0)?);
        c.s(" maxskew ");
        c.dec(be16(a, 2)?);
    }
    let first = be32(a, 4)?;
    c.s_dec(" first ", first);
    c.s(" serial ");
    c.dec(be32(a, 12)?);
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
            c.s_dec("#", r);
        }
    }
    let n = usize::from(a[17]);
    let mut at = 18;
    if n != 0 {
        let acks = bytes(a, at, n)?;
        // Acked (1), then nacked (0), packets as ranges from `first`.
        for (kind, label) in [(1, " acked "), (0, " nacked ")] {
            ranges(c, acks, kind, first, label);
        }
        at += n;
    }
    // Three bytes of padding, then the optional fields of later AFS
    // versions, each printed only when all of it was captured.
    at += 3;
    if c.o.verbose > 1 {
        for label in [" ifmtu ", " maxmtu ", " rwind ", " maxpackets "] {
            let Ok(v) = be32(a, at) else {
                break;
            };
            c.s(label);
            c.dec(v);
            at += 4;
        }
    }
    Ok(())
}

/// The packets whose entry in `acks` is `kind`, numbered from `first`:
/// "LABEL a-b,c,d-e", consecutive packets collapsed into ranges.
fn ranges(c: &mut Ctx, acks: &[u8], kind: u8, first: u32, label: &str) {
    let number = |i: usize| first.wrapping_add(i as u32);
    let mut run: Option<(usize, usize)> = None;
    for (i, &entry) in acks.iter().enumerate() {
        if entry == kind {
            match run {
                None => {
                    c.s(label);
                    c.dec(number(i));
                    run = Some((i, i));
                }
                Some((_, last)) if last + 1 != i => {
                    c.s_dec(",", number(i));
                    run = Some((i, i));
                }
                Some((start, _)) => run = Some((start, i)),
            }
        } else if let Some((start, last)) = run
            && last + 1 == i
            && start != last
        {
            c.s_dec("-", number(last));
        }
    }
    if let Some((start, last)) = run
        && last + 1 == acks.len()
        && start != last
    {
        c.s_dec("-", number(last));
    }
}
