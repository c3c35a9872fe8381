//! 802.11 management frames (print-802_11.c's handle_* functions): the
//! fixed fields of each subtype and the information elements tcpdump
//! reports (SSID, supported rates, DS channel; challenge, CF and TIM are
//! checked for their limits but not printed).

use super::super::dispatch::mac;
use super::super::out::Emit;
use super::super::{Ctx, Res, le16, print_char, rest};
use super::{FC_PROTECTED, subtype, wep};

/// Management subtypes.
const ST_ASSOC_REQUEST: u16 = 0x0;
const ST_ASSOC_RESPONSE: u16 = 0x1;
const ST_REASSOC_REQUEST: u16 = 0x2;
const ST_REASSOC_RESPONSE: u16 = 0x3;
const ST_PROBE_REQUEST: u16 = 0x4;
const ST_PROBE_RESPONSE: u16 = 0x5;
const ST_BEACON: u16 = 0x8;
const ST_ATIM: u16 = 0x9;
const ST_DISASSOC: u16 = 0xa;
const ST_AUTH: u16 = 0xb;
const ST_DEAUTH: u16 = 0xc;
const ST_ACTION: u16 = 0xd;

/// Element IDs tcpdump looks at.
const E_SSID: u8 = 0;
const E_RATES: u8 = 1;
const E_DS: u8 = 3;
const E_TIM: u8 = 5;
const E_CHALLENGE: u8 = 16;

/// The largest element bodies tcpdump's fixed buffers take; a longer one
/// ends the parse (and the frame is reported truncated).
const SSID_MAX: usize = 32;
const RATES_MAX: usize = 16;
const CHALLENGE_MAX: usize = 253;
const TIM_BITMAP_MAX: usize = 251;

/// Fixed field sizes.
const TSTAMP_LEN: usize = 8;
const CAPINFO_LEN: usize = 2;
const AP_LEN: usize = 6;

const CAPABILITY_ESS: u16 = 0x0001;
const CAPABILITY_PRIVACY: u16 = 0x0010;

fn subtype_name(sub: u16) -> Option<&'static str> {
    Some(match sub {
        ST_ASSOC_REQUEST => "Assoc Request",
        ST_ASSOC_RESPONSE => "Assoc Response",
        ST_REASSOC_REQUEST => "ReAssoc Request",
        ST_REASSOC_RESPONSE => "ReAssoc Response",
        ST_PROBE_REQUEST => "Probe Request",
        ST_PROBE_RESPONSE => "Probe Response",
        ST_BEACON => "Beacon",
        ST_ATIM => "ATIM",
        ST_DISASSOC => "Disassociation",
        ST_AUTH => "Authentication",
        ST_DEAUTH => "DeAuthentication",
        ST_ACTION => "Action",
        _ => return None,
    })
}

/// The first of each element tcpdump reports, as far as the parse got.
#[derive(Default)]
struct Elements<'a> {
    ssid: Option<&'a [u8]>,
    rates: Option<&'a [u8]>,
    ds_channel: Option<u8>,
}

/// parse_elements: the elements from `b` on, `length` bytes by the wire
/// length. The bool is false when an element runs past the capture or the
/// frame, or is longer than tcpdump takes; what came before it is kept.
fn parse_elements(b: &[u8], length: usize) -> (Elements<'_>, bool) {
    let mut e = Elements::default();
    let mut at = 0usize;
    let mut length = length;
    while length != 0 {
        if b.len() < at + 2 || length < 2 {
            return (e, false);
        }
        let id = b[at];
        let len = usize::from(b[at + 1]);
        if b.len() - (at + 2) < len || length < len + 2 {
            return (e, false);
        }
        let body = &b[at + 2..at + 2 + len];
        let too_long = match id {
            E_SSID => len > SSID_MAX,
            E_CHALLENGE => len > CHALLENGE_MAX,
            E_RATES => len > RATES_MAX,
            E_TIM => len > 3 && len - 3 > TIM_BITMAP_MAX,
            _ => false,
        };
        if too_long {
            return (e, false);
        }
        match id {
            E_SSID if e.ssid.is_none() => e.ssid = Some(body),
            // Some devices send an empty rates element before the real one.
            E_RATES if e.rates.is_none() && len != 0 => e.rates = Some(body),
            E_DS if e.ds_channel.is_none() && len == 1 => e.ds_channel = Some(body[0]),
            // tcpdump parses CF, TIM and challenge elements but never
            // prints them.
            _ => {}
        }
        at += 2 + len;
        length -= 2 + len;
    }
    (e, true)
}

