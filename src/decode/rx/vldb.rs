//! The AFS volume location database service, UDP 7003 (print-rx.c's
//! vldb_print and vldb_reply_print).

use super::Service;
use super::fields::{Args, Out};
use crate::decode::ctx::Ctx;
use crate::decode::out::Emit;

/// vldb_req.
const OPCODES: &[(u32, &str)] = &[
    (501, "create-entry"),
    (502, "delete-entry"),
    (503, "get-entry-by-id"),
    (504, "get-entry-by-name"),
    (505, "get-new-volume-id"),
    (506, "replace-entry"),
    (507, "update-entry"),
    (508, "setlock"),
    (509, "releaselock"),
    (510, "list-entry"),
    (511, "list-attrib"),
    (512, "linked-list"),
    (513, "get-stats"),
    (514, "probe"),
    (515, "get-addrs"),
    (516, "change-addr"),
    (517, "create-entry-n"),
    (518, "get-entry-by-id-n"),
    (519, "get-entry-by-name-n"),
    (520, "replace-entry-n"),
    (521, "list-entry-n"),
    (522, "list-attrib-n"),
    (523, "linked-list-n"),
    (524, "update-entry-by-name"),
    (525, "create-entry-u"),
    (526, "get-entry-by-id-u"),
    (527, "get-entry-by-name-u"),
    (528, "replace-entry-u"),
    (529, "list-entry-u"),
    (530, "list-attrib-u"),
    (531, "linked-list-u"),
    (532, "regaddr"),
    (533, "get-addrs-u"),
    (534, "list-attrib-n2"),
];

/// VLNAMEMAX: the longest volume name.
const NAME_MAX: usize = 65;

/// voltype.
const VOLUME_TYPES: [&str; 3] = ["read-write", "read-only", "backup"];

pub(super) const SERVICE: Service = Service {
    ubik: true,
    reply_min: 28,
    ..Service::new("vldb", OPCODES, call, reply)
};

/// vldb_print: the arguments of a call.
fn call(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    match opcode {
        501 | 517 => a.vector(c, NAME_MAX)?,
        502 | 503 | 507 | 508 | 509 | 518 => volume_id(c, a)?,
        504 | 519 | 524 | 527 => a.string(c, NAME_MAX as u32)?,
        505 => a.ints(c, &[" bump"])?,
        506 | 520 => {
            volume_id(c, a)?;
            a.vector(c, NAME_MAX)?;
        }
        510 | 521 => a.ints(c, &[" index"])?,
        _ => {}
    }
    Ok(())
}

/// " volid N" and, when it is one of the three, " type NAME".
fn volume_id(c: &mut Ctx, a: &mut Args) -> Out {
    a.ints(c, &[" volid"])?;
    if let Some(name) = VOLUME_TYPES.get(a.u32()? as usize) {
        c.s(" type ");
        c.s(name);
    }
    Ok(())
}

/// How a reply lays out a volume entry: its server slots, whether they
/// hold UUIDs rather than addresses, and the word skipped before the
/// server count in the oldest form.
struct Layout {
    slots: usize,
    uuids: bool,
    skip_before_count: bool,
}

/// vldb_reply_print: a data reply's volume entry or new ID.
fn reply(c: &mut Ctx, a: &mut Args, opcode: u32) -> Out {
    if matches!(opcode, 510 | 521 | 529) {
        a.ints(c, &[" count", " nextindex"])?;
    }
    let layout = match opcode {
        503 | 504 | 510 => Layout {
            slots: 8,
            uuids: false,
            skip_before_count: true,
        },
        518 | 519 | 521 | 529 => Layout {
            slots: 13,
            uuids: false,
            skip_before_count: false,
        },
        526 | 527 => Layout {
            slots: 13,
            uuids: true,
            skip_before_count: false,
        },
        505 => {
            c.s(" newvol");
            return a.uint(c);
        }
        _ => return Ok(()),
    };
    entry(c, a, &layout)
}

/// A volume entry: name, servers, partitions and the three volume IDs.
fn entry(c: &mut Ctx, a: &mut Args, layout: &Layout) -> Out {
    a.vector(c, NAME_MAX)?;
    if layout.skip_before_count {
        a.skip(4)?;
    }
    let n = a.u32()? as usize;
    c.s_dec(" numservers ", n as u64);
    if layout.uuids {
        c.s(" servers");
        for i in 0..layout.slots {
            if i < n {
                c.s(" afsuuid");
                a.afsuuid(c)?;
            } else {
                a.skip(44)?;
            }
        }
        a.skip(4 * layout.slots)?;
    } else {
        c.s(" servers");
        for i in 0..layout.slots {
            a.check(4)?;
            if i < n {
                c.s(" ");
                c.ip4(&a.b[a.at..a.at + 4]);
            }
            a.at += 4;
        }
    }
    c.s(" partitions");
    for i in 0..layout.slots {
        let j = a.u32()?;
        if i < n && j <= 26 {
            c.s(" ");
            c.out.ch(b'a' + j as u8);
        } else if i < n {
            c.s_dec(" ", j);
        }
    }
    a.skip(4 * layout.slots)?;
    for label in [" rwvol", " rovol", " backup"] {
        c.s(label);
        a.uint(c)?;
    }
    Ok(())
}
