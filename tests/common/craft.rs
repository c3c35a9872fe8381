//! Pieces of capture files built byte by byte, for the tests that read
//! damaged and unusual files (tests/io_damaged.rs, tests/io_tcpdump.rs):
//! afsniff's writer only writes whole, host-order pcap, and these files are
//! meant to be anything but. `be` writes big-endian, else little-endian.

/// A u32 in the chosen byte order.
pub fn w32(be: bool, v: u32) -> [u8; 4] {
    if be { v.to_be_bytes() } else { v.to_le_bytes() }
}

/// Offsets of the records of a classic pcap file (24-byte header, 16-byte
/// record headers), up to where the next header would not fit.
pub fn record_offsets(file: &[u8], be: bool) -> Vec<usize> {
    let mut at = 24;
    let mut v = Vec::new();
    while at + 16 <= file.len() {
        v.push(at);
        let b: [u8; 4] = file[at + 8..at + 12].try_into().unwrap();
        let caplen = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        at += 16 + caplen as usize;
    }
    v
}

/// A pcapng block: type, length, body padded to 4, length again.
pub fn block(be: bool, block_type: u32, body: &[u8]) -> Vec<u8> {
    let padded = body.len().div_ceil(4) * 4;
    let len = (12 + padded) as u32;
    let mut b = w32(be, block_type).to_vec();
    b.extend(w32(be, len));
    b.extend(body);
    b.resize(8 + padded, 0);
    b.extend(w32(be, len));
    b
}

pub fn shb(be: bool, major: u16, minor: u16) -> Vec<u8> {
    let mut body = Vec::new();
    if be {
        body.extend(0x1a2b_3c4du32.to_be_bytes());
        body.extend(major.to_be_bytes());
        body.extend(minor.to_be_bytes());
    } else {
        body.extend(0x1a2b_3c4du32.to_le_bytes());
        body.extend(major.to_le_bytes());
        body.extend(minor.to_le_bytes());
    }
    body.extend((-1i64).to_le_bytes());
    block(be, 0x0a0d_0d0a, &body)
}

pub fn opt(code: u16, value: &[u8]) -> Vec<u8> {
    let mut o = code.to_le_bytes().to_vec();
    o.extend((value.len() as u16).to_le_bytes());
    o.extend(value);
    o.resize(4 + value.len().div_ceil(4) * 4, 0);
    o
}

pub fn idb(be: bool, linktype: u16, snaplen: u32, options: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    if be {
        body.extend(linktype.to_be_bytes());
        body.extend([0, 0]);
        body.extend(snaplen.to_be_bytes());
    } else {
        body.extend(linktype.to_le_bytes());
        body.extend([0, 0]);
        body.extend(snaplen.to_le_bytes());
    }
    body.extend(options);
    block(be, 1, &body)
}

pub fn epb(be: bool, iface: u32, ts: u64, data: &[u8], wire: u32) -> Vec<u8> {
    let mut body = Vec::new();
    for v in [iface, (ts >> 32) as u32, ts as u32, data.len() as u32, wire] {
        body.extend(w32(be, v));
    }
    body.extend(data);
    block(be, 6, &body)
}

pub fn spb(be: bool, wire_len: u32, data: &[u8]) -> Vec<u8> {
    let mut body = w32(be, wire_len).to_vec();
    body.extend(data);
    block(be, 3, &body)
}
pub fn pb(be: bool, iface: u16, ts: u64, data: &[u8]) -> Vec<u8> {
    let mut body = if be {
        iface.to_be_bytes()
    } else {
        iface.to_le_bytes()
    }
    .to_vec();
    body.extend([0, 0]);
    for v in [
        (ts >> 32) as u32,
        ts as u32,
        data.len() as u32,
        data.len() as u32,
    ] {
        body.extend(w32(be, v));
    }
    body.extend(data);
    block(be, 2, &body)
}
