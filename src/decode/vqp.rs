//! Cisco's VLAN Query Protocol, UDP port 1589 (print-vqp.c): the message
//! line, and with -v the header fields and objects.

use super::ctx::{codes, tcheck};
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, dispatch, hexdump};

const HEADER_LEN: usize = 8;
const OBJECT_HEADER_LEN: usize = 6;

const MESSAGE_TYPES: &[(u32, &str)] = &[
    (1, "Request, Join Port"),
    (2, "Response, VLAN"),
    (3, "Request, Reconfirm"),
    (4, "Response, Reconfirm"),
];

const ERROR_CODES: &[(u32, &str)] = &[
    (0, "No error"),
    (3, "Access denied"),
    (4, "Shutdown port"),
    (5, "Wrong VTP domain"),
];

codes! {
    /// vqp_obj_values.
    OBJECTS: u32 {
        IP_ADDRESS = 0x0c01 => "Client IP Address",
        PORT_NAME = 0x0c02 => "Port Name",
        VLAN_NAME = 0x0c03 => "VLAN Name",
        VTP_DOMAIN = 0x0c04 => "VTP Domain",
        ETHERNET_PKT = 0x0c05 => "Ethernet Packet",
        MAC_NULL = 0x0c06 => "MAC Null",
        MAC_ADDRESS = 0x0c08 => "MAC Address",
    }
}

