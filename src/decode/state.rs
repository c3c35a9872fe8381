//! What the printer remembers from one packet to the next for the
//! protocols whose line depends on earlier packets: TCP's initial sequence
//! numbers per connection, ISAKMP's initiator cookies, CSLIP's
//! connection lengths, the AFS RX and NFS calls awaiting replies. The printer owns
//! it and lends it to every packet through the context; it lives here, not
//! in the protocol files, so that the context imports no protocol.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher, RandomState};

use super::ctx::Net;

/// One direction-independent key per connection, ordered as tcpdump
/// orders it (lower port first, then lower address), plus the initial
/// sequence numbers recorded for it.
///
/// tcpdump's table only grows; over a days-long capture that is memory
/// without bound. This one keeps two generations: new and refreshed
/// connections go into `current`; when it holds GENERATION entries it
/// becomes `previous` and the old `previous` is dropped. A connection seen
/// at least once per GENERATION new connections keeps its numbers, so the
/// output equals tcpdump's for any capture with fewer live connections
/// than that; one idle longer restarts its relative numbers, as if its
/// next packet were its first.
#[derive(Debug)]
pub(crate) struct SeqTable {
    current: HashMap<ConnKey, (u32, u32), ConnHash>,
    previous: HashMap<ConnKey, (u32, u32), ConnHash>,
    generation: usize,
}

impl Default for SeqTable {
    fn default() -> SeqTable {
        SeqTable {
            current: HashMap::default(),
            previous: HashMap::default(),
            generation: GENERATION,
        }
    }
}

/// Connections per generation (at most twice this many are remembered).
const GENERATION: usize = 65_536;

impl SeqTable {
    pub(super) fn get(&mut self, key: &ConnKey) -> Option<(u32, u32)> {
        if let Some(v) = self.current.get(key) {
            return Some(*v);
        }
        let (k, v) = self.previous.remove_entry(key)?;
        self.insert(k, v);
        Some(v)
    }

    pub(super) fn insert(&mut self, key: ConnKey, v: (u32, u32)) {
        if self.current.len() >= self.generation && !self.current.contains_key(&key) {
            self.previous = std::mem::take(&mut self.current);
            // The next generation fills to the same size: reserve once
            // rather than regrow on the way.
            self.current.reserve(self.previous.len());
        }
        self.current.insert(key, v);
    }

    /// A table whose generations hold `generation` connections.
    #[cfg(test)]
    pub(super) fn with_generation(generation: usize) -> SeqTable {
        SeqTable {
            generation,
            ..SeqTable::default()
        }
    }

    /// Connections remembered.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

#[derive(Debug, PartialEq, Eq)]
pub(super) struct ConnKey {
    pub src: [u8; 16],
    pub dst: [u8; 16],
    pub ports: u32,
}

impl Hash for ConnKey {
    /// Five words, not 36 bytes one by one: the lookup runs for every TCP
    /// packet with an ACK.
    fn hash<H: Hasher>(&self, state: &mut H) {
        for half in [&self.src, &self.dst] {
            let (high, low) = half.split_at(8);
            for word in [high, low] {
                state.write_u64(u64::from_ne_bytes(word.try_into().unwrap_or_default()));
            }
        }
        state.write_u32(self.ports);
    }
}

/// Hashing for the connection table: a folded 64x64->128 multiply with
/// keys drawn per table from std's random source. std's SipHash cost a
/// few percent of the whole printer; this keeps keys secret, so a capture
/// cannot be crafted to collide (within the bound of each generation).
#[derive(Clone, Debug)]
struct ConnHash {
    seed: u64,
    key: u64,
}

impl Default for ConnHash {
    fn default() -> ConnHash {
        let random = RandomState::new();
        ConnHash {
            seed: random.hash_one(0u8),
            key: random.hash_one(1u8) | 1,
        }
    }
}

impl BuildHasher for ConnHash {
    type Hasher = FoldHasher;

    fn build_hasher(&self) -> FoldHasher {
        FoldHasher {
            state: self.seed,
            key: self.key,
        }
    }
}

struct FoldHasher {
    state: u64,
    key: u64,
}

fn fold(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

impl Hasher for FoldHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_ne_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.state = fold(self.state ^ word, self.key);
    }

    fn write_u32(&mut self, word: u32) {
        self.write_u64(u64::from(word));
    }

    fn finish(&self) -> u64 {
        fold(self.state, self.key.rotate_left(32))
    }
}

/// tcpdump's cookiecache: the last 20 initiator cookies seen in first
/// packets, with the addresses of both ends, so that later packets can be
/// marked as coming from the initiator (I) or the responder (R). Zeroed
/// at the start, as tcpdump's static array is (so an all-zero cookie
/// matches an empty slot and prints "?").
#[derive(Debug, Default)]
pub(crate) struct IkeCookies {
    slots: [IkeSlot; 20],
    next: usize,
}

#[derive(Debug, Default, Clone, Copy)]
struct IkeSlot {
    cookie: [u8; 8],
    /// 0 (unused), 4 or 6.
    version: u8,
    initiator: [u8; 16],
    responder: [u8; 16],
}

impl IkeCookies {
    pub(super) fn find(&self, cookie: &[u8]) -> Option<usize> {
        self.slots.iter().position(|s| s.cookie == cookie)
    }

