//! Linux usbmon captures (DLT_USB_LINUX and DLT_USB_LINUX_MMAPPED,
//! print-usb.c): the kernel's 48- or 64-byte URB header, of which tcpdump
//! prints the transfer type, the event, its direction and bus:device:
//! endpoint; the transfer data is not printed.

use super::ctx::{Ctx, Res, bytes};

/// The 48-byte header of DLT_USB_LINUX.
const HEADER_48: usize = 48;
/// The 64-byte header of DLT_USB_LINUX_MMAPPED (interval, start frame,
/// transfer flags and descriptor count added).
const HEADER_64: usize = 64;
/// Offsets of the event type, transfer type, endpoint, device, bus id.
const EVENT_AT: usize = 8;
const TRANSFER_AT: usize = 9;
const ENDPOINT_AT: usize = 10;
const DEVICE_AT: usize = 11;
const BUS_AT: usize = 12;

const ISOCHRONOUS: u8 = 0;
const INTERRUPT: u8 = 1;
const CONTROL: u8 = 2;
const BULK: u8 = 3;
const SUBMIT: u8 = b'S';
const COMPLETE: u8 = b'C';
const ERROR: u8 = b'E';

/// usb_linux_48_byte_if_print.
pub(crate) fn linux_48(c: &mut Ctx, b: &[u8], _wire_len: u32) -> Res {
    c.proto = "usb_linux_48_byte";
    header(c, b, HEADER_48)
}

/// usb_linux_64_byte_if_print.
pub(crate) fn linux_64(c: &mut Ctx, b: &[u8], _wire_len: u32) -> Res {
    c.proto = "usb_linux_64_byte";
    header(c, b, HEADER_64)
}

/// usb_header_print once the whole `len`-byte header is captured: "USB",
/// then unless -q the transfer type, event, direction and address.
fn header(c: &mut Ctx, b: &[u8], len: usize) -> Res {
    let h = bytes(b, 0, len)?;
    c.ll_len += len;
    c.proto = "usb";
    c.s("USB");
    if c.o.quiet {
        return Ok(());
    }
    let (transfer, event) = (h[TRANSFER_AT], h[EVENT_AT]);
    c.s(" ");
    c.s(match transfer {
        ISOCHRONOUS => "ISOCHRONOUS",
        INTERRUPT => "INTERRUPT",
        CONTROL => "CONTROL",
        BULK => "BULK",
        _ => " ?",
    });
    c.s(match event {
        SUBMIT => " SUBMIT",
        COMPLETE => " COMPLETE",
        ERROR => " ERROR",
        _ => " ?",
    });
    if let Some(inbound) = inbound(transfer, event) {
        c.s(if inbound { " from" } else { " to" });
    }
    // The header is in the capturing host's byte order; libpcap turns it
    // to the reader's, so tcpdump reads it in host order.
    c.s_dec(" ", u16::from_ne_bytes([h[BUS_AT], h[BUS_AT + 1]]));
    c.s_dec(":", h[DEVICE_AT]);
    c.s_dec(":", h[ENDPOINT_AT] & 0x7f);
    Ok(())
}

/// get_direction: whether the event carries data towards the host
/// (Some(true)), away from it (Some(false)), or neither is known.
/// Interrupt transfers are submitted to receive, the others to send.
fn inbound(transfer: u8, event: u8) -> Option<bool> {
    let submitted = match event {
        SUBMIT => true,
        COMPLETE | ERROR => false,
        _ => return None,
    };
    match transfer {
        BULK | CONTROL | ISOCHRONOUS => Some(!submitted),
        INTERRUPT => Some(submitted),
        _ => None,
    }
}
