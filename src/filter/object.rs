//! The filter of one run, built from the expression, the link type and the
//! kind of source, and owning everything that decides a packet's fate:
//! the program -d lists, the form the kernel takes (rewritten for `-i
//! any`'s cooked socket), the userspace fallback run by the fast
//! interpreter, and the scratch memory that fallback sees. Pure: the caller
//! attaches the kernel form and reports the warnings.

use super::{FilterError, NameLookup, Options, compile_with_scratch, is_blank};
use crate::bpf::cooked;
use crate::bpf::fast::Compiled;
use crate::bpf::interp::Meta;
use crate::bpf::leftover::{self, Leftover};
use crate::bpf::validate::{self, ValidateError};
use crate::bpf::{Program, dump};
use crate::link::LinkType;
use crate::packet::Packet;

pub use crate::bpf::leftover::{BlockCursor, Consumer};

/// Where the packets come from, which decides where the program runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A live socket: the kernel runs the program when it takes it.
    Live,
    /// A capture file (-r): the program runs in userspace, with the
    /// scratch memory tcpdump -r would leave after what `Consumer` does
    /// with a kept packet.
    File(Consumer),
}

/// The three listings of -d, -dd and -ddd.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listing {
    /// -d: one instruction a line, jumps as absolute targets.
    Text,
    /// -dd: a C array.
    CArray,
    /// -ddd: the length, then decimal numbers.
    Decimal,
}

/// Why a filter could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// The expression does not parse or cannot be compiled.
    Expression(FilterError),
    /// The compiler produced a program the kernel (or the interpreter)
    /// would refuse: a bug in afsniff.
    InvalidProgram(ValidateError),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Expression(e) => e.fmt(f),
            BuildError::InvalidProgram(e) => write!(f, "invalid program at {e}"),
        }
    }
}

impl std::error::Error for BuildError {}

impl From<FilterError> for BuildError {
    fn from(e: FilterError) -> BuildError {
        BuildError::Expression(e)
    }
}

/// A compiled filter for one source.
#[derive(Debug)]
pub struct Filter {
    expr: String,
    opts: Options,
    /// The program as compiled for the source: what -d lists.
    listed: Program,
    /// What SO_ATTACH_FILTER takes: None when there is no expression, for a
    /// file, or once filtering moved to userspace.
    kernel: Option<Program>,
    /// The program run on each packet in userspace: None when every packet
    /// that reaches userspace is kept.
    userspace: Option<Userspace>,
    /// Why a live filter runs in userspace, decided when it was built.
    userspace_reason: Option<String>,
}

#[derive(Debug)]
struct Userspace {
    program: Compiled,
    scratch: Scratch,
}

/// What the scratch slots hold when the program starts on a packet.
#[derive(Debug)]
enum Scratch {
    /// The program stores to every slot before reading it: anything.
    Unread,
    /// Live: nothing carries over, a slot read before any store holds what
    /// the kernel's form of the program would give it.
    Fresh,
    /// -r: what tcpdump's interpreter finds there from earlier records.
    Leftover(Leftover),
}

impl Filter {
    /// Compiles `expr` for frames of `link` from `source`, keeping at most
    /// `snaplen` bytes of a packet, optimized unless `optimize` is false
    /// (tcpdump -O), with host, port and network names looked up in
    /// `names`. An empty expression keeps everything.
    pub fn compile(
        expr: &str,
        link: LinkType,
        source: Source,
        snaplen: u32,
        optimize: bool,
        names: &'static dyn NameLookup,
    ) -> Result<Filter, BuildError> {
        let opts = Options {
            link,
            snaplen,
            kernel: source == Source::Live,
            optimize,
            // tcpdump 4.99 looks the netmask up only for -f, so it compiles
            // with 0: 'ip broadcast' then means an all-zeros or all-ones address.
            netmask: 0,
            names,
        };
        let (listed, reads_unset) = checked_compile(expr, &opts)?;
        let mut filter = Filter {
            expr: expr.to_string(),
            opts,
            listed,
            kernel: None,
            userspace: None,
            userspace_reason: None,
        };
        if is_blank(expr) {
            return Ok(filter);
        }
        match source {
            Source::File(consumer) => {
                let scratch = if reads_unset {
                    Scratch::Leftover(Leftover::new(consumer))
                } else {
                    Scratch::Unread
                };
                filter.userspace = Some(Userspace {
                    program: Compiled::new(&filter.listed),
                    scratch,
                });
            }
            // A cooked socket (`-i any`, PPP, ...) does not deliver the
            // cooked header the program reads.
            Source::Live => match link.cooked_header_len() {
                Some(header_len) => match cooked::for_cooked_socket(&filter.listed, header_len) {
                    Ok(prog) => filter.kernel = Some(prog),
                    Err(why) => {
                        filter.userspace_reason = Some(why.to_string());
                        filter.move_to_userspace()?;
                    }
                },
                None => filter.kernel = Some(filter.listed.clone()),
            },
        }
        Ok(filter)
    }

