//! OpenFlow 1.0 message bodies (print-openflow-1.0.c).

use super::{BodyLen, MsgType, data};

const fn msg(name: &'static str, body: Option<super::BodyPrinter>, len: BodyLen) -> MsgType {
    MsgType { name, body, len }
}

/// Body lengths are the message lengths less the 8-byte header.
const TYPES: [MsgType; 22] = [
    msg("HELLO", Some(data), BodyLen::AtLeast(0)),
    msg("ERROR", None, BodyLen::AtLeast(4)),
    msg("ECHO_REQUEST", Some(data), BodyLen::AtLeast(0)),
    msg("ECHO_REPLY", Some(data), BodyLen::AtLeast(0)),
    msg("VENDOR", None, BodyLen::AtLeast(4)),
    msg("FEATURES_REQUEST", None, BodyLen::Exactly(0)),
    msg("FEATURES_REPLY", None, BodyLen::AtLeast(24)),
    msg("GET_CONFIG_REQUEST", None, BodyLen::Exactly(0)),
    msg("GET_CONFIG_REPLY", None, BodyLen::Exactly(4)),
    msg("SET_CONFIG", None, BodyLen::Exactly(4)),
    // 12 less the 2 octets tcpdump counts as mock padding.
    msg("PACKET_IN", None, BodyLen::AtLeast(10)),
    msg("FLOW_REMOVED", None, BodyLen::Exactly(80)),
    msg("PORT_STATUS", None, BodyLen::Exactly(56)),
    msg("PACKET_OUT", None, BodyLen::AtLeast(8)),
    msg("FLOW_MOD", None, BodyLen::AtLeast(64)),
    msg("PORT_MOD", None, BodyLen::Exactly(24)),
    msg("STATS_REQUEST", None, BodyLen::AtLeast(4)),
    msg("STATS_REPLY", None, BodyLen::AtLeast(4)),
    msg("BARRIER_REQUEST", None, BodyLen::Exactly(0)),
    msg("BARRIER_REPLY", None, BodyLen::Exactly(0)),
    msg("QUEUE_GET_CONFIG_REQUEST", None, BodyLen::Exactly(4)),
    msg("QUEUE_GET_CONFIG_REPLY", None, BodyLen::AtLeast(8)),
];

/// of10_identify_msgtype.
pub(super) fn msg_type(t: u8) -> Option<&'static MsgType> {
    TYPES.get(usize::from(t))
}
