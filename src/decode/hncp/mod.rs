//! HNCP, the Home Networking Control Protocol (print-hncp.c, RFC 7787
//! DNCP and RFC 7788): nested TLVs, named on one line at low -v levels
//! and each on its own line, indented by depth, at higher ones.

mod data;

use super::ctx::{Ctx, Res, be16, be32, bytes, codes, tcheck, u8at};
use super::out::Emit;
use data::BadPrefix;

codes! {
    TYPES: u32 {
        // DNCP (RFC 7787).
        REQUEST_NETWORK_STATE = 1 => "Request network state",
        REQUEST_NODE_STATE = 2 => "Request node state",
        NODE_ENDPOINT = 3 => "Node endpoint",
        NETWORK_STATE = 4 => "Network state",
        NODE_STATE = 5 => "Node state",
        PEER = 8 => "Peer",
        KEEP_ALIVE_INTERVAL = 9 => "Keep-alive interval",
        TRUST_VERDICT = 10 => "Trust-Verdict",
        // HNCP (RFC 7788; DHCP data types per its erratum 5113).
        HNCP_VERSION = 32 => "HNCP-Version",
        EXTERNAL_CONNECTION = 33 => "External-Connection",
        DELEGATED_PREFIX = 34 => "Delegated-Prefix",
        ASSIGNED_PREFIX = 35 => "Assigned-Prefix",
        NODE_ADDRESS = 36 => "Node-Address",
        DHCPV4_DATA = 37 => "DHCPv4-Data",
        DHCPV6_DATA = 38 => "DHCPv6-Data",
        DNS_DELEGATED_ZONE = 39 => "DNS-Delegated-Zone",
        DOMAIN_NAME = 40 => "Domain-Name",
        NODE_NAME = 41 => "Node-Name",
        MANAGED_PSK = 42 => "Managed-PSK",
        PREFIX_POLICY = 43 => "Prefix-Policy",
        // The ranges an unnamed type falls in, beyond any 16-bit type.
        RANGE_RESERVED = 0x10000 => "Reserved",
        RANGE_UNASSIGNED = 0x10001 => "Unassigned",
        RANGE_PRIVATE_USE = 0x10002 => "Private use",
        RANGE_FUTURE_USE = 0x10003 => "Future use",
    }
}

/// hncp_print.
pub(crate) fn hncp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "hncp";
    c.s_dec("hncp (", length as u64);
    c.s(")");
    tlvs(c, b, 0, length, 1)
}

/// A line break and `indent` tabs.
fn newline(c: &mut Ctx, indent: usize) {
    c.s("\n");
    for _ in 0..indent {
        c.s("\t");
    }
}

/// The type a TLV is printed as: its own when named, else its range.
fn type_mask(typ: u16) -> u32 {
    let typ = u32::from(typ);
    if TYPES.iter().any(|&(k, _)| k == typ) {
        return typ;
    }
    match typ {
        0 => RANGE_RESERVED,
        44..=511 => RANGE_UNASSIGNED,
        768..=1023 => RANGE_PRIVATE_USE,
        _ => RANGE_FUTURE_USE,
    }
}

/// Runs of TLVs of one type, named once with a count (in-line mode).
struct Runs {
    indent: usize,
    first: bool,
    typ: u32,
    count: usize,
}

impl Runs {
    /// print_type_in_line for the run so far.
    fn flush(&mut self, c: &mut Ctx) {
        if self.count == 0 {
            return;
        }
        if self.first {
            self.first = false;
            if self.indent > 1 {
                newline(c, self.indent);
            } else {
                c.s(" ");
            }
        } else {
            c.s(", ");
        }
        c.tok(TYPES, self.typ, "Easter Egg");
        if self.count > 1 {
            c.s_dec(" (x", self.count as u64);
            c.s(")");
        }
    }

    fn add(&mut self, c: &mut Ctx, typ: u32) {
        if self.count > 0 && self.typ == typ {
            self.count += 1;
        } else {
            self.flush(c);
            self.typ = typ;
            self.count = 1;
        }
    }
}

/// hncp_print_rec: `length` bytes of TLVs from `at`, at depth `indent`.
/// A TLV cut short or running past its container ends this level with
/// " [|hncp]" or " (invalid)", and the level above goes on.
fn tlvs(c: &mut Ctx, b: &[u8], at: usize, length: usize, indent: usize) -> Res {
    let v = usize::from(c.o.verbose);
    // is_in_line: indent - 1 >= v, below -vvv.
    let in_line = indent > v && v < 3;
    let mut runs = Runs {
        indent,
        first: true,
        typ: 0,
        count: 0,
    };
    let mut i = 0;
    while i < length {
        let tlv = at + i;
        if !in_line {
            newline(c, indent);
        }
        if tcheck(b, tlv, 4).is_err() {
            c.trunc();
            return Ok(());
        }
        if i + 4 > length {
            c.invalid();
            return Ok(());
        }
        let typ = be16(b, tlv)?;
        let bodylen = usize::from(be16(b, tlv + 2)?);
        if tcheck(b, tlv + 4, bodylen).is_err() {
            c.trunc();
            return Ok(());
        }
        if i + bodylen + 4 > length {
            c.invalid();
            return Ok(());
        }
        let mask = type_mask(typ);
        if in_line {
            runs.add(c, mask);
        } else {
            c.tok(TYPES, mask, "Easter Egg (42)");
            if mask > 0xffff {
                c.s_dec(": type=", typ);
            }
            c.s_dec(" (", (bodylen + 4) as u64);
            c.s(")");
            let t = Tlv {
                b,
                value: tlv + 4,
                len: bodylen,
                indent,
            };
            if !body(c, mask, t)? {
                c.invalid();
                return Ok(());
            }
        }
        i += 4 + bodylen.next_multiple_of(4);
    }
    runs.flush(c);
    Ok(())
}

