//! The AFS volume service, UDP 7005 (print-rx.c's vol_print and
//! vol_reply_print), as a table of each opcode's fields.

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;

/// vol_req.
const OPCODES: &[(u32, &str)] = &[
    (100, "create-volume"),
    (101, "delete-volume"),
    (102, "restore"),
    (103, "forward"),
    (104, "end-trans"),
    (105, "clone"),
    (106, "set-flags"),
    (107, "get-flags"),
    (108, "trans-create"),
    (109, "dump"),
    (110, "get-nth-volume"),
    (111, "set-forwarding"),
    (112, "get-name"),
    (113, "get-status"),
    (114, "sig-restore"),
    (115, "list-partitions"),
    (116, "list-volumes"),
    (117, "set-id-types"),
    (118, "monitor"),
    (119, "partition-info"),
    (120, "reclone"),
    (121, "list-one-volume"),
    (122, "nuke"),
    (123, "set-date"),
    (124, "x-list-volumes"),
    (125, "x-list-one-volume"),
    (126, "set-info"),
    (127, "x-list-partitions"),
    (128, "forward-multiple"),
    (65536, "convert-ro"),
    (65537, "get-size"),
    (65538, "dump-v2"),
];

/// AFSNAMEMAX.
const NAME_MAX: u32 = 256;

pub(super) const SERVICE: Service = Service::new("vol", OPCODES, call, reply);

use super::fields::Field::{self, Date, Int, Label, Name, Server, Uint};
use super::fields::fields;

/// vol_print's arguments per opcode (Forward multiple, 128, has a list
/// after these).
fn call_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        100 => &[
            Uint(" partition"),
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" parent"),
        ],
        101 | 104 | 107 => &[Uint(" trans")],
        120 | 126 => &[Uint(" tid")],
        102 => &[Uint(" totrans"), Uint(" flags")],
        103 => &[
            Uint(" fromtrans"),
            Date(" fromdate"),
            Server,
            Int(" desttrans"),
        ],
        105 => &[
            Uint(" trans"),
            Uint(" purgevol"),
            Uint(" newtype"),
            Name(" newname", NAME_MAX),
        ],
        106 => &[Uint(" trans"), Uint(" flags")],
        108 => &[Uint(" vol"), Uint(" partition"), Uint(" flags")],
        109 | 655537 | 128 => &[Uint(" fromtrans"), Date(" fromdate")],
        110 => &[Uint(" index")],
        111 => &[Uint(" tid"), Uint(" newsite")],
        112 | 113 => &[Label(" tid")],
        114 => &[
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" pid"),
            Uint(" cloneid"),
        ],
        116 => &[Uint(" partition"), Uint(" flags")],
        117 => &[
            Uint(" tid"),
            Name(" name", NAME_MAX),
            Uint(" type"),
            Uint(" pid"),
            Uint(" clone"),
            Uint(" backup"),
        ],
        119 => &[Name(" name", NAME_MAX)],
        121 | 122 | 124 | 125 | 65536 => &[Uint(" partid"), Uint(" volid")],
        123 => &[Uint(" tid"), Date(" date")],
        65538 => &[Uint(" fromtrans"), Date(" fromdate"), Uint(" flags")],
        _ => &[],
    }
}

/// vol_reply_print's data reply fields per opcode (the volume lists,
/// 116 and 121, are printed apart).
fn reply_fields(opcode: u32) -> &'static [Field] {
    match opcode {
        100 => &[Uint(" volid"), Uint(" trans")],
        104 | 107 => &[Uint("")],
        105 => &[Uint(" newvol")],
        108 => &[Uint(" trans")],
        110 => &[Uint(" volume"), Uint(" partition")],
        112 => &[Name("", NAME_MAX)],
        113 => &[
            Uint(" volid"),
            Uint(" nextuniq"),
            Uint(" type"),
            Uint(" parentid"),
            Uint(" clone"),
            Uint(" backup"),
            Uint(" restore"),
            Uint(" maxquota"),
            Uint(" minquota"),
            Uint(" owner"),
            Date(" create"),
            Date(" access"),
            Date(" update"),
            Date(" expire"),
            Date(" backup"),
            Date(" copy"),
        ],
        _ => &[],
    }
}

/// vol_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    fields(c, a, call_fields(opcode))?;
    if opcode == 128 {
        a.joined(c, |a, c| fields(c, a, &[Server]))?;
    }
    Ok(())
}

/// vol_reply_print: a data reply's result.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    if opcode == 116 || opcode == 121 {
        return a.joined(c, |a, c| {
            c.s(" name");
            a.vector(c, 32)?;
            a.uints(c, &[" volid"])?;
            c.s(" type");
            // The rest of the entry (21 words) is passed over unread.
            a.at += 21 * 4;
            Ok(())
        });
    }
    fields(c, a, reply_fields(opcode))
}
