//! -I: monitor mode as libpcap 1.10 enters it on a mac80211 device. A
//! monitor interface (monN) is added on the device's wiphy through nl80211,
//! brought up and captured on (radiotap frames, IEEE802_11_RADIO), and
//! deleted when the capture ends. Devices without a wiphy cannot do it.
//!
//! The generic-netlink messages are built and parsed here, in safe code;
//! src/sys/netlink.rs moves them.

use std::io;
use std::path::Path;

use super::{CaptureError, Interface, ifaces};
use crate::sys::iface;
use crate::sys::netlink::GenlSocket;

// linux/netlink.h, linux/genetlink.h, linux/nl80211.h.
const NLMSG_ERROR: u16 = 2;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLMSG_HDRLEN: usize = 16;
const GENL_HDRLEN: usize = 4;
const GENL_ID_CTRL: u16 = 0x10;
const CTRL_CMD_GETFAMILY: u8 = 3;
const CTRL_ATTR_FAMILY_ID: u16 = 1;
const CTRL_ATTR_FAMILY_NAME: u16 = 2;
const NL80211_CMD_NEW_INTERFACE: u8 = 7;
const NL80211_CMD_DEL_INTERFACE: u8 = 8;
const NL80211_ATTR_WIPHY: u16 = 1;
const NL80211_ATTR_IFINDEX: u16 = 3;
const NL80211_ATTR_IFNAME: u16 = 4;
const NL80211_ATTR_IFTYPE: u16 = 5;
const NL80211_IFTYPE_MONITOR: u32 = 6;
/// ARPHRD_IEEE80211_RADIOTAP: a device already in monitor mode.
const ARPHRD_RADIOTAP: u16 = 803;

/// An attribute's payload.
enum Attr<'a> {
    U32(u32),
    Str(&'a str),
}

/// One generic-netlink request: nlmsghdr, genlmsghdr, attributes (each
/// padded to 4 bytes), in host byte order as netlink wants.
fn request(family: u16, cmd: u8, seq: u32, attrs: &[(u16, Attr)]) -> Vec<u8> {
    let mut m = vec![0u8; NLMSG_HDRLEN];
    m.extend_from_slice(&[cmd, 1, 0, 0]);
    for (kind, value) in attrs {
        let payload: Vec<u8> = match value {
            Attr::U32(v) => v.to_ne_bytes().to_vec(),
            Attr::Str(s) => s.bytes().chain([0]).collect(),
        };
        m.extend_from_slice(&((4 + payload.len()) as u16).to_ne_bytes());
        m.extend_from_slice(&kind.to_ne_bytes());
        m.extend_from_slice(&payload);
        m.resize(m.len().next_multiple_of(4), 0);
    }
    let len = m.len() as u32;
    m[0..4].copy_from_slice(&len.to_ne_bytes());
    m[4..6].copy_from_slice(&family.to_ne_bytes());
    m[6..8].copy_from_slice(&(NLM_F_REQUEST | NLM_F_ACK).to_ne_bytes());
    m[8..12].copy_from_slice(&seq.to_ne_bytes());
    m
}

/// What one reply message says.
#[derive(Debug, PartialEq, Eq)]
enum Reply<'a> {
    /// NLMSG_ERROR: 0 is the acknowledgement, else -errno.
    Ack(i32),
    /// Any other message of this sequence: its type and attributes.
    Message { kind: u16, attrs: &'a [u8] },
}

/// The messages of one datagram that answer `seq`; a malformed one ends
/// the walk.
fn replies(buf: &[u8], seq: u32) -> Vec<Reply<'_>> {
    let mut out = Vec::new();
    let mut at = 0usize;
    while let Some(hdr) = buf.get(at..at + NLMSG_HDRLEN) {
        let len = u32::from_ne_bytes([hdr[0], hdr[1], hdr[2], hdr[3]]) as usize;
        let kind = u16::from_ne_bytes([hdr[4], hdr[5]]);
        let this_seq = u32::from_ne_bytes([hdr[8], hdr[9], hdr[10], hdr[11]]);
        let Some(body) = buf.get(at + NLMSG_HDRLEN..at + len.max(NLMSG_HDRLEN)) else {
            break;
        };
        if len < NLMSG_HDRLEN {
            break;
        }
        if this_seq == seq {
            if kind == NLMSG_ERROR {
                let code = body.get(..4).map_or(-libc::EPROTO, |e| {
                    i32::from_ne_bytes([e[0], e[1], e[2], e[3]])
                });
                out.push(Reply::Ack(code));
            } else {
                out.push(Reply::Message {
                    kind,
                    attrs: body.get(GENL_HDRLEN..).unwrap_or(&[]),
                });
            }
        }
        at += len.next_multiple_of(4);
    }
    out
}

