//! LDP (print-ldp.c), on UDP and TCP port 646: the PDU header.

use super::ctx::{Ctx, Res, Trunc, be16};

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

#[cfg(test)]
mod tests {
    use crate::decode::tests::{golden, numeric};

    /// LDP summaries, well-formed, random and cut (expected text from
    /// tcpdump 4.99.3 on the same frames).
    #[test]
    fn summaries() {
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
                    "ffffffffffff0000000000000800450000340001000040117cb67f0000017f0000010ec803e80020cefb200000000000000000000000000000000000000000000000",
                    "IP 127.0.0.1.3784 > 127.0.0.1.1000: UDP, length 24",
                ),
            ],
        );
    }

    /// LDP over TCP (expected text from tcpdump 4.99.3 -n and -n -v).
    #[test]
    fn over_tcp() {
        golden(
            crate::decode::tests::numeric(0),
            &[
                (
                    "0200000000020200000000010800450000c4000100004006f62ac0000201c0000207db860286000003e8000007d050182000b9fa0000a1167fe5a770572294f8bc1b5cb799aa745c789262348b85b5972cc82581d208168ccbaac24f3725a26640f2e1cc32f41d030971b7d436515007fa01bc04bc20934da34f020bd0365451da176a3ce9d800defaae188482337beafcc1b7d1fb6be71c6c81251325a8b5c7f3c9aab458ef986fa80c4068b1a932fd074810c57c50b229390e65d3b14f434e85469a0567cb35b4b1b1b336301ccec5a7fd",
                    "IP 192.0.2.1.56198 > 192.0.2.7.646: Flags [P.], seq 1000:1156, ack 2000, win 8192, length 156LDP version 41238 packet not supported",
                ),
                (
                    "020000000002020000000001080045000040000100004006f6aec0000201c0000207ab4f0286000003e8000007d0501820006e43000095c33fe1ce8afbaac8b00e83c482a666f0728579e0cdab28",
                    "IP 192.0.2.1.43855 > 192.0.2.7.646: Flags [P.], seq 1000:1024, ack 2000, win 8192, length 24LDP version 38339 packet not supported",
                ),
                (
                    "020000000002020000000001080045000078000100004006f676c0000201c0000207d4020286000003e8000007d05018200088ef00001cc86178f4ada26ad520c612b82e3c7133469b8fd6aad6ebe92636f58500d0e355fceb5d16cc2a81518fd4db6af1b94c223860ea03971be6273810d9c428a4257e49dfed8b631670b549f5136271eb7f",
                    "IP 192.0.2.1.54274 > 192.0.2.7.646: Flags [P.], seq 1000:1080, ack 2000, win 8192, length 80LDP version 7368 packet not supported",
                ),
            ],
        );
    }
}
