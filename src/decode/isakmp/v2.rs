//! IKEv2 payloads (RFC 4306): SA with proposals and transforms, key
//! exchange, identification, certificate and request, authentication,
//! nonce, notify, delete, vendor ID, traffic selectors, encrypted,
//! configuration and EAP.

use super::super::ctx::{Ctx, be16, is_print};
use super::super::out::Emit;
use super::v1::{DH_GROUPS, ESP_TRANSFORMS, N, P, T};
use super::{
    AttrMap, Msg, Next, Payload, Scope, chain, np_name, open, proto_name, rawprint, show_somedata,
    stop, str_or_id, transform_rest, vvv_data, vvv_hex,
};

/// The header's flag set on what the original initiator sends.
const FLAG_INITIATOR: u8 = 0x08;

/// The printer of IKEv2 payload type `at.np` (33 to 48 but 46).
pub(super) fn payload(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    match at.np {
        33 => sa(c, m, at),
        34 => key_exchange(c, m, at),
        35 | 36 => id(c, m, at),
        39 => auth(c, m, at),
        40 => nonce(c, m, at),
        41 => notify(c, m, at),
        43 => vendor_id(c, m, at),
        // Certificates and requests, delete, traffic selectors,
        // configuration and EAP: the length and the data.
        _ => generic(c, m, at),
    }
}

/// ikev2_pay_print: the payload's name, "[C]" when critical, ":".
fn header(c: &mut Ctx, m: &Msg, ext: usize, name: impl FnOnce(&mut Ctx)) {
    name(c);
    if m.b[ext + 1] & 0x80 != 0 {
        c.s("[C]");
    }
    c.s(":");
}

/// The header under the payload type's own name.
fn named(c: &mut Ctx, m: &Msg, at: Payload) {
    header(c, m, at.ext, |c| np_name(c, at.np));
}

/// " len=N", and the data in hex at -vvv.
fn len_and_data(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    c.s_dec(" len=", (at.item_len - 4) as u64);
    vvv_data(c, m, at, 4, 4)
}

/// ikev2_gen_print
fn generic(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 4) {
        return stop(c, at.np);
    }
    named(c, m, at);
    len_and_data(c, m, at)
}

/// The substructures of an SA (proposals) or of a proposal (transforms)
/// from `cp`, `len` bytes by the enclosing length; each names the type
/// of the next. An item that overruns that length skips the rest with
/// `mark`; one too short to advance, or cut, stops the walk.
fn items(
    c: &mut Ctx,
    m: &Msg,
    first: u8,
    mut cp: usize,
    mut len: usize,
    depth: usize,
    mark: u8,
) -> Next {
    let mut np = first;
    let mut count = 0u32;
    while np != 0 {
        count += 1;
        let ext = cp;
        if len < 4 {
            return too_long(c, cp, len, mark);
        }
        if !m.has(ext, 4) {
            return stop(c, mark);
        }
        let item_len = usize::from(be16(m.b, ext + 2)?);
        if item_len <= 4 {
            return stop(c, mark);
        }
        if len < item_len {
            return too_long(c, cp, len, mark);
        }
        if !m.has(cp, item_len) {
            return stop(c, mark);
        }
        open(c, depth + 1);
        let at = Payload {
            np,
            ext,
            item_len,
            scope: super::Scope {
                phase: 0,
                proto: 0,
                depth: depth + 1,
            },
        };
        // Only items of the loop's own type are decoded: a proposal inside
        // a proposal is a name.
        let next = match np {
            _ if np != first => {
                np_name(c, np);
                Some(cp + item_len)
            }
            P => proposal(c, m, at)?,
            _ => transform(c, m, at, count)?,
        };
        let Some(next) = next else {
            return Ok(None);
        };
        cp = next;
        c.s(")");
        len -= item_len;
        np = m.b[ext];
    }
    Ok(Some(cp))
}

