//! Spanning tree BPDUs (print-stp.c): 802.1D configuration and topology
//! change BPDUs, 802.1w RSTP, 802.1s MSTP with its MSTIs and 802.1aq SPB.

use super::ctx::codes;
use super::out::Emit;
use super::{Ctx, Res, be16, be32, bytes, u8at};

codes! {
    /// The protocol versions.
    PROTOCOLS: u8 {
        PROTO_REGULAR = 0x00 => "802.1d",
        PROTO_RAPID = 0x02 => "802.1w",
        PROTO_MSTP = 0x03 => "802.1s",
        PROTO_SPB = 0x04 => "802.1aq",
    }
}

codes! {
    /// The BPDU types.
    BPDU_TYPES: u8 {
        TYPE_CONFIG = 0x00 => "Config",
        TYPE_RSTP = 0x02 => "Rapid STP",
        TYPE_TOPO_CHANGE = 0x80 => "Topology Change",
    }
}

const FLAGS: &[(u32, &str)] = &[
    (0x01, "Topology change"),
    (0x02, "Proposal"),
    (0x10, "Learn"),
    (0x20, "Forward"),
    (0x40, "Agreement"),
    (0x80, "Topology change ACK"),
];

const PORT_ROLES: [&str; 4] = ["Unknown", "Alternate", "Root", "Designated"];

/// The common BPDU header up to and including the version 1 length.
const BPDU_LEN: usize = 36;
/// Offsets of the common header.
const FLAGS_AT: usize = 4;
const ROOT_ID_AT: usize = 5;
const ROOT_COST_AT: usize = 13;
const BRIDGE_ID_AT: usize = 17;
const PORT_ID_AT: usize = 25;
const TIMES_AT: usize = 27;
const V1_LEN_AT: usize = 35;
/// MSTP (802.1s): the version 3 part after the common header.
const MSTP_MIN_LEN: usize = 102;
const V3_LEN_AT: usize = 36;
const MCID_NAME_AT: usize = 39;
const CIST_INT_COST_AT: usize = 89;
const CIST_BRIDGE_ID_AT: usize = 93;
const CIST_HOPS_AT: usize = 101;
const MSTI_AT: usize = 102;
const MSTI_LEN: usize = 16;
const MCID_CONFIG_LEN: u16 = 64;
/// SPB (802.1aq): the version 4 part after the MSTP part.
const SPB_MIN_LEN: usize = 87;

/// stp_print: the version and BPDU type, then the type's fields.
pub(crate) fn stp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "stp";
    if length < 4 {
        c.invalid();
        return Ok(());
    }
    if be16(b, 0)? != 0 {
        c.s_dec("unknown STP version, length ", length as u64);
        return Ok(());
    }
    let version = u8at(b, 2)?;
    c.s("STP ");
    if !name_or_hex(c, PROTOCOLS, version, "Unknown STP protocol") {
        return Ok(());
    }
    let bpdu_type = u8at(b, 3)?;
    c.s(", ");
    name_or_hex(c, BPDU_TYPES, bpdu_type, "Unknown BPDU Type");
    match (bpdu_type, version) {
        (TYPE_CONFIG, _) if length < BPDU_LEN - 1 => c.invalid(),
        (TYPE_RSTP, PROTO_RAPID) if length < BPDU_LEN => c.invalid(),
        (TYPE_CONFIG, _) | (TYPE_RSTP, PROTO_RAPID) => config(c, b, length, version)?,
        (TYPE_RSTP, PROTO_MSTP | PROTO_SPB) => mstp_and_spb(c, b, length, version)?,
        _ => {}
    }
    Ok(())
}

/// The name of `v` in `table`, or "`unknown` (0xNN)"; whether it had a name.
fn name_or_hex(c: &mut Ctx, table: &[(u32, &str)], v: u8, unknown: &str) -> bool {
    let name = table.iter().find(|&&(k, _)| k == u32::from(v));
    match name {
        Some(&(_, name)) => c.s(name),
        None => c.name_code(unknown, v, 2),
    }
    name.is_some()
}

