//! Where kept packets go: printed lines (stdout) and/or a pcap or pcapng
//! file (-w).

use crate::cli::Config;
use crate::decode::Printer;
use crate::link::LinkType;
use crate::output::json::JsonPrinter;
use crate::output::{
    FileFormat, InterfaceStats, OutputError, RotatingPcapOut, Section, TextOut, Written,
};
use crate::packet::Packet;

/// What handing a packet to the sinks can end in besides success.
pub enum SinkStop {
    /// The reader of stdout went away: stop quietly, exit 0.
    Closed,
    /// -G with -W wrote its last file: stop, as tcpdump does, with exit 0.
    FileLimit {
        files: u32,
    },
    Failed(OutputError),
}

/// How packets become text.
enum Format {
    /// tcpdump's lines.
    /// Boxed: the printer carries its caches and tables, the JSON writer little.
    Lines(Box<Printer>),
    /// --json: NDJSON.
    Json(JsonPrinter),
}

pub struct Sinks {
    lines: Option<(Format, TextOut)>,
    file: Option<RotatingPcapOut>,
    link: LinkType,
    /// -z: the command, and the file being written and its size, to see
    /// a rotation close it.
    postrotate: Option<(String, std::path::PathBuf, u64)>,
}

impl Sinks {
    /// Opens the -w file (after -Z has dropped privileges, as tcpdump does)
    /// and sets up printing. `section`: the capture's interfaces (a pcap
    /// file takes the first one's link type and snapshot length).
    pub fn open(cfg: &Config, link: LinkType, section: Section) -> Result<Sinks, OutputError> {
        let file = match &cfg.write {
            Some(path) => Some(RotatingPcapOut::create_format(
                path,
                file_format(cfg, link, section),
                cfg.packet_buffered,
                cfg.rotation,
            )?),
            None => None,
        };
        let lines = cfg.print_lines.then(|| {
            let line_buffered = cfg.line_buffered || TextOut::is_terminal();
            (format(cfg, link), TextOut::stdout(line_buffered))
        });
        let postrotate = match (&cfg.postrotate, &file) {
            (Some(cmd), Some(f)) => Some((
                cmd.clone(),
                f.current_file().to_path_buf(),
                f.current_bytes(),
            )),
            _ => None,
        };
        Ok(Sinks {
            lines,
            file,
            link,
            postrotate,
        })
    }

    /// -V: the next file has link type `link`. Lines switch printers, as
    /// tcpdump does; a pcap file holds one link type, so writing refuses.
    pub fn switch_link(&mut self, cfg: &Config, link: LinkType) -> Result<(), ()> {
        if link == self.link {
            return Ok(());
        }
        if self.file.is_some() {
            return Err(());
        }
        if let Some((format_now, _)) = &mut self.lines {
            *format_now = format(cfg, link);
        }
        self.link = link;
        Ok(())
    }

    /// Packets of several interfaces: lines name each one's interface and
    /// direction, and decode it by its link type (Printer::name_interfaces).
    pub fn name_interfaces(&mut self, interfaces: Vec<(u32, Box<str>, LinkType)>) {
        if let Some((Format::Lines(printer), _)) = &mut self.lines {
            printer.name_interfaces(interfaces);
        }
    }

    /// Hands one kept packet to every sink.
    #[inline]
    pub fn packet(&mut self, pkt: &Packet) -> Result<(), SinkStop> {
        if let Some(file) = &mut self.file {
            if let Written::LimitReached { files } = file.write(pkt).map_err(stop)? {
                return Err(SinkStop::FileLimit { files });
            }
            if let Some((cmd, path, bytes)) = &mut self.postrotate {
                // A new file, or the same name started afresh: the one
                // before is closed.
                let (now, size) = (file.current_file(), file.current_bytes());
                if now != path.as_path() || size < *bytes {
                    run_postrotate(cmd, path);
                    *path = now.to_path_buf();
                }
                *bytes = size;
            }
        }
        if let Some((format, text)) = &mut self.lines {
            match format {
                Format::Lines(printer) => printer.print(text.buffer(), pkt),
                Format::Json(printer) => printer.print(text.buffer(), pkt),
            }
            text.end_packet().map_err(stop)?;
        }
        Ok(())
    }

    /// The -w file being written now and its size, for the status line.
    pub fn file_progress(&self) -> Option<(&std::path::Path, u64)> {
        self.file
            .as_ref()
            .map(|f| (f.current_file(), f.current_bytes()))
    }

    /// SIGUSR2: push the -w file's buffered records to disk.
    pub fn flush_file(&mut self) -> Result<(), SinkStop> {
        match &mut self.file {
            Some(file) => file.flush().map_err(stop),
            None => Ok(()),
        }
    }

    /// Flushes everything; called once at the end of every run, also
    /// after errors. `stats`: each interface's counters, in the order the
    /// sinks were given them (a pcapng file ends with them).
    pub fn finish(&mut self, stats: &[InterfaceStats]) -> Result<(), SinkStop> {
        let file = match &mut self.file {
            Some(file) => file.finish(stats).map_err(stop),
            None => Ok(()),
        };
        let text = match &mut self.lines {
            Some((_, text)) => text.flush().map_err(stop),
            None => Ok(()),
        };
        file.and(text)
    }
}

/// -z: `cmd FILE` as tcpdump runs it: execlp (no shell, PATH searched),
/// at the lowest priority, not waited for (a thread reaps it).
fn run_postrotate(cmd: &str, closed: &std::path::Path) {
    match std::process::Command::new(cmd).arg(closed).spawn() {
        Ok(mut child) => {
            let _ = crate::sys::child::lowest_priority(child.id());
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!(
            "compress_savefile: execlp({cmd}, {}) failed: {}",
            closed.display(),
            crate::output::Plain(&e)
        ),
    }
}

/// pcapng when asked for (--pcapng, a .pcapng name), else pcap.
fn file_format(cfg: &Config, link: LinkType, section: Section) -> FileFormat {
    if cfg.pcapng {
        return FileFormat::Pcapng(std::sync::Arc::new(section));
    }
    let snaplen = section.interfaces.first().map_or(0, |i| i.snaplen);
    FileFormat::Pcap {
        link,
        snaplen,
        nano: cfg.nano,
    }
}

fn format(cfg: &Config, link: LinkType) -> Format {
    if cfg.json {
        Format::Json(JsonPrinter::new(link))
    } else {
        let mut printer = Printer::new(cfg.print.clone(), link);
        // Reading a file, wait (bounded) for each host name, as tcpdump
        // does; live, print numbers until names arrive.
        printer.wait_for_names(!matches!(cfg.source, crate::cli::Source::Live(_)));
        Format::Lines(Box::new(printer))
    }
}

fn stop(e: OutputError) -> SinkStop {
    match e {
        OutputError::Closed => SinkStop::Closed,
        e => SinkStop::Failed(e),
    }
}

impl SinkStop {
    /// Ends a run: Ok for a normal stop (pipe closed, file limit), the error otherwise.
    pub fn into_result(self) -> Result<(), OutputError> {
        match self {
            SinkStop::Closed => Ok(()),
            SinkStop::FileLimit { files } => {
                eprintln!("Maximum file limit reached: {files}");
                Ok(())
            }
            SinkStop::Failed(e) => Err(e),
        }
    }
}
