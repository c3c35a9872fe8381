//! PPP (print-ppp.c): the protocol field, LCP/IPCP/IP6CP and the PAP and
//! CHAP authentication messages, then the payload by protocol.

use super::dispatch;
use super::out::Emit;
use super::{Ctx, Res, be16, bytes, rest, u8at};

/// The "[|pap]" / "[|pap 0xNN]" forms of a message too short for a header
/// (tcpdump prints these without the usual leading space); true when the
/// header is there.
fn auth_header(c: &mut Ctx, b: &[u8], length: usize, tag: &str) -> Res<bool> {
    if length < 1 {
        c.s("[|");
        c.s(tag);
        c.s("]");
        return Ok(false);
    }
    if length < 4 {
        let code = super::u8at(b, 0)?;
        c.s("[|");
        c.s(tag);
        c.s(" 0x");
        c.out.hex0(u64::from(code), 2);
        c.s("]");
        return Ok(false);
    }
    Ok(true)
}

/// handle_pap.
fn pap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if !auth_header(c, b, length, "pap")? {
        return Ok(());
    }
    // Reads past the capture are marked as PPP's; the explicit checks print
    // "[|pap]" themselves.
    c.proto = "ppp";
    let code = super::u8at(b, 0)?;
    c.s("PAP, ");
    c.s(match code {
        1 => "Auth-Req",
        2 => "Auth-ACK",
        3 => "Auth-NACK",
        _ => "unknown",
    });
    c.s(" (0x");
    c.out.hex0(u64::from(code), 2);
    c.s(")");
    let id = super::u8at(b, 1)?;
    c.s(", id ");
    c.dec(id);
    let len = usize::from(be16(b, 2)?);
    if len > length {
        c.s(", length ");
        c.dec(len as u64);
        c.s(" > packet size");
        return Ok(());
    }
    if len < 4 {
        c.s(", length ");
        c.dec(len as u64);
        c.s(" < PAP header length");
        return Ok(());
    }
    let text = |c: &mut Ctx, label: &str, at: usize, n: usize| -> Res {
        c.s(label);
        for i in 0..n {
            super::print_char(c, super::u8at(b, at + i)?);
        }
        Ok(())
    };
    match code {
        1 => {
            if len < 6 {
                c.s("[|pap]");
                return Ok(());
            }
            let mut p = 4;
            if len.saturating_sub(p) < 1 {
                return Ok(());
            }
            let peer = usize::from(super::u8at(b, p)?);
            p += 1;
            if len.saturating_sub(p) < peer {
                return Ok(());
            }
            text(c, ", Peer ", p, peer)?;
            p += peer;
            if len.saturating_sub(p) < 1 {
                return Ok(());
            }
            let pass = usize::from(super::u8at(b, p)?);
            p += 1;
            if len.saturating_sub(p) < pass {
                return Ok(());
            }
            text(c, ", Name ", p, pass)?;
        }
        2 | 3 => {
            if len < 5 {
                c.s("[|pap]");
                return Ok(());
            }
            let msg = usize::from(super::u8at(b, 4)?);
            if len.saturating_sub(5) < msg {
                return Ok(());
            }
            text(c, ", Msg ", 5, msg)?;
        }
        _ => {}
    }
    Ok(())
}

/// handle_chap.
fn chap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    if !auth_header(c, b, length, "chap")? {
        return Ok(());
    }
    c.proto = "ppp";
    let code = super::u8at(b, 0)?;
    c.s("CHAP, ");
    c.s(match code {
        1 => "Challenge",
        2 => "Response",
        3 => "Success",
        4 => "Fail",
        _ => "unknown",
    });
    c.s(" (0x");
    c.out.hex0(u64::from(code), 2);
    c.s(")");
    let id = super::u8at(b, 1)?;
    c.s(", id ");
    c.dec(id);
    let len = usize::from(be16(b, 2)?);
    match code {
        1 | 2 => {
            let mut p = 4;
            if length < p + 1 {
                return Ok(());
            }
            let val = usize::from(super::u8at(b, p)?);
            p += 1;
            if length.saturating_sub(p) < val {
                return Ok(());
            }
            c.s(", Value ");
            for i in 0..val {
                c.out.hex0(u64::from(super::u8at(b, p + i)?), 2);
            }
            p += val;
            c.s(", Name ");
            // tcpdump's count is unsigned: a length field shorter than the
            // header runs on to the end of the capture.
            for i in 0..len.checked_sub(p).unwrap_or(usize::MAX) {
                super::print_char(c, super::u8at(b, p + i)?);
            }
        }
        3 | 4 => {
            c.s(", Msg ");
            for i in 0..len.checked_sub(4).unwrap_or(usize::MAX) {
                super::print_char(c, super::u8at(b, 4 + i)?);
            }
        }
        _ => {}
    }
    Ok(())
}