/// The "toolong" exit: the rest of the enclosing length is skipped.
fn too_long(c: &mut Ctx, cp: usize, len: usize, mark: u8) -> Next {
    c.s(" [|");
    np_name(c, mark);
    c.s("]");
    Ok(Some(cp + len))
}

/// ikev2_sa_print: the length, then the proposals.
fn sa(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 4) {
        return stop(c, at.np);
    }
    header(c, m, at.ext, |c| c.s("sa"));
    let sa_len = usize::from(be16(m.b, at.ext + 2)?) - 4;
    c.s_dec(" len=", sa_len as u64);
    items(c, m, P, at.ext + 4, sa_len, at.scope.depth, at.np)
}

/// ikev2_p_print: number, protocol, transform count, length and SPI,
/// then the transforms.
fn proposal(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, P);
    }
    header(c, m, ext, |c| c.s("p"));
    // The length left counts from the end of the generic header, though
    // the transforms start after the proposal's fixed part, as in tcpdump.
    let mut len = at.item_len - 4;
    c.s_dec(" #", m.b[ext + 4]);
    c.s(" protoid=");
    proto_name(c, m.b[ext + 5]);
    c.s_dec(" transform=", m.b[ext + 7]);
    c.s_dec(" len=", at.item_len as u64);
    let mut cp = ext + 8;
    let spi_size = usize::from(m.b[ext + 6]);
    if spi_size != 0 {
        if len < spi_size {
            return too_long(c, cp, len, P);
        }
        c.s(" spi=");
        if !rawprint(c, m, cp, spi_size) {
            return stop(c, P);
        }
        cp += spi_size;
        len -= spi_size;
    }
    items(c, m, T, cp, len, at.scope.depth, P)
}

/// Encryption transform attributes: only the key length has a name.
const ENCR_ATTRS: &[AttrMap] = &[
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap::NONE,
    AttrMap {
        name: "keylen",
        values: &[],
    },
];

/// ikev2_t_print: the transform's type and ID, then its attributes.
fn transform(c: &mut Ctx, m: &Msg, at: Payload, count: u32) -> Next {
    const TYPES: &[&str] = &["", "encr", "prf", "integ", "dh", "esn"];
    const PRFS: &[&str] = &["", "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc"];
    const INTEGS: &[&str] = &[
        "", "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc",
    ];
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, T);
    }
    header(c, m, ext, |c| c.s("t"));
    let t_id = be16(m.b, ext + 6)?;
    let t_type = m.b[ext + 4];
    let (names, map): (&[&str], &[AttrMap]) = match t_type {
        1 => (ESP_TRANSFORMS, ENCR_ATTRS),
        2 => (PRFS, &[]),
        3 => (INTEGS, &[]),
        4 => (DH_GROUPS, &[]),
        5 => (&["no-esn", "esn"], &[]),
        _ => (&[], &[]),
    };
    c.s_dec(" #", count);
    c.s(" type=");
    str_or_id(c, TYPES, t_type.into());
    transform_rest(c, m, at, names, t_id.into(), map)
}

/// ikev2_ke_print: the length and the Diffie-Hellman group.
fn key_exchange(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 8) {
        return stop(c, at.np);
    }
    named(c, m, at);
    if at.item_len < 8 {
        c.s_dec(" len=", at.item_len as u64);
        c.s(" < 8");
        return Ok(Some(at.end()));
    }
    c.s_dec(" len=", (at.item_len - 8) as u64);
    c.s(" group=");
    str_or_id(c, DH_GROUPS, be16(m.b, at.ext + 4)?.into());
    vvv_data(c, m, at, 8, 8)
}

