//! The AFS Kerberos authentication service, UDP 7004 (print-rx.c's
//! kauth_print and kauth_reply_print).

use super::Service;
use super::fields::Field::{self, Int, Name, Opaque};
use super::fields::{Args, Out, fields};
use crate::decode::ctx::Ctx;

/// kauth_req.
const OPCODES: &[(u32, &str)] = &[
    (1, "auth-old"),
    (21, "authenticate"),
    (22, "authenticate-v2"),
    (2, "change-pw"),
    (3, "get-ticket-old"),
    (23, "get-ticket"),
    (4, "set-pw"),
    (5, "set-fields"),
    (6, "create-user"),
    (7, "delete-user"),
    (8, "get-entry"),
    (9, "list-entry"),
    (10, "get-stats"),
    (11, "debug"),
    (12, "get-pw"),
    (13, "get-random-key"),
    (14, "unlock"),
    (15, "lock-status"),
];

/// KANAMEMAX.
const NAME_MAX: u32 = 64;

pub(super) const SERVICE: Service = Service {
    ubik: true,
    ..Service::new("kauth", OPCODES, call, super::no_reply)
};

/// kauth_print's arguments per opcode.
fn call_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        1 | 21 | 22 | 2 | 5 | 6 | 7 | 8 | 14 | 15 => {
            &[Name(" principal", NAME_MAX), Name("", NAME_MAX)]
        }
        3 | 23 => &[
            Int(" kvno"),
            Name(" domain", NAME_MAX),
            Opaque,
            Name(" principal", NAME_MAX),
            Name("", NAME_MAX),
        ],
        4 => &[
            Name(" principal", NAME_MAX),
            Name("", NAME_MAX),
            Int(" kvno"),
        ],
        12 => &[Name(" name", NAME_MAX)],
        _ => &[],
    }
}

/// kauth_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    fields(c, a, call_fields(opcode))
}
