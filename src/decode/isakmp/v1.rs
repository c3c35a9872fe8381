//! IKEv1 payloads (RFC 2408/2407): SA, proposal, transform with its
//! attributes, key exchange, identification, certificate and request,
//! hash, signature, nonce, notification, delete and vendor ID.

use super::super::ctx::{Ctx, Res, be16, be32, print_char};
use super::super::out::Emit;
use super::{
    AttrMap, Msg, Next, Payload, Scope, chain, hex, np_name, proto_name, rawprint, show_somedata,
    stop, str_or_id, transform_rest, vvv_data,
};

// Payload types (isakmp->np).
const SA: u8 = 1;
pub(super) const P: u8 = 2;
pub(super) const T: u8 = 3;
const KE: u8 = 4;
const ID: u8 = 5;
const CERT: u8 = 6;
const CR: u8 = 7;
const NONCE: u8 = 10;
pub(super) const N: u8 = 11;
const D: u8 = 12;

/// The IPsec DOI (RFC 2407).
const IPSEC_DOI: u32 = 1;

/// The printer of IKEv1 payload type `at.np` (1 to 13).
pub(super) fn payload(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    np_name(c, at.np);
    c.s(":");
    match at.np {
        SA => sa(c, m, at),
        P => proposal(c, m, at),
        T => transform(c, m, at),
        KE => blob(c, m, at, " key len=", false),
        ID => id(c, m, at),
        CERT | CR => blob(c, m, at, " len=", true),
        NONCE => nonce(c, m, at),
        N => notify(c, m, at),
        D => delete(c, m, at),
        // Hash (8), signature (9), vendor ID (13).
        _ => blob(c, m, at, " len=", false),
    }
}

/// ikev1_sa_print: the DOI and situation, then the proposals.
fn sa(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 12) {
        return stop(c, SA);
    }
    let doi = be32(m.b, ext + 4)?;
    let sit = be32(m.b, ext + 8)?;
    if doi != IPSEC_DOI {
        c.s_dec(" doi=", doi);
        c.s_dec(" situation=", sit);
        return Ok(Some(ext + 12));
    }
    c.s(" doi=ipsec situation=");
    let mut sep = "";
    for (bit, name) in [(1, "identity"), (2, "secrecy"), (4, "integrity")] {
        if sit & bit != 0 {
            c.s(sep);
            c.s(name);
            sep = "+";
        }
    }
    let mut np = ext + 12;
    if sit != 0x01 {
        // tcpdump reads the labeled-domain identifier one generic header
        // into the payload, which is the DOI.
        c.s(" ident=");
        c.dec(be32(m.b, ext + 4)?);
        np += 4;
    }
    if !m.has(np, 4) {
        return stop(c, SA);
    }
    chain(c, m, P, np, at.scope)
}

/// ikev1_p_print: the proposal's number, protocol, transform count and
/// SPI, then its transforms.
fn proposal(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, P);
    }
    let prot_id = m.b[ext + 5];
    c.s_dec(" #", m.b[ext + 4]);
    c.s(" protoid=");
    proto_name(c, prot_id);
    c.s_dec(" transform=", m.b[ext + 7]);
    let spi_size = usize::from(m.b[ext + 6]);
    if spi_size != 0 {
        c.s(" spi=");
        if !rawprint(c, m, ext + 8, spi_size) {
            return stop(c, P);
        }
    }
    let t = ext + 8 + spi_size;
    if !m.has(t, 4) {
        return stop(c, P);
    }
    let scope = Scope {
        proto: prot_id.into(),
        ..at.scope
    };
    chain(c, m, T, t, scope)
}

const IKE_TRANSFORMS: &[&str] = &["", "ike"];
const AH_TRANSFORMS: &[&str] = &[
    "",
    "(reserved)",
    "md5",
    "sha",
    "1des",
    "sha2-256",
    "sha2-384",
    "sha2-512",
];
/// esp_p_map, IKEv2's encryption transform names too.
pub(super) const ESP_TRANSFORMS: &[&str] = &[
    "",
    "1des-iv64",
    "1des",
    "3des",
    "rc5",
    "idea",
    "cast",
    "blowfish",
    "3idea",
    "1des-iv32",
    "rc4",
    "null",
    "aes",
];
const IPCOMP_TRANSFORMS: &[&str] = &["", "oui", "deflate", "lzs"];