/// A TLV's value: `len` bytes from `value`, at depth `indent`.
#[derive(Clone, Copy)]
struct Tlv<'a> {
    b: &'a [u8],
    value: usize,
    len: usize,
    indent: usize,
}

impl Tlv<'_> {
    /// The TLVs nested from `off` on, a level deeper, when `off` is within.
    fn nested(&self, c: &mut Ctx, off: usize) -> Res {
        if self.len >= off {
            tlvs(c, self.b, self.value + off, self.len - off, self.indent + 1)?;
        }
        Ok(())
    }

    fn u8(&self, off: usize) -> Res<u8> {
        u8at(self.b, self.value + off)
    }

    fn u32(&self, off: usize) -> Res<u32> {
        be32(self.b, self.value + off)
    }
}

/// A TLV's value after its name. Ok(false) ends the level with
/// " (invalid)" (only bad DHCPv4 data does); other bad values print
/// " (invalid)" and the TLVs go on.
fn body(c: &mut Ctx, mask: u32, t: Tlv) -> Res<bool> {
    let len = t.len;
    // The fixed lengths (exact, or at least) each type wants.
    let bad = match mask {
        REQUEST_NETWORK_STATE => len != 0,
        REQUEST_NODE_STATE => len != 4,
        NODE_ENDPOINT | NETWORK_STATE => len != 8,
        PEER => len != 12,
        NODE_STATE | NODE_ADDRESS => len < 20,
        KEEP_ALIVE_INTERVAL => len < 8,
        TRUST_VERDICT => len <= 36,
        HNCP_VERSION => len < 5,
        DELEGATED_PREFIX => len < 9 || len < 9 + usize::from(t.u8(8)?).div_ceil(8),
        ASSIGNED_PREFIX => len < 6 || len < 6 + usize::from(t.u8(5)?).div_ceil(8),
        PREFIX_POLICY | DHCPV4_DATA | DHCPV6_DATA | DOMAIN_NAME => len == 0,
        DNS_DELEGATED_ZONE => len < 17,
        NODE_NAME => len < 17 || len < 17 + usize::from(t.u8(16)?),
        MANAGED_PSK => len < 32,
        _ => false,
    };
    if bad {
        c.invalid();
        return Ok(true);
    }
    match mask {
        REQUEST_NODE_STATE => nid(c, t, " NID: ")?,
        NODE_ENDPOINT => {
            nid(c, t, " NID: ")?;
            hex32(c, " EPID: ", t.u32(4)?);
        }
        NETWORK_STATE => {
            c.s(" hash: ");
            hex(c, bytes(t.b, t.value, 8)?);
        }
        NODE_STATE => {
            nid(c, t, " NID: ")?;
            c.s(" seqno: ");
            c.dec(t.u32(4)?);
            c.s(" ");
            interval(c, t.u32(8)?);
            c.s(" hash: ");
            hex(c, bytes(t.b, t.value + 12, 8)?);
            t.nested(c, 20)?;
        }
        PEER => {
            nid(c, t, " Peer-NID: ")?;
            hex32(c, " Peer-EPID: ", t.u32(4)?);
            hex32(c, " Local-EPID: ", t.u32(8)?);
        }
        KEEP_ALIVE_INTERVAL => {
            hex32(c, " EPID: ", t.u32(0)?);
            c.s(" Interval: ");
            interval(c, t.u32(4)?);
        }
        TRUST_VERDICT => {
            c.s(" Verdict: ");
            c.dec(t.u8(0)?);
            c.s(" Fingerprint: ");
            hex(c, bytes(t.b, t.value + 4, 32)?);
            c.s(" Common Name: ");
            c.printjnp(t.b, t.value + 36, len - 36)?;
        }
        HNCP_VERSION => {
            let caps = be16(t.b, t.value + 2)?;
            for (name, shift) in [(" M: ", 12), (" P: ", 8), (" H: ", 4), (" L: ", 0)] {
                c.s(name);
                c.dec((caps >> shift) & 0xf);
            }
            c.s(" User-agent: ");
            c.printjnp(t.b, t.value + 4, len - 4)?;
        }
        EXTERNAL_CONNECTION => t.nested(c, 0)?,
        DELEGATED_PREFIX => {
            c.s(" VLSO: ");
            interval(c, t.u32(0)?);
            c.s(" PLSO: ");
            interval(c, t.u32(4)?);
            c.s(" Prefix: ");
            match data::prefix(c, t.b, t.value + 8, len - 8)? {
                Ok(n) => t.nested(c, (8 + n).next_multiple_of(4))?,
                Err(BadPrefix::Length) => c.s("(length is invalid)"),
                Err(BadPrefix::Short) => c.invalid(),
            }
        }
        PREFIX_POLICY => policy(c, t)?,
        DHCPV4_DATA => return data::dhcpv4(c, t.b, t.value, len, t.indent + 1),
        DHCPV6_DATA if !data::dhcpv6(c, t.b, t.value, len, t.indent + 1)? => c.invalid(),
        ASSIGNED_PREFIX => {
            hex32(c, " EPID: ", t.u32(0)?);
            c.s(" Prty: ");
            c.dec(t.u8(4)? & 0xf);
            c.s(" Prefix: ");
            match data::prefix(c, t.b, t.value + 5, len - 5)? {
                Ok(n) => t.nested(c, (5 + n).next_multiple_of(4))?,
                Err(_) => c.invalid(),
            }
        }
        NODE_ADDRESS => {
            hex32(c, " EPID: ", t.u32(0)?);
            c.s(" IP Address: ");
            data::address(c, t.b, t.value + 4)?;
            t.nested(c, 20)?;
        }
        DNS_DELEGATED_ZONE => {
            c.s(" IP-Address: ");
            data::address(c, t.b, t.value)?;
            let flags = t.u8(16)?;
            c.s(" ");
            for (bit, on) in [(4, b'l'), (2, b'b'), (1, b's')] {
                c.out.ch(if flags & bit != 0 { on } else { b'-' });
            }
            c.s(" ");
            match data::dns_label(c, t.b, t.value + 17, len - 17)? {
                Some(n) => t.nested(c, (17 + n).next_multiple_of(4))?,
                None => c.invalid(),
            }
        }
        DOMAIN_NAME => {
            c.s(" Domain: ");
            data::dns_label(c, t.b, t.value, len)?;
        }
        NODE_NAME => {
            let name_len = usize::from(t.u8(16)?);
            c.s(" IP-Address: ");
            data::address(c, t.b, t.value)?;
            c.s(" Name: ");
            if name_len < 64 {
                c.s("\"");
                c.printjnp(t.b, t.value + 17, name_len)?;
                c.s("\"");
            } else {
                c.invalid();
            }
            t.nested(c, (17 + name_len).next_multiple_of(4))?;
        }
        MANAGED_PSK => {
            c.s(" PSK: ");
            hex(c, bytes(t.b, t.value, 32)?);
            t.nested(c, 32)?;
        }
        _ => {}
    }
    Ok(true)
}

