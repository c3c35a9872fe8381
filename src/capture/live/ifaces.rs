//! -D and -i: the interface list in tcpdump's order and format, and
//! resolving a name, a number from that list, `any`, or nothing.
//!
//! Order, as libpcap 1.10 sorts it (checked against `tcpdump -D` in network
//! namespaces with up, down, carrier-less, loopback and numbered devices):
//! a stable sort of [network interfaces by ifindex, `any`, libpcap's
//! non-network sources] on a figure of merit whose bits are, most
//! significant first: not running, not up, disconnected (non-wireless),
//! loopback; `any` sorts after the other interfaces of its class. Names'
//! instance numbers do not matter.

use std::path::Path;

use super::linkmap::{self, EtherKind, LinkChoice, LinkMapError};
use super::{CaptureError, Interface};
use crate::sys::iface;

// pcap_if_t flag bits (pcap/pcap.h).
const LOOPBACK: u32 = 0x1;
const UP: u32 = 0x2;
const RUNNING: u32 = 0x4;
const WIRELESS: u32 = 0x8;
const STATUS_MASK: u32 = 0x30;
const CONNECTED: u32 = 0x10;
const DISCONNECTED: u32 = 0x20;
const NOT_APPLICABLE: u32 = 0x30;

/// Sources libpcap's Linux build lists after the network interfaces:
/// tcpdump -D shows them, so -D numbering matches only if we do too; -i on
/// them says afsniff cannot capture there.
const PSEUDO_DEVICES: [(&str, &str, u32); 5] = [
    (
        "bluetooth-monitor",
        "Bluetooth Linux Monitor",
        WIRELESS | NOT_APPLICABLE,
    ),
    (
        "nflog",
        "Linux netfilter log (NFLOG) interface",
        NOT_APPLICABLE,
    ),
    (
        "nfqueue",
        "Linux netfilter queue (NFQUEUE) interface",
        NOT_APPLICABLE,
    ),
    ("dbus-system", "D-Bus system bus", NOT_APPLICABLE),
    ("dbus-session", "D-Bus session bus", NOT_APPLICABLE),
];

const ANY_DESCRIPTION: &str = "Pseudo-device that captures on all interfaces";

/// One -D entry.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    name: String,
    description: Option<&'static str>,
    flags: u32,
    /// A network interface or `any` (not a pseudo-device).
    capturable: bool,
}

impl Entry {
    fn figure_of_merit(&self) -> u32 {
        let mut n = u32::from(self.name == "any");
        if self.flags & RUNNING == 0 {
            n |= 0x8000_0000;
        }
        if self.flags & UP == 0 {
            n |= 0x4000_0000;
        }
        if self.flags & WIRELESS == 0 && self.flags & STATUS_MASK == DISCONNECTED {
            n |= 0x2000_0000;
        }
        if self.flags & LOOPBACK != 0 {
            n |= 0x1000_0000;
        }
        n
    }

    /// tcpdump's line without the number: `eth0 [Up, Running, Connected]`.
    fn describe(&self) -> String {
        let mut s = self.name.clone();
        if let Some(d) = self.description {
            s += &format!(" ({d})");
        }
        if self.flags == 0 {
            return s;
        }
        let names: Vec<&str> = [
            (UP, "Up"),
            (RUNNING, "Running"),
            (WIRELESS, "Wireless"),
            (LOOPBACK, "Loopback"),
        ]
        .iter()
        .filter(|(bit, _)| self.flags & bit != 0)
        .map(|&(_, name)| name)
        .collect();
        s += " [";
        s += &if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        };
        let wireless = self.flags & WIRELESS != 0;
        s += match (self.flags & STATUS_MASK, wireless) {
            (0, true) => ", Association status unknown",
            (CONNECTED, true) => ", Associated",
            (DISCONNECTED, true) => ", Not associated",
            (0, false) => ", Connection status unknown",
            (CONNECTED, false) => ", Connected",
            (DISCONNECTED, false) => ", Disconnected",
            _ => "",
        };
        s += "]";
        s
    }
}

