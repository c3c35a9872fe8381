//! IPX (print-ipx.c): the addresses and sockets, and by destination socket
//! SAP and RIP in full, NCP, NetBIOS, diagnostics and NWLink as lengths
//! (tcpdump here is built without SMB, so NetBIOS over IPX is not
//! decoded further), and EIGRP. Reached by ethertype 0x8137, LLC SAP 0xe0
//! and raw 802.3 frames.

use super::ctx::{Ctx, Res, be16, be32, bytes, tcheck};
use super::dispatch;
use super::out::Emit;

/// The IPX header's length.
const HDR_LEN: usize = 30;

/// ipx_print: `length` is ignored for the header's own length field.
pub(crate) fn ipx(c: &mut Ctx, b: &[u8]) -> Res {
    c.proto = "ipx";
    if !c.o.link_header {
        c.s("IPX ");
    }
    endpoint(c, b, 18)?;
    c.s(" > ");
    endpoint(c, b, 6)?;
    c.s(": ");
    let length = usize::from(be16(b, 2)?);
    if length < HDR_LEN {
        c.s(&format!("[length {length} < {HDR_LEN}]"));
        c.invalid();
        return Ok(());
    }
    let data = b.get(HDR_LEN..).unwrap_or(&[]);
    let length = length - HDR_LEN;
    match be16(b, 16)? {
        0x0451 => counted(c, "ipx-ncp ", length),
        0x0452 => sap(c, data, length)?,
        0x0453 => rip(c, data, length)?,
        0x0455 => counted(c, "ipx-netbios ", length),
        0x0456 => counted(c, "ipx-diags ", length),
        0x0553 => counted(c, "ipx-nwlink-dgm ", length),
        0x85be => dispatch::eigrp(c, data, length)?,
        socket => c.s(&format!("ipx-#{socket:x} {length}")),
    }
    Ok(())
}

fn counted(c: &mut Ctx, what: &str, length: usize) {
    c.s(what);
    c.dec(length as u64);
}

/// "NET.NODE.SOCKET" of the address at `at` (network, node, socket), all
/// read before any is printed.
fn endpoint(c: &mut Ctx, b: &[u8], at: usize) -> Res {
    let (net, node) = (be32(b, at)?, bytes(b, at + 4, 6)?);
    let socket = be16(b, at + 10)?;
    address(c, net, node);
    c.s(".");
    c.out.hex0(u64::from(socket), 4);
    Ok(())
}

/// ipxaddr_string: "NNNNNNNN.xx:xx:xx:xx:xx:xx".
fn address(c: &mut Ctx, net: u32, node: &[u8]) {
    c.out.hex0(u64::from(net), 8);
    c.s(".");
    c.out.mac(node);
}

/// ND_LCHECK_U(length, 2) of the SAP and RIP printers.
fn too_short(c: &mut Ctx, length: usize) -> bool {
    if length < 2 {
        c.s(&format!(" [length {length} < 2]"));
        c.invalid();
        return true;
    }
    false
}

/// ipxsap_string: a service type's name (only when names are looked up,
/// as tcpdump loads its table then), else its four hex digits.
fn service(c: &mut Ctx, v: u16) {
    if c.names.resolving() {
        if let Some(&(_, name)) = SERVICES.iter().find(|&&(k, _)| k == v) {
            c.s(name);
            return;
        }
    }
    c.out.hex0(u64::from(v), 4);
}

