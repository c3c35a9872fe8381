//! A DNS message in summary: the header, the questions, the record counts.

use super::bytes::u16_at;
use super::writer::{Buf, Json, escape};
use super::{Decoded, Rest, Stop};
use crate::wire::dns::{HEADER_LEN, Header};

/// Questions shown at most; a query with more is already odd.
const MAX_QUESTIONS: usize = 16;
/// A name is at most 255 bytes; a pointer chain longer than this loops.
const MAX_POINTERS: usize = 32;
const MAX_NAME: usize = 255;

pub fn decode<'a>(j: &mut Json, m: &'a [u8]) -> Decoded<'a> {
    let Some(h) = Header::new_checked(m) else {
        return Err(Stop::Truncated("dns"));
    };
    let questions = usize::from(h.qdcount());
    j.begin_object("dns")
        .u64("id", u64::from(h.id()))
        .bool("qr", h.response())
        .u64("opcode", u64::from(h.opcode()))
        .bool("aa", h.authoritative())
        .bool("tc", h.truncated())
        .bool("rd", h.recursion_desired())
        .bool("ra", h.recursion_available())
        .u64("rcode", u64::from(h.rcode()))
        .u64("qdcount", questions as u64)
        .u64("ancount", u64::from(h.ancount()))
        .u64("nscount", u64::from(h.nscount()))
        .u64("arcount", u64::from(h.arcount()))
        .begin_array("questions");
    let m = h.message();
    let mut at = HEADER_LEN;
    let mut result = Ok(Rest::Covered);
    for _ in 0..questions.min(MAX_QUESTIONS) {
        j.begin_element().key("name");
        let end = match name(&mut j.out, m, at) {
            Ok(end) => end,
            Err(stop) => {
                j.end_object();
                result = Err(stop);
                break;
            }
        };
        if m.len() < end + 4 {
            j.end_object();
            result = Err(Stop::Truncated("dns"));
            break;
        }
        j.str("type", type_name(u16_at(m, end)))
            .u64("qtype", u64::from(u16_at(m, end)))
            .u64("qclass", u64::from(u16_at(m, end + 2)))
            .end_object();
        at = end + 4;
    }
    j.end_array().end_object();
    result
}

/// Writes the name at `at` as a JSON string ("." for the root) and returns
/// where the name ends in the message (after its first pointer, if any).
/// The string is always closed, even when the name is cut short.
fn name(out: &mut Buf, m: &[u8], mut at: usize) -> Result<usize, Stop> {
    out.push(b'"');
    let mut end = None;
    let mut pointers = 0;
    let mut written = 0;
    let result = loop {
        let Some(&len) = m.get(at) else {
            break Err(Stop::Truncated("dns"));
        };
        match len {
            0 => {
                if written == 0 {
                    out.push(b'.');
                }
                break Ok(end.unwrap_or(at + 1));
            }
            0xc0..=0xff => {
                let Some(&low) = m.get(at + 1) else {
                    break Err(Stop::Truncated("dns"));
                };
                pointers += 1;
                if pointers > MAX_POINTERS {
                    break Err(Stop::Error("dns: compression pointer loop"));
                }
                end.get_or_insert(at + 2);
                at = usize::from(u16::from_be_bytes([len & 0x3f, low]));
            }
            0x40..=0xbf => break Err(Stop::Error("dns: unknown label type")),
            _ => {
                let len = usize::from(len);
                let Some(label) = m.get(at + 1..at + 1 + len) else {
                    break Err(Stop::Truncated("dns"));
                };
                written += len + 1;
                if written > MAX_NAME {
                    break Err(Stop::Error("dns: name longer than 255 bytes"));
                }
                if written > len + 1 {
                    out.push(b'.');
                }
                escape(out, label);
                at += 1 + len;
            }
        }
    };
    out.push(b'"');
    result
}

/// The mnemonic of common query types; others as RFC 3597's TYPEnnn.
fn type_name(t: u16) -> &'static str {
    match t {
        1 => "A",
        2 => "NS",
        5 => "CNAME",
        6 => "SOA",
        12 => "PTR",
        15 => "MX",
        16 => "TXT",
        28 => "AAAA",
        33 => "SRV",
        35 => "NAPTR",
        41 => "OPT",
        43 => "DS",
        46 => "RRSIG",
        48 => "DNSKEY",
        64 => "SVCB",
        65 => "HTTPS",
        99 => "SPF",
        251 => "IXFR",
        252 => "AXFR",
        255 => "ANY",
        257 => "CAA",
        _ => "other",
    }
}
