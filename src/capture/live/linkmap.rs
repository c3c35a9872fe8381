//! Which link types an interface is captured as, from its ARPHRD_ type,
//! as libpcap 1.10's map_arphrd_to_dlt and setup_socket choose: the
//! default, the list -L shows and -y picks from, and whether the socket is
//! cooked (SOCK_DGRAM, the kernel strips the link header and the walker
//! writes a Linux cooked header in front).

use crate::link::LinkType;
use crate::wire::linktype as lt;

/// ARPHRD_ values libpcap maps that libc does not name on every target.
mod arphrd {
    pub const ETHER: u16 = 1;
    pub const EETHER: u16 = 2;
    pub const AX25: u16 = 3;
    pub const PRONET: u16 = 4;
    pub const CHAOS: u16 = 5;
    pub const IEEE802: u16 = 6;
    pub const ARCNET: u16 = 7;
    pub const DLCI: u16 = 15;
    pub const FC_18: u16 = 18;
    pub const ATM: u16 = 19;
    pub const METRICOM: u16 = 23;
    pub const SLIP: u16 = 256;
    pub const CSLIP: u16 = 257;
    pub const SLIP6: u16 = 258;
    pub const CSLIP6: u16 = 259;
    pub const ADAPT: u16 = 264;
    pub const CAN: u16 = 280;
    pub const PPP: u16 = 512;
    pub const CISCO: u16 = 513;
    pub const RAWHDLC: u16 = 518;
    pub const TUNNEL: u16 = 768;
    pub const FRAD: u16 = 770;
    pub const LOOPBACK: u16 = 772;
    pub const LOCALTLK: u16 = 773;
    pub const FDDI: u16 = 774;
    pub const SIT: u16 = 776;
    pub const IRDA: u16 = 783;
    pub const FCPP: u16 = 784;
    pub const FCAL: u16 = 785;
    pub const FCPL: u16 = 786;
    pub const FCFABRIC: u16 = 787;
    pub const IEEE802_TR: u16 = 800;
    pub const IEEE80211: u16 = 801;
    pub const IEEE80211_PRISM: u16 = 802;
    pub const IEEE80211_RADIOTAP: u16 = 803;
    pub const IEEE802154: u16 = 804;
    pub const NETLINK: u16 = 824;
    pub const VSOCKMON: u16 = 826;
    pub const LAPD: u16 = 8445;
    pub const NONE: u16 = 0xfffe;
}

/// How an interface is captured.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkChoice {
    /// The link type without -y.
    pub default: LinkType,
    /// What -L lists and -y may choose (libpcap's dlt_list); just the
    /// default where libpcap has no list.
    pub offered: Vec<LinkType>,
    /// SOCK_DGRAM with a cooked header written in front of each frame.
    pub cooked: bool,
}

/// What the interface's sysfs directory says, for the few ARPHRD_ETHER
/// devices libpcap treats differently.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EtherKind<'a> {
    /// /sys/class/net/NAME/wireless exists.
    pub wireless: bool,
    /// /sys/class/net/NAME/dsa/tagging, without its newline.
    pub dsa_tagging: Option<&'a str>,
}

/// Why an interface cannot be captured at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkMapError {
    /// A DSA conduit whose tag format libpcap does not know.
    UnsupportedDsaTag(String),
}

fn other(n: u32) -> LinkType {
    LinkType::from_linktype(n)
}

fn only(link: LinkType) -> LinkChoice {
    LinkChoice {
        default: link,
        offered: vec![link],
        cooked: false,
    }
}

/// `any`: cooked v1 and v2; tcpdump asks for v2 unless -y says otherwise.
pub fn any() -> LinkChoice {
    LinkChoice {
        default: LinkType::LinuxSll2,
        offered: vec![LinkType::LinuxSll, LinkType::LinuxSll2],
        cooked: true,
    }
}

