//! /etc/ethers, name to MAC address, as glibc's ether_hostton reads it for
//! libpcap's pcap_ether_hostton: `MAC name` per line, six hexadecimal
//! octets separated by colons, '#' starting a comment; names match in any
//! case and the first line wins.

use std::collections::HashMap;

/// The ethers file, parsed.
#[derive(Debug, Default)]
pub(super) struct Ethers {
    /// Lower-cased name -> address of its first line.
    by_name: HashMap<String, [u8; 6]>,
}

impl Ethers {
    pub(super) fn parse(text: &str) -> Ethers {
        let mut e = Ethers::default();
        for (mac, name, _) in super::records(text) {
            if let Some(mac) = parse_mac(mac) {
                e.by_name.entry(name.to_ascii_lowercase()).or_insert(mac);
            }
        }
        e
    }

    pub(super) fn mac(&self, name: &str) -> Option<[u8; 6]> {
        self.by_name.get(&name.to_ascii_lowercase()).copied()
    }
}

/// Six colon-separated octets of one or two hex digits (`0:1:2:a:b:c`).
fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let mut mac = [0u8; 6];
    let mut parts = s.split(':');
    for octet in &mut mac {
        let p = parts.next()?;
        if p.is_empty() || p.len() > 2 {
            return None;
        }
        *octet = u8::from_str_radix(p, 16).ok()?;
    }
    parts.next().is_none().then_some(mac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_wins_in_any_case() {
        let e = Ethers::parse(
            "# c\n00:11:22:33:44:55 Alpha # x\n0:1:2:a:b:c\tbeta\n00:11:22:33:44:66 alpha\nzz:1:2:3:4:5 bad\n1:2:3 short\nlonely\n",
        );
        assert_eq!(e.mac("alpha"), Some([0, 0x11, 0x22, 0x33, 0x44, 0x55]));
        assert_eq!(e.mac("ALPHA"), Some([0, 0x11, 0x22, 0x33, 0x44, 0x55]));
        assert_eq!(e.mac("beta"), Some([0, 1, 2, 0xa, 0xb, 0xc]));
        assert_eq!(e.mac("bad"), None);
        assert_eq!(e.mac("short"), None);
        assert_eq!(e.mac("x"), None);
    }
}