/// The Diffie-Hellman groups by number (dh_p_map), IKEv2's too.
pub(super) const DH_GROUPS: &[&str] = &[
    "",
    "modp768",
    "modp1024",
    "EC2N 2^155",
    "EC2N 2^185",
    "modp1536",
    "iana-grp06",
    "iana-grp07",
    "iana-grp08",
    "iana-grp09",
    "iana-grp10",
    "iana-grp11",
    "iana-grp12",
    "iana-grp13",
    "modp2048",
    "modp3072",
    "modp4096",
    "modp6144",
    "modp8192",
];

const fn attr(name: &'static str, values: &'static [&'static str]) -> AttrMap {
    AttrMap { name, values }
}

const LIFE_TYPES: &[&str] = &["", "sec", "kb"];

/// IPsec DOI transform attributes (ipsec_t_map).
const IPSEC_ATTRS: &[AttrMap] = &[
    attr("", &[]),
    attr("lifetype", LIFE_TYPES),
    attr("life", &[]),
    attr("group desc", DH_GROUPS),
    attr("enc mode", &["", "tunnel", "transport"]),
    attr("auth", &["", "hmac-md5", "hmac-sha1", "1des-mac", "keyed"]),
    attr("keylen", &[]),
    attr("rounds", &[]),
    attr("dictsize", &[]),
    attr("privalg", &[]),
];

/// IKE (Oakley) transform attributes (oakley_t_map).
const OAKLEY_ATTRS: &[AttrMap] = &[
    attr("", &[]),
    attr(
        "enc",
        &["", "1des", "idea", "blowfish", "rc5", "3des", "cast", "aes"],
    ),
    attr(
        "hash",
        &[
            "", "md5", "sha1", "tiger", "sha2-256", "sha2-384", "sha2-512",
        ],
    ),
    attr(
        "auth",
        &[
            "",
            "preshared",
            "dss",
            "rsa sig",
            "rsa enc",
            "rsa enc revised",
        ],
    ),
    attr("group desc", DH_GROUPS),
    attr("group type", &["", "MODP", "ECP", "EC2N"]),
    attr("group prime", &[]),
    attr("group gen1", &[]),
    attr("group gen2", &[]),
    attr("group curve A", &[]),
    attr("group curve B", &[]),
    attr("lifetype", LIFE_TYPES),
    attr("lifeduration", &[]),
    attr("prf", &[]),
    attr("keylen", &[]),
    attr("field", &[]),
    attr("order", &[]),
];

/// ikev1_t_print: the transform's number and ID by the proposal's
/// protocol, then its attributes.
fn transform(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, T);
    }
    let (names, map): (&[&str], &[AttrMap]) = match at.scope.proto {
        1 => (IKE_TRANSFORMS, OAKLEY_ATTRS),
        2 => (AH_TRANSFORMS, IPSEC_ATTRS),
        3 => (ESP_TRANSFORMS, IPSEC_ATTRS),
        4 => (IPCOMP_TRANSFORMS, IPSEC_ATTRS),
        _ => (&[], &[]),
    };
    let t_id = m.b[ext + 5];
    c.s_dec(" #", m.b[ext + 4]);
    transform_rest(c, m, at, names, t_id.into(), map)
}

/// The payloads that print their length and, at -vvv, their data in hex
/// (key exchange, hash, signature, vendor ID; certificate and
/// certificate request with their encoding).
fn blob(c: &mut Ctx, m: &Msg, at: Payload, label: &str, cert: bool) -> Next {
    const ENCODINGS: &[&str] = &[
        "none", "pkcs7", "pgp", "dns", "x509sign", "x509ke", "kerberos", "crl", "arl", "spki",
        "x509attr",
    ];
    if !m.has(at.ext, if cert { 5 } else { 4 }) {
        return stop(c, at.np);
    }
    c.s(label);
    c.dec((at.item_len - 4) as u64);
    if cert {
        c.s(" type=");
        str_or_id(c, ENCODINGS, m.b[at.ext + 4].into());
    }
    vvv_data(c, m, at, 4, 4)
}

/// ikev1_nonce_print: the length, and the nonce in hex at -vvv or its
/// ends at -vv.
fn nonce(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    if !m.has(at.ext, 4) {
        return stop(c, NONCE);
    }
    c.s_dec(" n len=", (at.item_len - 4) as u64);
    if at.item_len > 4 {
        let shown = if c.o.verbose > 2 {
            c.s(" ");
            rawprint(c, m, at.ext + 4, at.item_len - 4)
        } else if c.o.verbose > 1 {
            c.s(" ");
            show_somedata(c, m, at.ext + 4)
        } else {
            true
        };
        if !shown {
            return stop(c, NONCE);
        }
    }
    Ok(Some(at.end()))
}

/// " len=N [bad: < MIN]" for identification data too short for its type.
fn id_too_short(c: &mut Ctx, len: usize, min: usize) {
    c.s_dec(" len=", len as u64);
    c.s_dec(" [bad: < ", min as u64);
    c.s("]");
}