    /// The program for SO_ATTACH_FILTER, or None to attach nothing.
    pub fn for_kernel(&self) -> Option<&Program> {
        self.kernel.as_ref()
    }

    /// Why a live filter was built to run in userspace, when it was.
    pub fn userspace_reason(&self) -> Option<&str> {
        self.userspace_reason.as_deref()
    }

    /// The kernel refused the program: filter in userspace from now on.
    /// The frames afsniff hands over carry their VLAN tags back in the
    /// data, as files do, so the file form of the program fits them; only
    /// expressions that need the kernel's metadata (inbound, outbound,
    /// ifindex) keep the kernel form, which reads it from the packet.
    pub fn move_to_userspace(&mut self) -> Result<(), BuildError> {
        let file_form = Options {
            kernel: false,
            ..self.opts
        };
        let (prog, reads_unset) = checked_compile(&self.expr, &file_form)
            .or_else(|_| checked_compile(&self.expr, &self.opts))?;
        self.kernel = None;
        self.userspace = Some(Userspace {
            program: Compiled::new(&prog),
            scratch: if reads_unset {
                Scratch::Fresh
            } else {
                Scratch::Unread
            },
        });
        Ok(())
    }

    /// The program in the format of -d, -dd or -ddd.
    pub fn listing(&self, form: Listing) -> String {
        match form {
            Listing::Text => dump::listing(&self.listed),
            Listing::CArray => dump::c_array(&self.listed),
            Listing::Decimal => dump::decimal(&self.listed),
        }
    }

    /// Whether `pkt` is kept by what runs in userspace (always, when the
    /// kernel filtered it or there is no expression). `block` is where a
    /// pcapng reader stood when it read the packet (None for pcap and
    /// live): libpcap's interpreter finds part of that in its scratch slots.
    #[inline]
    pub fn matches(&mut self, pkt: &Packet, block: Option<BlockCursor>) -> bool {
        let Some(userspace) = &mut self.userspace else {
            return true;
        };
        let meta = Meta {
            pkttype: pkt.pkttype,
            ifindex: pkt.ifindex,
            ..Meta::default()
        };
        let program = &userspace.program;
        match &mut userspace.scratch {
            Scratch::Unread => program.run(pkt.data, pkt.wire_len, &meta) != 0,
            Scratch::Fresh => {
                let mut mem = leftover::FRESH;
                program.run_with_scratch(pkt.data, pkt.wire_len, &meta, &mut mem) != 0
            }
            Scratch::Leftover(left) => {
                left.record_read(block);
                let kept = program.run_with_scratch(pkt.data, pkt.wire_len, &meta, left.mem()) != 0;
                if kept {
                    left.kept(pkt);
                }
                kept
            }
        }
    }
}

