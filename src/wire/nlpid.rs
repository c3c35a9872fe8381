//! Network-layer protocol identifiers (ISO/IEC TR 9577), the first byte
//! of an OSI PDU and the protocol field of Frame Relay and ATM's NLPID
//! encapsulations; names as tcpdump's nlpid_values (nlpid.c).

pub const NULLNS: u8 = 0x00;
pub const Q933: u8 = 0x08;
pub const LMI: u8 = 0x09;
pub const SNAP: u8 = 0x80;
pub const CLNP: u8 = 0x81;
pub const ESIS: u8 = 0x82;
pub const ISIS: u8 = 0x83;
pub const CONS: u8 = 0x84;
pub const IDRP: u8 = 0x85;
pub const X25_ESIS: u8 = 0x8a;
pub const IP6: u8 = 0x8e;
/// FRF.15 (multilink Frame Relay fragments).
pub const MFR: u8 = 0xb1;
pub const ISIS_SPB: u8 = 0xc1;
pub const IP: u8 = 0xcc;
pub const PPP: u8 = 0xcf;

/// tcpdump's name for an NLPID, if it has one.
pub fn name(nlpid: u8) -> Option<&'static str> {
    Some(match nlpid {
        NULLNS => "NULL",
        Q933 => "Q.933",
        LMI => "LMI",
        SNAP => "SNAP",
        CLNP => "CLNP",
        ESIS => "ES-IS",
        ISIS => "IS-IS",
        CONS => "CONS",
        IDRP => "IDRP",
        ISIS_SPB => "ISIS_SPB",
        MFR => "FRF.15",
        IP => "IPv4",
        PPP => "PPP",
        X25_ESIS => "X25 ES-IS",
        IP6 => "IPv6",
        _ => return None,
    })
}
