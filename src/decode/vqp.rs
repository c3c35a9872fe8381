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
        c.version_not_supported("VQP ", version);
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
        c.s_dec(", length ", length as u64);
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
        c.s_dec("), length ", len as u64);
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
