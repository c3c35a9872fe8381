//! Interface names by index, from /sys/class/net (for cooked v2 captures,
//! whose records carry only the index). Read each time it is asked: the
//! callers cache, and decide when an unknown index is worth a new look.

/// Every interface of this network namespace as (ifindex, name).
pub fn interfaces() -> Vec<(u32, Box<str>)> {
    let Ok(dir) = std::fs::read_dir("/sys/class/net") else {
        return Vec::new();
    };
    dir.flatten()
        .filter_map(|entry| {
            let text = std::fs::read_to_string(entry.path().join("ifindex")).ok()?;
            let index = text.trim().parse().ok()?;
            Some((index, entry.file_name().to_string_lossy().into()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_listed() {
        match std::fs::read_to_string("/sys/class/net/lo/ifindex") {
            Ok(idx) => {
                let idx: u32 = idx.trim().parse().unwrap();
                assert!(interfaces().iter().any(|(i, n)| *i == idx && &**n == "lo"));
            }
            Err(_) => eprintln!("skipped: no /sys/class/net/lo"),
        }
    }
}
