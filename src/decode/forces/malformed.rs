//! Golden lines from tcpdump 4.99.3 for malformed ForCES messages: frames
//! of tcpdump's forces1/2/3 captures with fields changed at random, one
//! for each complaint of its printer.