/// handle_ctrl_proto without -v: the code, identifier and length.
fn control_protocol(c: &mut Ctx, name: &'static str, b: &[u8], length: usize) -> Res {
    c.s(name);
    c.s(",");
    // A cut message is marked with the control protocol's own name.
    c.proto = name;
    if length < 4 {
        // An explicit mark, not a cut: the hex dump still skips the link header.
        c.s(" [|");
        c.s(name);
        c.s("]");
        return Ok(());
    }
    bytes(b, 0, 2)?;
    let code = b[0];
    c.s(" ");
    const CODES: [&str; 16] = [
        "Vendor-Extension",
        "Conf-Request",
        "Conf-Ack",
        "Conf-Nack",
        "Conf-Reject",
        "Term-Request",
        "Term-Ack",
        "Code-Reject",
        "Prot-Reject",
        "Echo-Request",
        "Echo-Reply",
        "Disc-Req",
        "Ident",
        "Time-Rem",
        "Reset-Req",
        "Reset-Ack",
    ];
    c.s(CODES
        .get(usize::from(code))
        .copied()
        .unwrap_or("Unknown Opcode"));
    c.s(" (0x");
    c.out.hex0(u64::from(code), 2);
    c.s("), id ");
    c.dec(b[1]);
    c.s(", length ");
    c.dec((length + 2) as u64);
    Ok(())
}

