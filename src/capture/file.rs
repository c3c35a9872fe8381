//! Capture files (-r). Owned by the io work.