/// ipx_sap_print.
fn sap(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let command = be16(b, 0)?;
    if too_short(c, length) {
        return Ok(());
    }
    let mut at = 2;
    let mut length = length - 2;
    match command {
        1 | 3 => {
            c.s(if command == 1 {
                "ipx-sap-req"
            } else {
                "ipx-sap-nearest-req"
            });
            let v = be16(b, at)?;
            c.s(" ");
            service(c, v);
        }
        2 | 4 => {
            c.s(if command == 2 {
                "ipx-sap-resp"
            } else {
                "ipx-sap-nearest-resp"
            });
            // Up to eight servers: type, 48-byte name, address, socket and
            // hops; each moves on by 64 bytes.
            // ND_TCHECK, then the length check, of the next `n` bytes.
            let fits = |c: &mut Ctx, at: usize, length: usize, n: usize| -> Res<bool> {
                tcheck(b, at, n)?;
                if length < n {
                    c.invalid();
                }
                Ok(length >= n)
            };
            for _ in 0..8 {
                if length == 0 {
                    break;
                }
                if !fits(c, at, length, 2)? {
                    return Ok(());
                }
                let v = be16(b, at)?;
                c.s(" ");
                service(c, v);
                c.s(" '");
                at += 2;
                length -= 2;
                if length < 48 {
                    c.s("'");
                    c.invalid();
                    return Ok(());
                }
                c.printjnp(b, at, 48)?;
                c.s("'");
                at += 48;
                length -= 48;
                if !fits(c, at, length, 10)? {
                    return Ok(());
                }
                let (net, node) = (be32(b, at)?, bytes(b, at + 4, 6)?);
                c.s(" addr ");
                address(c, net, node);
                at += 10;
                length -= 10;
                if !fits(c, at, length, 4)? {
                    return Ok(());
                }
                at += 4;
                length -= 4;
            }
        }
        _ => c.s(&format!("ipx-sap-?{command:x}")),
    }
    Ok(())
}

/// ipx_rip_print.
fn rip(c: &mut Ctx, b: &[u8], length: usize) -> Res {
    let command = be16(b, 0)?;
    if too_short(c, length) {
        return Ok(());
    }
    let mut length = length - 2;
    let mut at = 2;
    let (name, max) = match command {
        1 => ("ipx-rip-req", 1),
        2 => ("ipx-rip-resp", 50),
        _ => {
            c.s(&format!("ipx-rip-?{command:x}"));
            return Ok(());
        }
    };
    c.s(name);
    // A request names one network, a response up to fifty: network,
    // hops and ticks, 8 bytes each.
    for _ in 0..max {
        if length == 0 {
            break;
        }
        if length < 8 {
            c.invalid();
            return Ok(());
        }
        let (net, hops, ticks) = (be32(b, at)?, be16(b, at + 4)?, be16(b, at + 6)?);
        c.s(" ");
        c.out.hex0(u64::from(net), 8);
        c.s(&format!("/{hops}.{ticks}"));
        at += 8;
        length -= 8;
    }
    Ok(())
}

