//! BOOTP/DHCP (print-bootp.c): op, client address and length; with -v the
//! fixed fields and the vendor area (RFC 1048 options or the CMU layout).

use super::ctx::{Ctx, Res, Trunc, be16, be32, bytes, print_char, u8at};
use super::out::Emit;
use super::{dispatch, hexdump};

// Offsets of the fixed BOOTP header (RFC 951).
const XID: usize = 4;
const SECS: usize = 8;
const FLAGS: usize = 10;
const CIADDR: usize = 12;
const CHADDR: usize = 28;
const SNAME: usize = 44;
const SNAME_LEN: usize = 64;
const FILE: usize = 108;
const FILE_LEN: usize = 128;
const VEND: usize = 236;

/// bootp_print: op, the client's MAC on an Ethernet request, length; with
/// -v every non-zero field and the vendor area.
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
    let ether = htype == 1 && hlen == 6;
    if ether && op == 1 {
        // Read before printing: a cut address prints no " from".
        let chaddr = bytes(b, CHADDR, 6)?;
        c.s(" from ");
        dispatch::mac(c, chaddr);
    }
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    // tcpdump checks up to secs before printing any field.
    bytes(b, SECS, 2)?;
    if htype != 1 {
        c.s_dec(", htype ", htype);
    }
    if !ether {
        c.s_dec(", hlen ", hlen);
    }
    let hops = u8at(b, 3)?;
    if hops != 0 {
        c.s_dec(", hops ", hops);
    }
    let xid = be32(b, XID)?;
    if xid != 0 {
        c.s(", xid 0x");
        c.out.hex(u64::from(xid));
    }
    let secs = be16(b, SECS)?;
    if secs != 0 {
        c.s_dec(", secs ", secs);
    }
    let flags = be16(b, FLAGS)?;
    c.s(", Flags [");
    c.flag_names(u32::from(flags), &[(0x8000, "Broadcast")]);
    c.s("]");
    if c.o.verbose > 1 {
        c.s(" (0x");
        c.out.hex0(u64::from(flags), 4);
        c.s(")");
    }
    for (k, label) in ["Client-IP", "Your-IP", "Server-IP", "Gateway-IP"]
        .iter()
        .enumerate()
    {
        let a = bytes(b, CIADDR + 4 * k, 4)?;
        if a != [0; 4] {
            c.s("\n\t  ");
            c.s(label);
            c.s(" ");
            c.ip4(a);
        }
    }
    if ether {
        let chaddr = bytes(b, CHADDR, 6)?;
        c.s("\n\t  Client-Ethernet-Address ");
        dispatch::mac(c, chaddr);
    }
    for (at, size, label) in [(SNAME, SNAME_LEN, "sname"), (FILE, FILE_LEN, "file")] {
        if u8at(b, at)? != 0 {
            c.s("\n\t  ");
            c.s(label);
            c.s(" \"");
            let ok = print_nul_terminated(c, b, at, size);
            c.s("\"");
            if !ok {
                return Err(Trunc);
            }
        }
    }
    let magic = bytes(b, VEND, 4)?;
    if magic == [99, 130, 83, 99] {
        rfc1048(c, b)
    } else if magic == *b"CMU\0" {
        cmu(c, b)
    } else {
        let v = be32(b, VEND)?;
        if v != 0 {
            c.s("\n\t  Vendor-#0x");
            c.out.hex(u64::from(v));
        }
        Ok(())
    }
}

/// nd_printztn: the string up to its NUL within `size` bytes; false when
/// no NUL comes before the field or the capture ends.
fn print_nul_terminated(c: &mut Ctx, b: &[u8], at: usize, size: usize) -> bool {
    for k in 0..size {
        match b.get(at + k) {
            None => return false,
            Some(0) => return true,
            Some(&ch) => print_char(c, ch),
        }
    }
    false
}

/// nd_printn over bytes already known to be captured.
fn print_text(c: &mut Ctx, text: &[u8]) {
    for &ch in text {
        print_char(c, ch);
    }
}