/// A Prefix-Policy TLV: its type byte says what the rest is.
fn policy(c: &mut Ctx, t: Tlv) -> Res {
    let p = t.u8(0)?;
    c.s(" type: ");
    match p {
        0 | 131 if t.len != 1 => c.invalid(),
        0 => c.s("Internet connectivity"),
        1..=128 => {
            c.s("Dest-Prefix: ");
            match data::prefix(c, t.b, t.value, t.len)? {
                Ok(_) => {}
                Err(BadPrefix::Length) => c.s("(length is invalid)"),
                Err(BadPrefix::Short) => c.invalid(),
            }
        }
        129 => {
            c.s("DNS domain: ");
            data::dns_label(c, t.b, t.value + 1, t.len - 1)?;
        }
        130 => {
            c.s("Opaque UTF-8: ");
            c.printjnp(t.b, t.value + 1, t.len - 1)?;
        }
        131 => c.s("Restrictive assignment"),
        _ => {
            c.s_dec("Unknown (", p);
            c.s(")");
        }
    }
    Ok(())
}

/// `label` and a node identifier (format_nid: four bytes, colon-separated).
fn nid(c: &mut Ctx, t: Tlv, label: &str) -> Res {
    let id = bytes(t.b, t.value, 4)?;
    c.s(label);
    c.out.mac(id);
    Ok(())
}

/// `label` and a 32-bit identifier in eight hex digits.
fn hex32(c: &mut Ctx, label: &str, v: u32) {
    c.s(label);
    c.out.hex0(u64::from(v), 8);
}

/// Bytes as lowercase hex digits (hashes and keys).
fn hex(c: &mut Ctx, b: &[u8]) {
    for &x in b {
        c.out.hex0(u64::from(x), 2);
    }
}

/// format_interval: milliseconds as "S.MMMs".
fn interval(c: &mut Ctx, ms: u32) {
    c.dec(ms / 1000);
    c.s(".");
    c.out.dec0(u64::from(ms % 1000), 3);
    c.s("s");
}