/// PRINT_SSID: " (name)", the name up to its first NUL.
fn print_ssid(c: &mut Ctx, e: &Elements) {
    if let Some(ssid) = e.ssid {
        c.s(" (");
        for &ch in ssid.iter().take_while(|&&ch| ch != 0) {
            print_char(c, ch);
        }
        c.s(")");
    }
}

/// A rate in 500 kb/s units as "%2.1f" prints half of it.
fn half_units(c: &mut Ctx, v: u8) {
    c.dec(v / 2);
    c.s(if v % 2 == 0 { ".0" } else { ".5" });
}

/// PRINT_RATES: " [1.0* 2.0 ... Mbit]", a star on the basic rates.
fn print_rates(c: &mut Ctx, e: &Elements) {
    if let Some(rates) = e.rates {
        let mut sep = " [";
        for &r in rates {
            c.s(sep);
            half_units(c, r & 0x7f);
            if r & 0x80 != 0 {
                c.s("*");
            }
            sep = " ";
        }
        c.s(" Mbit]");
    }
}

/// PRINT_DS_CHANNEL: " CH: n" and the privacy bit.
fn print_ds_channel(c: &mut Ctx, e: &Elements, capability: u16) {
    if let Some(ch) = e.ds_channel {
        c.s_dec(" CH: ", ch);
    }
    if capability & CAPABILITY_PRIVACY != 0 {
        c.s(", PRIVACY");
    }
}

fn status_text(code: u16) -> &'static str {
    STATUS.get(usize::from(code)).copied().unwrap_or("n/a")
}

fn reason_text(code: u16) -> &'static str {
    REASON.get(usize::from(code)).copied().unwrap_or("Reserved")
}

/// The fixed fields a subtype starts with: `n` bytes, all captured and
/// within the frame, else None (tcpdump's "goto trunc").
fn fixed(b: &[u8], length: usize, n: usize) -> Option<&[u8]> {
    if length < n { None } else { b.get(..n) }
}

/// mgmt_body_print: the subtype's name and its body. `sa` is the header's
/// source address; `b` the body with `length` bytes on the wire. Ok(false)
/// when tcpdump reports the frame truncated.
pub(super) fn body(c: &mut Ctx, fc: u16, sa: &[u8], b: &[u8], length: usize) -> Res<bool> {
    let sub = subtype(fc);
    match subtype_name(sub) {
        Some(name) => c.s(name),
        None => {
            c.s("Unhandled Management subtype(");
            c.out.hex(u64::from(sub));
            c.s(")");
        }
    }
    // There may be a problem w/ an AP not setting the bit, says tcpdump.
    if fc & FC_PROTECTED != 0 {
        return wep(c, b);
    }
    Ok(match sub {
        ST_BEACON | ST_PROBE_RESPONSE => {
            let Some(f) = fixed(b, length, TSTAMP_LEN + 2 + CAPINFO_LEN) else {
                return Ok(false);
            };
            let capability = le16(f, TSTAMP_LEN + 2)?;
            let at = f.len();
            let (e, ok) = parse_elements(rest(b, at), length - at);
            print_ssid(c, &e);
            print_rates(c, &e);
            if sub == ST_BEACON {
                c.s(if capability & CAPABILITY_ESS != 0 {
                    " ESS"
                } else {
                    " IBSS"
                });
            }
            print_ds_channel(c, &e, capability);
            ok
        }
        ST_ASSOC_REQUEST | ST_REASSOC_REQUEST => {
            // Capability, listen interval, and the current AP's address.
            let n = if sub == ST_REASSOC_REQUEST {
                4 + AP_LEN
            } else {
                4
            };
            let Some(f) = fixed(b, length, n) else {
                return Ok(false);
            };
            let (e, ok) = parse_elements(rest(b, n), length - n);
            print_ssid(c, &e);
            if sub == ST_REASSOC_REQUEST {
                c.s(" AP : ");
                mac(c, &f[4..]);
            } else {
                print_rates(c, &e);
            }
            ok
        }
        ST_ASSOC_RESPONSE | ST_REASSOC_RESPONSE => {
            let Some(f) = fixed(b, length, 6) else {
                return Ok(false);
            };
            let (capability, status, aid) = (le16(f, 0)?, le16(f, 2)?, le16(f, 4)?);
            let (_, ok) = parse_elements(rest(b, 6), length - 6);
            c.s(" AID(");
            c.out.hex(u64::from(aid & 0x3fff));
            c.s(") :");
            if capability & CAPABILITY_PRIVACY != 0 {
                c.s(" PRIVACY ");
            }
            c.s(": ");
            c.s(status_text(status));
            ok
        }
        ST_PROBE_REQUEST => {
            let (e, ok) = parse_elements(b, length);
            print_ssid(c, &e);
            print_rates(c, &e);
            ok
        }
        // The body of an ATIM is empty.
        ST_ATIM => true,
        ST_DISASSOC => {
            let Some(f) = fixed(b, length, 2) else {
                return Ok(false);
            };
            c.s(": ");
            c.s(reason_text(le16(f, 0)?));
            true
        }
        ST_AUTH => auth(c, b, length)?,
        ST_DEAUTH => {
            let Some(f) = fixed(b, length, 2) else {
                return Ok(false);
            };
            from(c, sa);
            c.s(reason_text(le16(f, 0)?));
            true
        }
        ST_ACTION => {
            let Some(f) = fixed(b, length, 2) else {
                return Ok(false);
            };
            from(c, sa);
            action(c, f[0], f[1]);
            true
        }
        _ => true,
    })
}