/// ikev2_ID_print: the length, and the identity as text or hex by type.
fn id(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 8) {
        return stop(c, at.np);
    }
    named(c, m, at);
    if len_and_data(c, m, at)?.is_none() {
        return Ok(None);
    }
    let (label, text) = match m.b[at.ext + 4] {
        1 => (" ipv4:", false),
        2 => (" fqdn:", true),
        3 => (" rfc822:", true),
        5 => (" ipv6:", false),
        9 => (" dn:", false),
        10 => (" gn:", false),
        11 => (" keyid:", false),
        _ => return Ok(Some(at.end())),
    };
    c.s(label);
    let data = at.ext + 8;
    // An item shorter than the ID header makes tcpdump's unsigned
    // length huge: it cannot have been captured.
    let Some(len) = at.item_len.checked_sub(8).filter(|&n| m.has(data, n)) else {
        return stop(c, at.np);
    };
    if text {
        printable(c, &m.b[data..data + len]);
    } else {
        rawprint(c, m, data, len);
    }
    Ok(Some(at.end()))
}

/// Printable characters as they are, others as '.'.
fn printable(c: &mut Ctx, bytes: &[u8]) {
    for &ch in bytes {
        c.out.ch(if is_print(ch) { ch } else { b'.' });
    }
}

/// ikev2_auth_print: the length and method, and the data in hex at -vv
/// or its ends at -v.
fn auth(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 8) {
        return stop(c, at.np);
    }
    named(c, m, at);
    c.s_dec(" len=", (at.item_len - 4) as u64);
    c.s(" method=");
    str_or_id(
        c,
        &["invalid", "rsasig", "shared-secret", "dsssig"],
        m.b[at.ext + 4].into(),
    );
    let data = at.ext + 8;
    let shown = if c.o.verbose > 1 {
        c.s(" authdata=(");
        let ok = at
            .item_len
            .checked_sub(8)
            .is_some_and(|n| rawprint(c, m, data, n));
        if ok {
            c.s(") ");
        }
        ok
    } else if c.o.verbose > 0 {
        show_somedata(c, m, data)
    } else {
        true
    };
    if !shown {
        return stop(c, at.np);
    }
    Ok(Some(at.end()))
}

/// ikev2_nonce_print: the length, and the nonce in hex at -vv or its
/// ends at -v.
fn nonce(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 4) {
        return stop(c, at.np);
    }
    header(c, m, at.ext, |c| c.s("nonce"));
    c.s_dec(" len=", (at.item_len - 4) as u64);
    let shown = if c.o.verbose > 1 {
        c.s(" nonce=(");
        let ok = rawprint(c, m, at.ext + 4, at.item_len - 4);
        if ok {
            c.s(") ");
        }
        ok
    } else if c.o.verbose > 0 {
        show_somedata(c, m, at.ext + 4)
    } else {
        true
    };
    if !shown {
        return stop(c, at.np);
    }
    Ok(Some(at.end()))
}

/// Notify types with names: (type, name, whether the SPI is shown).
const NOTIFY_TYPES: &[(u16, &str, bool)] = &[
    (1, "unsupported_critical_payload", false),
    (4, "invalid_ike_spi", true),
    (5, "invalid_major_version", false),
    (7, "invalid_syntax", true),
    (9, "invalid_message_id", true),
    (11, "invalid_spi", true),
    (14, "no_protocol_chosen", true),
    (17, "invalid_ke_payload", true),
    (24, "authentication_failed", true),
    (34, "single_pair_required", true),
    (35, "no_additional_sas", false),
    (36, "internal_address_failure", false),
    (37, "failed:cp_required", false),
    (39, "invalid_selectors", false),
    (16384, "initial_contact", false),
    (16385, "set_window_size", false),
    (16386, "additional_ts_possible", false),
    (16387, "ipcomp_supported", false),
    (16388, "nat_detection_source_ip", true),
    (16389, "nat_detection_destination_ip", true),
    (16390, "cookie", true),
    (16391, "use_transport_mode", false),
    (16392, "http_cert_lookup_supported", false),
    (16393, "rekey_sa", true),
    (16394, "tfc_padding_not_supported", false),
    (16395, "non_first_fragment_also", false),
];