/// tcpdump's table of SAP service types (addrtoname.c's ipxsap_db).
const SERVICES: &[(u16, &str)] = &[
    (0x0000, "Unknown"),
    (0x0001, "User"),
    (0x0002, "User Group"),
    (0x0003, "PrintQueue"),
    (0x0004, "FileServer"),
    (0x0005, "JobServer"),
    (0x0006, "Gateway"),
    (0x0007, "PrintServer"),
    (0x0008, "ArchiveQueue"),
    (0x0009, "ArchiveServer"),
    (0x000a, "JobQueue"),
    (0x000b, "Administration"),
    (0x000f, "Novell TI-RPC"),
    (0x0017, "Diagnostics"),
    (0x0020, "NetBIOS"),
    (0x0021, "NAS SNA Gateway"),
    (0x0023, "NACS AsyncGateway"),
    (0x0024, "RemoteBridge/RoutingService"),
    (0x0026, "BridgeServer"),
    (0x0027, "TCP/IP Gateway"),
    (0x0028, "Point-to-point X.25 BridgeServer"),
    (0x0029, "3270 Gateway"),
    (0x002a, "CHI Corp"),
    (0x002c, "PC Chalkboard"),
    (0x002d, "TimeSynchServer"),
    (0x002e, "ARCserve5.0/PalindromeBackup"),
    (0x0045, "DI3270 Gateway"),
    (0x0047, "AdvertisingPrintServer"),
    (0x004a, "NetBlazerModems"),
    (0x004b, "BtrieveVAP"),
    (0x004c, "NetwareSQL"),
    (0x004d, "XtreeNetwork"),
    (0x0050, "BtrieveVAP4.11"),
    (0x0052, "QuickLink"),
    (0x0053, "PrintQueueUser"),
    (0x0058, "Multipoint X.25 Router"),
    (0x0060, "STLB/NLM"),
    (0x0064, "ARCserve"),
    (0x0066, "ARCserve3.0"),
    (0x0072, "WAN CopyUtility"),
    (0x007a, "TES-NetwareVMS"),
    (0x0092, "WATCOM Debugger/EmeraldTapeBackupServer"),
    (0x0095, "DDA OBGYN"),
    (0x0098, "NetwareAccessServer"),
    (0x009a, "Netware for VMS II/NamedPipeServer"),
    (0x009b, "NetwareAccessServer"),
    (0x009e, "PortableNetwareServer/SunLinkNVT"),
    (0x00a1, "PowerchuteAPC UPS"),
    (0x00aa, "LAWserve"),
    (0x00ac, "CompaqIDA StatusMonitor"),
    (0x0100, "PIPE STAIL"),
    (0x0102, "LAN ProtectBindery"),
    (0x0103, "OracleDataBaseServer"),
    (0x0107, "Netware386/RSPX RemoteConsole"),
    (0x010f, "NovellSNA Gateway"),
    (0x0111, "TestServer"),
    (0x0112, "HP PrintServer"),
    (0x0114, "CSA MUX"),
    (0x0115, "CSA LCA"),
    (0x0116, "CSA CM"),
    (0x0117, "CSA SMA"),
    (0x0118, "CSA DBA"),
    (0x0119, "CSA NMA"),
    (0x011a, "CSA SSA"),
    (0x011b, "CSA STATUS"),
    (0x011e, "CSA APPC"),
    (0x0126, "SNA TEST SSA Profile"),
    (0x012a, "CSA TRACE"),
    (0x012b, "NetwareSAA"),
    (0x012e, "IKARUS VirusScan"),
    (0x0130, "CommunicationsExecutive"),
    (0x0133, "NNS DomainServer/NetwareNamingServicesDomain"),
    (0x0135, "NetwareNamingServicesProfile"),
    (0x0137, "Netware386 PrintQueue/NNS PrintQueue"),
    (0x0141, "LAN SpoolServer"),
    (0x0152, "IRMALAN Gateway"),
    (0x0154, "NamedPipeServer"),
    (0x0166, "NetWareManagement"),
    (0x0168, "Intel PICKIT CommServer/Intel CAS TalkServer"),
    (0x0173, "Compaq"),
    (0x0174, "Compaq SNMP Agent"),
    (0x0175, "Compaq"),
    (0x0180, "XTreeServer/XTreeTools"),
    (0x018a, "NASI ServicesBroadcastServer"),
    (0x01b0, "GARP Gateway"),
    (0x01b1, "Binfview"),
    (0x01bf, "IntelLanDeskManager"),
    (0x01ca, "AXTEC"),
    (0x01cb, "ShivaNetModem/E"),
    (0x01cc, "ShivaLanRover/E"),
    (0x01cd, "ShivaLanRover/T"),
    (0x01ce, "ShivaUniversal"),
    (0x01d8, "CastelleFAXPressServer"),
    (0x01da, "CastelleLANPressPrintServer"),
    (0x01dc, "CastelleFAX/Xerox7033 FaxServer/ExcelLanFax"),
    (0x01f0, "LEGATO"),
    (0x01f5, "LEGATO"),
    (0x0233, "NMS Agent/NetwareManagementAgent"),
    (0x0237, "NMS IPX Discovery/LANternReadWriteChannel"),
    (0x0238, "NMS IP Discovery/LANternTrapAlarmChannel"),
    (0x023a, "LANtern"),
    (0x023c, "MAVERICK"),
    (0x023f, "NovellSMDR"),
    (0x024e, "NetwareConnect"),
    (0x024f, "NASI ServerBroadcast Cisco"),
    (0x026a, "NMS ServiceConsole"),
    (0x026b, "TimeSynchronizationServer Netware 4.x"),
    (0x0278, "DirectoryServer Netware 4.x"),
    (0x027b, "NetwareManagementAgent"),
    (0x0280, "Novell File and Printer Sharing Service for PC"),
    (0x0304, "NovellSAA Gateway"),
    (0x0308, "COM/VERMED"),
    (0x030a, "GalacticommWorldgroupServer"),
    (0x030c, "IntelNetport2/HP JetDirect/HP Quicksilver"),
    (0x0320, "AttachmateGateway"),
    (0x0327, "MicrosoftDiagnostiocs"),
    (0x0328, "WATCOM SQL Server"),
    (0x0335, "MultiTechSystems MultisynchCommServer"),
    (0x0343, "Xylogics RemoteAccessServer/LANModem"),
    (0x0355, "ArcadaBackupExec"),
    (0x0358, "MSLCD1"),
    (0x0361, "NETINELO"),
    (0x037e, "Powerchute UPS Monitoring"),
    (0x037f, "ViruSafeNotify"),
    (0x0386, "HP Bridge"),
    (0x0387, "HP Hub"),
    (0x0394, "NetWare SAA Gateway"),
    (0x039b, "LotusNotes"),
    (0x03b7, "CertusAntiVirus"),
    (0x03c4, "ARCserve4.0"),
    (0x03c7, "LANspool3.5"),
    (0x03d7, "LexmarkPrinterServer"),
    (0x03d8, "LexmarkXLE PrinterServer"),
    (0x03dd, "BanyanENS NetwareClient"),
    (0x03de, "GuptaSequelBaseServer/NetWareSQL"),
    (0x03e1, "UnivelUnixware"),
    (0x03e4, "UnivelUnixware"),
    (0x03fc, "IntelNetport"),
    (0x03fd, "PrintServerQueue"),
    (0x040a, "ipnServer"),
    (0x040d, "LVERRMAN"),
    (0x040e, "LVLIC"),
    (0x0414, "NET Silicon (DPI)/Kyocera"),
    (0x0429, "SiteLockVirus"),
    (0x0432, "UFHELPR???"),
    (0x0433, "Synoptics281xAdvancedSNMPAgent"),
    (0x0444, "MicrosoftNT SNA Server"),
    (0x0448, "Oracle"),
    (0x044c, "ARCserve5.01"),
    (0x0457, "CanonGP55"),
    (0x045a, "QMS Printers"),
    (0x045b, "DellSCSI Array"),
    (0x0491, "NetBlazerModems"),
    (0x04ac, "OnTimeScheduler"),
    (0x04b0, "CD-Net"),
    (0x0513, "EmulexNQA"),
    (0x0520, "SiteLockChecks"),
    (0x0529, "SiteLockChecks"),
    (0x052d, "CitrixOS2 AppServer"),
    (0x0535, "Tektronix"),
    (0x0536, "Milan"),
    (0x055d, "Attachmate SNA gateway"),
    (0x056b, "IBM8235 ModemServer"),
    (0x056c, "ShivaLanRover/E PLUS"),
    (0x056d, "ShivaLanRover/T PLUS"),
    (0x0580, "McAfeeNetShield"),
    (
        0x05b8,
        "NLM to workstation communication (Revelation Software)",
    ),
    (0x05ba, "CompatibleSystemsRouters"),
    (0x05be, "CheyenneHierarchicalStorageManager"),
    (0x0606, "JCWatermarkImaging"),
    (0x060c, "AXISNetworkPrinter"),
    (0x0610, "AdaptecSCSIManagement"),
    (0x0621, "IBM AntiVirus"),
    (0x0640, "Windows95 RemoteRegistryService"),
    (0x064e, "MicrosoftIIS"),
    (
        0x067b,
        "Microsoft Win95/98 File and Print Sharing for NetWare",
    ),
    (
        0x067c,
        "Microsoft Win95/98 File and Print Sharing for NetWare",
    ),
    (0x076c, "Xerox"),
    (0x079b, "ShivaLanRover/E 115"),
    (0x079c, "ShivaLanRover/T 115"),
    (0x07b4, "CubixWorldDesk"),
    (0x07c2, "Quarterdeck IWare Connect V2.x NLM"),
    (0x07c1, "Quarterdeck IWare Connect V3.x NLM"),
    (0x0810, "ELAN License Server Demo"),
    (0x0824, "ShivaLanRoverAccessSwitch/E"),
    (0x086a, "ISSC Collector"),
    (0x087f, "ISSC DAS AgentAIX"),
    (0x0880, "Intel Netport PRO"),
    (0x0881, "Intel Netport PRO"),
    (0x0b29, "SiteLock"),
    (0x0c29, "SiteLockApplications"),
    (0x0c2c, "LicensingServer"),
    (0x2101, "PerformanceTechnologyInstantInternet"),
    (0x2380, "LAI SiteLock"),
    (0x238c, "MeetingMaker"),
    (0x4808, "SiteLockServer/SiteLockMetering"),
    (0x5555, "SiteLockUser"),
    (0x6312, "Tapeware"),
    (0x6f00, "RabbitGateway"),
    (0x7703, "MODEM"),
    (0x8002, "NetPortPrinters"),
    (0x8008, "WordPerfectNetworkVersion"),
    (0x85be, "Cisco EIGRP"),
    (0x8888, "WordPerfectNetworkVersion/QuickNetworkManagement"),
    (0x9000, "McAfeeNetShield"),
    (0x9604, "CSA-NT_MON"),
    (0xb6a8, "OceanIsleReachoutRemoteControl"),
    (0xf11f, "SiteLockMetering"),
    (0xf1ff, "SiteLock"),
    (0xf503, "Microsoft SQL Server"),
    (0xf905, "IBM TimeAndPlace"),
    (0xfbfb, "TopCallIII FaxServer"),
    (0xffff, "AnyService/Wildcard"),
];