/// A configuration or RSTP BPDU: flags, bridge and port; with -v the
/// timers, the root and (RSTP) the port role.
fn config(c: &mut Ctx, b: &[u8], length: usize, version: u8) -> Res {
    let flags = u8at(b, FLAGS_AT)?;
    c.s(", Flags [");
    c.flag_names(flags.into(), FLAGS);
    c.s("]");
    let bridge = bytes(b, BRIDGE_ID_AT, 8)?;
    let port = be16(b, PORT_ID_AT)?;
    c.s(", bridge-id ");
    bridge_id(c, bridge);
    c.s(".");
    c.out.hex0(port.into(), 4);
    c.s_dec(", length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    times(c, b)?;
    let labels = ["\n\troot-id ", ", root-pathcost "];
    id_and_cost(c, b, ROOT_ID_AT, ROOT_COST_AT, labels)?;
    if version == PROTO_RAPID {
        c.s(", port-role ");
        c.s(port_role(flags));
    }
    Ok(())
}

/// An MSTP or SPB BPDU, after the checks of its lengths that tcpdump
/// makes before printing it.
fn mstp_and_spb(c: &mut Ctx, b: &[u8], length: usize, version: u8) -> Res {
    if length < MSTP_MIN_LEN || u8at(b, V1_LEN_AT)? != 0 {
        c.invalid();
        return Ok(());
    }
    // The version 3 length does not count its own two bytes.
    let mstp_len = usize::from(be16(b, V3_LEN_AT)?) + 2;
    if length < BPDU_LEN + mstp_len {
        c.invalid();
        return Ok(());
    }
    mstp(c, b, length)?;
    if version == PROTO_SPB {
        let spb_at = BPDU_LEN + mstp_len;
        let spb_len = usize::from(be16(b, spb_at)?) + 2;
        if length < spb_at + spb_len || spb_len < SPB_MIN_LEN {
            c.invalid();
            return Ok(());
        }
        if c.o.verbose > 0 {
            spb(c, b, spb_at)?;
        }
    }
    Ok(())
}

/// stp_print_mstp_bpdu: the CIST flags; with -v the CIST and each MSTI.
fn mstp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let flags = u8at(b, FLAGS_AT)?;
    c.s(", CIST Flags [");
    c.flag_names(flags.into(), FLAGS);
    c.s_dec("], length ", length as u64);
    if c.o.verbose == 0 {
        return Ok(());
    }
    c.s("\n\tport-role ");
    c.s(port_role(flags));
    c.s(", ");
    let labels = ["CIST root-id ", ", CIST ext-pathcost "];
    id_and_cost(c, b, ROOT_ID_AT, ROOT_COST_AT, labels)?;
    bridge_id_at(c, b, BRIDGE_ID_AT, "\n\tCIST regional-root-id ")?;
    c.s(", ");
    let port = be16(b, PORT_ID_AT)?;
    c.s("CIST port-id ");
    c.out.hex0(port.into(), 4);
    c.s(",");
    times(c, b)?;
    let v3len = be16(b, V3_LEN_AT)?;
    c.s_dec("\n\tv3len ", v3len);
    config_id(c, b, MCID_NAME_AT, [", MCID Name ", ", rev "])?;
    c.s(", ");
    let int_cost = be32(b, CIST_INT_COST_AT)?;
    c.s_dec("CIST int-root-pathcost ", int_cost);
    c.s(",");
    bridge_id_at(c, b, CIST_BRIDGE_ID_AT, "\n\tCIST bridge-id ")?;
    c.s(", ");
    let hops = u8at(b, CIST_HOPS_AT)?;
    c.s_dec("CIST remaining-hops ", hops);
    let mut left = v3len.saturating_sub(MCID_CONFIG_LEN);
    let mut at = MSTI_AT;
    while usize::from(left) >= MSTI_LEN {
        let id = be16(b, at + 1)? & 0x0fff;
        let flags = u8at(b, at)?;
        c.s_dec("\n\tMSTI ", id);
        c.s(", Flags [");
        c.flag_names(flags.into(), FLAGS);
        c.s("], port-role ");
        c.s(port_role(flags));
        let labels = ["\n\t\tMSTI regional-root-id ", ", pathcost "];
        id_and_cost(c, b, at + 1, at + 9, labels)?;
        let prios = [
            u8at(b, at + 13)? >> 4,
            u8at(b, at + 14)? >> 4,
            u8at(b, at + 15)?,
        ];
        for (label, v) in ["\n\t\tMSTI bridge-prio ", ", port-prio ", ", hops "]
            .iter()
            .zip(prios)
        {
            c.s(label);
            c.dec(v);
        }
        left -= MSTI_LEN as u16;
        at += MSTI_LEN;
    }
    Ok(())
}