/// pcap flags of a network interface, as libpcap's Linux get_if_flags finds them.
fn netdev_flags(name: &str) -> u32 {
    let iff = iface::flags(name).unwrap_or(0);
    let mut flags = 0;
    for (bit, pcap) in [
        (libc::IFF_UP, UP),
        (libc::IFF_RUNNING, RUNNING),
        (libc::IFF_LOOPBACK, LOOPBACK),
    ] {
        if iff & bit as u32 != 0 {
            flags |= pcap;
        }
    }
    if flags & LOOPBACK != 0 {
        return flags | NOT_APPLICABLE;
    }
    if Path::new("/sys/class/net")
        .join(name)
        .join("wireless")
        .exists()
    {
        flags |= WIRELESS;
    } else {
        match iface::hardware_type(name) {
            // libpcap returns before asking ethtool, leaving "unknown".
            Ok(libc::ARPHRD_LOOPBACK) => return flags,
            Ok(
                libc::ARPHRD_IRDA
                | libc::ARPHRD_IEEE80211
                | libc::ARPHRD_IEEE80211_PRISM
                | libc::ARPHRD_IEEE80211_RADIOTAP
                | libc::ARPHRD_IEEE802154
                | 805 // ARPHRD_IEEE802154_MONITOR
                | 825, // ARPHRD_6LOWPAN
            ) => flags |= WIRELESS,
            _ => {}
        }
    }
    match iface::ethtool_link(name) {
        Ok(true) => flags | CONNECTED,
        Ok(false) => flags | DISCONNECTED,
        Err(e) if matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EINVAL)) => {
            flags | NOT_APPLICABLE
        }
        Err(_) => flags,
    }
}

/// Every -D entry, sorted as libpcap sorts them.
fn entries() -> Result<Vec<Entry>, CaptureError> {
    let netdevs = iface::all_interfaces().map_err(|e| CaptureError::Syscall {
        call: "if_nameindex",
        iface: None,
        source: e,
        hint: None,
    })?;
    let mut list: Vec<Entry> = netdevs
        .into_iter()
        .map(|(_, name)| Entry {
            flags: netdev_flags(&name),
            name,
            description: None,
            capturable: true,
        })
        .collect();
    list.push(Entry {
        name: "any".to_string(),
        description: Some(ANY_DESCRIPTION),
        flags: UP | RUNNING | NOT_APPLICABLE,
        capturable: true,
    });
    list.extend(PSEUDO_DEVICES.iter().map(|&(name, d, flags)| Entry {
        name: name.to_string(),
        description: Some(d),
        flags,
        capturable: false,
    }));
    list.sort_by_key(Entry::figure_of_merit);
    Ok(list)
}

/// -D: one line per interface in tcpdump's order and format, e.g.
/// "1.eth0 [Up, Running, Connected]".
pub fn list_interfaces() -> Result<Vec<String>, CaptureError> {
    Ok(entries()?
        .iter()
        .enumerate()
        .map(|(i, e)| format!("{}.{}", i + 1, e.describe()))
        .collect())
}

/// Indexes of the loopback interfaces (for -i any's duplicate filtering).
pub(super) fn loopback_indexes() -> Vec<u32> {
    iface::all_interfaces()
        .unwrap_or_default()
        .into_iter()
        .filter(|(_, n)| iface::flags(n).is_ok_and(|f| f & libc::IFF_LOOPBACK as u32 != 0))
        .map(|(i, _)| i)
        .collect()
}