/// cmu_print: the CMU vendor area's addresses that are set.
fn cmu(c: &mut Ctx, b: &[u8]) -> Res {
    c.s(" vend-cmu");
    bytes(b, VEND + 4, 4)?;
    let flags = u8at(b, VEND + 4)?;
    if flags & !1 != 0 {
        c.s(" F:0x");
        c.out.hex(u64::from(flags));
    }
    let mask = if flags & 1 != 0 { "SM" } else { "SM*" };
    // Printed in this order, though the mask precedes the gateway.
    let fields = [
        (12, "DG"),
        (8, mask),
        (16, "NS1"),
        (20, "NS2"),
        (24, "IEN1"),
        (28, "IEN2"),
        (32, "TS1"),
        (36, "TS2"),
    ];
    for (off, label) in fields {
        let a = bytes(b, VEND + off, 4)?;
        if a != [0; 4] {
            c.s(" ");
            c.s(label);
            c.s(":");
            c.ip4(a);
        }
    }
    Ok(())
}

/// How tcpdump prints an option's data (the first character of its
/// tag2str entry).
#[derive(Clone, Copy, PartialEq)]
enum Form {
    /// ' ': no format of its own; printed as decimal bytes.
    Plain,
    /// 'i': IPv4 addresses.
    Addr,
    /// 'p': pairs of IPv4 addresses.
    AddrPair,
    /// 'l': unsigned 32-bit numbers.
    U32,
    /// 'L': signed 32-bit numbers.
    S32,
    /// 's': unsigned 16-bit numbers.
    U16,
    /// 'b': period-separated decimal bytes.
    Bytes,
    /// 'B': booleans, Y/N.
    Bool,
    /// 'a': text.
    Text,
    /// '$': printed by code of its own.
    Special,
}

/// tag2str: each option's format and name; None for tcpdump's "?Unknown".
fn option_info(tag: u8) -> Option<(Form, &'static str)> {
    use Form::*;
    Some(match tag {
        0 => (Plain, "PAD"),
        1 => (Addr, "Subnet-Mask"),
        2 => (S32, "Time-Zone"),
        3 => (Addr, "Default-Gateway"),
        4 => (Addr, "Time-Server"),
        5 => (Addr, "IEN-Name-Server"),
        6 => (Addr, "Domain-Name-Server"),
        7 => (Addr, "LOG"),
        8 => (Addr, "CS"),
        9 => (Addr, "LPR-Server"),
        10 => (Addr, "IM"),
        11 => (Addr, "RL"),
        12 => (Text, "Hostname"),
        13 => (U16, "BS"),
        255 => (Plain, "END"),
        14 => (Text, "DP"),
        15 => (Text, "Domain-Name"),
        16 => (Addr, "SS"),
        17 => (Text, "RP"),
        18 => (Text, "EP"),
        19 => (Bool, "IPF"),
        20 => (Bool, "SRT"),
        21 => (AddrPair, "PF"),
        22 => (U16, "RSZ"),
        23 => (Bytes, "TTL"),
        24 => (U32, "MTU-Timeout"),
        25 => (U16, "MTU-Table"),
        26 => (U16, "MTU"),
        27 => (Bool, "LSN"),
        28 => (Addr, "BR"),
        29 => (Bool, "MD"),
        30 => (Bool, "MS"),
        31 => (Bool, "Router-Discovery"),
        32 => (Addr, "RSA"),
        33 => (AddrPair, "Static-Route"),
        34 => (Bool, "UT"),
        35 => (U32, "AT"),
        36 => (Bool, "IE"),
        37 => (Bytes, "TT"),
        38 => (U32, "KI"),
        39 => (Bool, "KG"),
        40 => (Text, "YD"),
        41 => (Addr, "YS"),
        42 => (Addr, "NTP"),
        43 => (Bytes, "Vendor-Option"),
        44 => (Addr, "Netbios-Name-Server"),
        45 => (Addr, "WDD"),
        46 => (Special, "Netbios-Node"),
        47 => (Text, "Netbios-Scope"),
        48 => (Addr, "XFS"),
        49 => (Addr, "XDM"),
        64 => (U16, "N+D"),
        65 => (Addr, "N+S"),
        68 => (Addr, "MH"),
        69 => (Addr, "SMTP"),
        70 => (Addr, "POP3"),
        71 => (Addr, "NNTP"),
        72 => (Addr, "WWW"),
        73 => (Addr, "FG"),
        74 => (Addr, "IRC"),
        75 => (Addr, "STS"),
        76 => (Addr, "STDA"),
        50 => (Addr, "Requested-IP"),
        51 => (U32, "Lease-Time"),
        52 => (Special, "OO"),
        66 => (Text, "TFTP"),
        67 => (Text, "BF"),
        53 => (Plain, "DHCP-Message"),
        54 => (Addr, "Server-ID"),
        55 => (Bytes, "Parameter-Request"),
        56 => (Text, "MSG"),
        57 => (U16, "MSZ"),
        58 => (U32, "RN"),
        59 => (U32, "RB"),
        60 => (Text, "Vendor-Class"),
        61 => (Special, "Client-ID"),
        98 => (Text, "UAP"),
        116 => (Bool, "NOAUTO"),
        78 => (Bytes, "SLP-DA"),
        79 => (Bytes, "SLP-SCOPE"),
        117 => (U16, "NSSEARCH"),
        77 => (Special, "User-Class"),
        118 => (Addr, "SUBNET"),
        121 => (Special, "Classless-Static-Route"),
        249 => (Special, "Classless-Static-Route-Microsoft"),
        150 => (Addr, "TFTP-Server-Address"),
        80 => (Text, "SLP-NA"),
        81 => (Special, "FQDN"),
        82 => (Special, "Agent-Information"),
        83 => (Bytes, "ARMT"),
        88 => (Text, "TZSTR"),
        89 => (Bytes, "FQDNS"),
        90 => (Bytes, "AUTH"),
        91 => (S32, "Last-Transaction-Time"),
        92 => (Addr, "Associated-IP"),
        93 => (U16, "ARCH"),
        94 => (Bytes, "NDI"),
        97 => (Bytes, "GUID"),
        95 => (Text, "LDAP"),
        100 => (Text, "POSIX-TZ"),
        101 => (Text, "TZ-Name"),
        112 => (Addr, "NI"),
        113 => (Text, "NITAG"),
        114 => (Text, "URL"),
        161 => (Text, "MUD-URL"),
        _ => return None,
    })
}

