//! Where packets go: the text writer (stdout) and the pcap writer (-w).
//! Owned by the io work; placeholder interface until it lands.