/// vqp_print.
pub(crate) fn vqp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "vqp";
    let header = bytes(b, 0, HEADER_LEN)?;
    if length < HEADER_LEN {
        c.invalid();
        return Ok(());
    }
    let version = header[0];
    if version != 1 {
        c.s("VQP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let (msg_type, error) = (header[1], header[2]);
    let verbose = c.o.verbose > 0;
    c.s(if verbose { "\n\tVQPv1, " } else { "VQPv1 " });
    c.tok_or(MESSAGE_TYPES, msg_type.into(), "unknown (", ")");
    c.s(" Message, error-code ");
    c.tok_num(ERROR_CODES, error.into(), "unknown");
    if verbose {
        let items = header[3];
        c.s(", seq 0x");
        c.out.hex0(be32(header, 4)?.into(), 8);
        c.dec_fields(&[(", items ", u64::from(items)), (", length ", length as u64)]);
        objects(c, b, length, items)
    } else {
        c.s(", length ");
        c.dec(length as u64);
        Ok(())
    }
}

/// The `items` objects after the header.
fn objects(c: &mut Ctx, b: &[u8], length: usize, items: u8) -> Res {
    let mut items = items;
    let mut at = HEADER_LEN;
    let mut left = length - HEADER_LEN;
    while items != 0 && left != 0 {
        tcheck(b, at, OBJECT_HEADER_LEN)?;
        if left < OBJECT_HEADER_LEN {
            c.invalid();
            return Ok(());
        }
        let ty = be32(b, at)?;
        let len = usize::from(be16(b, at + 4)?);
        at += OBJECT_HEADER_LEN;
        left -= OBJECT_HEADER_LEN;
        c.s("\n\t  ");
        c.tok(OBJECTS, ty, "Unknown");
        c.s(" Object (0x");
        c.out.hex0(ty.into(), 8);
        c.s("), length ");
        c.dec(len as u64);
        c.s(", value: ");
        // A zero type or length would walk nothing.
        if ty == 0 || len == 0 {
            return Ok(());
        }
        tcheck(b, at, len)?;
        if len > left {
            c.invalid();
            return Ok(());
        }
        let v = &b[at..at + len];
        match ty {
            IP_ADDRESS if len != 4 => {
                c.invalid();
                return Ok(());
            }
            IP_ADDRESS => {
                c.ip4(v);
                c.s(" (0x");
                c.out.hex0(be32(v, 0)?.into(), 8);
                c.s(")");
            }
            PORT_NAME | VLAN_NAME | VTP_DOMAIN | ETHERNET_PKT => c.printjnp(v, 0, len)?,
            MAC_ADDRESS | MAC_NULL if len != 6 => {
                c.invalid();
                return Ok(());
            }
            MAC_ADDRESS | MAC_NULL => dispatch::mac(c, v),
            _ if c.o.verbose <= 1 => hexdump::hex(c.out, "\n\t    ", v),
            _ => {}
        }
        at += len;
        left -= len;
        items -= 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, golden_levels, numeric};
    use crate::link::LinkType;

    /// A join request with every object kind.
    const JOIN_REQUEST: &str = "02000000000202000000000108004500005e000100004011f68ac0000201c000020206350635004a0000010100060000123400000c010004c000020900000c0200054661302f3100000c03000000000c040005646f6d007800000c08000602000000000500000c0700026162";
    /// A VLAN response whose MAC Null object is one byte long.
    const VLAN_RESPONSE: &str = "020000000002020000000001080045000034000100004011f6b4c0000201c00002020635063500200000010204020000000700000c03000376313000000c06000101";
    /// An unknown message type and error code, a one-byte address.
    const UNKNOWN_TYPE: &str = "02000000000202000000000108004500002b000100004011f6bdc0000201c00002020635063500170000010909030000000700000c01000101";
    /// A reconfirm request whose Port Name runs past the capture.
    const RECONFIRM_REQUEST: &str = "020000000002020000000001080045000034000100004011f6b4c0000201c00002020635063500200000010305020000000700000c050003706b7400000c02002878";
    /// A reconfirm response whose object header is not captured.
    const RECONFIRM_RESPONSE: &str = "020000000002020000000001080045000026000100004011f6c2c0000201c0000202063506350012000001040301000000070000";
    /// Version 2, which tcpdump does not decode.
    const VERSION_2: &str = "020000000002020000000001080045000024000100004011f6c4c0000201c000020206350635001000000201000000000000";
    /// A header cut by the UDP length.
    const SHORT_HEADER: &str = "020000000002020000000001080045000023000100004011f6c5c0000201c000020206350635000f000001010000000000";

    /// Join requests and responses with every object kind, bad object lengths, unknown types and codes, another version, a header cut by the UDP length (tcpdump 4.99.3 -n, -v, -vv).
    #[test]
    fn messages() {
        golden_levels(
            LinkType::Ethernet,
            &[
                (JOIN_REQUEST, 0),
                (VLAN_RESPONSE, 0),
                (UNKNOWN_TYPE, 0),
                (RECONFIRM_REQUEST, 0),
                (RECONFIRM_RESPONSE, 0),
                (VERSION_2, 0),
                (SHORT_HEADER, 0),
            ],
            &[
                (
                    numeric(0),
                    &[
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 66",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQPv1 Response, VLAN Message, error-code Shutdown port (4), length 24",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQPv1 unknown (9) Message, error-code unknown (9), length 15",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQPv1 Request, Reconfirm Message, error-code Wrong VTP domain (5), length 24",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQPv1 Response, Reconfirm Message, error-code Access denied (3), length 10",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589: VQP version 2 packet not supported",
                        "IP 192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                    ],
                ),
                (
                    numeric(1),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66\n\t  Client IP Address Object (0x00000c01), length 4, value: 192.0.2.9 (0xc0000209)\n\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n\t  VLAN Name Object (0x00000c03), length 0, value: ",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, VLAN Message, error-code Shutdown port (4), seq 0x00000007, items 2, length 24\n\t  VLAN Name Object (0x00000c03), length 3, value: v10\n\t  MAC Null Object (0x00000c06), length 1, value:  (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00000007, items 3, length 15\n\t  Client IP Address Object (0x00000c01), length 1, value:  (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00000007, items 2, length 24\n\t  Ethernet Packet Object (0x00000c05), length 3, value: pkt\n\t  Port Name Object (0x00000c02), length 40, value:  [|vqp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, Reconfirm Message, error-code Access denied (3), seq 0x00000007, items 1, length 10 [|vqp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589: VQP version 2 packet not supported",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 35)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                    ],
                ),
                (
                    numeric(2),
                    &[
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66\n\t  Client IP Address Object (0x00000c01), length 4, value: 192.0.2.9 (0xc0000209)\n\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n\t  VLAN Name Object (0x00000c03), length 0, value: ",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] \n\tVQPv1, Response, VLAN Message, error-code Shutdown port (4), seq 0x00000007, items 2, length 24\n\t  VLAN Name Object (0x00000c03), length 3, value: v10\n\t  MAC Null Object (0x00000c06), length 1, value:  (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] \n\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00000007, items 3, length 15\n\t  Client IP Address Object (0x00000c01), length 1, value:  (invalid)",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] \n\tVQPv1, Request, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00000007, items 2, length 24\n\t  Ethernet Packet Object (0x00000c05), length 3, value: pkt\n\t  Port Name Object (0x00000c02), length 40, value:  [|vqp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] \n\tVQPv1, Response, Reconfirm Message, error-code Access denied (3), seq 0x00000007, items 1, length 10 [|vqp]",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum] VQP version 2 packet not supported",
                        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 35)\n    192.0.2.1.1589 > 192.0.2.2.1589: [no cksum]  [|vqp]",
                    ],
                ),
            ],
        );
    }

    /// Frames cut inside the header and the objects.
    #[test]
    fn shorter_frames() {
        golden(
            numeric(1),
            &[
                (
                    &JOIN_REQUEST[..88],
                    "IP truncated-ip - 64 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &JOIN_REQUEST[..92],
                    "IP truncated-ip - 62 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &JOIN_REQUEST[..98],
                    "IP truncated-ip - 59 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &JOIN_REQUEST[..108],
                    "IP truncated-ip - 54 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66 [|vqp]",
                ),
                (
                    &JOIN_REQUEST[..202],
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66\n\t  Client IP Address Object (0x00000c01), length 4, value: 192.0.2.9 (0xc0000209)\n\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n\t  VLAN Name Object (0x00000c03), length 0, value: ",
                ),
                (
                    &JOIN_REQUEST[..210],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66\n\t  Client IP Address Object (0x00000c01), length 4, value: 192.0.2.9 (0xc0000209)\n\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n\t  VLAN Name Object (0x00000c03), length 0, value: ",
                ),
                (
                    &JOIN_REQUEST[..214],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 6, length 66\n\t  Client IP Address Object (0x00000c01), length 4, value: 192.0.2.9 (0xc0000209)\n\t  Port Name Object (0x00000c02), length 5, value: Fa0/1\n\t  VLAN Name Object (0x00000c03), length 0, value: ",
                ),
                (
                    &VLAN_RESPONSE[..88],
                    "IP truncated-ip - 22 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VLAN_RESPONSE[..92],
                    "IP truncated-ip - 20 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VLAN_RESPONSE[..98],
                    "IP truncated-ip - 17 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VLAN_RESPONSE[..118],
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, VLAN Message, error-code Shutdown port (4), seq 0x00000007, items 2, length 24\n\t  VLAN Name Object (0x00000c03), length 3, value: v10 [|vqp]",
                ),
                (
                    &VLAN_RESPONSE[..126],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, VLAN Message, error-code Shutdown port (4), seq 0x00000007, items 2, length 24\n\t  VLAN Name Object (0x00000c03), length 3, value: v10 [|vqp]",
                ),
                (
                    &VLAN_RESPONSE[..130],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, VLAN Message, error-code Shutdown port (4), seq 0x00000007, items 2, length 24\n\t  VLAN Name Object (0x00000c03), length 3, value: v10\n\t  MAC Null Object (0x00000c06), length 1, value:  [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..88],
                    "IP truncated-ip - 13 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..92],
                    "IP truncated-ip - 11 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..98],
                    "IP truncated-ip - 8 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..100],
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00000007, items 3, length 15 [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..108],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00000007, items 3, length 15 [|vqp]",
                ),
                (
                    &UNKNOWN_TYPE[..112],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, unknown (9) Message, error-code unknown (9), seq 0x00000007, items 3, length 15\n\t  Client IP Address Object (0x00000c01), length 1, value:  [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..88],
                    "IP truncated-ip - 22 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..92],
                    "IP truncated-ip - 20 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..98],
                    "IP truncated-ip - 17 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..118],
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00000007, items 2, length 24\n\t  Ethernet Packet Object (0x00000c05), length 3, value: pkt [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..126],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00000007, items 2, length 24\n\t  Ethernet Packet Object (0x00000c05), length 3, value: pkt [|vqp]",
                ),
                (
                    &RECONFIRM_REQUEST[..130],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Request, Reconfirm Message, error-code Wrong VTP domain (5), seq 0x00000007, items 2, length 24\n\t  Ethernet Packet Object (0x00000c05), length 3, value: pkt\n\t  Port Name Object (0x00000c02), length 40, value:  [|vqp]",
                ),
                (
                    &RECONFIRM_RESPONSE[..88],
                    "IP truncated-ip - 8 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_RESPONSE[..90],
                    "IP truncated-ip - 7 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_RESPONSE[..92],
                    "IP truncated-ip - 6 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_RESPONSE[..98],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &RECONFIRM_RESPONSE[..102],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n    192.0.2.1.1589 > 192.0.2.2.1589: \n\tVQPv1, Response, Reconfirm Message, error-code Access denied (3), seq 0x00000007, items 1, length 10 [|vqp]",
                ),
                (
                    &VERSION_2[..88],
                    "IP truncated-ip - 6 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VERSION_2[..92],
                    "IP truncated-ip - 4 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VERSION_2[..94],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &VERSION_2[..98],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &SHORT_HEADER[..88],
                    "IP truncated-ip - 5 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 35)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &SHORT_HEADER[..92],
                    "IP truncated-ip - 3 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 35)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
                (
                    &SHORT_HEADER[..96],
                    "IP truncated-ip - 1 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 35)\n    192.0.2.1.1589 > 192.0.2.2.1589:  [|vqp]",
                ),
            ],
        );
    }
}