/// ": ", with the sender's address before it unless -e printed it already.
fn from(c: &mut Ctx, sa: &[u8]) {
    if !c.o.link_header {
        c.s(" (");
        mac(c, sa);
        c.s(")");
    }
    c.s(": ");
}

const AUTH_ALGS: [&str; 3] = ["Open System", "Shared Key", "EAP"];

/// handle_auth: algorithm, transaction number, and the status on the odd
/// (responding) transactions.
fn auth(c: &mut Ctx, b: &[u8], length: usize) -> Res<bool> {
    let Some(f) = fixed(b, length, 6) else {
        return Ok(false);
    };
    let (alg, seq, status) = (le16(f, 0)?, le16(f, 2)?, le16(f, 4)?);
    let (_, ok) = parse_elements(rest(b, 6), length - 6);
    c.s(" (");
    c.s(AUTH_ALGS
        .get(usize::from(alg))
        .copied()
        .unwrap_or("Reserved"));
    c.s(")-");
    c.out.hex(u64::from(seq));
    // Shared Key's second and third messages carry the challenge.
    c.s(if alg == 1 && (seq == 2 || seq == 3) {
        " [Challenge Text] "
    } else {
        ": "
    });
    if seq % 2 == 1 {
        c.s(status_text(status));
    }
    Ok(ok)
}

/// handle_action: the category and the action within it.
fn action(c: &mut Ctx, category: u8, act: u8) {
    let (prefix, names): (&str, &[(u8, &str)]) = match category {
        0 => ("Spectrum Management ", &[]),
        1 => ("QoS ", &[]),
        2 => ("DLS ", &[]),
        3 => (
            "BA ",
            &[(0, "ADDBA Request"), (1, "ADDBA Response"), (2, "DELBA")],
        ),
        7 => ("HT ", &[(0, "TxChWidth"), (1, "MIMOPwrSave")]),
        13 => ("MeshAction ", &MESH_ACTIONS),
        14 => (
            "MultiohopAction ",
            &[(0, "Proxy Update"), (1, "Proxy Update Confirmation")],
        ),
        15 => ("SelfprotectAction ", &SELFPROT_ACTIONS),
        127 => ("Vendor ", &[]),
        _ => {
            c.s_dec("Reserved(", category);
            c.s(") ");
            ("", &[])
        }
    };
    c.s(prefix);
    match names.iter().find(|&&(v, _)| v == act) {
        Some(&(_, name)) => c.s(name),
        None => {
            c.s_dec("Act#", act);
        }
    }
}

const MESH_ACTIONS: [(u8, &str); 11] = [
    (0, "MeshLink"),
    (1, "HWMP"),
    (2, "Gate Announcement"),
    (3, "Congestion Control"),
    (4, "MCCA Setup Request"),
    (5, "MCCA Setup Reply"),
    (6, "MCCA Advertisement Request"),
    (7, "MCCA Advertisement"),
    (8, "MCCA Teardown"),
    (9, "TBTT Adjustment Request"),
    (10, "TBTT Adjustment Response"),
];

const SELFPROT_ACTIONS: [(u8, &str); 5] = [
    (1, "Peering Open"),
    (2, "Peering Confirm"),
    (3, "Peering Close"),
    (4, "Group Key Inform"),
    (5, "Group Key Acknowledge"),
];

