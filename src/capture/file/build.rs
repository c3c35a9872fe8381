//! Test-only builders for small pcap and pcapng files, in either byte order.

/// Appends integers in a chosen byte order.
#[derive(Clone, Copy)]
pub(crate) struct Order {
    pub big: bool,
}

/// The two byte orders files are built in.
pub(crate) const LE: Order = Order { big: false };
pub(crate) const BE: Order = Order { big: true };

impl Order {
    pub fn u16(self, out: &mut Vec<u8>, v: u16) {
        out.extend_from_slice(&if self.big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        });
    }
    pub fn u32(self, out: &mut Vec<u8>, v: u32) {
        out.extend_from_slice(&if self.big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        });
    }
    pub fn u64(self, out: &mut Vec<u8>, v: u64) {
        out.extend_from_slice(&if self.big {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        });
    }
}

/// One pcap record: seconds, fraction, caplen field, wire length, bytes.
pub(crate) struct Rec<'a> {
    pub sec: u32,
    pub frac: u32,
    pub caplen: u32,
    pub len: u32,
    pub data: &'a [u8],
}

impl<'a> Rec<'a> {
    /// A well-formed record for `data`.
    pub fn new(sec: u32, frac: u32, data: &'a [u8]) -> Rec<'a> {
        Rec {
            sec,
            frac,
            caplen: data.len() as u32,
            len: data.len() as u32 + 10,
            data,
        }
    }
}

pub(crate) fn pcap_header(
    o: Order,
    magic: u32,
    version: (u16, u16),
    snaplen: u32,
    linktype: u32,
) -> Vec<u8> {
    let mut out = Vec::new();
    o.u32(&mut out, magic);
    o.u16(&mut out, version.0);
    o.u16(&mut out, version.1);
    o.u32(&mut out, 0);
    o.u32(&mut out, 0);
    o.u32(&mut out, snaplen);
    o.u32(&mut out, linktype);
    out
}

pub(crate) fn pcap_record(o: Order, out: &mut Vec<u8>, r: &Rec) {
    o.u32(out, r.sec);
    o.u32(out, r.frac);
    o.u32(out, r.caplen);
    o.u32(out, r.len);
    out.extend_from_slice(r.data);
}

/// A pcap 2.4 file with these records.
pub(crate) fn pcap(o: Order, nano: bool, snaplen: u32, linktype: u32, recs: &[Rec]) -> Vec<u8> {
    let magic = if nano { 0xa1b2_3c4d } else { 0xa1b2_c3d4 };
    let mut out = pcap_header(o, magic, (2, 4), snaplen, linktype);
    for r in recs {
        pcap_record(o, &mut out, r);
    }
    out
}

/// A pcapng block: type, length, body padded to 4, length again.
pub(crate) fn block(o: Order, block_type: u32, body: &[u8]) -> Vec<u8> {
    let padded = (body.len() + 3) & !3;
    let len = (12 + padded) as u32;
    let mut out = Vec::new();
    o.u32(&mut out, block_type);
    o.u32(&mut out, len);
    out.extend_from_slice(body);
    out.resize(8 + padded, 0);
    o.u32(&mut out, len);
    out
}

pub(crate) fn shb(o: Order) -> Vec<u8> {
    let mut body = Vec::new();
    o.u32(&mut body, 0x1a2b_3c4d);
    o.u16(&mut body, 1);
    o.u16(&mut body, 0);
    o.u64(&mut body, u64::MAX);
    block(o, 0x0a0d_0d0a, &body)
}

/// An interface description with (code, value) options.
pub(crate) fn idb(o: Order, linktype: u16, snaplen: u32, options: &[(u16, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    o.u16(&mut body, linktype);
    o.u16(&mut body, 0);
    o.u32(&mut body, snaplen);
    for (code, value) in options {
        o.u16(&mut body, *code);
        o.u16(&mut body, value.len() as u16);
        body.extend_from_slice(value);
        body.resize((body.len() + 3) & !3, 0);
    }
    if !options.is_empty() {
        o.u32(&mut body, 0);
    }
    block(o, 1, &body)
}

/// What the enhanced and the obsolete packet block share after the
/// interface: time stamp (high word first), captured and wire lengths, data.
fn stamped_data(o: Order, body: &mut Vec<u8>, ts: u64, len: u32, data: &[u8]) {
    o.u32(body, (ts >> 32) as u32);
    o.u32(body, ts as u32);
    o.u32(body, data.len() as u32);
    o.u32(body, len);
    body.extend_from_slice(data);
}

pub(crate) fn epb(o: Order, iface: u32, ts: u64, len: u32, data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    o.u32(&mut body, iface);
    stamped_data(o, &mut body, ts, len, data);
    block(o, 6, &body)
}

pub(crate) fn spb(o: Order, len: u32, data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    o.u32(&mut body, len);
    body.extend_from_slice(data);
    block(o, 3, &body)
}

/// The obsolete Packet Block (type 2): 16-bit interface and drop count.
pub(crate) fn pb(o: Order, iface: u16, ts: u64, len: u32, data: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    o.u16(&mut body, iface);
    o.u16(&mut body, 0);
    stamped_data(o, &mut body, ts, len, data);
    block(o, 2, &body)
}

/// Everything a reader returned: (seconds, nanoseconds, wire length, bytes)
/// per packet, and the error that ended it, if any.
pub(crate) type Packets = Vec<(i64, u32, u32, Vec<u8>)>;

/// The link type and snapshot length a reader takes from `file`'s header.
pub(crate) fn link_and_snaplen(file: &[u8]) -> (crate::link::LinkType, u32) {
    let src = super::FileSource::from_reader(Box::new(std::io::Cursor::new(file.to_vec())))
        .expect("the header reads");
    (src.link_type(), src.snaplen())
}

/// `rounds` copies of `good`, each with one to four bits flipped at places
/// drawn from `seed`, for the never-panic tests.
pub(crate) fn flipped_copies(good: &[u8], seed: u64, rounds: usize) -> Vec<Vec<u8>> {
    let mut rng = crate::bpf::testutil::Rng(seed);
    (0..rounds)
        .map(|_| {
            let mut file = good.to_vec();
            for _ in 0..1 + rng.next() % 4 {
                let at = (rng.next() % file.len() as u64) as usize;
                file[at] ^= 1 << (rng.next() % 8);
            }
            file
        })
        .collect()
}

pub(crate) fn read_all(bytes: &[u8]) -> (Packets, Option<super::FileError>) {
    let mut src =
        match super::FileSource::from_reader(Box::new(std::io::Cursor::new(bytes.to_vec()))) {
            Ok(src) => src,
            Err(e) => return (Vec::new(), Some(e)),
        };
    let mut got = Vec::new();
    loop {
        match src.next_packet() {
            Ok(Some(p)) => got.push((p.ts_sec, p.ts_nsec, p.wire_len, p.data.to_vec())),
            Ok(None) => return (got, None),
            Err(e) => return (got, Some(e)),
        }
    }
}
