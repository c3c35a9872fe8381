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
    c.s(" ");
    c.dec(u16::from_ne_bytes([h[BUS_AT], h[BUS_AT + 1]]));
    c.s(":");
    c.dec(h[DEVICE_AT]);
    c.s(":");
    c.dec(h[ENDPOINT_AT] & 0x7f);
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

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_link, numeric};
    use crate::link::LinkType;
    use crate::wire::linktype;

    /// A header of `extra` bytes past the 48 for event `ev`, transfer
    /// type `tt`, endpoint `ep`, device 5 on bus `bus`, then 2 data bytes.
    fn frame(ev: u8, tt: u8, ep: u8, bus: u16, extra: usize) -> String {
        let mut h = vec![0x34, 0x12, 0, 0, 0, 0, 0, 0, ev, tt, ep, 5];
        h.extend_from_slice(&bus.to_ne_bytes());
        h.resize(48 + extra, 0);
        h.extend_from_slice(&[0x12, 0x01]);
        h.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Expected text from tcpdump 4.99.3 on the same frames, each event
    /// and transfer type, unknown ones, and headers cut short.
    fn check(lt: u32, extra: usize, trunc: &str) {
        let link = LinkType::Other(lt);
        let cases = [
            (b'S', 2, 0x80, "USB CONTROL SUBMIT to 3:5:0"),
            (b'C', 2, 0x80, "USB CONTROL COMPLETE from 3:5:0"),
            (b'E', 3, 0x01, "USB BULK ERROR from 3:5:1"),
            (b'S', 1, 0x81, "USB INTERRUPT SUBMIT from 3:5:1"),
            (b'C', 1, 0x81, "USB INTERRUPT COMPLETE to 3:5:1"),
            (b'C', 0, 0x83, "USB ISOCHRONOUS COMPLETE from 3:5:3"),
            (b'X', 2, 0, "USB CONTROL ? 3:5:0"),
            (b'S', 7, 5, "USB  ? SUBMIT 3:5:5"),
        ];
        let frames: Vec<String> = cases
            .iter()
            .map(|&(ev, tt, ep, _)| frame(ev, tt, ep, 3, extra))
            .collect();
        let whole: Vec<(&str, usize, &str)> = frames
            .iter()
            .zip(&cases)
            .map(|(f, case)| (f.as_str(), 0, case.3))
            .collect();
        golden_link(link, numeric(0), &whole);
        let quiet = PrintOptions {
            quiet: true,
            ..numeric(0)
        };
        let quiet_cases: Vec<(&str, usize, &str)> =
            frames.iter().map(|f| (f.as_str(), 0, "USB")).collect();
        golden_link(link, quiet, &quiet_cases);
        let f = frame(b'S', 2, 0x80, 0x1234, extra);
        let header = 48 + extra;
        golden_link(
            link,
            numeric(0),
            &[(&f, header - 1, trunc), (&f, 20, trunc)],
        );
    }

    #[test]
    fn linux_48() {
        check(linktype::USB_LINUX, 0, " [|usb_linux_48_byte]");
    }

    #[test]
    fn linux_64() {
        check(linktype::USB_LINUX_MMAPPED, 16, " [|usb_linux_64_byte]");
    }
}
