//! Where kept packets go: printed lines (stdout) and/or a pcap file (-w).

use crate::cli::Config;
use crate::decode::Printer;
use crate::link::LinkType;
use crate::output::{OutputError, PcapOut, TextOut};
use crate::packet::Packet;

/// What handing a packet to the sinks can end in besides success.
pub enum SinkStop {
    /// The reader of stdout went away: stop quietly, exit 0.
    Closed,
    Failed(OutputError),
}

pub struct Sinks {
    lines: Option<(Printer, TextOut)>,
    file: Option<PcapOut>,
}

impl Sinks {
    /// Opens the -w file (before privileges are dropped) and sets up printing.
    pub fn open(cfg: &Config, link: LinkType, snaplen: u32) -> Result<Sinks, OutputError> {
        let file = match &cfg.write {
            Some(path) => Some(PcapOut::create(
                path,
                link,
                snaplen,
                cfg.nano,
                cfg.packet_buffered,
            )?),
            None => None,
        };
        let lines = cfg.print_lines.then(|| {
            let line_buffered = cfg.line_buffered || TextOut::is_terminal();
            (
                Printer::new(cfg.print.clone(), link),
                TextOut::stdout(line_buffered),
            )
        });
        Ok(Sinks { lines, file })
    }

    /// Hands one kept packet to every sink.
    pub fn packet(&mut self, pkt: &Packet) -> Result<(), SinkStop> {
        if let Some(file) = &mut self.file {
            file.write(pkt).map_err(stop)?;
        }
        if let Some((printer, text)) = &mut self.lines {
            printer.print(text.buffer(), pkt);
            text.end_packet().map_err(stop)?;
        }
        Ok(())
    }

    /// SIGUSR2: push the -w file's buffered records to disk.
    pub fn flush_file(&mut self) -> Result<(), SinkStop> {
        match &mut self.file {
            Some(file) => file.flush().map_err(stop),
            None => Ok(()),
        }
    }

    /// Flushes everything; called once at the end of every run, also after errors.
    pub fn finish(&mut self) -> Result<(), SinkStop> {
        let file = self.flush_file();
        let text = match &mut self.lines {
            Some((_, text)) => text.flush().map_err(stop),
            None => Ok(()),
        };
        file.and(text)
    }
}

fn stop(e: OutputError) -> SinkStop {
    match e {
        OutputError::Closed => SinkStop::Closed,
        e => SinkStop::Failed(e),
    }
}
