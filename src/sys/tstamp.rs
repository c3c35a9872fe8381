//! Time stamps from the network adapter (-j, -J): what the driver offers
//! (ethtool ETHTOOL_GET_TS_INFO), switching its receive stamping on
//! (SIOCSHWTSTAMP) and asking the packet socket for those stamps in the
//! ring (PACKET_TIMESTAMP with SOF_TIMESTAMPING_* flags), as libpcap does.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd};

use super::iface::{control_socket, ifreq_for, ioctl};

/// ETHTOOL_GET_TS_INFO from linux/ethtool.h.
const ETHTOOL_GET_TS_INFO: u32 = 0x0000_0041;
/// PACKET_TIMESTAMP from linux/if_packet.h.
const PACKET_TIMESTAMP: libc::c_int = 17;
/// HWTSTAMP_FILTER_ALL from linux/net_tstamp.h: stamp every received packet.
const HWTSTAMP_FILTER_ALL: i32 = 1;
/// HWTSTAMP_TX_OFF: leave transmit stamping alone.
const HWTSTAMP_TX_OFF: i32 = 0;

/// struct ethtool_ts_info from linux/ethtool.h.
#[repr(C)]
#[derive(Default)]
struct EthtoolTsInfo {
    cmd: u32,
    so_timestamping: u32,
    phc_index: i32,
    tx_types: u32,
    tx_reserved: [u32; 3],
    rx_filters: u32,
    rx_reserved: [u32; 3],
}

/// struct hwtstamp_config from linux/net_tstamp.h.
#[repr(C)]
struct HwtstampConfig {
    flags: i32,
    tx_type: i32,
    rx_filter: i32,
}

/// What the driver says about time stamping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TsInfo {
    /// SOF_TIMESTAMPING_* capabilities.
    pub so_timestamping: u32,
    /// Whether the adapter can stamp every received packet (libpcap offers
    /// adapter stamps only then).
    pub stamps_all_received: bool,
}

/// The driver's time stamping capabilities. Err(EOPNOTSUPP or EINVAL) when
/// the driver does not answer the question.
pub fn ts_info(name: &str) -> io::Result<TsInfo> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    let mut info = EthtoolTsInfo {
        cmd: ETHTOOL_GET_TS_INFO,
        ..EthtoolTsInfo::default()
    };
    ifr.ifr_ifru.ifru_data = (&mut info as *mut EthtoolTsInfo).cast();
    // `info` stays alive and unmoved across the ioctl, which writes it.
    ioctl(&fd, libc::SIOCETHTOOL, &mut ifr)?;
    Ok(TsInfo {
        so_timestamping: info.so_timestamping,
        stamps_all_received: info.rx_filters & (1 << HWTSTAMP_FILTER_ALL) != 0,
    })
}

/// SIOCSHWTSTAMP: the adapter stamps every received packet (needs
/// CAP_NET_ADMIN).
pub fn stamp_all_received(name: &str) -> io::Result<()> {
    let fd = control_socket()?;
    let mut ifr = ifreq_for(name)?;
    let mut config = HwtstampConfig {
        flags: 0,
        tx_type: HWTSTAMP_TX_OFF,
        rx_filter: HWTSTAMP_FILTER_ALL,
    };
    ifr.ifr_ifru.ifru_data = (&mut config as *mut HwtstampConfig).cast();
    // `config` stays alive and unmoved across the ioctl, which reads and
    // updates it.
    ioctl(&fd, libc::SIOCSHWTSTAMP, &mut ifr)
}

/// PACKET_TIMESTAMP: which stamp the kernel puts in the ring's frame
/// headers (SOF_TIMESTAMPING_SYS_HARDWARE or _RAW_HARDWARE).
pub fn set_packet_timestamp(sock: BorrowedFd<'_>, flags: u32) -> io::Result<()> {
    let value = flags as libc::c_int;
    // SAFETY: `value` is a live c_int for the duration of the call and its
    // exact size is passed; the kernel copies it.
    let r = unsafe {
        libc::setsockopt(
            sock.as_raw_fd(),
            libc::SOL_PACKET,
            PACKET_TIMESTAMP,
            (&value as *const libc::c_int).cast(),
            size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_stamps_in_software_only() {
        // lo answers with ethtool's default: software stamps, no adapter.
        match ts_info("lo") {
            Ok(info) => {
                assert!(!info.stamps_all_received);
                assert_ne!(info.so_timestamping & libc::SOF_TIMESTAMPING_SOFTWARE, 0);
            }
            Err(e) => assert!(
                matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EINVAL)),
                "{e}"
            ),
        }
        assert_eq!(
            ts_info("afsnope0").unwrap_err().raw_os_error(),
            Some(libc::ENODEV)
        );
    }
}