/// PPP protocol field and IPv4/IPv6 payloads.
pub(crate) fn ppp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ppp";
    let olen = length;
    let mut p = 0;
    let mut length = length;
    if length < 2 {
        c.trunc();
        return Ok(());
    }
    if u8at(b, 0)? == 0xff && u8at(b, 1)? == 0x03 {
        p += 2;
        length = length.saturating_sub(2);
        if length < 2 {
            c.trunc();
            return Ok(());
        }
    }
    let proto = if u8at(b, p)? % 2 == 1 {
        p += 1;
        length = length.saturating_sub(1);
        u16::from(b[p - 1])
    } else {
        let v = be16(b, p)?;
        p += 2;
        length = length.saturating_sub(2);
        v
    };
    let name = match proto {
        0x21 | 0x0800 => Some("IP"),
        0x57 | 0x86dd => Some("IPV6"),
        0xc021 => Some("LCP"),
        0x8021 => Some("IPCP"),
        0x8057 => Some("IP6CP"),
        0x80fd => Some("CCP"),
        0x8023 => Some("OSICP"),
        0x8281 => Some("MPLSCP"),
        0xc02b => Some("BACP"),
        0xc023 => Some("PAP"),
        0xc223 => Some("CHAP"),
        0x0281 | 0x8847 => Some("MPLS"),
        0x23 => Some("OSI"),
        0x25 => Some("NS"),
        0x27 => Some("DECNET"),
        0x29 => Some("APPLE"),
        0x2b => Some("IPX"),
        0x2d => Some("VJC"),
        0x2f => Some("VJNC"),
        0x31 => Some("BRPDU"),
        0x33 => Some("STII"),
        0x35 => Some("VINES"),
        0x3d => Some("ML"),
        0xfd => Some("COMP"),
        _ => None,
    };
    if c.o.link_header {
        c.s(name.unwrap_or("unknown"));
        c.s(" (0x");
        c.out.hex0(u64::from(proto), 4);
        c.s("), length ");
        c.dec(olen as u64);
        if name.is_none() {
            // tcpdump -e says no more about a protocol it cannot name.
            return Ok(());
        }
        c.s(": ");
    }
    let b = rest(b, p);
    match proto {
        0x21 | 0x0800 => dispatch::ip(c, b, length),
        0x57 | 0x86dd => dispatch::ip6(c, b, length),
        0x0281 | 0x8847 => dispatch::mpls(c, b, length),
        0xc021 | 0x8021 | 0x8057 | 0x80fd | 0x8023 | 0x8281 | 0xc02b => {
            control_protocol(c, name.unwrap_or(""), b, length)
        }
        0xc023 => pap(c, b, length),
        0xc223 => chap(c, b, length),
        0xfd => {
            c.s("compressed PPP data");
            Ok(())
        }
        _ => {
            if !c.o.link_header {
                match name {
                    Some(n) => c.s(n),
                    None => {
                        c.s("unknown PPP protocol (0x");
                        c.out.hex0(u64::from(proto), 4);
                        c.s(")");
                    }
                }
                c.s(" ");
            }
            // print-ppp.c dumps the rest in hex only, whatever -x says.
            super::hexdump::hex(c.out, "\n\t", &b[..b.len().min(length)]);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    /// PPP control protocols over PPPoE (LCP, IPCP, IP6CP, CCP, ...): code,
    /// identifier and length, cut messages, short PPPoE headers (expected
    /// text from tcpdump 4.99.3 -n).
    #[test]
    fn control_protocols() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
                (
                    "020000000002020000000001886411000050000c80fd0bc00008b40b15233fcf",
                    "PPPoE  [ses 0x50] CCP, Disc-Req (0x0b), id 192, length 12",
                ),
                (
                    "0200000000020200000000018864110000500012c0210ef9001d7e9231e5d467167c3bc205b3",
                    "PPPoE  [ses 0x50] LCP, Reset-Req (0x0e), id 249, length 18",
                ),
                (
                    "0200000000020200000000018864110000500008c02b03840006629e",
                    "PPPoE  [ses 0x50] BACP, Conf-Nack (0x03), id 132, length 8",
                ),
                (
                    "0200000000020200000000018864110000500008c0210a78002c7fe7",
                    "PPPoE  [ses 0x50] LCP, Echo-Reply (0x0a), id 120, length 8",
                ),
                (
                    "02000000000202000000000188641100005000070021042000227d",
                    "PPPoE  [ses 0x50] IP0 (invalid)",
                ),
                (
                    "020000000002020000000001886411000050000f802304b6002182a812cee7db81e9b3",
                    "PPPoE  [ses 0x50] OSICP, Conf-Reject (0x04), id 182, length 15",
                ),
                (
                    "020000000002020000000001886411000050000ec02109af000e086c41604cd5b4e4",
                    "PPPoE  [ses 0x50] LCP, Echo-Request (0x09), id 175, length 14",
                ),
                (
                    "020000000002020000000001886411000050000b8021050d000c4c1d03cbc3",
                    "PPPoE  [ses 0x50] IPCP, Term-Request (0x05), id 13, length 11",
                ),
                (
                    "0200000000020200000000018864110000500004805710f9",
                    "PPPoE  [ses 0x50] IP6CP, [|IP6CP]",
                ),
                (
                    "0200000000020200000000018864110000500008c0210bdd0021faf7",
                    "PPPoE  [ses 0x50] LCP, Disc-Req (0x0b), id 221, length 8",
                ),
                (
                    "0200000000020200000000018864110000500011802111d6002fcef1bdd952844da0d4f55b",
                    "PPPoE  [ses 0x50] IPCP, Unknown Opcode (0x11), id 214, length 17",
                ),
                (
                    "0200000000020200000000018864110000500012802106f80017f595d8eb4f344a659c62d7eb",
                    "PPPoE  [ses 0x50] IPCP, Term-Ack (0x06), id 248, length 18",
                ),
                (
                    "020000000002020000000001886411000050000a82810bda000cd28781d6",
                    "PPPoE  [ses 0x50] MPLSCP, Disc-Req (0x0b), id 218, length 10",
                ),
                (
                    "020000000002020000000001886411000050001a802310890011693e5c3ef73fca81bf753f3bd0cf9886d4325e7f",
                    "PPPoE  [ses 0x50] OSICP, Unknown Opcode (0x10), id 137, length 26",
                ),
                (
                    "0200000000020200000000018864110000500018c02b02570031fe6deb0bc9e823059c30af4316187675deab",
                    "PPPoE  [ses 0x50] BACP, Conf-Ack (0x02), id 87, length 24",
                ),
                (
                    "020000000002020000000001886411000050001a802104b700371051ca09d5eb15db23a7cd5dfed413d03bb90999",
                    "PPPoE  [ses 0x50] IPCP, Conf-Reject (0x04), id 183, length 26",
                ),
            ],
        );
    }

    /// PAP and CHAP messages (names, values, messages, length complaints,
    /// cut messages) and compressed data (expected text from tcpdump
    /// 4.99.3 -n).
    #[test]
    fn authentication_protocols() {
        super::super::tests::golden(
            super::super::tests::numeric(0),
            &[
                (
                    "0200000000020200000000018864110000500010c0230101000e04757365720470617373",
                    "PPPoE  [ses 0x50] PAP, Auth-Req (0x01), id 1, Peer user, Name pass",
                ),
                (
                    "020000000002020000000001886411000050000fc2230102000d040102030473727631",
                    "PPPoE  [ses 0x50] CHAP, Challenge (0x01), id 2, Value 01020304, Name srv1",
                ),
                (
                    "020000000002020000000001886411000050000fc2230203000d0409080706636c6931",
                    "PPPoE  [ses 0x50] CHAP, Response (0x02), id 3, Value 09080706, Name cli1",
                ),
                (
                    "020000000002020000000001886411000050000cc2230304000a68656c6c6f21",
                    "PPPoE  [ses 0x50] CHAP, Success (0x03), id 4, Msg hello!",
                ),
                (
                    "020000000002020000000001886411000050000bc02303050009046e6f7065",
                    "PPPoE  [ses 0x50] PAP, Auth-NACK (0x03), id 5, Msg nope",
                ),
                (
                    "020000000002020000000001886411000050000500fd112233",
                    "PPPoE  [ses 0x50] compressed PPP data",
                ),
                (
                    "0200000000020200000000018864110000500004805710f9",
                    "PPPoE  [ses 0x50] IP6CP, [|IP6CP]",
                ),
                (
                    "0200000000020200000000018864110000500015c023102e002d9064d15c74390d320c721c1b36b901",
                    "PPPoE  [ses 0x50] PAP, unknown (0x10), id 46, length 45 > packet size",
                ),
                (
                    "020000000002020000000001886411000050000cc22311940033918664c422d3",
                    "PPPoE  [ses 0x50] CHAP, unknown (0x11), id 148",
                ),
                (
                    "0200000000020200000000018864110000500007c02304d9002494",
                    "PPPoE  [ses 0x50] PAP, unknown (0x04), id 217, length 36 > packet size",
                ),
                (
                    "020000000002020000000001886411000050000880fd0aa2",
                    "PPPoE  [len 8 > 4!] [ses 0x50] CCP, [|CCP]",
                ),
                (
                    "0200000000020200000000018864110000500019c2230771001beb3356b02090c644127152fe9224a93cb89865",
                    "PPPoE  [ses 0x50] CHAP, unknown (0x07), id 113",
                ),
                (
                    "0200000000020200000000018864110000500019c223039400025e1183d42c8976335d0ca388c6cc3f3ddff438",
                    "PPPoE  [ses 0x50] CHAP, Success (0x03), id 148, Msg ^^QM-^CM-T,M-^Iv3]^LM-#M-^HM-FM-L?=M-_M-t8 [|ppp]",
                ),
                (
                    "0200000000020200000000018864110000500014c223040a002f7c379f3bbf0a923c8f658f236eea",
                    "PPPoE  [ses 0x50] CHAP, Fail (0x04), id 10, Msg |7M-^_;M-?^JM-^R<M-^OeM-^O#nM-j [|ppp]",
                ),
                (
                    "0200000000020200000000018864110000500010c02302060004e5fe5cb28db976637a2c",
                    "PPPoE  [ses 0x50] PAP, Auth-ACK (0x02), id 6[|pap]",
                ),
            ],
        );
    }
}