/// stp_print_spb_bpdu: the version 4 part at `at` (-v only).
fn spb(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let v4len = be16(b, at)?;
    c.s_dec("\n\tv4len ", v4len);
    config_id(c, b, at + 3, [", AUXMCID Name ", ", Rev "])?;
    let agreement = u8at(b, at + 53)?;
    let format = u8at(b, at + 55)?;
    let convention = u8at(b, at + 56)?;
    let edges = be16(b, at + 57)?;
    let agreement_digest = bytes(b, at + 67, 20)?;
    let fields: [(&str, u32); 9] = [
        ("\n\tAgreement num ", u32::from(agreement >> 6)),
        (
            ", Discarded Agreement num ",
            u32::from(agreement >> 4 & 0x3),
        ),
        (", Agreement valid-flag ", u32::from(agreement >> 3 & 0x1)),
        (
            ",\n\tRestricted role-flag: ",
            u32::from(agreement >> 2 & 0x1),
        ),
        (", Format id ", u32::from(format >> 4)),
        (" cap ", u32::from(format)),
        (", Convention id ", u32::from(convention >> 4)),
        (" cap ", u32::from(convention)),
        (",\n\tEdge count ", u32::from(edges)),
    ];
    for (label, v) in fields {
        c.s(label);
        c.dec(v);
    }
    c.s(", Agreement digest ");
    hex_bytes(c, agreement_digest);
    Ok(())
}

/// The message age, max age, hello and forward delay timers, in 1/256 s.
fn times(c: &mut Ctx, b: &[u8]) -> Res {
    let values = [
        be16(b, TIMES_AT)?,
        be16(b, TIMES_AT + 2)?,
        be16(b, TIMES_AT + 4)?,
        be16(b, TIMES_AT + 6)?,
    ];
    let labels = [
        "\n\tmessage-age ",
        ", max-age ",
        ", hello-time ",
        ", forwarding-delay ",
    ];
    for (label, t) in labels.iter().zip(values) {
        c.s(label);
        seconds(c, t);
        c.s("s");
    }
    Ok(())
}

/// "%.2f" of t/256: the quotient is exact in binary, so printf rounds a
/// tie to the even hundredth.
fn seconds(c: &mut Ctx, t: u16) {
    let scaled = u64::from(t) * 100;
    let mut hundredths = scaled / 256;
    let rest = scaled % 256;
    if rest > 128 || (rest == 128 && hundredths % 2 == 1) {
        hundredths += 1;
    }
    c.dec(hundredths / 100);
    c.s(".");
    c.out.dec0(hundredths % 100, 2);
}

fn port_role(flags: u8) -> &'static str {
    PORT_ROLES[usize::from((flags & 0x0c) >> 2)]
}

/// A bridge ID at `at` and the path cost at `cost_at`, each after its
/// label (both read first).
fn id_and_cost(c: &mut Ctx, b: &[u8], at: usize, cost_at: usize, labels: [&str; 2]) -> Res {
    let id = bytes(b, at, 8)?;
    let cost = be32(b, cost_at)?;
    c.s(labels[0]);
    bridge_id(c, id);
    c.s(labels[1]);
    c.dec(cost);
    Ok(())
}

/// A bridge ID at `at`, after its label.
fn bridge_id_at(c: &mut Ctx, b: &[u8], at: usize, label: &str) -> Res {
    let id = bytes(b, at, 8)?;
    c.s(label);
    bridge_id(c, id);
    Ok(())
}

/// An MST configuration identifier: the name at `at` (32 bytes, after
/// labels[0]), then the revision (after labels[1]) and the digest.
fn config_id(c: &mut Ctx, b: &[u8], at: usize, labels: [&str; 2]) -> Res {
    c.s(labels[0]);
    c.printjnp(b, at, 32)?;
    let rev = be16(b, at + 32)?;
    let digest = bytes(b, at + 34, 16)?;
    c.s(labels[1]);
    c.dec(rev);
    c.s(",\n\t\tdigest ");
    hex_bytes(c, digest);
    Ok(())
}

/// A bridge ID: the priority in hex, then the MAC address.
fn bridge_id(c: &mut Ctx, id: &[u8]) {
    c.out.hex0(u64::from(id[0]), 2);
    c.out.hex0(u64::from(id[1]), 2);
    c.s(".");
    c.out.mac(&id[2..8]);
}

/// A digest as tcpdump's run of "%08x" words.
fn hex_bytes(c: &mut Ctx, d: &[u8]) {
    for &byte in d {
        c.out.hex0(byte.into(), 2);
    }
}