/// ikev1_id_print: the identification type, protocol and port, and the
/// identity by its type.
fn id(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    const ID_TYPES: &[&str] = &["IPv4", "IPv4net", "IPv6", "IPv6net"];
    const IPSEC_ID_TYPES: &[&str] = &[
        "",
        "IPv4",
        "FQDN",
        "user FQDN",
        "IPv4net",
        "IPv6",
        "IPv6net",
        "IPv4range",
        "IPv6range",
        "ASN1 DN",
        "ASN1 GN",
        "keyid",
    ];
    let ext = at.ext;
    if !m.has(ext, 8) {
        return stop(c, ID);
    }
    let data = ext + 8;
    let mut len = at.item_len.saturating_sub(8);
    if !matches!(at.scope.phase, 1 | 2) {
        c.s(" idtype=");
        str_or_id(c, ID_TYPES, m.b[ext + 4].into());
        c.s(" doi_data=");
        c.dec(be32(m.b, ext + 4)? & 0x00ff_ffff);
    } else {
        let kind = m.b[ext + 4];
        c.s(" idtype=");
        str_or_id(c, IPSEC_ID_TYPES, kind.into());
        // A protocol ID of 0 is not IPPROTO_IP.
        let proto = m.b[ext + 5];
        c.s(" protoid=");
        match c.names.protocol(proto).filter(|_| proto != 0) {
            Some(name) => c.out.s(name),
            None => c.dec(proto),
        }
        c.s(" port=");
        c.dec(be16(m.b, ext + 6)?);
        if len != 0 {
            if !m.has(data, len) {
                return stop(c, ID);
            }
            if identity(c, m, kind, data, len)? {
                len = 0;
            }
        }
    }
    if len != 0 {
        c.s_dec(" len=", len as u64);
        if c.o.verbose > 2 {
            c.s(" ");
            if !rawprint(c, m, data, len) {
                return stop(c, ID);
            }
        }
    }
    Ok(Some(at.end()))
}