const COOKIE: u16 = 16390;

/// ikev2_n_print: protocol, type and SPI; the data at -vvvv, and a
/// cookie's always.
fn notify(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, N);
    }
    header(c, m, ext, |c| c.s("n"));
    c.s(" prot_id=");
    proto_name(c, m.b[ext + 4]);
    let t = be16(m.b, ext + 6)?;
    let (name, show_spi) = match NOTIFY_TYPES.iter().find(|e| e.0 == t) {
        Some(&(_, name, spi)) => (name, spi),
        None => (
            match t {
                0..=8191 => "error",
                8192..=16383 => "private-error",
                16384..=40959 => "status",
                _ => "private-status",
            },
            true,
        ),
    };
    c.s_dec(" type=", t);
    c.s("(");
    c.s(name);
    c.s(")");
    let spi_size = usize::from(m.b[ext + 5]);
    if show_spi && spi_size != 0 && !rawprint_spi(c, m, ext + 8, spi_size) {
        return stop(c, N);
    }
    let cp = ext + 8 + spi_size;
    let some_data = t == COOKIE;
    if cp < m.ep() {
        let rest = m.ep() - cp;
        let shown = if c.o.verbose > 3 || (some_data && rest < 30) {
            c.s(" data=(");
            let ok = rawprint(c, m, cp, rest);
            if ok {
                c.s(")");
            }
            ok
        } else if some_data {
            show_somedata(c, m, cp)
        } else {
            true
        };
        if !shown {
            return stop(c, N);
        }
    }
    Ok(Some(at.end()))
}

/// " spi=" and the SPI in hex.
fn rawprint_spi(c: &mut Ctx, m: &Msg, at: usize, n: usize) -> bool {
    c.s(" spi=");
    rawprint(c, m, at, n)
}

/// The header and " len=N", N the bytes after the generic header, which
/// it returns; None when the generic header was not captured.
fn named_len(c: &mut Ctx, m: &Msg, at: Payload) -> Option<usize> {
    if !m.has(at.ext, 4) {
        return None;
    }
    named(c, m, at);
    let len = at.item_len - 4;
    c.s_dec(" len=", len as u64);
    Some(len)
}

/// ikev2_vid_print: the length and the vendor ID as text, and in hex at
/// -vvv.
fn vendor_id(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let Some(len) = named_len(c, m, at) else {
        return stop(c, at.np);
    };
    c.s(" vid=");
    if !m.has(at.ext + 4, len) {
        return stop(c, at.np);
    }
    printable(c, &m.b[at.ext + 4..at.end()]);
    vvv_data(c, m, at, 4, 8)
}

/// ikev2_e_print: the encrypted payload's length (and data at -vvv), then,
/// when -E gave a key for its sender and IKE SA, the payloads it holds,
/// from the next-payload type in its header. It is the last payload: the
/// walk ends after it.
pub(super) fn encrypted(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let Some(len) = named_len(c, m, at) else {
        return stop(c, at.np);
    };
    if !vvv_hex(c, m, at, 4, 8) {
        return stop(c, at.np);
    }
    if !m.has(at.ext + 4, len) {
        return stop(c, at.np);
    }
    let initiator = m.header[19] & FLAG_INITIATOR != 0;
    let Some(key) = c.o.esp_sas.find_ikev2(initiator, &m.header[..16]) else {
        return Ok(None);
    };
    let Some(plain) = key.decrypt_ikev2(&m.b[at.ext + 4..at.end()]) else {
        return Ok(None);
    };
    let inner = Msg {
        b: &plain,
        v2: true,
        header: m.header,
    };
    // The plaintext's payloads sit one level deeper than this one's.
    let scope = Scope {
        depth: at.scope.depth + 1,
        ..at.scope
    };
    chain(c, &inner, m.b[at.ext], 0, scope)?;
    Ok(None)
}