/// Status codes (IEEE 802.11-2016 table 9-46), as tcpdump words them.
const STATUS: [&str; 108] = [
    "Successful",
    "Unspecified failure",
    "TDLS wakeup schedule rejected but alternative schedule provided",
    "TDLS wakeup schedule rejected",
    "Reserved",
    "Security disabled",
    "Unacceptable lifetime",
    "Not in same BSS",
    "Reserved",
    "Reserved",
    "Cannot Support all requested capabilities in the Capability Information field",
    "Reassociation denied due to inability to confirm that association exists",
    "Association denied due to reason outside the scope of this standard",
    "Responding STA does not support the specified authentication algorithm",
    "Received an Authentication frame with authentication transaction sequence number out of expected sequence",
    "Authentication rejected because of challenge failure",
    "Authentication rejected due to timeout waiting for next frame in sequence",
    "Association denied because AP is unable to handle additional associated STAs",
    "Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set field in the VHT Operation parameter",
    "Association denied due to requesting STA not supporting the short preamble option",
    "Reserved",
    "Reserved",
    "Association request rejected because Spectrum Management capability is required",
    "Association request rejected because the information in the Power Capability element is unacceptable",
    "Association request rejected because the information in the Supported Channels element is unacceptable",
    "Association denied due to requesting STA not supporting the Short Slot Time option",
    "Reserved",
    "Association denied because the requested STA does not support HT features",
    "R0KH unreachable",
    "Association denied because the requesting STA does not support the phased coexistence operation (PCO) transition time required by the AP",
    "Association request rejected temporarily; try again later",
    "Robust management frame policy violation",
    "Unspecified, QoS-related failure",
    "Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA",
    "Association denied due to excessive frame loss rates and/or poor conditions on current operating channel",
    "Association (with QoS BSS) denied because the requesting STA does not support the QoS facility",
    "Reserved",
    "The request has been declined",
    "The request has not been successful as one or more parameters have invalid values",
    "The allocation or TS has not been created because the request cannot be honored; however, a suggested TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS with the suggested changes to the TSPEC/DMG TSPEC",
    "Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",
    "Invalid group cipher",
    "Invalid pairwise cipher",
    "Invalid AKMP",
    "Unsupported RSNE version",
    "Invalid RSNE capabilities",
    "Cipher suite rejected because of security policy",
    "The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or allocation, in response to a request, after the time indicated in the TS Delay element",
    "Direct Link is not allowed in the BSS by policy",
    "The Destination STA is not present within this BSS",
    "The Destination STA is not a QoS STA",
    "Association denied because the listen interval is too large",
    "Invalid FT Action frame count",
    "Invalid pairwise master key identifier (PMKID)",
    "Invalid MDE",
    "Invalid FTE",
    "Requested TCLAS processing is not supported by the AP or PCP",
    "The AP or PCP has insufficient TCLAS processing resources to satisfy the request",
    "The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that the STA transition to a different BSS to set up the TS",
    "GAS Advertisement Protocol not supported",
    "No outstanding GAS request",
    "GAS Response not received from the Advertisement Server",
    "STA timed out waiting for GAS Query Response",
    "LARGE GAS Response is larger than query response length limit",
    "Request refused because home network does not support request",
    "Advertisement Server in the network is not currently reachable",
    "Reserved",
    "Request refused due to permissions received via SSPN interface",
    "Request refused because the AP or PCP does not support unauthenticated access",
    "Reserved",
    "Reserved",
    "Reserved",
    "Invalid contents of RSNE",
    "U-APSD coexistence is not supported",
    "Requested U-APSD coexistence mode is not supported",
    "Requested Interval/Duration value cannot be supported with U-APSD coexistence",
    "Authentication is rejected because an Anti-Clogging Token is required",
    "Authentication is rejected because the offered finite cyclic group is not supported",
    "The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT",
    "Transmission failure",
    "Requested TCLAS Not Supported",
    "TCLAS Resources Exhausted",
    "Rejected with Suggested BSS transition",
    "Reject with recommended schedule",
    "Reject because no wakeup schedule specified",
    "Success, the destination STA is in power save mode",
    "FST pending, in process of admitting FST session",
    "Performing FST now",
    "FST pending, gap(s) in block ack window",
    "Reject because of U-PID setting",
    "Reserved",
    "Reserved",
    "(Re)Association refused for some external reason",
    "(Re)Association refused because of memory limits at the AP",
    "(Re)Association refused because emergency services are not supported at the AP",
    "GAS query response not yet received",
    "Reject since the request is for transition to a frequency band subject to DSE procedures and FST Initiator is a dependent STA",
    "Requested TCLAS processing has been terminated by the AP",
    "The TS schedule conflicts with an existing schedule; an alternative schedule is provided",
    "The association has been denied; however, one or more Multi-band elements are included that can be used by the receiving STA to join the BSS",
    "The request failed due to a reservation conflict",
    "The request failed due to exceeded MAF limit",
    "The request failed due to exceeded MCCA track limit",
    "Association denied because the information in theSpectrum Management field is unacceptable",
    "Association denied because the requesting STA does not support VHT features",
    "Enablement denied",
    "Enablement denied due to restriction from an authorized GDB",
    "Authorization deenabled",
];

