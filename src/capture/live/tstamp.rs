//! -J and -j: which time stamp types an interface offers, decided as
//! libpcap 1.10 decides it on Linux, and asking the ring for adapter stamps.

use std::os::fd::AsFd;

use super::{CaptureError, Interface, Live, syscall};
use crate::sys::tstamp::{self, TsInfo};

/// libpcap's time stamp types (pcap_tstamp_type_name_to_val's names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TstampType {
    Host,
    HostLowprec,
    HostHiprec,
    Adapter,
    AdapterUnsynced,
    HostHiprecUnsynced,
}

impl TstampType {
    /// Every type, in libpcap's order.
    pub const ALL: [TstampType; 6] = [
        TstampType::Host,
        TstampType::HostLowprec,
        TstampType::HostHiprec,
        TstampType::Adapter,
        TstampType::AdapterUnsynced,
        TstampType::HostHiprecUnsynced,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TstampType::Host => "host",
            TstampType::HostLowprec => "host_lowprec",
            TstampType::HostHiprec => "host_hiprec",
            TstampType::Adapter => "adapter",
            TstampType::AdapterUnsynced => "adapter_unsynced",
            TstampType::HostHiprecUnsynced => "host_hiprec_unsynced",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            TstampType::Host => "Host",
            TstampType::HostLowprec => "Host, low precision",
            TstampType::HostHiprec => "Host, high precision",
            TstampType::Adapter => "Adapter",
            TstampType::AdapterUnsynced => "Adapter, not synced with system time",
            TstampType::HostHiprecUnsynced => "Host, high precision, not synced with system time",
        }
    }
}

/// The types -j may choose on `iface`. Empty: the type cannot be set
/// (host stamps only), as libpcap answers for `any` and for drivers
/// that cannot stamp every received packet.
pub fn tstamp_types(iface: &Interface) -> Result<Vec<TstampType>, CaptureError> {
    if iface.index == 0 {
        return Ok(Vec::new());
    }
    let all = vec![
        TstampType::Host,
        TstampType::Adapter,
        TstampType::AdapterUnsynced,
    ];
    match tstamp::ts_info(&iface.name) {
        Ok(info) => Ok(offered(info)),
        // The driver does not say: libpcap offers everything.
        Err(e) if matches!(e.raw_os_error(), Some(libc::EOPNOTSUPP | libc::EINVAL)) => Ok(all),
        Err(e) if e.raw_os_error() == Some(libc::ENODEV) => Ok(Vec::new()),
        Err(e) => Err(syscall(
            "ioctl(SIOCETHTOOL, ETHTOOL_GET_TS_INFO)",
            &iface.name,
            e,
        )),
    }
}

/// libpcap's mapping from the driver's SOF_TIMESTAMPING_* capabilities.
fn offered(info: TsInfo) -> Vec<TstampType> {
    if !info.stamps_all_received {
        return Vec::new();
    }
    [
        (libc::SOF_TIMESTAMPING_SOFTWARE, TstampType::Host),
        (libc::SOF_TIMESTAMPING_SYS_HARDWARE, TstampType::Adapter),
        (
            libc::SOF_TIMESTAMPING_RAW_HARDWARE,
            TstampType::AdapterUnsynced,
        ),
    ]
    .into_iter()
    .filter(|(flag, _)| info.so_timestamping & flag != 0)
    .map(|(_, t)| t)
    .collect()
}

/// Whether -j `wanted` can be had on an interface offering `types`.
pub fn supported(types: &[TstampType], wanted: TstampType) -> bool {
    if types.is_empty() {
        wanted == TstampType::Host
    } else {
        types.contains(&wanted)
    }
}

impl Live {
    /// -j adapter / adapter_unsynced: the adapter stamps every received
    /// packet and the ring carries its stamps. Host types need nothing.
    pub fn use_tstamp(&self, iface: &str, wanted: TstampType) -> Result<(), CaptureError> {
        let flags = match wanted {
            TstampType::Adapter => libc::SOF_TIMESTAMPING_SYS_HARDWARE,
            TstampType::AdapterUnsynced => libc::SOF_TIMESTAMPING_RAW_HARDWARE,
            _ => return Ok(()),
        };
        tstamp::stamp_all_received(iface).map_err(|e| CaptureError::Syscall {
            call: "ioctl(SIOCSHWTSTAMP)",
            iface: Some(iface.to_string()),
            source: e,
            hint: Some(
                "adapter time stamps need CAP_NET_ADMIN and a driver that stamps every packet"
                    .into(),
            ),
        })?;
        tstamp::set_packet_timestamp(self.sock.as_fd(), flags)
            .map_err(|e| syscall("setsockopt(PACKET_TIMESTAMP)", iface, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn libpcaps_mapping() {
        let soft = libc::SOF_TIMESTAMPING_SOFTWARE;
        let hw = libc::SOF_TIMESTAMPING_SYS_HARDWARE | libc::SOF_TIMESTAMPING_RAW_HARDWARE;
        let info = |so_timestamping, stamps_all_received| TsInfo {
            so_timestamping,
            stamps_all_received,
        };
        assert!(offered(info(soft | hw, false)).is_empty());
        assert_eq!(offered(info(soft, true)), vec![TstampType::Host]);
        assert_eq!(
            offered(info(soft | hw, true)),
            vec![
                TstampType::Host,
                TstampType::Adapter,
                TstampType::AdapterUnsynced
            ]
        );
        assert!(supported(&[], TstampType::Host));
        assert!(!supported(&[], TstampType::Adapter));
        assert!(supported(&[TstampType::Adapter], TstampType::Adapter));
    }
}
