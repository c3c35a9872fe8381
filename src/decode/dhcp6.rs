//! DHCPv6 (print-dhcp6.c): the message type and transaction id.

use super::ctx::{Ctx, Res, Trunc};

/// dhcp6_print without -v: the message type.
pub(crate) fn dhcp6(c: &mut Ctx, b: &[u8], _length: usize) -> Res {
    c.proto = "dhcp6";
    c.s("dhcp6");
    if b.len() < 4 {
        return Err(Trunc);
    }
    let t = b[0];
    const NAMES: [&str; 16] = [
        "",
        "solicit",
        "advertise",
        "request",
        "confirm",
        "renew",
        "rebind",
        "reply",
        "release",
        "decline",
        "reconfigure",
        "inf-req",
        "relay-fwd",
        "relay-reply",
        "leasequery",
        "leasequery-reply",
    ];
    c.s(" ");
    match NAMES.get(usize::from(t)) {
        Some(n) if t != 0 => c.s(n),
        _ => {
            c.s("msgtype-");
            c.dec(t);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// DHCPv6 summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
        golden(
            numeric(0),
            &[
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c0000207eaa102220018f900bd5bcbb0f1d7bda6ec8707d777c6f13f",
                    "IP 192.0.2.1.60065 > 192.0.2.7.546: dhcp6 msgtype-189",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c0000207ca0a02220024491901013f618b1a923f03bb3768472eeadec46328c3cc12239e9e712021",
                    "IP 192.0.2.1.51722 > 192.0.2.7.546: dhcp6 solicit",
                ),
                (
                    "02000000000202000000000108004500001c000100004011f6c7c0000201c0000207b92f02220008c083",
                    "IP 192.0.2.1.47407 > 192.0.2.7.546: dhcp6 [|dhcp6]",
                ),
                (
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c00002070222772500182ce70305d180a5accc5b5946a458bcf0d468",
                    "IP 192.0.2.1.546 > 192.0.2.7.30501: dhcp6 request",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c0000207022248670058c44e0676595caebed097210900408d74afea1be3af8b30036dc7ce6d9893b0b5f4a1a67bdbe9d7627964aedab832e64b77d4c2104dd600b1c76e9549a5c778e94f242a7ab18ce37ff95489276c958acf0c11",
                    "IP 192.0.2.1.546 > 192.0.2.7.18535: dhcp6 rebind",
                ),
                (
                    "020000000002020000000001080045000030000100004011f6b3c0000201c00002070222e2e8001ccebf020032426c5bd8e384437ca1b5a416f4d01db0c5",
                    "IP 192.0.2.1.546 > 192.0.2.7.58088: dhcp6 advertise",
                ),
                (
                    "0200000000020200000000010800450000e4000100004011f5ffc0000201c00002070223752d00d0de070503d559c85641692bc6454e10642c3db8f67dd602c44e78d93bd90ebabfbbc1e9f18e3762aa9218487c09b0420075251ebd14ec3f515e3df59d7c01d6b2be0097f25285645a5144a237dad7ca954b7326af029795323ae801904d163a3c3462aaa5953748d7bb2334c2eb2b1e9b979db4d6bb987c38df70a14eb04114982f9677cc8ba618adbda3589179f185fdd6034d038f2a9a28a7c94f6147d678da999ba5562231728c8fa131bd1a9cedd705e97f2e4b8b073245b7294666d3e84514a35a4fb11c9f3e059a",
                    "IP 192.0.2.1.547 > 192.0.2.7.29997: dhcp6 renew",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfbc700000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-0",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cfac701000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 solicit",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cf0c70b000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 inf-req",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cecc70f000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 leasequery-reply",
                ),
                (
                    "ffffffffffff0000000000000800450000200001000040117cca7f0000017f00000103e80223000cebc710000001",
                    "IP 127.0.0.1.1000 > 127.0.0.1.547: dhcp6 msgtype-16",
                ),
            ],
        );
    }
}
