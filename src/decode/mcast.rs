//! The group records of IGMPv3 and MLDv2 reports (print-igmp.c's
//! print_igmpv3_report, print-icmp6.c's mldv2_report_print): one layout,
//! with IPv4 or IPv6 addresses.

use crate::decode::{Ctx, Res, be16, bytes, u8at};

/// What differs between the two reports.
pub(crate) struct Report {
    /// Bytes of a group or source address.
    addr_len: usize,
    /// How tcpdump names an unknown record type, before its number.
    unknown_type: &'static str,
}

impl Report {
    fn addr(&self, c: &mut Ctx, a: &[u8]) {
        if self.addr_len == 4 {
            c.ip4(a)
        } else {
            c.ip6(a)
        }
    }

    /// The source list of an IGMPv3 or MLDv2 query: `nsrcs` addresses
    /// at `at` of a message of `len` bytes, each with -vv, else counted;
    /// a complaint when the message cannot hold them.
    pub(crate) fn query_sources(
        &self,
        c: &mut Ctx,
        b: &[u8],
        len: usize,
        at: usize,
        nsrcs: usize,
    ) -> Res {
        if nsrcs == 0 {
            return Ok(());
        }
        if len < at + nsrcs * self.addr_len {
            c.s(" [invalid number of sources]");
        } else if c.o.verbose > 1 {
            c.s(" {");
            for i in 0..nsrcs {
                // Read before printing: tcpdump's GET_ inside ND_PRINT
                // prints nothing of an address it cannot read.
                let a = bytes(b, at + i * self.addr_len, self.addr_len)?;
                c.s(" ");
                self.addr(c, a);
            }
            c.s(" }");
        } else {
            c.s_dec(", ", nsrcs as u64);
            c.s(" source(s)");
        }
        Ok(())
    }
}

pub(crate) const IGMPV3: Report = Report {
    addr_len: 4,
    unknown_type: " [v3-report-#",
};
pub(crate) const MLDV2: Report = Report {
    addr_len: 16,
    unknown_type: " [v2-report-#",
};

/// `groups` records from offset 8 of `b` (-v; their sources with -vv).
pub(crate) fn group_records(c: &mut Ctx, b: &[u8], len: usize, groups: u16, r: &Report) -> Res {
    let header = 4 + r.addr_len;
    let mut group = 8;
    for _ in 0..groups {
        if len < group + header {
            c.s(" [invalid number of groups]");
            return Ok(());
        }
        let gaddr = bytes(b, group + 4, r.addr_len)?;
        c.s(" [gaddr ");
        r.addr(c, gaddr);
        let rtype = u8at(b, group)?;
        c.s(" ");
        match rtype {
            1 => c.s("is_in"),
            2 => c.s("is_ex"),
            3 => c.s("to_in"),
            4 => c.s("to_ex"),
            5 => c.s("allow"),
            6 => c.s("block"),
            _ => {
                c.s(r.unknown_type);
                c.dec(rtype);
                c.s("]");
            }
        }
        let nsrcs = usize::from(be16(b, group + 2)?);
        if len < group + header + nsrcs * r.addr_len {
            c.s_dec(" [invalid number of sources ", nsrcs as u64);
            c.s("]");
            return Ok(());
        }
        if c.o.verbose == 1 {
            c.s_dec(", ", nsrcs as u64);
            c.s(" source(s)");
        } else {
            c.s(" {");
            for j in 0..nsrcs {
                let a = bytes(b, group + header + j * r.addr_len, r.addr_len)?;
                c.s(" ");
                r.addr(c, a);
            }
            c.s(" }");
        }
        group += header + nsrcs * r.addr_len;
        c.s("]");
    }
    Ok(())
}
