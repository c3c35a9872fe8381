//! AFS RX on UDP 7000-7009 (print-rx.c).

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck};
use super::out::Emit;

/// rx_print (AFS): the packet type, sequence numbers and flags with -v,
/// and the ack packet; the per-service call decoders are not done.
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
    if typ == 2 && length >= 28 && ack(c, &b[28..]).is_err() {
        c.s(" [|ack]");
    }
    c.s(" (");
    c.dec(length as u64);
    c.s(")");
    Ok(())
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
    use crate::decode::tests::{golden, golden_link_wire, numeric};
    use crate::link::LinkType;

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

    /// Ack lists collapsed into acked and nacked ranges (also across the
    /// 32-bit wrap), an unknown reason, the optional MTU and window
    /// fields with -vv, buffer space and skew with -vvv, and acks cut in
    /// their header, their list and their optional fields (tcpdump 4.99.3
    /// on built packets).
    #[test]
    fn acks() {
        type Cases<'a> = &'a [(&'a str, u32, &'a str)];
        let levels: [(u8, Cases); 4] = [
            (
                1,
                &[
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a4000013880000002000000008",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 (76)",
),
(
    "020000000002020000000001080045000058000100004011f68bc0000201c00002071b591b58004400000000123400005678000000090000000000000005020000000000000100030007ffffffff000000000000002c0803000101000000000005a400001388",
    102,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 (60)",
),
(
    "02000000000202000000000108004500004a000100004011f699c0000201c00002071b591b5800360000000012340000567800000009000000000000000502000000000000010003000700000001000000000000002c2a00",
    88,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000:  rx ack seq 0 ser 5 first 1 serial 44 reason #42 (46)",
),

                ],
            ),
            (
                2,
                &[
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a4000013880000002000000008",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 rwind 32 maxpackets 8 (76)",
),
(
    "020000000002020000000001080045000058000100004011f68bc0000201c00002071b591b58004400000000123400005678000000090000000000000005020000000000000100030007ffffffff000000000000002c0803000101000000000005a400001388",
    102,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 ifmtu 1444 maxmtu 5000 (60)",
),
(
    "02000000000202000000000108004500004a000100004011f699c0000201c00002071b591b5800360000000012340000567800000009000000000000000502000000000000010003000700000001000000000000002c2a00",
    88,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 1 serial 44 reason #42 (46)",
),

                ],
            ),
            (
                3,
                &[
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a4000013880000002000000008",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 rwind 32 maxpackets 8 (76)",
),
(
    "020000000002020000000001080045000058000100004011f68bc0000201c00002071b591b58004400000000123400005678000000090000000000000005020000000000000100030007ffffffff000000000000002c0803000101000000000005a400001388",
    102,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 4294967295 serial 44 reason delay acked 0-1 nacked 4294967295 ifmtu 1444 maxmtu 5000 (60)",
),
(
    "02000000000202000000000108004500004a000100004011f699c0000201c00002071b591b5800360000000012340000567800000009000000000000000502000000000000010003000700000001000000000000002c2a00",
    88,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 secindex 0 serviceid 1 bufspace 3 maxskew 7 first 1 serial 44 reason #42 (46)",
),

                ],
            ),
            (
                2,
                &[
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a00000000000000",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 [|ack] (76)",
),
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay [|ack] (76)",
),
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a40000",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 (76)",
),
(
    "020000000002020000000001080045000068000100004011f67bc0000201c00002071b591b580054000000001234000056780000000900000000000000050200000000000001000300070000000a000000000000002c080b0101010000010001010001000000000005a400001388000000",
    118,
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 104)
    192.0.2.1.7001 > 192.0.2.7.7000: [no cksum]  rx ack cid 00005678 call# 9 seq 0 ser 5 first 10 serial 44 reason delay acked 10-12,15,17-18,20 nacked 13-14,16,19 ifmtu 1444 maxmtu 5000 (76)",
),

                ],
            ),
        ];
        for (verbose, cases) in levels {
            golden_link_wire(LinkType::Ethernet, numeric(verbose), cases);
        }
    }
}