fn option_name(tag: u8) -> &'static str {
    option_info(tag).map_or("Unknown", |(_, name)| name)
}

const TAG_PAD: u8 = 0;
const TAG_END: u8 = 255;

/// rfc1048_print: the magic cookie, then each option to the end of the
/// capture (-vvv also shows pads and goes on past END, as tcpdump does).
fn rfc1048(c: &mut Ctx, b: &[u8]) -> Res {
    c.s("\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x");
    c.out.hex0(u64::from(be32(b, VEND)?), 8);
    let vvv = c.o.verbose >= 3;
    let mut p = VEND + 4;
    while let Some(&tag) = b.get(p) {
        p += 1;
        if !vvv && tag == TAG_PAD {
            continue;
        }
        if !vvv && tag == TAG_END {
            return Ok(());
        }
        let len = if tag == TAG_PAD || tag == TAG_END {
            0
        } else {
            let l = u8at(b, p)?;
            p += 1;
            usize::from(l)
        };
        c.s("\n\t    ");
        c.s(option_name(tag));
        c.dec_fields(&[(" (", tag.into()), ("), length ", len as u64)]);
        if len > 0 {
            c.s(": ");
        }
        if tag == TAG_PAD {
            let mut count = 1u32;
            while b.get(p) == Some(&TAG_PAD) {
                p += 1;
                count += 1;
            }
            if count > 1 {
                c.s_dec(", occurs ", count);
            }
        }
        let data = bytes(b, p, len)?;
        p += len;
        let left = option_data(c, tag, data)?;
        if left > 0 {
            c.s_dec("\n\t  trailing data length ", left as u64);
        }
    }
    Ok(())
}

/// One option's data, all captured; returns how many bytes its format
/// left unprinted (tcpdump's "trailing data").
fn option_data(c: &mut Ctx, tag: u8, d: &[u8]) -> Res<usize> {
    if tag == 53 && d.len() == 1 {
        c.s(dhcp_message_name(d[0]));
        if dhcp_message_name(d[0]).is_empty() {
            c.s_dec("Unknown (", d[0]);
            c.s(")");
        }
        return Ok(0);
    }
    if tag == 55 {
        for (k, &inner) in d.iter().enumerate() {
            c.s(if k % 4 == 0 { "\n\t      " } else { ", " });
            c.s(option_name(inner));
            c.s_dec(" (", inner);
            c.s(")");
        }
        return Ok(0);
    }
    let form = match option_info(tag) {
        Some((form, _)) => form,
        // Unknown options print by their size.
        None if d.len() & 1 != 0 => Form::Bytes,
        None if d.len() & 2 != 0 => Form::U16,
        None => Form::U32,
    };
    Ok(match form {
        Form::Text => {
            c.s("\"");
            print_text(c, d);
            c.s("\"");
            0
        }
        Form::Addr | Form::U32 | Form::S32 => items(c, d, 4, ",", |c, w| {
            let v = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
            match form {
                Form::Addr => c.ip4(w),
                Form::S32 => signed(c, v as i32),
                _ => c.dec(v),
            }
        }),
        Form::AddrPair => items(c, d, 8, ",", |c, w| {
            c.s("(");
            c.ip4(&w[..4]);
            c.s(":");
            c.ip4(&w[4..]);
            c.s(")");
        }),
        Form::U16 => items(c, d, 2, ",", |c, w| {
            c.dec(u16::from_be_bytes([w[0], w[1]]));
        }),
        Form::Bool => items(c, d, 1, ",", |c, w| match w[0] {
            0 => c.s("N"),
            1 => c.s("Y"),
            v => {
                c.dec(v);
                c.s("?");
            }
        }),
        Form::Plain | Form::Bytes => items(c, d, 1, ".", |c, w| c.dec(w[0])),
        Form::Special => special(c, tag, d),
    })
}

