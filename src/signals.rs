//! SIGINT/SIGTERM/SIGUSR1/SIGUSR2 as flags plus a wake-up fd for the capture loop.
