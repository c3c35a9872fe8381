//! Interface names for the `"ifname"` field of live packets, from
//! netdb's /sys/class/net scan. Read when an index is first seen, not per packet; an
//! index that has no name then (an interface already gone) is remembered
//! as unnamed so that it costs no second look.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct IfNames {
    known: HashMap<u32, Option<Box<str>>>,
}

impl IfNames {
    pub fn name(&mut self, index: u32) -> Option<&str> {
        if !self.known.contains_key(&index) {
            // One scan learns every interface present, so `-i any` on a
            // host with many interfaces scans once per new interface at most.
            for (i, name) in crate::netdb::ifnames::interfaces() {
                self.known.entry(i).or_insert(Some(name));
            }
            self.known.entry(index).or_insert(None);
        }
        self.known.get(&index).and_then(|n| n.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_named_and_missing_indexes_are_remembered() {
        let lo: u32 = std::fs::read_to_string("/sys/class/net/lo/ifindex")
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let mut names = IfNames::default();
        assert_eq!(names.name(lo), Some("lo"));
        assert_eq!(names.name(u32::MAX), None);
        assert_eq!(names.known.get(&u32::MAX), Some(&None));
    }
}