/// The choice for interface `name` of hardware type `hw`.
pub fn choose(hw: u16, name: &str, ether: EtherKind) -> Result<LinkChoice, LinkMapError> {
    use arphrd as a;
    let choice = match hw {
        a::ETHER if name.starts_with("cdma_rmnet") => only(LinkType::Raw),
        // ISDN4Linux devices claim Ethernet but are not: cooked, with both
        // cooked forms offered as for `any`.
        a::ETHER if name.starts_with("isdn") || name.starts_with("isdY") => LinkChoice {
            default: LinkType::LinuxSll,
            ..any()
        },
        a::ETHER if ether.wireless => only(LinkType::Ethernet),
        a::ETHER => match ether.dsa_tagging {
            None | Some("none") => LinkChoice {
                default: LinkType::Ethernet,
                offered: vec![LinkType::Ethernet, other(lt::DOCSIS)],
                cooked: false,
            },
            Some("brcm") => only(other(lt::DSA_TAG_BRCM)),
            Some("brcm-prepend") => only(other(lt::DSA_TAG_BRCM_PREPEND)),
            Some("dsa") => only(other(lt::DSA_TAG_DSA)),
            Some("edsa") => only(other(lt::DSA_TAG_EDSA)),
            Some(tag) => return Err(LinkMapError::UnsupportedDsaTag(tag.to_string())),
        },
        a::METRICOM | a::LOOPBACK => only(LinkType::Ethernet),
        a::EETHER => only(other(lt::EN3MB)),
        a::AX25 => only(other(lt::AX25_KISS)),
        a::PRONET => only(other(lt::PRONET)),
        a::CHAOS => only(other(lt::CHAOS)),
        a::CAN => only(other(lt::CAN_SOCKETCAN)),
        a::IEEE802_TR | a::IEEE802 => only(other(lt::IEEE802)),
        a::ARCNET => only(other(lt::ARCNET_LINUX)),
        a::FDDI => only(other(lt::FDDI)),
        a::IEEE80211 => only(other(lt::IEEE802_11)),
        a::IEEE80211_PRISM => only(other(lt::PRISM_HEADER)),
        a::IEEE80211_RADIOTAP => only(other(lt::IEEE802_11_RADIO)),
        a::CISCO => only(other(lt::C_HDLC)),
        a::TUNNEL
        | a::SIT
        | a::CSLIP
        | a::SLIP6
        | a::CSLIP6
        | a::ADAPT
        | a::SLIP
        | a::RAWHDLC
        | a::DLCI
        | a::NONE => only(LinkType::Raw),
        a::FRAD => only(other(lt::FRELAY)),
        a::LOCALTLK => only(other(lt::LTALK)),
        a::FC_18 => only(other(lt::IP_OVER_FC)),
        a::FCPP | a::FCAL | a::FCPL | a::FCFABRIC => LinkChoice {
            default: other(lt::FC_2),
            offered: vec![
                other(lt::FC_2),
                other(lt::FC_2_WITH_FRAME_DELIMS),
                other(lt::IP_OVER_FC),
            ],
            cooked: false,
        },
        a::IEEE802154 => only(other(lt::IEEE802_15_4_NOFCS)),
        a::VSOCKMON => only(other(lt::VSOCK)),
        // Cooked, but under their own link types: the cooked v1 header is
        // part of their formats.
        a::IRDA => cooked_as(other(lt::LINUX_IRDA)),
        a::LAPD => cooked_as(other(lt::LINUX_LAPD)),
        a::NETLINK => cooked_as(other(lt::NETLINK)),
        // PPP and ATM frames have no header a reader could use.
        a::PPP | a::ATM => cooked_as(LinkType::LinuxSll),
        // ARPHRD_RAWIP and every type libpcap does not know: cooked v1.
        _ => cooked_as(LinkType::LinuxSll),
    };
    Ok(choice)
}

fn cooked_as(link: LinkType) -> LinkChoice {
    LinkChoice {
        cooked: true,
        ..only(link)
    }
}

