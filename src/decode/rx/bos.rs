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

#[cfg(test)]
mod tests {
    use super::super::tests::afs_session;

    /// Authentication calls (principals, tickets with their opaque part,
    /// passwords, a Ubik call, a cut ticket) and basic overseer calls,
    /// with data and abort replies (tcpdump 4.99.3 on built packets,
    /// through one printer).
    #[test]
    fn authentication_and_overseer() {
        afs_session(&[
            (
                "02000000000202000000000108004500004c000100004011f697c0000201c000020707071b5c0038000000001234000056780000000100000001000000010101000000000001000000150000000561646d696e00000000000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth call authenticate principal \"admin\" \"\" (48)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000207c00002011b5c0707002c0000000012340000567800000001000000010000000101000000000000010000000100000002",
                0,
                "IP 192.0.2.7.7004 > 192.0.2.1.1799:  rx data kauth reply authenticate (36)",
            ),
            (
                "020000000002020000000001080045000064000100004011f67fc0000201c000020707071b5c005000000000123400005678000000020000000100000001010100000000000100000017ffffffff0000000443454c4c00000005313233343500000000000003616673000000000178000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth call get-ticket kvno -1 domain \"CELL\" principal \"\" [|kauth] (72)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5c070700280000000012340000567800000002000000010000000104000000000000010002c10a",
                0,
                "IP 192.0.2.7.7004 > 192.0.2.1.1799:  rx abort kauth reply get-ticket errcode 180490 (32)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b5c003c0000000012340000567800000003000000010000000101010000000000010000000400000003626f6200000000016900000000000003",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth call set-pw principal \"bob\" \"i\" kvno 3 (52)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b5c00340000000012340000567800000004000000010000000101010000000000010000000c000000056361726f6c000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth call get-pw name \"carol\" (44)",
            ),
            (
                "020000000002020000000001080045000044000100004011f69fc0000201c000020707071b5c003000000000123400005678000000050000000100000001010100000000000100004e200000000100000002",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth ubik call disk-begin tid 1.2 (40)",
            ),
            (
                "02000000000202000000000108004500004c000100004011f697c0000201c000020707071b5c00380000000012340000567800000006000000010000000101010000000000010000001700000000000000014300000000000190",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7004:  rx data kauth call get-ticket kvno 0 domain \"C\" [|kauth] (48)",
            ),
            (
                "020000000002020000000001080045000050000100004011f693c0000201c000020707071b5f003c000000001234000056780000000700000001000000010101000000000001000000500000000673696d706c6500000000000266730000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call create-bnode type \"simple\" instance \"fs\" (52)",
            ),
            (
                "02000000000202000000000108004500003c000100004011f6a7c0000207c00002011b5f07070028000000001234000056780000000700000001000000010400000000000001fffffff7",
                0,
                "IP 192.0.2.7.7007 > 192.0.2.1.1799:  rx abort bos reply create-bnode errcode -9 (32)",
            ),
            (
                "02000000000202000000000108004500004c000100004011f697c0000201c000020707071b5f00380000000012340000567800000008000000010000000101010000000000010000005200000008766c73657276657200000001",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call set-status \"vlserver\" status 1 (48)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b5f003400000000123400005678000000090000000100000001010100000000000100000056000000026673000000000002",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call get-instance-parm \"fs\" num 2 (44)",
            ),
            (
                "020000000002020000000001080045000040000100004011f6a3c0000201c000020707071b5f002c000000001234000056780000000a000000010000000101010000000000010000005a00000004",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call list-keys 4 (36)",
            ),
            (
                "02000000000202000000000108004500005c000100004011f687c0000201c000020707071b5f0048000000001234000056780000000b00000001000000010101000000000001000000690000000e2f7573722f6166732f62696e2f780000000000640000000038000000",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call start-bozo-install \"/usr/afs/bin/x\" size 100 flags 0 date 939524096 (64)",
            ),
            (
                "020000000002020000000001080045000048000100004011f69bc0000201c000020707071b5f0034000000001234000056780000000c00000001000000010101000000000001000000700000000746696c654c6f6700",
                0,
                "IP 192.0.2.1.1799 > 192.0.2.7.7007:  rx data bos call start-bozo-log \"FileLog\" (44)",
            ),
            (
                "020000000002020000000001080045000038000100004011f6abc0000207c00002011b5f07070024000000001234000056780000000c00000001000000010100000000000001",
                0,
                "IP 192.0.2.7.7007 > 192.0.2.1.1799:  rx data (28)",
            ),
        ]);
    }
}
