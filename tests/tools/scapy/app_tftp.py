"""TFTP as scapy builds it: every opcode, options (RFC 2347-2349) on
requests and OACK, error codes, and an unknown opcode."""
from app_common import udp4, udp6, record_family
from scapy.all import (
    TFTP, TFTP_RRQ, TFTP_WRQ, TFTP_DATA, TFTP_ACK, TFTP_ERROR, TFTP_OACK, TFTP_Options, TFTP_Option, Raw,
)

opts = TFTP_Options(options=[TFTP_Option(oname=b"blksize", value=b"1428"), TFTP_Option(oname=b"tsize", value=b"0"),
                             TFTP_Option(oname=b"timeout", value=b"5")])
tftp = [
    TFTP() / TFTP_RRQ(filename=b"pxelinux.0", mode=b"octet"),
    TFTP() / TFTP_RRQ(filename=b"boot/grub.cfg", mode=b"netascii") / opts,
    TFTP() / TFTP_WRQ(filename=b"upload.bin", mode=b"octet") / opts,
    TFTP() / TFTP_DATA(block=1) / Raw(b"x" * 32),
    TFTP() / TFTP_DATA(block=65535),
    TFTP() / TFTP_ACK(block=1),
    TFTP() / TFTP_OACK() / opts,
    TFTP() / TFTP_ERROR(errorcode=0, errormsg=b"custom"),
    TFTP() / TFTP_ERROR(errorcode=1, errormsg=b"File not found"),
    TFTP() / TFTP_ERROR(errorcode=8, errormsg=b"option refused"),
    TFTP() / TFTP_ERROR(errorcode=12, errormsg=b""),
    TFTP(op=7) / Raw(b"\x00\x01abc"),
    TFTP() / TFTP_RRQ(filename=b"nul-less", mode=b"mail"),
]

CASES = [
    ("app-tftp", [udp4(1069, 69) / m for m in tftp], (43, 44, 46, 50, 56)),
    ("app-tftp6", [udp6(69, 1069) / m for m in tftp[:4]], (63, 66, 70)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_tftp", CASES)
