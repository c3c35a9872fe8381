//! Address, boot and authentication services: BOOTP/DHCP, TFTP, DHCPv6,
//! RADIUS and Kerberos (print-bootp.c, print-tftp.c, print-dhcp6.c,
//! print-radius.c, print-krb.c). The first golden test also carries the
//! RIP, HSRP and syslog frames of the same scapy set.

use crate::decode::out::Emit;
use crate::decode::print_char;
use crate::decode::{Ctx, Res, Trunc, be16, ether, u8at};

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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

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
}