/// Reason codes (IEEE 802.11-2016 table 9-45), as tcpdump words them.
const REASON: [&str; 67] = [
    "Reserved",
    "Unspecified reason",
    "Previous authentication no longer valid",
    "Deauthenticated because sending STA is leaving (or has left) IBSS or ESS",
    "Disassociated due to inactivity",
    "Disassociated because AP is unable to handle all currently  associated STAs",
    "Class 2 frame received from nonauthenticated STA",
    "Class 3 frame received from nonassociated STA",
    "Disassociated because sending STA is leaving (or has left) BSS",
    "STA requesting (re)association is not authenticated with responding STA",
    "Disassociated because the information in the Power Capability element is unacceptable",
    "Disassociated because the information in the Supported Channels element is unacceptable",
    "Disassociated due to BSS transition management",
    "Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9",
    "Message integrity code (MIC) failure",
    "4-Way Handshake timeout",
    "Group key handshake timeout",
    "Information element in 4-Way Handshake different from (Re)AssociationRequest/Probe Response/Beacon frame",
    "Invalid group cipher",
    "Invalid pairwise cipher",
    "Invalid AKMP",
    "Unsupported RSNE version",
    "Invalid RSNE capabilities",
    "IEEE 802.1X authentication failed",
    "Cipher suite rejected because of the security policy",
    "TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link",
    "TDLS direct-link teardown for unspecified reason",
    "Disassociated because session terminated by SSP request",
    "Disassociated because of lack of SSP roaming agreement",
    "Requested service rejected because of SSP cipher suite or AKM requirement",
    "Requested service not authorized in this location",
    "TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service characteristics or operational mode (e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)",
    "Disassociated for unspecified, QoS-related reason",
    "Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA",
    "Disassociated because of excessive number of frames that need to be acknowledged, but are not acknowledged due to AP transmissions and/or poor channel conditions",
    "Disassociated because STA is transmitting outside the limits of its TXOPs",
    "Requested from peer STA as the STA is leaving the BSS (or resetting)",
    "Requested from peer STA as it does not want to use the mechanism",
    "Requested from peer STA as the STA received frames using the mechanism for which a set up is required",
    "Requested from peer STA due to time out",
    "Reserved",
    "Reserved",
    "Reserved",
    "Reserved",
    "Reserved",
    "Peer STA does not support the requested cipher suite",
    "In a DLS Teardown frame: The teardown was initiated by the DLS peer. In a Disassociation frame: Disassociated because authorized access limit reached",
    "In a DLS Teardown frame: The teardown was initiated by the AP. In a Disassociation frame: Disassociated due to external service requirements",
    "Invalid FT Action frame count",
    "Invalid pairwise master key identifier (PMKID)",
    "Invalid MDE",
    "Invalid FTE",
    "Mesh peering canceled for unknown reasons",
    "The mesh STA has reached the supported maximum number of peer mesh STAs",
    "The received information violates the Mesh Configuration policy configured in the mesh STA profile",
    "The mesh STA has received a Mesh Peering Close frame requesting to close the mesh peering",
    "The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, without receiving a Mesh Peering Confirm frame",
    "The confirmTimer for the mesh peering instance times out",
    "The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match",
    "The mesh STA receives inconsistent information about the mesh parameters between mesh peering Management frames",
    "The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the pairwise ciphersuite or group ciphersuite",
    "The mesh STA does not have proxy information for this external destination",
    "The mesh STA does not have forwarding information for this destination",
    "The mesh STA determines that the link to the next hop of an active path in its forwarding information is no longer usable",
    "The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS",
    "The mesh STA performs channel switch to meet regulatory requirements",
    "The mesh STA performs channel switching with unspecified reason",
];