/// The payload of attribute `want` in a run of attributes.
fn attr(mut attrs: &[u8], want: u16) -> Option<&[u8]> {
    while attrs.len() >= 4 {
        let len = usize::from(u16::from_ne_bytes([attrs[0], attrs[1]]));
        let kind = u16::from_ne_bytes([attrs[2], attrs[3]]) & 0x3fff;
        if len < 4 || len > attrs.len() {
            return None;
        }
        if kind == want {
            return Some(&attrs[4..len]);
        }
        attrs = attrs.get(len.next_multiple_of(4)..).unwrap_or(&[]);
    }
    None
}

/// A generic-netlink conversation: one request, its replies until the ack.
struct Genl {
    sock: GenlSocket,
    seq: u32,
}

impl Genl {
    fn open() -> io::Result<Genl> {
        Ok(Genl {
            sock: GenlSocket::open()?,
            seq: 1,
        })
    }

    /// Sends a request; returns the attributes of the first non-ack reply
    /// (if any) once the kernel has acknowledged it, or its error.
    fn call(&mut self, family: u16, cmd: u8, attrs: &[(u16, Attr)]) -> io::Result<Vec<u8>> {
        self.seq = self.seq.wrapping_add(1);
        self.sock.send(&request(family, cmd, self.seq, attrs))?;
        let mut buf = vec![0u8; 16 * 1024];
        let mut first = None;
        loop {
            let n = self.sock.recv(&mut buf)?;
            for reply in replies(&buf[..n], self.seq) {
                match reply {
                    Reply::Ack(0) => return Ok(first.unwrap_or_default()),
                    Reply::Ack(e) => return Err(io::Error::from_raw_os_error(-e)),
                    Reply::Message { attrs, .. } => {
                        first.get_or_insert_with(|| attrs.to_vec());
                    }
                }
            }
        }
    }

    /// The id of a generic-netlink family (CTRL_CMD_GETFAMILY); ENOENT
    /// where the kernel has no such family (no cfg80211 for nl80211).
    fn family(&mut self, name: &str) -> io::Result<u16> {
        let attrs = self.call(
            GENL_ID_CTRL,
            CTRL_CMD_GETFAMILY,
            &[(CTRL_ATTR_FAMILY_NAME, Attr::Str(name))],
        )?;
        attr(&attrs, CTRL_ATTR_FAMILY_ID)
            .and_then(|id| Some(u16::from_ne_bytes(id.get(..2)?.try_into().ok()?)))
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EPROTO))
    }
}

/// The monitor interface this capture added; deleted on drop, as libpcap
/// deletes it when the capture closes.
pub struct MonitorInterface {
    genl: Genl,
    family: u16,
    ifindex: u32,
}

impl Drop for MonitorInterface {
    fn drop(&mut self) {
        let _ = self.genl.call(
            self.family,
            NL80211_CMD_DEL_INTERFACE,
            &[(NL80211_ATTR_IFINDEX, Attr::U32(self.ifindex))],
        );
    }
}

