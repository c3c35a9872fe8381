//! Live capture on a TPACKET_V3 ring. Owned by the capture work.