/// libpcap's choice of link types for a device, from its hardware type and
/// what sysfs says of an Ethernet one (wireless, DSA conduit).
fn link_choice(name: &str, arphrd: u16) -> Result<LinkChoice, CaptureError> {
    let dir = Path::new("/sys/class/net").join(name);
    let tagging = std::fs::read_to_string(dir.join("dsa/tagging")).ok();
    let ether = EtherKind {
        wireless: dir.join("wireless").exists(),
        dsa_tagging: tagging
            .as_deref()
            .map(|t| t.strip_suffix('\n').unwrap_or(t)),
    };
    linkmap::choose(arphrd, name, ether).map_err(|e| match e {
        LinkMapError::UnsupportedDsaTag(tag) => CaptureError::UnsupportedDsaTag {
            iface: name.to_string(),
            tag,
        },
    })
}

/// -i NAME, -i N (a number from -D), -i any, or None: the first entry of
/// -D's list, as tcpdump 4.99 picks it (an up, running, non-loopback
/// interface when there is one, else `any`).
pub fn resolve_interface(spec: Option<&str>) -> Result<Interface, CaptureError> {
    let name = match spec {
        None => {
            let list = entries()?;
            let first = list
                .into_iter()
                .find(|e| e.capturable)
                .ok_or(CaptureError::NoDefaultInterface)?;
            first.name
        }
        Some(s)
            if !s.is_empty()
                && s.bytes().all(|b| b.is_ascii_digit())
                && iface::index_of(s).is_err() =>
        {
            let list = entries()?;
            let count = list.len();
            let number: u64 = s.parse().unwrap_or(u64::MAX);
            let entry = usize::try_from(number)
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| list.into_iter().nth(i))
                .ok_or(CaptureError::NoSuchInterfaceNumber { number, count })?;
            entry.name
        }
        Some(s) => s.to_string(),
    };
    by_name(&name)
}