    pub(super) fn record(&mut self, cookie: &[u8], net: &Net) {
        if let Some(i) = self.find(cookie) {
            self.next = (i + 1) % self.slots.len();
            return;
        }
        let slot = &mut self.slots[self.next];
        slot.version = if net.v6 { 6 } else { 4 };
        slot.initiator = [0; 16];
        slot.responder = [0; 16];
        slot.initiator[..net.src.len().min(16)].copy_from_slice(&net.src[..net.src.len().min(16)]);
        slot.responder[..net.dst.len().min(16)].copy_from_slice(&net.dst[..net.dst.len().min(16)]);
        slot.cookie.copy_from_slice(cookie);
        self.next = (self.next + 1) % self.slots.len();
    }

    /// cookie_sidecheck: the packet's source is the recorded initiator
    /// (or responder).
    pub(super) fn sent_by(&self, i: usize, net: &Net, initiator: bool) -> bool {
        let slot = &self.slots[i];
        if slot.version != if net.v6 { 6 } else { 4 } {
            return false;
        }
        let want = if initiator {
            &slot.initiator
        } else {
            &slot.responder
        };
        let n = if net.v6 { 16 } else { 4 };
        net.src.get(..n) == want.get(..n)
    }
}

/// CSLIP: what the compressor's receiver remembers across packets, as
/// tcpdump keeps it: each connection's last data length by direction (printed for
/// the "same as last time" compressed forms), and the last connection.
pub(crate) struct Compression {
    pub last_len: [[u32; 256]; 2],
    pub last_conn: u8,
}

impl Default for Compression {
    fn default() -> Compression {
        Compression {
            last_len: [[0; 256]; 2],
            last_conn: 255,
        }
    }
}

/// The last 64 calls seen, so that a reply is printed by the call it
/// answers: a ring written in turn and searched from the last match, as
/// tcpdump's rx_cache and xid_map are.
#[derive(Debug, Default)]
pub(crate) struct CallRing<T> {
    slots: Vec<T>,
    next: usize,
    hint: usize,
}

/// The calls a ring remembers (RX_CACHE_SIZE, NFS_XID_MAP_SIZE).
const RING_SIZE: usize = 64;

impl<T: Copy + Default> CallRing<T> {
    pub(crate) fn insert(&mut self, call: T) {
        self.fill();
        self.slots[self.next] = call;
        self.next = (self.next + 1) % RING_SIZE;
    }

    /// The slots, unused ones as tcpdump's zeroed table has them.
    fn fill(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![T::default(); RING_SIZE];
        }
    }

    /// The first call from the last match on that `answers` the reply,
    /// which becomes the last match.
    fn search(&mut self, answers: impl Fn(&T) -> bool) -> Option<T> {
        if self.slots.is_empty() {
            return None;
        }
        let mut i = self.hint;
        loop {
            let slot = self.slots[i];
            if answers(&slot) {
                self.hint = i;
                return Some(slot);
            }
            i = (i + 1) % RING_SIZE;
            if i == self.hint {
                return None;
            }
        }
    }
}

/// AFS RX: a reply is matched by call number, addresses, service and
/// port, and printed with its call's opcode.
pub(crate) type RxCalls = CallRing<RxCall>;

/// One remembered RX call.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct RxCall {
    pub callnum: u32,
    pub client: [u8; 4],
    pub server: [u8; 4],
    pub dport: u16,
    pub service: u16,
    pub opcode: u32,
}

impl CallRing<RxCall> {
    /// The opcode of the call `reply` (its opcode ignored) answers.
    pub(crate) fn find(&mut self, reply: &RxCall) -> Option<u32> {
        // tcpdump's table starts zeroed, so a reply of all-zero fields
        // matches an unused slot.
        self.fill();
        let key = RxCall {
            opcode: 0,
            ..*reply
        };
        self.search(|slot| RxCall { opcode: 0, ..*slot } == key)
            .map(|slot| slot.opcode)
    }
}

/// NFS (print-nfs.c's xid_map): a reply is printed by the procedure of
/// the call it answers. An unused slot has IP version 0 and matches
/// nothing.
pub(crate) type NfsCalls = CallRing<NfsCall>;

/// One remembered NFS call: its transaction id, the addresses of client
/// and server (an IPv4 address in the first 4 bytes), its procedure and
/// program version as the call carried them.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct NfsCall {
    pub xid: u32,
    pub ip_version: u8,
    pub client: [u8; 16],
    pub server: [u8; 16],
    pub proc: u32,
    pub vers: u32,
}

impl CallRing<NfsCall> {
    /// The (procedure, version) of the call `reply` answers: same xid and
    /// IP version, the reply's source its server and its destination its
    /// client (`reply`'s own procedure and version are ignored).
    pub(crate) fn find(&mut self, reply: &NfsCall) -> Option<(u32, u32)> {
        self.search(|slot| {
            slot.ip_version == reply.ip_version
                && slot.xid == reply.xid
                && slot.client == reply.client
                && slot.server == reply.server
        })
        .map(|slot| (slot.proc, slot.vers))
    }
}

#[cfg(test)]
mod tests {
    use super::{ConnKey, GENERATION, SeqTable};

    /// The default bound: 2 x 65536 connections at most.
    #[test]
    fn default_table_is_bounded() {
        let mut t = SeqTable::default();
        for i in 0..(3 * GENERATION as u32) {
            let key = ConnKey {
                src: [0; 16],
                dst: [0; 16],
                ports: i,
            };
            t.insert(key, (i, i));
        }
        assert!(t.len() <= 2 * GENERATION);
        assert!(t.len() > GENERATION);
    }
}