/// The wiphy index of a mac80211 device, from sysfs
/// (/sys/class/net/DEV/phy80211 -> phyN, /sys/class/ieee80211/phyN/index).
fn wiphy(sys_net: &Path, dev: &str) -> Option<u32> {
    std::fs::read_to_string(sys_net.join(dev).join("phy80211/index"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// libpcap's first free name of the form monN.
fn free_monitor_name(taken: impl Fn(&str) -> bool) -> Option<String> {
    (0..100)
        .map(|n| format!("mon{n}"))
        .find(|name| !taken(name))
}

fn not_supported(name: &str) -> CaptureError {
    CaptureError::NoMonitorMode(name.to_string())
}

/// -I on `dev`: captures on a new monitor interface of its wiphy, or on
/// `dev` itself when it is one already. The returned guard deletes what
/// was added; keep it for as long as the capture runs.
pub fn enter(dev: &mut Interface) -> Result<Option<MonitorInterface>, CaptureError> {
    if dev.index == 0 {
        return Err(not_supported(&dev.name));
    }
    if iface::hardware_type(&dev.name).ok() == Some(ARPHRD_RADIOTAP) {
        return Ok(None);
    }
    let Some(phy) = wiphy(Path::new("/sys/class/net"), &dev.name) else {
        return Err(not_supported(&dev.name));
    };
    let nl_err = |call: &'static str, e: io::Error| CaptureError::Syscall {
        call,
        iface: Some(dev.name.clone()),
        source: e,
        hint: Some("monitor mode needs CAP_NET_ADMIN and a driver that allows it".into()),
    };
    let mut genl = Genl::open().map_err(|e| nl_err("socket(AF_NETLINK)", e))?;
    let family = genl
        .family("nl80211")
        .map_err(|e| nl_err("nl80211 family lookup", e))?;
    let name = free_monitor_name(|n| iface::index_of(n).is_ok()).ok_or_else(|| {
        nl_err(
            "choosing a monitor interface name",
            io::Error::from_raw_os_error(libc::EEXIST),
        )
    })?;
    genl.call(
        family,
        NL80211_CMD_NEW_INTERFACE,
        &[
            (NL80211_ATTR_WIPHY, Attr::U32(phy)),
            (NL80211_ATTR_IFNAME, Attr::Str(&name)),
            (NL80211_ATTR_IFTYPE, Attr::U32(NL80211_IFTYPE_MONITOR)),
        ],
    )
    .map_err(|e| nl_err("nl80211 NEW_INTERFACE (monitor)", e))?;
    let ifindex = iface::index_of(&name).map_err(|e| nl_err("if_nametoindex", e))?;
    // From here on the guard deletes the interface, whatever fails next.
    let guard = MonitorInterface {
        genl,
        family,
        ifindex,
    };
    iface::set_up(&name).map_err(|e| nl_err("ioctl(SIOCSIFFLAGS) on the monitor interface", e))?;
    *dev = ifaces::resolve_interface(Some(&name))?;
    Ok(Some(guard))
}

/// -L and -J with -I: whether the device could enter monitor mode.
pub fn supported(dev: &Interface) -> bool {
    dev.index != 0 && wiphy(Path::new("/sys/class/net"), &dev.name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_laid_out_as_netlink_wants() {
        let m = request(
            0x1c,
            NL80211_CMD_NEW_INTERFACE,
            9,
            &[
                (NL80211_ATTR_WIPHY, Attr::U32(2)),
                (NL80211_ATTR_IFNAME, Attr::Str("mon0")),
            ],
        );
        // 16 header + 4 genl + 8 (u32 attr) + 12 ("mon0\0" padded).
        assert_eq!(m.len(), 40);
        assert_eq!(u32::from_ne_bytes(m[0..4].try_into().unwrap()), 40);
        assert_eq!(u16::from_ne_bytes(m[4..6].try_into().unwrap()), 0x1c);
        assert_eq!(u16::from_ne_bytes(m[6..8].try_into().unwrap()), 5);
        assert_eq!(u32::from_ne_bytes(m[8..12].try_into().unwrap()), 9);
        assert_eq!(&m[16..20], &[7, 1, 0, 0]);
        assert_eq!(u16::from_ne_bytes(m[20..22].try_into().unwrap()), 8);
        assert_eq!(u16::from_ne_bytes(m[22..24].try_into().unwrap()), 1);
        assert_eq!(u32::from_ne_bytes(m[24..28].try_into().unwrap()), 2);
        // The string's length counts its NUL, not the padding.
        assert_eq!(u16::from_ne_bytes(m[28..30].try_into().unwrap()), 9);
        assert_eq!(&m[32..40], b"mon0\0\0\0\0");
    }

    fn message(kind: u16, seq: u32, body: &[u8]) -> Vec<u8> {
        let mut m = Vec::new();
        m.extend_from_slice(&((NLMSG_HDRLEN + body.len()) as u32).to_ne_bytes());
        m.extend_from_slice(&kind.to_ne_bytes());
        m.extend_from_slice(&[0; 2]);
        m.extend_from_slice(&seq.to_ne_bytes());
        m.extend_from_slice(&[0; 4]);
        m.extend_from_slice(body);
        m.resize(m.len().next_multiple_of(4), 0);
        m
    }

    #[test]
    fn replies_give_the_family_id_and_the_ack() {
        // genl header, then CTRL_ATTR_FAMILY_NAME "nl80211", CTRL_ATTR_FAMILY_ID 0x1c.
        let mut body = vec![1, 2, 0, 0];
        body.extend_from_slice(&12u16.to_ne_bytes());
        body.extend_from_slice(&CTRL_ATTR_FAMILY_NAME.to_ne_bytes());
        body.extend_from_slice(b"nl80211\0");
        body.extend_from_slice(&6u16.to_ne_bytes());
        body.extend_from_slice(&CTRL_ATTR_FAMILY_ID.to_ne_bytes());
        body.extend_from_slice(&0x1cu16.to_ne_bytes());
        body.extend_from_slice(&[0, 0]);
        let mut dgram = message(GENL_ID_CTRL, 4, &body);
        dgram.extend(message(NLMSG_ERROR, 3, &(-1i32).to_ne_bytes()));
        dgram.extend(message(NLMSG_ERROR, 4, &0i32.to_ne_bytes()));
        let got = replies(&dgram, 4);
        assert_eq!(got.len(), 2);
        let Reply::Message { attrs, .. } = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(
            attr(attrs, CTRL_ATTR_FAMILY_ID),
            Some(&0x1cu16.to_ne_bytes()[..])
        );
        assert_eq!(attr(attrs, CTRL_ATTR_FAMILY_NAME), Some(&b"nl80211\0"[..]));
        assert_eq!(got[1], Reply::Ack(0));
        let refused = message(NLMSG_ERROR, 7, &(-libc::EOPNOTSUPP).to_ne_bytes());
        assert_eq!(replies(&refused, 7), [Reply::Ack(-libc::EOPNOTSUPP)]);
    }

    #[test]
    fn malformed_replies_end_the_walk_without_panicking() {
        assert!(replies(&[0xff; 7], 1).is_empty());
        let mut short = message(NLMSG_ERROR, 1, &0i32.to_ne_bytes());
        short[0..4].copy_from_slice(&3u32.to_ne_bytes());
        assert!(replies(&short, 1).is_empty());
        let mut long = message(NLMSG_ERROR, 1, &0i32.to_ne_bytes());
        long[0..4].copy_from_slice(&4096u32.to_ne_bytes());
        assert!(replies(&long, 1).is_empty());
        assert_eq!(attr(&[8, 0, 1, 0, 1], 1), None);
        assert_eq!(attr(&[2, 0, 1, 0], 1), None);
    }

    #[test]
    fn the_kernel_answers_a_family_lookup() {
        // The controller itself is always there, at its fixed id; a family
        // that does not exist is ENOENT, as nl80211 is on kernels without
        // cfg80211.
        let mut genl = Genl::open().unwrap();
        assert_eq!(genl.family("nlctrl").unwrap(), GENL_ID_CTRL);
        let e = genl.family("afsniff-none").unwrap_err();
        assert_eq!(e.raw_os_error(), Some(libc::ENOENT));
    }

    #[test]
    fn the_monitor_name_is_the_first_free_mon_n() {
        assert_eq!(
            free_monitor_name(|n| n == "mon0" || n == "mon1").as_deref(),
            Some("mon2")
        );
        assert_eq!(free_monitor_name(|_| true), None);
    }

    #[test]
    fn devices_without_a_wiphy_cannot_enter_monitor_mode() {
        let dir = std::env::temp_dir().join(format!("afsniff-wiphy-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("wlan0/phy80211")).unwrap();
        std::fs::create_dir_all(dir.join("eth0")).unwrap();
        std::fs::write(dir.join("wlan0/phy80211/index"), "3\n").unwrap();
        assert_eq!(wiphy(&dir, "wlan0"), Some(3));
        assert_eq!(wiphy(&dir, "eth0"), None);
        std::fs::remove_dir_all(&dir).unwrap();
        let mut lo = ifaces::resolve_interface(Some("lo")).unwrap();
        let e = enter(&mut lo).err().unwrap();
        assert_eq!(
            e.to_string(),
            "lo: That device doesn't support monitor mode (-I needs a wireless interface)"
        );
    }
}
