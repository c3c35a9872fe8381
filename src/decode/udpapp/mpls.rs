//! MPLS control and OAM: LDP, LSP ping and BFD (print-ldp.c,
//! print-lspping.c, print-bfd.c), plus sFlow (print-sflow.c); their golden
//! test also carries DHCPv6 summaries.

use crate::decode::{Ctx, Res, Trunc, be16};

/// ldp_print without -v: one summary per PDU while more than the common
/// and message headers remain.
pub(crate) fn ldp(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "ldp";
    if length <= 18 {
        return Ok(());
    }
    let sep = if c.o.verbose > 0 { "\n\t" } else { "" };
    if b.len() < 10 {
        return Err(Trunc);
    }
    let version = be16(b, 0)?;
    if version != 1 {
        c.s(sep);
        c.s("LDP version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let pdu_len = be16(b, 2)?;
    c.s(sep);
    if pdu_len < 6 {
        c.s("LDP, pdu-length: ");
        c.dec(pdu_len);
        c.s(" (too short, < 6)");
        return Ok(());
    }
    c.s("LDP, Label-Space-ID: ");
    c.ip4(&b[4..8]);
    c.s(":");
    c.dec(be16(b, 8)?);
    c.s(", pdu-length: ");
    c.dec(pdu_len);
    Ok(())
}

/// lspping_print: the version check and, without -v, the message type.
pub(crate) fn lspping(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "lspping";
    if length < 32 {
        c.s("\n\t\t packet is too short");
        return Ok(());
    }
    if b.len() < 32 {
        return Err(Trunc);
    }
    let version = be16(b, 0)?;
    if version != 1 {
        c.s("LSP-PING version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    c.s("LSP-PINGv1, ");
    match b[4] {
        1 => c.s("MPLS Echo Request"),
        2 => c.s("MPLS Echo Reply"),
        t => {
            c.s("unknown (");
            c.dec(t);
            c.s(")");
        }
    }
    c.s(", seq ");
    c.dec(crate::decode::be32(b, 12)?);
    c.s(", length: ");
    c.dec(length as u64);
    Ok(())
}

/// bfd_print without -v: control packets need the whole 24-byte header.
pub(crate) fn bfd(c: &mut Ctx, b: &[u8], length: usize, port: u16) -> Res {
    c.proto = "bfd";
    let port_name = |c: &mut Ctx| match port {
        3784 => c.s("Control"),
        4784 => c.s("Multihop"),
        6784 => c.s("Lag"),
        3785 => c.s("Echo"),
        _ => {
            c.s("unknown (");
            c.dec(port);
            c.s(")");
        }
    };
    if port == 3785 {
        c.s("BFD, ");
        port_name(c);
        c.s(", length: ");
        c.dec(length as u64);
        return Ok(());
    }
    if b.len() < 24 {
        return Err(Trunc);
    }
    let (version, flags) = (b[0] >> 5, b[1]);
    c.s("BFDv");
    c.dec(version);
    c.s(", ");
    // Only version 1 names the port it came to; the others say Control.
    if version == 1 {
        port_name(c);
    } else {
        c.s("Control");
    }
    match version {
        0 => {
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags),
                &[
                    (0x80, "I Hear You"),
                    (0x40, "Demand"),
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Reserved"),
                    (0x01, "Reserved"),
                ],
            );
            c.s("]");
        }
        1 => {
            c.s(", State ");
            c.s(["AdminDown", "Down", "Init", "Up"][usize::from(flags >> 6)]);
            c.s(", Flags: [");
            c.flag_names(
                u32::from(flags & 0x3f),
                &[
                    (0x20, "Poll"),
                    (0x10, "Final"),
                    (0x08, "Control Plane Independent"),
                    (0x04, "Authentication Present"),
                    (0x02, "Demand"),
                    (0x01, "Multipoint"),
                ],
            );
            c.s("]");
        }
        _ => {}
    }
    c.s(", length: ");
    c.dec(length as u64);
    if version > 1 && c.o.verbose > 0 {
        crate::decode::hexdump::hex(c.out, "\n\t", &b[..length.min(b.len())]);
    }
    Ok(())
}

/// sflow_print without -v. tcpdump 4.99.3 checks the IPv4-sized header,
/// then reads any agent type other than 1 as an IPv6 address, and rejects
/// a type-2 datagram shorter than the IPv6-sized header with the IPv4
/// size in its message.
pub(crate) fn sflow(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    c.proto = "sflow";
    if b.len() < 28 {
        return Err(Trunc);
    }
    let version = crate::decode::be32(b, 0)?;
    if version != 5 {
        c.s("sFlow version ");
        c.dec(version);
        c.s(" packet not supported");
        return Ok(());
    }
    let agent_type = crate::decode::be32(b, 4)?;
    if agent_type == 2 && length < 40 {
        c.s("sFlowv5 [length ");
        c.dec(length as u64);
        c.s(" < 28]");
        c.invalid();
        return Ok(());
    }
    c.s("sFlowv5, ");
    if agent_type == 1 {
        c.s("IPv4 agent ");
        c.ip4(&b[8..12]);
        c.s(", agent-id ");
        c.dec(crate::decode::be32(b, 12)?);
    } else {
        c.s("IPv6 agent ");
        c.ip6(&b[8..24]);
        c.s(", agent-id ");
        c.dec(crate::decode::be32(b, 24)?);
    }
    c.s(", length ");
    c.dec(length as u64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// LDP, LSP ping, sFlow, BFD and DHCPv6 summaries, well-formed, random
    /// and cut (expected text from tcpdump 4.99.3 on the same frames).
    #[test]
    fn routing_and_monitoring() {
        golden(
            numeric(0),
            &[
                (
                    "020000000002020000000001080045000042000100004011f6a1c0000201c00002079c400286002e198b0001001ec0000201000001000016000000010000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, Label-Space-ID: 192.0.2.1:0, pdu-length: 30",
                ),
                (
                    "020000000002020000000001080045000032000100004011f6b1c0000201c00002079c400286001e1ade00010002c00002010000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.646: LDP, pdu-length: 2 (too short, < 6)",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cd9b0001000001020300000000070000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Request, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028cc990001000002020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, MPLS Echo Reply, seq 0, length: 32",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c00002079c400daf0028c5990001000009020300000000090000000000000000000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.3503: LSP-PINGv1, unknown (9), seq 0, length: 32",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404880000000500000001c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv4 agent 192.0.2.1, agent-id 3, length 28",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c22950000000500000002c0000201000000030000000100000002000000007878787878787878",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404890000000500000000c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404870000000500000002c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 28 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000040000100004011f6a3c0000201c00002079c4018c7002c04770000000500000002c0000201000000030000000100000002000000000000000000000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5 [length 36 < 28] (invalid)",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002079c4018c7002404860000000500000003c000020100000003000000010000000200000000",
                    "IP 192.0.2.1.40000 > 192.0.2.7.6343: sFlowv5, IPv6 agent c000:201:0:3:0:1:0:2, agent-id 0, length 28",
                ),
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
                    "02000000000202000000000108004500002c000100004011f6b7c0000201c000020785f102860018a4d583975c6568e80acff347bbe0182a3361",
                    "IP 192.0.2.1.34289 > 192.0.2.7.646: ",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c000020702865ed700802c5a4dd962f0bbf04b0f71dafe2e214af120e3e3ff583e9232ba70b42b3deca49298d7937dca7f80f4b1203839eddbf496cfc824feb9c5d79cd2c04e888038e55389ec6c862f08e1a42efe98a04d7dcd740ea1449d447d4ee7a4e30cc802b916b83b32307de444db3428f3c03b32d054d52f677606592d1fa529",
                    "IP 192.0.2.1.646 > 192.0.2.7.24279: LDP version 19929 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c0000207715002860028ec2e296aa83ec8a0c8e8908792f70075443f68b612c31224f599aeb28f36b0e6de22",
                    "IP 192.0.2.1.29008 > 192.0.2.7.646: LDP version 10602 packet not supported",
                ),
                (
                    "020000000002020000000001080045000044000100004011f69fc0000201c00002074e2202860030bcd8f8c7f476262ed173a49a5702b14746b3be4e8f6f95180e88e7c5f48cc2594b54b8171d258bf458fa",
                    "IP 192.0.2.1.20002 > 192.0.2.7.646: LDP version 63687 packet not supported",
                ),
                (
                    "020000000002020000000001080045000034000100004011f6afc0000201c00002070286d7ff0020b1160005050514f9b00e5be4426b4c1e006d9f81570e9f8aa501",
                    "IP 192.0.2.1.646 > 192.0.2.7.55295: LDP version 5 packet not supported",
                ),
                (
                    "020000000002020000000001080045000038000100004011f6abc0000201c00002074b6602860024343e010198b2eb80fa67ca94b04688ae816c8eb44b59e3a3da32b47ca87e",
                    "IP 192.0.2.1.19302 > 192.0.2.7.646: LDP version 257 packet not supported",
                ),
                (
                    "02000000000202000000000108004500003c000100004011f6a7c0000201c000020702868ba70028b179d819ce96f74f321c26c8236fcaa1305251ba2377e86635af3c5d98a3b4d0098d",
                    "IP 192.0.2.1.646 > 192.0.2.7.35751: LDP version 55321 packet not supported",
                ),
                (
                    "020000000002020000000001080045000094000100004011f64fc0000201c00002074edd02860080f38483b3ccb4d264dc6b54d90a9278ef0632a2ef7a13bfa2d5b7bb5fb1bf55d6b9d0a3dd3818de8b792a87eb3286d4a979a3be0cd7f184ca95bb76813c59ccceeb1c0832082a78c41467701f57933dafc6309440eb2d313c61fe9d8bc5f06df72f7562c19136f7f2a6b7d811d5aa6dae819dd50fb9616614307f",
                    "IP 192.0.2.1.20189 > 192.0.2.7.646: LDP version 33715 packet not supported",
                ),
                (
                    "02000000000202000000000108004500006c000100004011f677c0000201c000020702864bc100583ffd4050afbea5adef9196ba7bc5e210231c968bfc98551d26931d9e079fbb1569c5d2e3d5fb06bb4e1b439043fd07dd41f056b8734287b6fc7a1bfb228de74849c789764eb2e507ef23917818ef5f2eb447",
                    "IP 192.0.2.1.646 > 192.0.2.7.19393: LDP version 16464 packet not supported",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2300c003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020eb2200c103180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020e22109c203180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Reserved], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020d90312e003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand, Poll], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020cd231ec003180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv0, Control, Flags: [I Hear You, Demand], length: 24",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f00000103e80ec80020c81b23c803180000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State Up, Flags: [Control Plane Independent], length: 24",
                ),
                (
                    "ffffffffffff00000000000008004500001c0001000040117cce7f0000017f00000103e80ec90008ef2a",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3785: BFD, Echo, length: 0",
                ),
                (
                    "ffffffffffff00000000000008004500001d0001000040117ccd7f0000017f00000103e80ec80009cf2920",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784:  [|bfd]",
                ),
                (
                    "ffffffffffff00000000000008004500003b0001000040117caf7f0000017f00000103e80ec80027ceed20000000000000000000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.1000 > 127.0.0.1.3784: BFDv1, Control, State AdminDown, Flags: [none], length: 31",
                ),
                (
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f0000010ec803e80020cefb200000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.3784 > 127.0.0.1.1000: UDP, length 24",
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