#[cfg(test)]
mod tests {
    use crate::decode::PrintOptions;
    use crate::decode::tests::{golden_link, numeric, numeric_e};
    use crate::link::LinkType;

    /// Raw 802.3 IPX (NetBIOS, RIP, SAP, NWLink), Ethernet II and 802.2 IPX, every socket and SAP/RIP command, and lengths too short for their entries (tcpdump 4.99.3 -n).
    #[test]
    fn ipx_sockets() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "ffffffffffff0003471bc1a80054e0e003ffff0050001400000000ffffffffffff0455a8f8796700000000000104550000000000000000000000000000000000000000000000000000000000000000000101025f5f4d5342524f5753455f5f020100",
                    0,
                    "IPX a8f87967.00:00:00:00:00:01.0455 > 00000000.ff:ff:ff:ff:ff:ff.0455: ipx-netbios 50",
                ),
                (
                    "ffffffffffff0003471bc1a8002ce0e003ffff0028000100000000ffffffffffff0453000000000003471bc1a804530002a8f8796700010002000000",
                    0,
                    "IPX 00000000.00:03:47:1b:c1:a8.0453 > 00000000.ff:ff:ff:ff:ff:ff.0453: ipx-rip-resp a8f87967/1.2",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    0,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55",
                ),
                (
                    "ffffffffffff0013206183a300dce0e003ffff00d9001400000000ffffffffffff0553000000000013206183a305530000000000000000000000000000000000000000000000000000000000000000fc020000494e4449412d4954202020202020200041564553482020202020202020202000ff534d422500000000000000000000000000000000000000000000000000000011000021000000000000000000e803000000000000000021005600030001000100020032005c4d41494c534c4f545c42524f57534500010080fc0a00415645534800000000000000000000000500031201000f0155aa00",
                    0,
                    "IPX 00000000.00:13:20:61:83:a3.0553 > 00000000.ff:ff:ff:ff:ff:ff.0553: ipx-nwlink-dgm 187",
                ),
                (
                    "08003e2b6856000347e12a760029e0e003ffff001d00118dc23c0018003e2b6856402b0a8808aa00000000000104513333c03e0101d5001d00000000",
                    0,
                    "IPX 0a8808aa.00:00:00:00:00:01.0451 > 8dc23c00.18:00:3e:2b:68:56.402b: [length 29 < 30] (invalid)",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00220004000000110000000000aa0452000000220000000000bb400000010004",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-req 0004",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00220004000000110000000000aa0452000000220000000000bb400000030278",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-nearest-req 0278",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00600004000000110000000000aa0452000000220000000000bb4000000499995352560078787878787878787878787878787878787878787878787878787878787878787878787878787878787878780000003300000000000000000001",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-nearest-resp 9999 'SRV' addr 00000033.00:00:00:00:00:00",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00540004000000110000000000aa0452000000220000000000bb4000000200044e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d450000",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-resp 0004 'NAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAME' [|ipx]",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff005e0004000000110000000000aa0452000000220000000000bb4000000200044e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d45000000000000000000000000",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-resp 0004 'NAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAME' addr 00000000.00:00:00:00:00:00 [|ipx]",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff005e0004000000110000000000aa0452000000220000000000bb4000000200044e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d454e414d45000000000000000000000000",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-resp 0004 'NAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAMENAME' addr 00000000.00:00:00:00:00:00 [|ipx]",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00200004000000110000000000aa0452000000220000000000bb40000009",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-?9",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff001f0004000000110000000000aa0452000000220000000000bb40000002",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452:  [length 1 < 2] (invalid)",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00280004000000110000000000aa0453000000220000000000bb40000001a8f8796700010002",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0453: ipx-rip-req a8f87967/1.2",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00240004000000110000000000aa0453000000220000000000bb40000001a8f87967",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0453: ipx-rip-req (invalid)",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00300004000000110000000000aa0453000000220000000000bb400000020000000a000100020000000b00030004",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0453: ipx-rip-resp 0000000a/1.2 0000000b/3.4",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00200004000000110000000000aa0453000000220000000000bb40000007",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0453: ipx-rip-?7",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00250004000000110000000000aa0451000000220000000000bb40006e637064617461",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0451: ipx-ncp 7",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00220004000000110000000000aa0456000000220000000000bb400064696167",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0456: ipx-diags 4",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00230004000000110000000000aa1234000000220000000000bb40006f74686572",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.1234: ipx-#1234 5",
                ),
                (
                    "ffffffffffff0000000000bb0028e0e003ffff00250004000000110000000000aa0451000000220000000000bb40006e637064617461",
                    0,
                    "IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0451: ipx-ncp 7",
                ),
            ],
        );
    }

    /// With -e: the encapsulation named instead of "IPX" (tcpdump 4.99.3).
    #[test]
    fn ipx_with_e() {
        golden_link(
            LinkType::Ethernet,
            numeric_e(0),
            &[
                (
                    "ffffffffffff0003471bc1a80054e0e003ffff0050001400000000ffffffffffff0455a8f8796700000000000104550000000000000000000000000000000000000000000000000000000000000000000101025f5f4d5342524f5753455f5f020100",
                    0,
                    "00:03:47:1b:c1:a8 > ff:ff:ff:ff:ff:ff, 802.3, length 84: LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2: a8f87967.00:00:00:00:00:01.0455 > 00000000.ff:ff:ff:ff:ff:ff.0455: ipx-netbios 50",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    0,
                    "00:30:c1:bf:57:55 > ff:ff:ff:ff:ff:ff, 802.3, length 99: LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00220004000000110000000000aa0452000000220000000000bb400000010004",
                    0,
                    "00:00:00:00:00:bb > ff:ff:ff:ff:ff:ff, ethertype IPX (0x8137), length 48: (NOV-ETHII) 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-req 0004",
                ),
                (
                    "ffffffffffff0000000000bb0028e0e003ffff00250004000000110000000000aa0451000000220000000000bb40006e637064617461",
                    0,
                    "00:00:00:00:00:bb > ff:ff:ff:ff:ff:ff, 802.3, length 40: LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: IPX 802.2: 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0451: ipx-ncp 7",
                ),
            ],
        );
    }

    /// Cut in the addresses, the length, and SAP and RIP entries (tcpdump 4.99.3).
    #[test]
    fn ipx_cut() {
        golden_link(
            LinkType::Ethernet,
            numeric(0),
            &[
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    14,
                    " [|llc]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    20,
                    "IPX  [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    30,
                    "IPX  [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    40,
                    "IPX  [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    44,
                    "IPX  [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    46,
                    "IPX  [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    50,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    60,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF5 [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    100,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    110,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55 [|ipx]",
                ),
                (
                    "ffffffffffff0030c1bf57550063e0e003ffff0060000000000000ffffffffffff0452000000000030c1bf575504520002030c303033304331424635373535383044304e50494246353735350000000000000000000000000000000000000000000000000000000030c1bf5755400c0001",
                    112,
                    "IPX 00000000.00:30:c1:bf:57:55.0452 > 00000000.ff:ff:ff:ff:ff:ff.0452: ipx-sap-resp 030c '0030C1BF575580D0NPIBF5755' addr 00000000.00:30:c1:bf:57:55 [|ipx]",
                ),
                (
                    "ffffffffffff0003471bc1a8002ce0e003ffff0028000100000000ffffffffffff0453000000000003471bc1a804530002a8f8796700010002000000",
                    48,
                    "IPX 00000000.00:03:47:1b:c1:a8.0453 > 00000000.ff:ff:ff:ff:ff:ff.0453:  [|ipx]",
                ),
                (
                    "ffffffffffff0003471bc1a8002ce0e003ffff0028000100000000ffffffffffff0453000000000003471bc1a804530002a8f8796700010002000000",
                    50,
                    "IPX 00000000.00:03:47:1b:c1:a8.0453 > 00000000.ff:ff:ff:ff:ff:ff.0453: ipx-rip-resp [|ipx]",
                ),
                (
                    "ffffffffffff0003471bc1a8002ce0e003ffff0028000100000000ffffffffffff0453000000000003471bc1a804530002a8f8796700010002000000",
                    54,
                    "IPX 00000000.00:03:47:1b:c1:a8.0453 > 00000000.ff:ff:ff:ff:ff:ff.0453: ipx-rip-resp [|ipx]",
                ),
            ],
        );
    }

    /// Without -n, SAP service types by name (tcpdump 4.99.3).
    #[test]
    fn ipx_service_names() {
        golden_link(
            LinkType::Ethernet,
            PrintOptions {
                numeric: 0,
                ..numeric(0)
            },
            &[
                (
                    "ffffffffffff0000000000bb8137ffff00220004000000110000000000aa0452000000220000000000bb400000010004",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-req FileServer",
                ),
                (
                    "ffffffffffff0000000000bb8137ffff00600004000000110000000000aa0452000000220000000000bb4000000499995352560078787878787878787878787878787878787878787878787878787878787878787878787878787878787878780000003300000000000000000001",
                    0,
                    "(NOV-ETHII) IPX 00000022.00:00:00:00:00:bb.4000 > 00000011.00:00:00:00:00:aa.0452: ipx-sap-nearest-resp 9999 'SRV' addr 00000033.00:00:00:00:00:00",
                ),
            ],
        );
    }
}