/// An option's value as a list of `size`-byte items between `sep`s, each
/// printed by `item`; returns how many bytes were left over (fewer than
/// one item), which the caller reports as tcpdump does.
fn items(
    c: &mut Ctx,
    d: &[u8],
    size: usize,
    sep: &str,
    mut item: impl FnMut(&mut Ctx, &[u8]),
) -> usize {
    let chunks = d.chunks_exact(size);
    let left = chunks.remainder().len();
    for (k, w) in chunks.enumerate() {
        if k > 0 {
            c.s(sep);
        }
        item(c, w);
    }
    left
}

fn signed(c: &mut Ctx, v: i32) {
    if v < 0 {
        c.s("-");
    }
    c.dec(v.unsigned_abs());
}

/// dhcp_msg_values; empty for a value it does not name.
fn dhcp_message_name(v: u8) -> &'static str {
    match v {
        1 => "Discover",
        2 => "Offer",
        3 => "Request",
        4 => "Decline",
        5 => "ACK",
        6 => "NACK",
        7 => "Release",
        8 => "Inform",
        10 => "LeaseQuery",
        11 => "LeaseUnassigned",
        12 => "LeaseUnknown",
        13 => "LeaseActive",
        _ => "",
    }
}

/// tok2str with no format: the name, or "#N".
fn name_or_number(c: &mut Ctx, name: Option<&str>, v: u8) {
    match name {
        Some(n) => c.s(n),
        None => {
            c.s_dec("#", v);
        }
    }
}

/// The options tcpdump decodes with code of their own ('$'); returns the
/// bytes left unprinted.
fn special(c: &mut Ctx, tag: u8, d: &[u8]) -> usize {
    match tag {
        46 | 52 => {
            let Some((&v, rest)) = d.split_first() else {
                c.s("[ERROR: length < 1 bytes]");
                return 0;
            };
            let name = if tag == 46 {
                match v {
                    1 => Some("b-node"),
                    2 => Some("p-node"),
                    4 => Some("m-node"),
                    8 => Some("h-node"),
                    _ => None,
                }
            } else {
                match v {
                    1 => Some("file"),
                    2 => Some("sname"),
                    3 => Some("file+sname"),
                    _ => None,
                }
            };
            name_or_number(c, name, v);
            rest.len()
        }
        81 => {
            client_fqdn(c, d);
            0
        }
        61 => {
            client_id(c, d);
            0
        }
        82 => agent_information(c, d),
        121 | 249 => {
            classless_routes(c, d);
            0
        }
        77 => {
            user_class(c, d);
            0
        }
        _ => {
            c.s_dec("[unknown special tag ", tag);
            c.s_dec(", size ", d.len() as u64);
            c.s("]");
            0
        }
    }
}

/// Client FQDN (RFC 4702): flags, the two RCODEs when set, the name.
fn client_fqdn(c: &mut Ctx, d: &[u8]) {
    if d.len() < 3 {
        c.s("[ERROR: length < 3 bytes]");
        return;
    }
    let flags = d[0];
    if flags & 0xf0 != 0 {
        c.s("[ERROR: MBZ nibble 0x");
        c.out.hex(u64::from(flags >> 4));
        c.s(" != 0] ");
    }
    if flags & 0x0f != 0 {
        c.s("[");
        for (bit, ch) in [(1, "S"), (2, "O"), (4, "E"), (8, "N")] {
            if flags & bit != 0 {
                c.s(ch);
            }
        }
        c.s("] ");
    }
    if d[1] != 0 || d[2] != 0 {
        c.dec(d[1]);
        c.s_dec("/", d[2]);
        c.s(" ");
    }
    c.s("\"");
    print_text(c, &d[3..]);
    c.s("\"");
}