/// Compiles and checks the program by the rules of where it runs.
fn checked_compile(expr: &str, opts: &Options) -> Result<(Program, bool), BuildError> {
    let (prog, reads_unset) = compile_with_scratch(expr, opts)?;
    let check = if opts.kernel {
        validate::validate
    } else {
        validate::validate_userspace
    };
    check(&prog).map_err(BuildError::InvalidProgram)?;
    Ok((prog, reads_unset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bpf::dump;

    /// An Ethernet frame of `ethertype` with 40 bytes of zeros after it
    /// (an IPv4 header of version 0 for 0x0800: `ip` still matches it).
    fn frame(ethertype: u16) -> Vec<u8> {
        let mut f = vec![0u8; 54];
        f[12..14].copy_from_slice(&ethertype.to_be_bytes());
        f
    }

    fn packet(data: &[u8]) -> Packet<'_> {
        Packet::bare(data, data.len() as u32, 1_700_000_000, 0)
    }

    /// `expr` compiled for Ethernet frames from `source`, optimized.
    fn ethernet(expr: &str, source: Source) -> Filter {
        Filter::compile(
            expr,
            LinkType::Ethernet,
            source,
            262_144,
            true,
            crate::netdb::tests::etc_copy(),
        )
        .unwrap()
    }

    fn file(expr: &str) -> Filter {
        ethernet(expr, Source::File(Consumer::Print))
    }

    #[test]
    fn no_expression_attaches_nothing_and_keeps_everything() {
        for source in [Source::Live, Source::File(Consumer::Write)] {
            let mut f = Filter::compile(
                " ",
                LinkType::Ethernet,
                source,
                65535,
                true,
                crate::netdb::tests::etc_copy(),
            )
            .unwrap();
            assert_eq!(f.for_kernel(), None);
            assert!(f.matches(&packet(&frame(0x0806)), None));
            assert_eq!(f.listing(Listing::Decimal), "1\n6 0 0 65535\n");
        }
    }

    #[test]
    fn a_file_filter_runs_in_userspace() {
        let mut f = file("ip");
        assert_eq!(f.for_kernel(), None);
        assert!(f.matches(&packet(&frame(0x0800)), None));
        assert!(!f.matches(&packet(&frame(0x0806)), None));
    }

    #[test]
    fn a_live_filter_goes_to_the_kernel_whole() {
        let mut f = ethernet("ip", Source::Live);
        let opts = Options::for_test(LinkType::Ethernet, true);
        let compiled = super::super::compile("ip", &opts).unwrap();
        assert_eq!(f.for_kernel(), Some(&compiled));
        assert_eq!(f.listing(Listing::Text), dump::listing(&compiled));
        assert_eq!(f.userspace_reason(), None);
        // What reaches userspace was already filtered by the kernel.
        assert!(f.matches(&packet(&frame(0x0806)), None));
        // Once the kernel refuses it, the same packet is judged here.
        f.move_to_userspace().unwrap();
        assert_eq!(f.for_kernel(), None);
        assert!(!f.matches(&packet(&frame(0x0806)), None));
        assert!(f.matches(&packet(&frame(0x0800)), None));
    }

    #[test]
    fn any_gets_the_cooked_rewrite_or_userspace() {
        let any = |expr| {
            Filter::compile(
                expr,
                LinkType::LinuxSll2,
                Source::Live,
                262_144,
                true,
                crate::netdb::tests::etc_copy(),
            )
        };
        let ip = any("ip").unwrap();
        let kernel = ip.for_kernel().expect("`ip` runs in the kernel");
        assert_ne!(kernel.insns, ip.listed.insns, "offsets were not rewritten");
        assert_eq!(ip.userspace_reason(), None);
        // Byte 1 of the SLL2 header has no ancillary load on a cooked socket.
        let odd = any("ether[1] = 0").unwrap();
        assert_eq!(odd.for_kernel(), None);
        assert!(odd.userspace_reason().unwrap().contains("cooked header"));
    }

    /// After `geneve`, `ether[0]` reads the offset only the Geneve branch
    /// stores, on every other packet. For the kernel those slots start beyond any
    /// packet, so the loads through them fail; a file run starts from
    /// zeros, as tcpdump -r does, so there they read the frame's start.
    #[test]
    fn scratch_slots_read_before_a_store_follow_the_source() {
        let expr = "not geneve and ether[0] = 0";
        let arp = frame(0x0806);
        let mut from_file = file(expr);
        assert!(matches!(
            from_file.userspace.as_ref().unwrap().scratch,
            Scratch::Leftover(_)
        ));
        assert!(from_file.matches(&packet(&arp), None));
        assert!(!kernel_verdict(expr, &arp));
        let mut live = ethernet(expr, Source::Live);
        live.move_to_userspace().unwrap();
        assert!(matches!(
            live.userspace.as_ref().unwrap().scratch,
            Scratch::Fresh
        ));
        assert!(!live.matches(&packet(&arp), None));
    }

    /// The verdict of the kernel form of `expr` on `data`.
    fn kernel_verdict(expr: &str, data: &[u8]) -> bool {
        let opts = Options::for_test(LinkType::Ethernet, true);
        let prog = super::super::compile(expr, &opts).unwrap();
        crate::bpf::interp::run(&prog, data, data.len() as u32, &Meta::default()) != 0
    }
}