fn by_name(name: &str) -> Result<Interface, CaptureError> {
    if name == "any" {
        let choice = linkmap::any();
        return Ok(Interface {
            name: "any".to_string(),
            index: 0,
            link: choice.default,
            offered: choice.offered,
            cooked: choice.cooked,
            netmask: 0,
        });
    }
    if PSEUDO_DEVICES.iter().any(|(n, _, _)| *n == name) {
        return Err(CaptureError::NotANetworkInterface(name.to_string()));
    }
    let index =
        iface::index_of(name).map_err(|_| CaptureError::NoSuchInterface(name.to_string()))?;
    let arphrd = iface::hardware_type(name).map_err(|e| CaptureError::Syscall {
        call: "ioctl(SIOCGIFHWADDR)",
        iface: Some(name.to_string()),
        source: e,
        hint: None,
    })?;
    let choice = link_choice(name, arphrd)?;
    Ok(Interface {
        name: name.to_string(),
        index,
        link: choice.default,
        offered: choice.offered,
        cooked: choice.cooked,
        netmask: iface::ipv4_netmask(name).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::LinkType;

    fn entry(name: &str, flags: u32) -> Entry {
        Entry {
            name: name.to_string(),
            description: None,
            flags,
            capturable: true,
        }
    }

    #[test]
    fn lines_look_like_tcpdump_s() {
        assert_eq!(
            entry("eth0", UP | RUNNING | CONNECTED).describe(),
            "eth0 [Up, Running, Connected]"
        );
        assert_eq!(
            entry("lo", UP | RUNNING | LOOPBACK | NOT_APPLICABLE).describe(),
            "lo [Up, Running, Loopback]"
        );
        assert_eq!(entry("ifb0", NOT_APPLICABLE).describe(), "ifb0 [none]");
        assert_eq!(
            entry("vB2", DISCONNECTED).describe(),
            "vB2 [none, Disconnected]"
        );
        assert_eq!(
            entry("x", UP).describe(),
            "x [Up, Connection status unknown]"
        );
        assert_eq!(entry("x", 0).describe(), "x");
        assert_eq!(
            entry("wl", UP | WIRELESS).describe(),
            "wl [Up, Wireless, Association status unknown]"
        );
        let mut any = entry("any", UP | RUNNING | NOT_APPLICABLE);
        any.description = Some(ANY_DESCRIPTION);
        assert_eq!(
            any.describe(),
            "any (Pseudo-device that captures on all interfaces) [Up, Running]"
        );
    }

    #[test]
    fn sort_matches_libpcap_s_figure_of_merit() {
        // The order observed from tcpdump -D in a namespace (ifindex order in).
        let mut list = [
            entry("lo", LOOPBACK | NOT_APPLICABLE),
            entry("p2", UP | RUNNING | CONNECTED),
            entry("p9", UP | RUNNING | CONNECTED),
            entry("r7", DISCONNECTED),
            entry("q", UP | DISCONNECTED),
            entry("any", UP | RUNNING | NOT_APPLICABLE),
            entry("nflog", NOT_APPLICABLE),
        ];
        list.sort_by_key(Entry::figure_of_merit);
        let names: Vec<_> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["p2", "p9", "any", "q", "nflog", "lo", "r7"]);

        let mut list = [
            entry("lo", UP | RUNNING | LOOPBACK | NOT_APPLICABLE),
            entry("ifb0", NOT_APPLICABLE),
            entry("eth0", UP | RUNNING | CONNECTED),
            entry("any", UP | RUNNING | NOT_APPLICABLE),
        ];
        list.sort_by_key(Entry::figure_of_merit);
        let names: Vec<_> = list.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["eth0", "any", "lo", "ifb0"]);
    }

    #[test]
    fn resolves_names_any_numbers_and_pseudo_devices() {
        let lo = resolve_interface(Some("lo")).unwrap();
        assert_eq!(lo.link, LinkType::Ethernet);
        assert!(lo.index > 0);
        assert_eq!(lo.netmask, 0xff00_0000);
        let any = resolve_interface(Some("any")).unwrap();
        assert_eq!(
            (any.index, any.link, any.cooked),
            (0, LinkType::LinuxSll2, true)
        );
        assert_eq!(any.offered, [LinkType::LinuxSll, LinkType::LinuxSll2]);
        assert_eq!(lo.offered, [LinkType::Ethernet]);
        let lines = list_interfaces().unwrap();
        let lo_line = lines.iter().find(|l| l.contains(".lo [")).unwrap();
        let number = lo_line.split('.').next().unwrap();
        assert_eq!(resolve_interface(Some(number)).unwrap(), lo);
        assert!(matches!(
            resolve_interface(Some("9999")),
            Err(CaptureError::NoSuchInterfaceNumber { number: 9999, .. })
        ));
        assert!(matches!(
            resolve_interface(Some("afsnope7")),
            Err(CaptureError::NoSuchInterface(n)) if n == "afsnope7"
        ));
        assert!(matches!(
            resolve_interface(Some("nflog")),
            Err(CaptureError::NotANetworkInterface(_))
        ));
        let default = resolve_interface(None).unwrap();
        assert_eq!(default.name, entries().unwrap()[0].name);
    }

    /// Compares -D with tcpdump's on this machine, line for line.
    #[test]
    fn list_matches_tcpdump_d() {
        let out = match std::process::Command::new("tcpdump").arg("-D").output() {
            Ok(o) if o.status.success() => o,
            _ if std::env::var("AFSNIFF_REQUIRE_LIVE").as_deref() == Ok("1") => {
                panic!("tcpdump -D failed or tcpdump is missing and AFSNIFF_REQUIRE_LIVE=1")
            }
            _ => {
                eprintln!("skipped: list_matches_tcpdump_d needs tcpdump (and root)");
                return;
            }
        };
        let theirs: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        // libpcap lists Bluetooth adapters (bluetoothN) and usbmonN too;
        // afsniff does not, so compare only when none are present.
        if theirs.iter().any(|l| {
            l.contains(".bluetooth") && !l.contains("bluetooth-monitor") || l.contains(".usbmon")
        }) {
            eprintln!("skipped: tcpdump -D lists Bluetooth adapters or usbmon here");
            return;
        }
        assert_eq!(list_interfaces().unwrap(), theirs);
    }
}