/// The ARP hardware types a client identifier names (tcpdump's
/// arp_htype_values, as client_id prints them).
const HARDWARE_TYPES: &[(u32, &str)] = &[
    (0x1, "ether"),
    (0x6, "ieee802"),
    (0x7, "arcnet"),
    (0xf, "frelay"),
    (0x17, "strip"),
    (0x18, "ieee1394"),
];

/// Client identifier: text after a type of 0, else the hardware type and
/// the address in hex.
fn client_id(c: &mut Ctx, d: &[u8]) {
    let Some((&htype, id)) = d.split_first() else {
        c.s("[ERROR: length < 1 bytes]");
        return;
    };
    if htype == 0 {
        c.s("\"");
        print_text(c, id);
        c.s("\"");
        return;
    }
    c.tok_or(HARDWARE_TYPES, htype.into(), "hardware-type ", ",");
    c.s(" ");
    for (k, &v) in id.iter().enumerate() {
        if k > 0 {
            c.s(":");
        }
        c.out.hex0(u64::from(v), 2);
    }
}

/// Relay agent information (RFC 3046): its sub-options; returns a last
/// byte too short for a sub-option header.
fn agent_information(c: &mut Ctx, d: &[u8]) -> usize {
    let mut p = 0;
    while d.len() - p >= 2 {
        let (sub, sublen) = (d[p], usize::from(d[p + 1]));
        p += 2;
        let name = match sub {
            1 => "Circuit-ID",
            2 => "Remote-ID",
            6 => "Subscriber-ID",
            _ => "Unknown",
        };
        c.s("\n\t      ");
        c.s(name);
        c.s_dec(" SubOption ", sub);
        c.s_dec(", length ", sublen as u64);
        let Some(value) = d.get(p..p + sublen) else {
            c.s(": length goes past end of option");
            return 0;
        };
        c.s(": ");
        if matches!(sub, 1 | 2 | 6) {
            print_text(c, value);
        } else {
            hexdump::hex(c.out, "\n\t\t", value);
        }
        p += sublen;
    }
    d.len() - p
}

/// Classless static routes (RFC 3442): (destination/width:router) each.
fn classless_routes(c: &mut Ctx, d: &[u8]) {
    if d.len() < 5 {
        c.s("[ERROR: length < 5 bytes]");
        return;
    }
    let mut p = 0;
    while p < d.len() {
        if p > 0 {
            c.s(",");
        }
        let width = d[p];
        p += 1;
        if width > 32 {
            c.s_dec("[ERROR: Mask width (", width);
            c.s(") > 32]");
            return;
        }
        let octets = usize::from(width).div_ceil(8);
        let left = d.len() - p;
        if left < octets + 4 {
            c.s_dec("[ERROR: Remaining length (", left as u64);
            c.s_dec(") < ", octets as u64 + 4);
            c.s(" bytes]");
            return;
        }
        c.s("(");
        if width == 0 {
            c.s("default");
        } else {
            for k in 0..4 {
                if k > 0 {
                    c.s(".");
                }
                c.dec(if k < octets { d[p + k] } else { 0 });
            }
            c.s_dec("/", width);
        }
        p += octets;
        c.s(":");
        c.ip4(&d[p..p + 4]);
        c.s(")");
        p += 4;
    }
}

/// User class (RFC 3004): each instance's text and length.
fn user_class(c: &mut Ctx, d: &[u8]) {
    if d.len() < 2 {
        c.s("[ERROR: length < 2 bytes]");
        return;
    }
    let mut p = 0;
    let mut instance = 1u32;
    while p < d.len() {
        let sublen = usize::from(d[p]);
        p += 1;
        c.s_dec("\n\t      instance#", instance);
        c.s(": ");
        if sublen == 0 {
            c.s("[ERROR: suboption length must be non-zero]");
            return;
        }
        let Some(text) = d.get(p..p + sublen) else {
            c.s("[ERROR: invalid option]");
            return;
        };
        c.s("\"");
        print_text(c, text);
        c.s_dec("\", length ", sublen as u64);
        instance += 1;
        p += sublen;
    }
}
