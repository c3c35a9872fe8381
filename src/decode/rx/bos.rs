//! The AFS basic overseer service, UDP 7007 (print-rx.c's bos_print and
//! bos_reply_print).

use super::Service;
use super::fields::Field::{self, Int, Name};
use super::fields::{Args, Out, fields};
use crate::decode::ctx::Ctx;

/// bos_req.
const OPCODES: &[(u32, &str)] = &[
    (80, "create-bnode"),
    (81, "delete-bnode"),
    (82, "set-status"),
    (83, "get-status"),
    (84, "enumerate-instance"),
    (85, "get-instance-info"),
    (86, "get-instance-parm"),
    (87, "add-superuser"),
    (88, "delete-superuser"),
    (89, "list-superusers"),
    (90, "list-keys"),
    (91, "add-key"),
    (92, "delete-key"),
    (93, "set-cell-name"),
    (94, "get-cell-name"),
    (95, "get-cell-host"),
    (96, "add-cell-host"),
    (97, "delete-cell-host"),
    (98, "set-t-status"),
    (99, "shutdown-all"),
    (100, "restart-all"),
    (101, "startup-all"),
    (102, "set-noauth-flag"),
    (103, "re-bozo"),
    (104, "restart"),
    (105, "start-bozo-install"),
    (106, "uninstall"),
    (107, "get-dates"),
    (108, "exec"),
    (109, "prune"),
    (110, "set-restart-time"),
    (111, "get-restart-time"),
    (112, "start-bozo-log"),
    (113, "wait-all"),
    (114, "get-instance-strings"),
    (115, "get-restricted"),
    (116, "set-restricted"),
];

/// BOSNAMEMAX.
const NAME_MAX: u32 = 256;

pub(super) const SERVICE: Service = Service::new("bos", OPCODES, call, super::no_reply);

/// bos_print's arguments per opcode.
fn call_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        80 => &[Name(" type", NAME_MAX), Name(" instance", NAME_MAX)],
        81 | 83 | 85 | 87 | 88 | 93 | 96 | 97 | 104 | 106 | 108 | 112 | 114 => {
            &[Name("", NAME_MAX)]
        }
        82 | 98 => &[Name("", NAME_MAX), Int(" status")],
        86 => &[Name("", NAME_MAX), Int(" num")],
        84 | 89 | 90 | 91 | 92 | 95 => &[Int("")],
        105 => &[
            Name("", NAME_MAX),
            Int(" size"),
            Int(" flags"),
            Int(" date"),
        ],
        _ => &[],
    }
}

/// bos_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    fields(c, a, call_fields(opcode))
}
