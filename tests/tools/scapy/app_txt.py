"""The text protocols tcpdump prints with its txtproto printer (HTTP,
FTP, SMTP, RTSP, SIP, IMAP, POP3) and their neighbours, as scapy-built
TCP and UDP segments: requests and responses, several lines, odd
bytes, IPv4 and IPv6."""
from app_common import tcp4, tcp6, udp4, udp6, record_family
from scapy.all import Raw

http = [
    b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: x\r\nAccept: */*\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello",
    b"POST /form HTTP/1.0\r\nContent-Length: 3\r\n\r\na=b",
    b"HTTP/1.1 404 Not Found\r\n\r\n",
    b"OPTIONS * HTTP/1.1\r\n\r\n",
    b"PROPFIND /dav HTTP/1.1\r\nDepth: 1\r\n\r\n",
    b"GET /no-crlf HTTP/1.1",
    b"BREW /pot HTCPCP/1.0\r\n\r\n",
    b"\x16\x03\x01\x00\x05hello",
]
ftp = [
    b"220 ftp.example.com ready\r\n", b"USER anonymous\r\n", b"331 Password required\r\n", b"PASS x@y\r\n",
    b"230-Welcome\r\n230 Logged in\r\n", b"PORT 198,18,0,1,4,1\r\n", b"227 Entering Passive Mode (198,18,0,2,4,2)\r\n",
    b"RETR file.txt\r\n", b"550 No such file\r\n", b"QUIT\r\n",
]
smtp = [
    b"220 mail.example.com ESMTP\r\n", b"EHLO client.example\r\n",
    b"250-mail.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n", b"MAIL FROM:<a@example.com>\r\n",
    b"RCPT TO:<b@example.com>\r\n", b"DATA\r\n", b"354 go ahead\r\n", b"Subject: hi\r\n\r\nbody\r\n.\r\n",
]
rtsp = [
    b"OPTIONS rtsp://example.com/media RTSP/1.0\r\nCSeq: 1\r\n\r\n",
    b"RTSP/1.0 200 OK\r\nCSeq: 1\r\nPublic: DESCRIBE, SETUP\r\n\r\n",
    b"SETUP rtsp://example.com/media/track1 RTSP/1.0\r\nCSeq: 2\r\nTransport: RTP/AVP;unicast\r\n\r\n",
]
sip = [
    b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 198.18.0.1\r\nCall-ID: 1@x\r\nCSeq: 1 INVITE\r\n\r\n",
    b"SIP/2.0 180 Ringing\r\nCSeq: 1 INVITE\r\n\r\n",
    b"REGISTER sip:example.com SIP/2.0\r\nCSeq: 2 REGISTER\r\n\r\n",
    b"BYE sip:bob@example.com SIP/2.0\r\n\r\n",
]
imap = [b"* OK IMAP4rev1 ready\r\n", b"a1 LOGIN user pass\r\n", b"a1 OK done\r\n", b"a2 SELECT INBOX\r\n"]
pop3 = [b"+OK POP3 ready\r\n", b"USER bob\r\n", b"-ERR no\r\n", b"LIST\r\n"]

CASES = [
    ("app-http", [tcp4(40000, 80) / Raw(m) for m in http] + [tcp6(8080, 40000) / Raw(m) for m in http[:2]],
     (54, 58, 66, 80)),
    ("app-ftp", [tcp4(40000 + i % 2, 21) / Raw(m) for i, m in enumerate(ftp)], (54, 58, 62)),
    ("app-smtp", [tcp4(25, 40000) / Raw(m) for m in smtp], (54, 60, 70)),
    ("app-rtsp-sip", [tcp4(40000, 554) / Raw(m) for m in rtsp] + [udp4(5060, 5060) / Raw(m) for m in sip]
     + [udp6(5060, 5060) / Raw(sip[0])], (46, 54, 70)),
    ("app-imap-pop3", [tcp4(143, 40000) / Raw(m) for m in imap] + [tcp4(110, 40000) / Raw(m) for m in pop3],
     (56, 60)),
]
DIFFERS = []

if __name__ == "__main__":
    record_family("app_txt", CASES)
