"""NFSv3 (and a few v2 and port mapper) calls and replies as scapy's
contrib oncrpc/nfs layers build them, over UDP and over TCP with RPC
record marking: each reply follows its call, so that tcpdump's xid map
pairs them, and the cut copies end the packets inside the RPC header,
the file handle, the attributes and the results."""
from record import record, start
from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw
from scapy.contrib.oncrpc import RPC, RPC_Call, RPC_Reply, RM_Header, Object_Name
from scapy.contrib.nfs import (
    File_Object, Fattr3, WCC_Attr, Sattr3,
    GETATTR_Call, GETATTR_Reply, LOOKUP_Call, LOOKUP_Reply,
    READ_Call, READ_Reply, WRITE_Call, WRITE_Reply,
    READDIR_Call, READDIR_Reply, ACCESS_Call, ACCESS_Reply,
    CREATE_Call, CREATE_Reply, FSINFO_Call, FSINFO_Reply,
)

start("nfs")
mac = dict(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
back = dict(src=mac["dst"], dst=mac["src"])
client, server = "198.18.0.1", "198.18.0.2"


def fh(hexstr):
    data = bytes.fromhex(hexstr)
    return File_Object(length=len(data), fh=data, fill=b"\0" * ((4 - len(data)) % 4))


def name(text):
    data = text.encode()
    return Object_Name(length=len(data), _name=data, fill=b"\0" * ((4 - len(data)) % 4))


# A Linux-style handle (bytes 0,1 non-zero, 2,3 zero: BSD 4.4 or Ultrix by
# tcpdump's guess), one no layout fits, and a SunOS 5-style one.
FH_LINUX = fh("01000100" "00000000" "2a000000" "00000000" "0000000000000000ffffffff")
FH_OPAQUE = fh("f0c862c6000010000000000014ab0200c6dd760758aa7a5b0000000000000000")
FH_BSD = fh("05030000" "0a000000" "00000000" "39300000" + "00" * 16)
FH_VMS = fh("00" "444b4130" + "00" * 17 + "3412" "0000" "0102" + "00" * 4)
FH_SUNOS5 = fh("0080000a" "00000002" "000a0000" "0000abcd" "12345678" "000a0000" "00000002" "00000003")

ATTR = Fattr3(type=1, mode=0o100644, nlink=1, uid=1000, gid=100, size=4096, used=4096,
              rdev=[0, 0], fsid=0x5B7AAA5800000000, fileid=0x2AB14,
              atime_s=1535100894, atime_ns=466424000, mtime_s=1535100894,
              mtime_ns=466424000, ctime_s=1535100894, ctime_ns=466424000)
DIR_ATTR = Fattr3(type=2, mode=0o40755, nlink=3, uid=0, gid=0, size=4096, used=4096,
                  fsid=1, fileid=2, atime_s=1, atime_ns=2, mtime_s=3, mtime_ns=4,
                  ctime_s=5, ctime_ns=6)


def udp_call(xid, proc, body, sport=800):
    return (Ether(**mac) / IP(src=client, dst=server) / UDP(sport=sport, dport=2049)
            / RPC(xid=xid, mtype=0) / RPC_Call(procedure=proc) / body)


def udp_reply(xid, body, dport=800):
    return (Ether(**back) / IP(src=server, dst=client) / UDP(sport=2049, dport=dport)
            / RPC(xid=xid, mtype=1) / RPC_Reply() / body)


udp = [
    udp_call(0x1001, 1, GETATTR_Call(filehandle=FH_LINUX)),
    udp_reply(0x1001, GETATTR_Reply(status=0, attributes=ATTR)),
    udp_call(0x1002, 3, LOOKUP_Call(dir=FH_SUNOS5, filename=name("hello.txt"))),
    udp_reply(0x1002, LOOKUP_Reply(status=0, filehandle=FH_OPAQUE, af_file=1,
                                   file_attributes=ATTR, af_dir=1, dir_attributes=DIR_ATTR)),
    udp_call(0x1003, 3, LOOKUP_Call(dir=FH_LINUX, filename=name("missing"))),
    udp_reply(0x1003, LOOKUP_Reply(status=2, af_dir=1, dir_attributes=DIR_ATTR)),
    udp_call(0x1004, 6, READ_Call(filehandle=FH_OPAQUE, offset=8192, count=4096)),
    udp_reply(0x1004, READ_Reply(status=0, attributes_follow=1, attributes=ATTR,
                                 count=5, eof=1, data_length=5, data=b"hello", fill=b"\0\0\0")),
    udp_call(0x1005, 7, WRITE_Call(filehandle=FH_OPAQUE, offset=0, count=3, stable=2,
                                   length=3, contents=b"abc", fill=b"\0")),
    udp_reply(0x1005, WRITE_Reply(status=0, af_before=1,
                                  attributes_before=WCC_Attr(size=0, mtime_s=10, mtime_ns=20,
                                                             ctime_s=30, ctime_ns=40),
                                  af_after=1, attributes_after=ATTR, count=3, committed=2,
                                  verifier=0x851B4)),
    udp_call(0x1006, 16, READDIR_Call(filehandle=FH_VMS, cookie=0, verifier=0, count=4096)),
    udp_reply(0x1006, READDIR_Reply(status=0, attributes_follow=1, attributes=DIR_ATTR,
                                    verifier=0x0102030405060708, value_follows=0, eof=1)),
    udp_call(0x1007, 4, ACCESS_Call(filehandle=FH_LINUX, check_access=0x1f)),
    udp_reply(0x1007, ACCESS_Reply(status=0, attributes_follow=1, attributes=ATTR,
                                   access_rights=0x0f)),
    udp_call(0x1008, 8, CREATE_Call(dir=FH_LINUX, filename=name("new"), create_mode=0,
                                    attributes=Sattr3(set_mode=1, mode=0o644, set_uid=1, uid=7,
                                                      set_atime=2, atime_s=100, atime_ns=200))),
    udp_reply(0x1008, CREATE_Reply(status=0, handle_follows=1, filehandle=FH_OPAQUE,
                                   attributes_follow=1, attributes=ATTR,
                                   af_before=0, af_after=1, dir_attributes_after=DIR_ATTR)),
    udp_call(0x1009, 19, FSINFO_Call(filehandle=FH_LINUX)),
    udp_reply(0x1009, FSINFO_Reply(status=0, attributes_follow=0, rtmax=65536, rtpref=65536,
                                   rtmult=4096, wtmax=65536, wtpref=65536, wtmult=4096,
                                   dtpref=4096, maxfilesize=0x7FFFFFFFFFFFFFFF,
                                   timedelta_s=0, timedelta_ns=1, properties=0x1B)),
    # NFSv2's GETATTR: a 32-byte handle, and the reply's v2 fattr.
    (Ether(**mac) / IP(src=client, dst=server) / UDP(sport=800, dport=2049)
     / RPC(xid=0x2001, mtype=0) / RPC_Call(pversion=2, procedure=1)
     / Raw(bytes(FH_BSD)[4:])),
    udp_reply(0x2001, Raw(bytes.fromhex(
        "00000000" "00000001" "000081a4" "00000001" "000003e8" "00000064"
        "00001000" "00001000" "00000000" "00000008" "00000803" "0002ab14"
        "5b7f2c5e" "00071d80" "5b7f2c5e" "00071d80" "5b7f2c5e" "00071d80"))),
    # Denied and unaccepted replies, and a reply to no call seen.
    (Ether(**back) / IP(src=server, dst=client) / UDP(sport=2049, dport=800)
     / RPC(xid=0x3001, mtype=1) / Raw(bytes.fromhex("00000001" "00000001" "00000005"))),
    (Ether(**back) / IP(src=server, dst=client) / UDP(sport=2049, dport=800)
     / RPC(xid=0x3002, mtype=1) / Raw(bytes.fromhex("00000001" "00000000" "00000002" "00000003"))),
    udp_call(0x3003, 1, GETATTR_Call(filehandle=FH_LINUX)),
    udp_reply(0x3003, Raw(bytes.fromhex("00000003"))),
    udp_reply(0x3004, GETATTR_Reply(status=0, attributes=ATTR)),
]
record("nfs", "nfs-udp", udp, cuts=(46, 62, 80, 110, 150, 200))
# -u: handles as words.
record("nfs", "nfs-udp-u", udp[:4], flagsets=[["-u"], ["-u", "-vv"]])


def tcp_packet(src, dst, sport, dport, seq, ack, payload):
    return (Ether(**(mac if src == client else back)) / IP(src=src, dst=dst)
            / TCP(sport=sport, dport=dport, flags="PA", seq=seq, ack=ack, window=1024)
            / RM_Header() / payload)


tcp = [
    tcp_packet(client, server, 900, 2049, 1000, 5000,
               RPC(xid=0x4001, mtype=0) / RPC_Call(procedure=1) / GETATTR_Call(filehandle=FH_OPAQUE)),
    tcp_packet(server, client, 2049, 900, 5000, 1200,
               RPC(xid=0x4001, mtype=1) / RPC_Reply() / GETATTR_Reply(status=0, attributes=ATTR)),
    tcp_packet(client, server, 900, 2049, 1200, 5200,
               RPC(xid=0x4002, mtype=0) / RPC_Call(procedure=6)
               / READ_Call(filehandle=FH_LINUX, offset=0, count=32768)),
    tcp_packet(server, client, 2049, 900, 5200, 1400,
               RPC(xid=0x4002, mtype=1) / RPC_Reply()
               / READ_Reply(status=0, attributes_follow=1, attributes=ATTR, count=4, eof=0,
                            data_length=4, data=b"data")),
    tcp_packet(client, server, 900, 2049, 1400, 5400,
               RPC(xid=0x4003, mtype=0) / RPC_Call(procedure=7)
               / WRITE_Call(filehandle=FH_SUNOS5, offset=4096, count=4, stable=0, length=4,
                            contents=b"wxyz")),
    tcp_packet(server, client, 2049, 900, 5400, 1600,
               RPC(xid=0x4003, mtype=1) / RPC_Reply()
               / WRITE_Reply(status=28, af_before=0, af_after=1, attributes_after=ATTR)),
]
record("nfs", "nfs-tcp", tcp, cuts=(70, 90, 120, 160))

# IPv6, and -T rpc on a port mapper call and an NFS reply.
v6 = [
    (Ether(**mac) / IPv6(src="2001:db8::1", dst="2001:db8::2") / UDP(sport=800, dport=2049)
     / RPC(xid=0x5001, mtype=0) / RPC_Call(procedure=3)
     / LOOKUP_Call(dir=FH_LINUX, filename=name("a"))),
    (Ether(**back) / IPv6(src="2001:db8::2", dst="2001:db8::1") / UDP(sport=2049, dport=800)
     / RPC(xid=0x5001, mtype=1) / RPC_Reply() / LOOKUP_Reply(status=70, af_dir=0)),
]
record("nfs", "nfs-ip6", v6)
rpc = [
    (Ether(**mac) / IP(src=client, dst=server) / UDP(sport=700, dport=111)
     / RPC(xid=0x6001, mtype=0) / RPC_Call(program=100000, pversion=2, procedure=3)
     / Raw(bytes.fromhex("000186a3" "00000003" "00000011" "00000000"))),
    (Ether(**mac) / IP(src=client, dst=server) / UDP(sport=700, dport=111)
     / RPC(xid=0x6002, mtype=0) / RPC_Call(program=100000, pversion=2, procedure=4)),
    (Ether(**back) / IP(src=server, dst=client) / UDP(sport=111, dport=700)
     / RPC(xid=0x6001, mtype=1) / RPC_Reply() / Raw(bytes.fromhex("00000801"))),
]
record("nfs", "nfs-rpc", rpc, flagsets=[["-T", "rpc"], ["-T", "rpc", "-v"]], cuts=(50, 70))