/// SocketCAN frames, whose CAN ID the kernel hands over in host order and
/// LINKTYPE_CAN_SOCKETCAN carries in network order.
pub fn is_socketcan(link: LinkType) -> bool {
    link == LinkType::Other(lt::CAN_SOCKETCAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(c: &LinkChoice) -> Vec<&'static str> {
        c.offered.iter().map(|l| l.name()).collect()
    }

    #[test]
    fn ethernet_offers_docsis_but_loopback_and_wireless_do_not() {
        let eth = choose(arphrd::ETHER, "veth0", EtherKind::default()).unwrap();
        assert_eq!(eth.default, LinkType::Ethernet);
        assert_eq!(names(&eth), ["EN10MB", "DOCSIS"]);
        assert!(!eth.cooked);
        let lo = choose(arphrd::LOOPBACK, "lo", EtherKind::default()).unwrap();
        assert_eq!(names(&lo), ["EN10MB"]);
        let wlan = EtherKind {
            wireless: true,
            dsa_tagging: None,
        };
        assert_eq!(
            names(&choose(arphrd::ETHER, "wlan0", wlan).unwrap()),
            ["EN10MB"]
        );
    }

    #[test]
    fn dsa_conduits_take_their_tag_format() {
        let kind = |t| EtherKind {
            wireless: false,
            dsa_tagging: Some(t),
        };
        let c = choose(arphrd::ETHER, "eth0", kind("edsa")).unwrap();
        assert_eq!(names(&c), ["DSA_TAG_EDSA"]);
        let c = choose(arphrd::ETHER, "eth0", kind("none")).unwrap();
        assert_eq!(names(&c), ["EN10MB", "DOCSIS"]);
        assert_eq!(
            choose(arphrd::ETHER, "eth0", kind("ocelot")),
            Err(LinkMapError::UnsupportedDsaTag("ocelot".into()))
        );
    }

    #[test]
    fn tunnels_are_raw_and_ppp_is_cooked_v1() {
        for hw in [arphrd::NONE, arphrd::SIT, arphrd::TUNNEL, arphrd::SLIP] {
            let c = choose(hw, "t0", EtherKind::default()).unwrap();
            assert_eq!((c.default, c.cooked), (LinkType::Raw, false), "{hw}");
        }
        let ppp = choose(arphrd::PPP, "ppp0", EtherKind::default()).unwrap();
        assert_eq!((names(&ppp), ppp.cooked), (vec!["LINUX_SLL"], true));
        // ARPHRD_RAWIP (519) is not in libpcap 1.10's table: cooked.
        let rawip = choose(519, "rmnet0", EtherKind::default()).unwrap();
        assert_eq!(rawip.default, LinkType::LinuxSll);
        let isdn = choose(arphrd::ETHER, "isdn0", EtherKind::default()).unwrap();
        assert_eq!(
            (isdn.default, names(&isdn)),
            (LinkType::LinuxSll, vec!["LINUX_SLL", "LINUX_SLL2"])
        );
    }

    #[test]
    fn radio_and_serial_devices_map_to_their_link_types() {
        let map = |hw| {
            choose(hw, "x", EtherKind::default())
                .unwrap()
                .default
                .name()
        };
        assert_eq!(map(arphrd::IEEE80211_RADIOTAP), "IEEE802_11_RADIO");
        assert_eq!(map(arphrd::CISCO), "C_HDLC");
        assert_eq!(map(arphrd::FRAD), "FRELAY");
        assert_eq!(map(arphrd::CAN), "CAN_SOCKETCAN");
        assert_eq!(map(arphrd::VSOCKMON), "VSOCK");
        assert_eq!(map(arphrd::IEEE802154), "IEEE802_15_4_NOFCS");
        let nl = choose(arphrd::NETLINK, "nlmon0", EtherKind::default()).unwrap();
        assert!(nl.cooked && nl.default.cooked_header_len() == Some(16));
        let fc = choose(arphrd::FCAL, "fc0", EtherKind::default()).unwrap();
        assert_eq!(names(&fc), ["FC_2", "FC_2_WITH_FRAME_DELIMS", "IP_OVER_FC"]);
    }

    #[test]
    fn any_offers_both_cooked_forms_and_defaults_to_v2() {
        let c = any();
        assert_eq!(
            (c.default, names(&c)),
            (LinkType::LinuxSll2, vec!["LINUX_SLL", "LINUX_SLL2"])
        );
    }
}
