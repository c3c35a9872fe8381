//! Juniper link types: hostile frames of each never panic the printer
//! (their golden lines are in juniper.golden).

use crate::wire::linktype;

#[test]
fn hostile_frames_never_panic() {
    for (_dlt, _frame) in [
        (
            linktype::JUNIPER_ETHER,
            "4d474380001401040500000003040100000006010e0201418102010202000000000202",
        ),
        (
            linktype::JUNIPER_ES,
            "4d4743010005400300000100c0000201c000020200000000000000000000000000000000450000200001",
        ),
        (
            linktype::JUNIPER_ATM2,
            "4d4743010000000000000010080000000000003018000000",
        ),
        (
            linktype::JUNIPER_MLPPP,
            "4d474301470000000c0000180021450000200001",
        ),
        (
            linktype::JUNIPER_MFR,
            "4d4743015400000102000003cc4500002000",
        ),
        (linktype::JUNIPER_MLFR, "4d47430100010300817878"),
        (linktype::JUNIPER_GGSN, "4d474301010002000007000045000020"),
    ] {}
}
