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
            c.out.hex0(u64::from(be32(b, 4)?), 8);
            c.s(" call# ");
            c.dec(be32(b, 8)?);
        }
        c.s(" seq ");
        c.dec(be32(b, 12)?);
        c.s(" ser ");
        c.dec(be32(b, 16)?);
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
    c.s(" (");
    c.dec(length as u64);
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
            c.s("op#");
            c.dec(opcode);
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
    c.s(" first ");
    c.dec(first);
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
            c.s("#");
            c.dec(r);
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
                    c.s(",");
                    c.dec(number(i));
                    run = Some((i, i));
                }
                Some((start, _)) => run = Some((start, i)),
            }
        } else if let Some((start, last)) = run
            && last + 1 == i
            && start != last
        {
            c.s("-");
            c.dec(number(last));
        }
    }
    if let Some((start, last)) = run
        && last + 1 == acks.len()
        && start != last
    {
        c.s("-");
        c.dec(number(last));
    }
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{
        golden, golden_levels, golden_link, golden_link_seq, golden_link_wire, numeric,
    };
    use crate::link::LinkType;

    /// RX (AFS, UDP 7000-7009): packet types, acks with their reasons and
    /// cut ack arrays, sequence numbers with -v, connection ids and flags
    /// with -vv (expected text from tcpdump 4.99.3).
    #[test]
    fn rx() {
        golden_levels(
            LinkType::Ethernet,
            &[
                ("020000000002020000000001080045000056000100004011f68dc0000201c00002071b60dbef0042df787aa6540dd7e11b1b374cb75600000002fd5e5ee305d6000300005dfe873cc900035eee956d1125cbc03beb3bb10a6ffffebdc5e0689d7108f454", 0),
                ("020000000002020000000001080045000056000100004011f68dc0000201c00002071b60d9380042a30a1ff7f212cf014130ed8dbab60000000105013278014f00030000527bba57667c262faa0978ddd13c13c73235acf8cde4a8c1f3c3e594fdba121f", 0),
                ("020000000002020000000001080045000056000100004011f68dc0000201c0000207ec711b5a0042dcc9e3371d01892bb30368dba816000000014abfadfd02ae00020000e7136251fe7c624406d51728b7b7fefb7e0003118c99bf8538929b518efa9f1c", 0),
                ("020000000002020000000001080045000049000100004011f69ac0000201c00002071b5ddb160035261a2b2f6d0a10ce0a84ec523b8100000001d04e5ef4049c00010000db8028ae09ad85e6a8f53d68eafd29f6bd9703", 0),
                ("020000000002020000000001080045000049000100004011f69ac0000201c0000207f8821b5a0035e8b3868f8b23e95478a4ba861635f578ff927aa41c0e0347000000006c97cb27e15e99c56d7c94e7d97a4e23889646", 0),
                ("020000000002020000000001080045000074000100004011f66fc0000201c0000207f7521b5a00603cb7537fdadba4d3efdf3ff0a04343b118bcda07d6040d0c0003000083af67c0f5cfe72322241865182f06a472c92412de1ea748204d89f153657ee3389f2a2e2fdb6033b5be8cc10b9ab581dfbec60ecaed026376dd1065c391", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.7008 > 192.0.2.7.56303:  rx ackall (58)",
                        "IP 192.0.2.1.7008 > 192.0.2.7.55608:  rx data (58)",
                        "IP 192.0.2.1.60529 > 192.0.2.7.7002:  rx ack first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
                        "IP 192.0.2.1.7005 > 192.0.2.7.56086:  rx abort (45)",
                        "IP 192.0.2.1.63618 > 192.0.2.7.7002:  rx busy (45)",
                        "IP 192.0.2.1.63314 > 192.0.2.7.7002:  rx version (88)",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.56303:  rx ackall seq 2 ser 4250820323 (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.55608:  rx data seq 1 ser 83964536 (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.60529 > 192.0.2.7.7002:  rx ack seq 1 ser 1254075901 first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7005 > 192.0.2.7.56086:  rx abort seq 1 ser 3494797044 (45)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.63618 > 192.0.2.7.7002:  rx busy seq 4118347666 ser 2057575438 (45)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)
    192.0.2.1.63314 > 192.0.2.7.7002:  rx version seq 1135679676 ser 3657946628 (88)",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.56303: [udp sum ok]  rx ackall cid d7e11b1b call# 927774550 seq 2 ser 4250820323 <req-ack>,<last-pckt>,<free-pckt> (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7008 > 192.0.2.7.55608: [udp sum ok]  rx data cid cf014130 call# 3985488566 seq 1 ser 83964536 <client-init>,<req-ack>,<last-pckt>,<more-pckts> (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.60529 > 192.0.2.7.7002: [udp sum ok]  rx ack cid 892bb303 call# 1759225878 seq 1 ser 1254075901 <req-ack>,<last-pckt>,<more-pckts>,<slow-start> first 1648625365 serial 4277894656 reason out of sequence [|ack] (58)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7005 > 192.0.2.7.56086: [udp sum ok]  rx abort cid 10ce0a84 call# 3964812161 seq 1 ser 3494797044 <last-pckt>,<more-pckts>,<free-pckt> (45)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.63618 > 192.0.2.7.7002: [udp sum ok]  rx busy cid e95478a4 call# 3129349685 seq 4118347666 ser 2057575438 <client-init>,<req-ack>,<last-pckt> (45)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)
    192.0.2.1.63314 > 192.0.2.7.7002: [udp sum ok]  rx version cid a4d3efdf call# 1072734275 seq 1135679676 ser 3657946628 <last-pckt>,<more-pckts> (88)",
                    ],
                ),
            ],
        );
        golden_levels(
            LinkType::Ethernet,
            &[
                ("020000000002020000000001080045000049000100004011f69ac0000201c00002071b5afbb70035de8f707198b5ce26f256684f8cd300000001c61f665b0253000300001d670dda42a84a086b3f2b6411de56a5e625fb", 0),
                ("020000000002020000000001080045000056000100004011f68dc0000201c00002071b59a5fd004223c627fafc264f3598ffb9e483c400000002e697d6780d1500020000fae9198b990f8298bc52f7844f4ab39f86c28f30109dd053fa335a1051a8fe6b", 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.7002 > 192.0.2.7.64439:  rx ack [|ack] (45)",
                        "IP 192.0.2.1.7001 > 192.0.2.7.42493:  rx version (58)",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)
    192.0.2.1.7002 > 192.0.2.7.64439:  rx ack seq 1 ser 3323946587 [|ack] (45)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)
    192.0.2.1.7001 > 192.0.2.7.42493:  rx version seq 2 ser 3868710520 (58)",
                    ],
                ),
            ],
        );
        golden(
            numeric(0),
            &[
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
    }

    /// Ack lists collapsed into acked and nacked ranges (also across the
    /// 32-bit wrap), an unknown reason, the optional MTU and window
    /// fields with -vv, buffer space and skew with -vvv, and acks cut in
    /// their header, their list and their optional fields (tcpdump 4.99.3
    /// on built packets).
    #[test]
    fn acks() {
        // Acked and nacked ranges with all the optional fields, whole and
        // cut; ranges across the 32-bit wrap; an unknown reason.
        const RANGES: &str = "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a4000013880000002000000008";
        golden_levels(
            LinkType::Ethernet,
            &[
                (RANGES, 0),
                ("020000000002020000000001080045000058000100004011f68bc0000201c00002071b591b58004400000000123400005678000000090000000000000005020000000000000100030007ffffffff000000000000002c0803000101000000000005a400001388", 0),
                ("02000000000202000000000108004500004a000100004011f699c0000201c00002071b591b5800360000000012340000567800000009000000000000000502000000000000010003000700000001000000000000002c2a00", 0),
            ],
            &[
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 (76)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 (60)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 1 serial 44 reason #42 (46)",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 rwind 32 maxpackets 8 (76)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 ifmtu 1444 maxmtu 5000 (60)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 1 serial 44 reason #42 (46)",
                    ],
                ),
                (
                    numeric(3),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 rwind 32 maxpackets 8 (76)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 ifmtu 1444 maxmtu 5000 (60)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 1 serial 44 reason #42 (46)",
                    ],
                ),
            ],
        );
        // Cut in the header, the list and the optional fields.
        golden_link(
            LinkType::Ethernet,
            numeric(2),
            &[
                (RANGES, 85, "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 [|ack] (76)"),
                (RANGES, 96, "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay [|ack] (76)"),
                (RANGES, 108, "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 (76)"),
                (RANGES, 113, "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 (76)"),
            ],
        );
    }

    /// AFS packets (hex, bytes captured (0: all), tcpdump's -n line)
    /// through one printer, so that replies find their calls.
    pub(super) fn afs_session(cases: &[(&str, usize, &str)]) {
        golden_link_seq(LinkType::Ethernet, numeric(0), cases);
    }

    /// Callback and protection calls and the replies matched to them
    /// through the call cache, from an AFS session (tcpdump 4.99.3 -n on
    /// afs.pcap from its suite, the packets through one printer).
    #[test]
    fn calls_and_replies() {
        afs_session(&[
            (
                "00505600201500e0f9cc1800080045000050e9db4000fe1169fc8397013b8397205b1b581b59003c7ff29705850ddfdcf3f80000048d00000001000009080105000000000001000000cc00000001200000ba000000010000000100000000",
                0,
                "IP 131.151.1.59.7000 > 131.151.32.91.7001:  rx data cb call callback fid 536871098/1/1 (52)",
            ),
            (
                "00505600201500e0f9cc180008004500003ca3b54000fe11b02b839701468397205b1b581b590028bc54bf2c5a97dfcde0840000029d00000001000005400105000000000001000000ce",
                0,
                "IP 131.151.1.70.7000 > 131.151.32.91.7001:  rx data cb call probe (32)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000140e275000040116eb9839720158397013b07071b5a012c49f784a8d28d2a0312a400000001000000010000000101050002cd130049000001f80000000100000075000000730000006500000072000000730000002e0000006e0000006e00000065000000750000006c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call name-to-id \"users.nneul\" (292)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000040cb9c4000fe1188918397013b839720151b5a0707002cd27284a8d28d2a0312a400000001000000010000000201040002cd1300490000000100007ffe",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply name-to-id ids: 32766 (36)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000040e278000040116fb6839720158397013b07071b5a002ca3cf84a8d28d2a0312a40000000300000001000000040105000279b80049000001f900000000",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call id-to-name ids: <none!> (36)",
            ),
            (
                "0060089fb1f300e0f9cc180008004500003ccb9e4000fe1188938397013b839720151b5a07070028a5d184a8d28d2a0312a40000000300000001000000040104000279b8004900000000",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply id-to-name <none!> (32)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000040e281000040116fad839720158397013b07071b5a002cdf0b9aef98133305a30800000004000000010000000501050002b248004900000200000016f7",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call list-entry id 5879 (36)",
            ),
            (
                "0060089fb1f300e0f9cc1800080045000168cba34000fe1187628397013b839720151b5a07070154c8bc9aef98133305a30800000004000000010000000501040002b248004900000080000016f7ffffff34000013f900000011000000140000000b00000000000000000000000000000000000000000000006e0000006e00000065000000750000006c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply list-entry (332)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000048e282000040116fa4839720158397013b07071b5a00348d5a9aef98133305a3080000000500000001000000060105000207b60049000001f900000002ffffff34000013f9",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call id-to-name ids: -204 5113 (44)",
            ),
            (
                "0060089fb1f300e0f9cc180008004500023ccba44000fe11868d8397013b839720151b5a07070228938b9aef98133305a3080000000500000001000000060104000207b600490000000200000073000000790000007300000074000000650000006d0000003a00000061000000640000006d000000690000006e0000006900000073000000740000007200000061000000740000006f0000007200000073000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003500000031000000310000003300000000000000000000000000000000000000000000000e00000039ffffffe800000000000000490000000000000000000000000000000100000002000000000000000000000007fffffff400000030000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002d0000004300000006000000000000000c0000000000000000000000010000000000000000000000000000000000000000000000000000002800000000000000000000000000000000000000000000003e00000008ffffffd800000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply id-to-name \"system:administrators\" \"5113\" (544)",
            ),
            (
                "00e0f9cc18000060089fb1f3080045000044e284000040116fa6839720158397013b07071b5a00305d4a9aef98133305a3080000000700000001000000080105000234c4004900000203000016f7ffffff34",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call same-mbr-of uid 5879 gid -204 (40)",
            ),
            (
                "0060089fb1f300e0f9cc180008004500003ccba64000fe11888b8397013b839720151b5a07070028758a9aef98133305a3080000000700000001000000080104000234c4004900000000",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply same-mbr-of (32)",
            ),
            (
                "00e0f9cc18000060089fb1f308004500006ce28c000040116f76839720158397013b07071b5a0058c5d1952af4e82cd50a98000000050000000100000006010500023d0e0049000001f90000000bfffffd7ffffffdc7fffffdccfffffe22fffffe28fffffe47fffffe55fffffe58fffffe9dfffffea4ffffff02",
                0,
                "IP 131.151.32.21.1799 > 131.151.1.59.7002:  rx data pt call id-to-name ids: -641 -569 -564 -478 -472 -441 -427 -424 -355 -348 -254 (80)",
            ),
            (
                "0060089fb1f300e0f9cc18000800450005dccbad4000fe1182e48397013b839720151b5a070705c88f82952af4e82cd50a98000000050000000100000006010000023d0e00490000000b0000006e0000006e00000065000000750000006c0000003a0000006300000073000000330000003000000031000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000063000000630000002d000000730000007400000061000000660000006600000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006f0000006200000072000000650000006e0000006e000000610000006e0000003a00000073000000790000007300000070000000720000006f00000067000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000730000006f00000066000000740000007700000061000000720000006500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006200000062000000630000003a0000006d00000074000000770000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000007700000065000000620000007400000065000000610000006d0000003a000000610000006c0000006c0000007300000071000000750000006100000064000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                0,
                "IP 131.151.1.59.7002 > 131.151.32.21.1799:  rx data pt reply id-to-name \"nneul:cs301\" \"cc-staff\" \"obrennan:sysprog\" \"software\" \"bbc:mtw\" [|pt] (1472)",
            ),
        ]);
    }

    /// Calls and replies cut in their arguments: a failed check prints
    /// the service's mark and RX's length, a read past the capture ends
    /// the packet (tcpdump 4.99.3 -v on cut copies of afs.pcap packets).
    #[test]
    fn cut_calls_and_replies() {
        golden_link_seq(
            LinkType::Ethernet,
            numeric(1),
            &[
(
    "00505600201500e0f9cc1800080045000050e9db4000fe1169fc8397013b8397205b1b581b59003c7ff29705850ddfdcf3f80000048d00000001000009080105000000000001000000cc00000001200000ba000000010000000100000000",
    80,
    "IP (tos 0x0, ttl 254, id 59867, offset 0, flags [DF], proto UDP (17), length 80)
    131.151.1.59.7000 > 131.151.32.91.7001:  rx data seq 1 ser 2312 cb call callback [|cb] (52)",
),
(
    "00e0f9cc18000060089fb1f3080045000140e275000040116eb9839720158397013b07071b5a012c49f784a8d28d2a0312a400000001000000010000000101050002cd130049000001f80000000100000075000000730000006500000072000000730000002e0000006e0000006e00000065000000750000006c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    120,
    "IP (tos 0x0, ttl 64, id 57973, offset 0, flags [none], proto UDP (17), length 320)
    131.151.32.21.1799 > 131.151.1.59.7002:  rx data seq 1 ser 1 pt call name-to-id [|pt] (292)",
),
(
    "0060089fb1f300e0f9cc1800080045000040cb9c4000fe1188918397013b839720151b5a0707002cd27284a8d28d2a0312a400000001000000010000000201040002cd1300490000000100007ffe",
    66,
    "IP (tos 0x0, ttl 254, id 52124, offset 0, flags [DF], proto UDP (17), length 64)
    131.151.1.59.7002 > 131.151.32.21.1799:  [|rx] (36)",
),
(
    "00e0f9cc18000060089fb1f3080045000048e282000040116fa4839720158397013b07071b5a00348d5a9aef98133305a3080000000500000001000000060105000207b60049000001f900000002ffffff34000013f9",
    75,
    "IP (tos 0x0, ttl 64, id 57986, offset 0, flags [none], proto UDP (17), length 72)
    131.151.32.21.1799 > 131.151.1.59.7002:  rx data seq 1 ser 6 pt call id-to-name ids: [|rx]",
),
(
    "0060089fb1f300e0f9cc180008004500023ccba44000fe11868d8397013b839720151b5a07070228938b9aef98133305a3080000000500000001000000060104000207b600490000000200000073000000790000007300000074000000650000006d0000003a00000061000000640000006d000000690000006e0000006900000073000000740000007200000061000000740000006f0000007200000073000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003500000031000000310000003300000000000000000000000000000000000000000000000e00000039ffffffe800000000000000490000000000000000000000000000000100000002000000000000000000000007fffffff400000030000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002d0000004300000006000000000000000c0000000000000000000000010000000000000000000000000000000000000000000000000000002800000000000000000000000000000000000000000000003e00000008ffffffd800000000000000000000000000000000",
    90,
    "IP (tos 0x0, ttl 254, id 52132, offset 0, flags [DF], proto UDP (17), length 572)
    131.151.1.59.7002 > 131.151.32.21.1799:  rx data seq 1 ser 6 pt reply id-to-name [|pt] (544)",
),

            ],
        );
    }

    /// Ubik votes and disk calls with their data and abort replies,
    /// callback UUIDs, protection entries, limits and an unknown opcode
    /// (tcpdump 4.99.3 on built packets, through one printer).
    #[test]
    fn ubik_callback_and_protection() {
        afs_session(&[
            (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020707071b5a004000000000123400005678000000010000000100000001010100000000000100002710000000013800000000000005000000060000000700000008",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt ubik call vote-beacon syncsite yes votestart 1999/10/10 02:54:56 dbversion 5.6 tid 7.8 (56)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5a0707002800000000123400005678000000010000000100000001040000000000000138001000",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx abort pt ubik reply vote-beacon vote yes until 1999/10/10 04:03:12 (32)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b5a002800000000123400005678000000020000000100000001010100000000000100004e24",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt ubik call disk-getversion (32)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000207c00002011b5a0707002c000000001234000056780000000200000001000000010100000000000001000000090000000a",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx data pt ubik reply disk-getversion dbversion 9.10 (36)",
            ),
            (
                "020000000002020000000001080045000054000100004011f68fc0000201c000020707071b5a004000000000123400005678000000030000000100000001010100000000000100004e2c000000010000000200000003000000040000000500000006",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt ubik call disk-interfaceaddr tid 1.2 oldversion 3.4 newversion 5.6 (56)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5a07070028000000001234000056780000000300000001000000010400000000000001fffffffb",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx abort pt ubik reply disk-interfaceaddr errcode -5 (32)",
            ),
            (
                "02000000000202000000000108004500004c000100004011f697c0000201c000020707071b5a003800000000123400005678000000040000000100000001010100000000000100004e2600000003000000640000000b0000000c",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt ubik call disk-sendfile file 3 length 100 dbversion 11.12 (48)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b5a002c000000001234000056780000000500000001000000010101000000000001000027130000004d",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt ubik call vote-getsyncsite site 77 (36)",
            ),
            (
                "020000000002020000000001080045000038000100004011f6abc0000207c00002011b5a07070024000000001234000056780000000500000001000000010100000000000001",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx data pt ubik reply vote-getsyncsite (28)",
            ),
            (
                "020000000002020000000001080045000068000100004011f67bc0000201c000020707071b590054000000001234000056780000000600000001000000010101000000000001000000d60102030400000506000007080000001000000011000000120000001300000014000000150000001600000017",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7001:  rx data cb call probeuuid afsuuid 01020304050607081011121314151617 (76)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5907070028000000001234000056780000000600000001000000010400000000000001fffffffd",
                0,
                "IP 192.0.2.7.7001 > 192.0.2.1.1799:  rx abort cb reply probeuuid errcode -3 (32)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b590028000000001234000056780000000700000001000000010101000000000001000000d5",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7001:  rx data cb call initcb3 (32)",
            ),
            (
                "020000000002020000000001080045000064000100004011f67fc0000207c00002011b5907070050000000001234000056780000000700000001000000010100000000000001aabbccdd00000001000000020000000000000001000000020000000300000004000000050000000600000007",
                0,
                "IP 192.0.2.7.7001 > 192.0.2.1.1799:  rx data cb reply initcb3 aabbccdd000100020001020304050607 (72)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b5a003c000000001234000056780000000800000001000000010101000000000001000001f400000005616c6963650000000000000cffffffff",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt call new-user \"alice\" id 12 oldid -1 (52)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b5a003c000000001234000056780000000900000001000000010101000000000001000002010000000400000005626f62210000000100000002",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt call change-entry id 4 \"bob!^@\" oldid 2 newid [|rx]",
            ),
            (
                "020000000002020000000001080045000038000100004011f6abc0000207c00002011b5a07070024000000001234000056780000000900000001000000010100000000000001",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx data pt reply change-entry (28)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000201c000020707071b5a0028000000001234000056780000000a00000001000000010101000000000001000001fe",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt call list-max (32)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000207c00002011b5a0707002c000000001234000056780000000a0000000100000001010000000000000100000064ffffff38",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx data pt reply list-max maxuid 100 maxgid -200 (36)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b5a002c000000001234000056780000000b00000001000000010101000000000001000003e700000001",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7002:  rx data pt call op#999 (36)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5a07070028000000001234000056780000000b0000000100000001040000000000000100000001",
                0,
                "IP 192.0.2.7.7002 > 192.0.2.1.1799:  rx abort pt reply op#999 errcode 1 (32)",
            ),
        ]);
    }

    /// A Ubik lock call whose lock type is past the capture (tcpdump
    /// 4.99.3 on rx_ubik-oobr from its suite).
    #[test]
    fn ubik_lock_cut() {
        golden_link_wire(
            LinkType::Ethernet,
            numeric(0),
            &[(
                "ffffffffffff0101010d0101080045e50a6420480000fc1100f0def168c6833ff1920daf1b5af13ce400000100f41f4d001480ffffef000000011e0101000101006c0045fff300004e2202ff000000007e7e7e7e7400207e7e0440d4c3b2",
                94,
                "IP truncated-ip - 2580 bytes missing! 222.241.104.198.3503 > 131.63.241.146.7002:  rx data pt ubik call disk-lock tid 50266112.32382 file 2122216448 pos 545160708 length 1087685554 [|rx]",
            )],
        );
    }
}