/// The identity of an IPsec DOI identification payload (`len` captured
/// bytes at `data`); false for the types printed as data.
fn identity(c: &mut Ctx, m: &Msg, kind: u8, data: usize, len: usize) -> Res<bool> {
    let d = &m.b[data..data + len];
    match kind {
        // An IPv4 or IPv6 address, subnet or range.
        1 | 4 | 7 => address_identity(c, d, kind == 1, 4, kind == 4),
        5 | 6 | 8 => address_identity(c, d, kind == 5, 16, kind == 6),
        // A domain name or user@domain.
        2 | 3 => {
            c.s_dec(" len=", len as u64);
            c.s(" ");
            for &ch in d {
                print_char(c, ch);
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// An address (`single`), or a subnet (address and mask) or range of
/// two, of `width` bytes each; tcpdump prints an IPv6 mask in hex.
fn address_identity(c: &mut Ctx, d: &[u8], single: bool, width: usize, subnet: bool) {
    let min = if single { width } else { 2 * width };
    if d.len() < min {
        id_too_short(c, d.len(), min);
        return;
    }
    c.s_dec(" len=", d.len() as u64);
    c.s(" ");
    address(c, &d[..width]);
    if single {
        return;
    }
    let second = &d[width..2 * width];
    if !subnet {
        c.s("-");
        address(c, second);
    } else if width == 4 {
        c.s("/");
        c.out.ip4(second);
    } else {
        c.s("/0x");
        hex(c, second);
    }
}

fn address(c: &mut Ctx, a: &[u8]) {
    if a.len() == 4 { c.ip4(a) } else { c.ip6(a) }
}

/// The notify message types of RFC 2408 by number from 0.
const NOTIFY_ERRORS: &[&str] = &[
    "",
    "INVALID-PAYLOAD-TYPE",
    "DOI-NOT-SUPPORTED",
    "SITUATION-NOT-SUPPORTED",
    "INVALID-COOKIE",
    "INVALID-MAJOR-VERSION",
    "INVALID-MINOR-VERSION",
    "INVALID-EXCHANGE-TYPE",
    "INVALID-FLAGS",
    "INVALID-MESSAGE-ID",
    "INVALID-PROTOCOL-ID",
    "INVALID-SPI",
    "INVALID-TRANSFORM-ID",
    "ATTRIBUTES-NOT-SUPPORTED",
    "NO-PROPOSAL-CHOSEN",
    "BAD-PROPOSAL-SYNTAX",
    "PAYLOAD-MALFORMED",
    "INVALID-KEY-INFORMATION",
    "INVALID-ID-INFORMATION",
    "INVALID-CERT-ENCODING",
    "INVALID-CERTIFICATE",
    "CERT-TYPE-UNSUPPORTED",
    "INVALID-CERT-AUTHORITY",
    "INVALID-HASH-INFORMATION",
    "AUTHENTICATION-FAILED",
    "INVALID-SIGNATURE",
    "ADDRESS-NOTIFICATION",
    "NOTIFY-SA-LIFETIME",
    "CERTIFICATE-UNAVAILABLE",
    "UNSUPPORTED-EXCHANGE-TYPE",
    "UNEQUAL-PAYLOAD-LENGTHS",
];

const RESPONDER_LIFETIME: u16 = 24576;
const REPLAY_STATUS: u16 = 24577;

/// The notify type's name: each range of 8192 types has its own table,
/// and outside the IPsec DOI its two IPsec ranges are numbers.
fn notify_type(c: &mut Ctx, t: u16, ipsec: bool) {
    c.s(" type=");
    let (table, base): (&[&str], u16) = match t {
        0..=8191 => (NOTIFY_ERRORS, 0),
        8192..=16383 if ipsec => (&["RESERVED"], 8192),
        16384..=24575 => (&["CONNECTED"], 16384),
        24576..=32767 if ipsec => (
            &["RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT"],
            24576,
        ),
        _ => (&[], 0),
    };
    str_or_id(c, table, u32::from(t - base));
}

/// ikev1_n_print: DOI, protocol, type and SPI, then what the type
/// carries.
fn notify(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 12) {
        return stop(c, N);
    }
    let ipsec = doi_and_protocol(c, m, ext)?;
    let t = be16(m.b, ext + 10)?;
    notify_type(c, t, ipsec);
    let spi_size = usize::from(m.b[ext + 9]);
    if spi_size != 0 {
        c.s(" spi=");
        if !rawprint(c, m, ext + 12, spi_size) {
            return stop(c, N);
        }
    }
    let mut cp = ext + 12 + spi_size;
    if !ipsec {
        return Ok(Some(cp));
    }
    let ep2 = at.end();
    if cp < m.ep() {
        match t {
            RESPONDER_LIFETIME => {
                c.s(" attrs=(");
                while cp < m.ep() && cp < ep2 {
                    match super::attribute(c, m, cp, ep2, OAKLEY_ATTRS)? {
                        Some(next) => cp = next,
                        None => {
                            c.s(")");
                            return stop(c, N);
                        }
                    }
                }
                c.s(")");
            }
            REPLAY_STATUS => {
                c.s(" status=(");
                // tcpdump reads the status before printing its text.
                let enabled = be32(m.b, cp)? != 0;
                c.s("replay detection ");
                c.s(if enabled { "en" } else { "dis" });
                c.s("abled)");
            }
            _ => {
                let shown = if c.o.verbose > 3 {
                    c.s(" data=(");
                    let ok = rawprint(c, m, cp, m.ep() - cp);
                    if ok {
                        c.s(")");
                    }
                    ok
                } else {
                    show_somedata(c, m, cp)
                };
                if !shown {
                    return stop(c, N);
                }
            }
        }
    }
    Ok(Some(at.end()))
}

/// The DOI and protocol of a notification or delete payload, by name in
/// the IPsec DOI; true when it is that DOI.
fn doi_and_protocol(c: &mut Ctx, m: &Msg, ext: usize) -> Res<bool> {
    let doi = be32(m.b, ext + 4)?;
    let proto = m.b[ext + 8];
    if doi == IPSEC_DOI {
        c.s(" doi=ipsec proto=");
        proto_name(c, proto);
    } else {
        c.s_dec(" doi=", doi);
        c.s_dec(" proto=", proto);
    }
    Ok(doi == IPSEC_DOI)
}

/// ikev1_d_print: DOI, protocol and the SPIs being deleted.
fn delete(c: &mut Ctx, m: &Msg, at: Payload) -> Next {
    let ext = at.ext;
    if !m.has(ext, 12) {
        return stop(c, D);
    }
    doi_and_protocol(c, m, ext)?;
    let spi_size = usize::from(m.b[ext + 9]);
    let num_spi = be16(m.b, ext + 10)?;
    c.s_dec(" spilen=", spi_size as u64);
    c.s_dec(" nspi=", num_spi);
    c.s(" spi=");
    let mut q = ext + 12;
    for i in 0..num_spi {
        if i != 0 {
            c.s(",");
        }
        if !rawprint(c, m, q, spi_size) {
            return stop(c, D);
        }
        q += spi_size;
    }
    Ok(Some(q))
}
