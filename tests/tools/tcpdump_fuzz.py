#!/usr/bin/env python3
"""Differential fuzzing of afsniff's filter against tcpdump (libpcap).

usage: unshare --net python3 tcpdump_fuzz.py AFSNIFF COUNT SEED [CORPUS_DIR]

CORPUS_DIR defaults to the repository's tests/data/corpus.

Generates COUNT pcap-filter expressions (seeded) over the families of
issue 3 (hosts, nets, ports and ranges with every qualifier, protocols,
protochain, vlan/mpls/pppoes/geneve, link-level names, byte-offset
arithmetic with named constants, and/or/not nesting), runs
`tcpdump -r F -w OUT EXPR` and `AFSNIFF -r F -w OUT EXPR` on the corpus
files and prints every expression where the accepted/refused decision
or the packets kept differ, then a summary with the median -d length
ratio. Must run without network: generated names could reach a DNS
server otherwise.

Filters with `geneve` may read scratch memory an earlier packet left, in
libpcap as in afsniff (src/bpf/leftover.rs): their verdicts depend on the
whole file and on -w, which is why whole `-r -w` runs are compared."""
import os, random, struct, subprocess, sys, statistics, tempfile
# tests/tools/ -> tests/data/corpus
REPO_CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "corpus")
V4 = ["172.16.5.4","192.168.1.10","203.0.113.9","10.1.2.3","198.51.100.5","192.0.2.1","10.200.0.1","192.0.2.7","192.0.2.200","198.51.100.77","224.0.0.251","255.255.255.255","239.1.2.3"]
NETS = ["10","10.1","192.0.2","192.0.2.0/24","10.0.0.0/8","198.51.100.0/25","172.16.0.0/12","192.168","224.0.0.0/4","10.0.0.0 mask 255.0.0.0","192.0.2.0 mask 255.255.255.128","0.0.0.0/0"]
V6 = ["2001:db8::2","fe80::abcd:1","2001:db8::1","fe80::1","2001:db8:1::53","2001:db8:ffff::9","::1","ff02::1"]
V6N = ["2001:db8::/32","fe80::/10","2001:db8:1::/48","ff00::/8","::/0"]
MAC = ["52:54:00:12:34:56","f0:de:f1:aa:bb:cc","00:1b:21:3a:4f:10","02:00:00:00:00:02","02:00:00:00:00:01","ff:ff:ff:ff:ff:ff","01:00:5e:00:00:fb","33:33:00:00:00:01","01:80:c2:00:00:00","0200.0000.0001","02-00-00-00-00-02"]
PORTS = ["22","53","80","443","514","5005","21","123","67","68","0","4789","6081","179","http","domain","ssh","ftp","ntp","syslog","bootps"]
RANGES = ["1-1024","20-25","5000-6000","53-53","1024-65535","0-0","6081-6081","4789-4790","ftp-data-ssh"]
DIRS = ["","src ","dst ","src or dst ","src and dst "]
PROTOS = ["ip","ip6","arp","rarp","tcp","udp","icmp","icmp6","igmp","sctp","pim","vrrp","esp","ah","igrp","carp"]
LINKP = ["stp","iso","llc","decnet","atalk","aarp","ipx","netbeui","lat","sca","moprc","mopdl","clnp","esis","isis","l1","l2","iih","lsp","snp","csnp","psnp","pppoed"]
CONST = ["tcp-fin","tcp-syn","tcp-rst","tcp-push","tcp-ack","tcp-urg","tcp-ece","tcp-cwr"]
ICMPT = ["icmp-echoreply","icmp-unreach","icmp-echo","icmp-timxceed","icmp-redirect","icmp-sourcequench","icmp-paramprob","icmp-tstamp"]
ICMP6T = ["icmp6-echo","icmp6-echoreply","icmp6-neighborsolicit","icmp6-neighboradvert","icmp6-routersolicit","icmp6-routeradvert","icmp6-destinationunreach","icmp6-packettoobig"]
BS = chr(92)
R = random.Random(1)
def c(x): return R.choice(x)
def num(): return str(c([0,1,2,3,4,5,6,8,12,13,14,16,17,20,23,40,41,44,58,60,64,255,256,1500,0x800,0xffff,0x86dd,0x11]))
def hexnum(): return c([num(), hex(int(num())), "0x"+format(R.randrange(0,256),"x")])
def arith(d=0):
    r = R.random()
    if d > 2 or r < 0.3: return c([num(), hexnum(), "len"] + CONST[:2] + ["tcpflags","icmptype","icmpcode","icmp6type","icmp6code"])
    if r < 0.65:
        p = c(["ip","ip6","tcp","udp","icmp","icmp6","ether","link","arp","sctp","igmp","pim","vrrp","rarp","decnet"])
        idx = c(["0","1","2","6","8","9","12","13","14","16","20","22","23","40","tcpflags","icmptype","icmp6type",arith(d+1)])
        sz = c(["","",":1",":2",":4"])
        return f"{p}[{idx}{sz}]"
    op = c(["+","-","*","/","%","&","|","^","<<",">>"])
    rhs = arith(d+1)
    if op in ("<<",">>"): rhs = c(["0","1","2","4","8","31"])
    if op in ("/","%") and R.random() < 0.8: rhs = c(["1","2","3","4","16"])
    e = f"{arith(d+1)} {op} {rhs}"
    return f"({e})" if R.random() < 0.5 else e
def rel():
    return f"{arith()} {c(['=','==','!=','<','<=','>','>='])} {arith(2)}"
def prim():
    k = R.randrange(30)
    if k == 0: return f"{c(['','ip ','arp ','rarp '])}{c(DIRS)}host {c(V4)}"
    if k == 1: return f"{c(['','ip6 '])}{c(DIRS)}host {c(V6)}"
    if k == 2: return f"{c(['','ip ','arp '])}{c(DIRS)}net {c(NETS)}"
    if k == 3: return f"{c(['','ip6 '])}{c(DIRS)}net {c(V6N)}"
    if k == 4: return f"ether {c(DIRS)}host {c(MAC)}" if R.random()<0.7 else f"ether {c(['src','dst'])} {c(MAC)}"
    if k == 5: return f"{c(['','tcp ','udp ','sctp '])}{c(DIRS)}port {c(PORTS)}"
    if k == 6: return f"{c(['','tcp ','udp ','sctp '])}{c(DIRS)}portrange {c(RANGES)}"
    if k in (7,8): return c(PROTOS)
    if k == 9: return f"{c(['','ip ','ip6 '])}proto {c(['6','17','1','58','132',BS+'tcp',BS+'udp',BS+'icmp','50','51','2','47','4','41'])}"
    if k == 10: return f"{c(['','ip ','ip6 '])}protochain {c(['6','17','58','44','51','50',BS+'tcp'])}"
    if k == 11: return c(["ether broadcast","ether multicast","ip multicast","ip6 multicast","broadcast","multicast","ip broadcast"])
    if k == 12: return f"{c(['less','greater'])} {c(['60','64','100','128','1000','1500','40'])}"
    if k == 13: return "vlan" + c([""," 100"," 10"," 4094"," 1"," 20"," 200"," 5"])
    if k == 14: return "mpls" + c([""," 948"," 598"," 418"," 0"," 100"])
    if k == 15: return "pppoes" + c([""," 1"," 0x1234"," 17"])
    if k == 16: return "geneve" + c([""," 0"," 1"," 100"])
    if k == 17: return c(LINKP)
    if k == 18: return f"ether proto {c(['0x800','0x86dd','0x806','0x8100','0x88a8','0x8847','0x8864',BS+'ip',BS+'arp',BS+'ip6',BS+'stp',BS+'iso','1500','0x42'])}"
    if k == 19: return f"tcp[tcpflags] & ({'|'.join(R.sample(CONST, R.randrange(1,3)))}) {c(['!=','=='])} {c(['0', c(CONST)])}"
    if k == 20: return f"icmp[icmptype] {c(['=','!='])} {c(ICMPT)}"
    if k == 21: return f"icmp6[icmp6type] {c(['=','!='])} {c(ICMP6T)}"
    if k == 22: return f"llc {c(['i','s','u','rr','rnr','rej','ui','ua','disc','sabme','test','xid','frmr','dm'])}"
    if k == 23: return f"ip[6:2] & 0x1fff {c(['=','!='])} 0" if R.random()<0.5 else f"ip[6] & 0x20 != 0"
    if k == 24: return f"ip6[6] = {c(['44','6','17','58','0','60','43'])}"
    if k == 25: return f"decnet {c(['src','dst','host'])} {c(['1.2','10.1','63.1023','5'])}"
    return rel()
def expr(d=0):
    r = R.random()
    if d > 3 or r < 0.35: 
        p = prim()
        return ("not " + p) if R.random() < 0.12 else p
    if r < 0.45: return f"not ({expr(d+1)})"
    if r < 0.55: return f"({expr(d+1)})"
    op = c(["and","or","&&","||","and","or"])
    # qualifier inheritance: `port 80 or 443`, `host a or b`
    if R.random() < 0.1:
        return c([f"{c(['tcp ',''])}port {c(PORTS)} {op} {c(PORTS)}", f"host {c(V4)} {op} {c(V4)}", f"net {c(NETS[:4])} {op} {c(NETS[:4])}"])
    return f"{expr(d+1)} {op} {expr(d+1)}"

def records(path):
    with open(path, "rb") as f:
        data = f.read()
    end = "<" if data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    out, off = [], 24
    while off + 16 <= len(data):
        _, _, incl, _ = struct.unpack(end + "IIII", data[off:off + 16])
        out.append(data[off + 16:off + 16 + incl])
        off += 16 + incl
    return out

def first_error(p):
    lines = [l for l in p.stderr.decode(errors="replace").splitlines()
             if not l.startswith(("reading from", "Warning"))]
    return lines[0] if lines else f"rc={p.returncode}"

def main():
    global R
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    afsniff, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    corpus = sys.argv[4] if len(sys.argv) > 4 else REPO_CORPUS
    files = [os.path.join(corpus, f) for f in ("mixed.pcap", "core.pcap", "mixed-nano.pcap", "mixed.pcapng")]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        sys.exit(f"missing corpus files: {', '.join(missing)}")
    R = random.Random(seed)
    tmp = tempfile.mkdtemp()
    t_out, a_out = os.path.join(tmp, "t.pcap"), os.path.join(tmp, "a.pcap")
    seen, differ, ratios = set(), 0, []
    while len(seen) < count:
        e = expr()
        if e in seen:
            continue
        seen.add(e)
        bad = []
        for f in files:
            for p in (t_out, a_out):
                if os.path.exists(p):
                    os.unlink(p)
            t = subprocess.run(["tcpdump", "-r", f, "-w", t_out, e], capture_output=True)
            a = subprocess.run([afsniff, "-r", f, "-w", a_out, e], capture_output=True)
            if (t.returncode == 0) != (a.returncode == 0):
                bad.append(f"accepted by one only: tcpdump [{first_error(t) if t.returncode else 'ok'}] "
                           f"afsniff [{first_error(a) if a.returncode else 'ok'}]")
                break
            if t.returncode:
                break
            x, y = records(t_out), records(a_out)
            if x != y:
                bad.append(f"{os.path.basename(f)}: tcpdump kept {len(x)}, afsniff {len(y)}")
        if bad:
            differ += 1
            print(f"{e}\t{'; '.join(bad)}", flush=True)
        elif files:
            t = subprocess.run(["tcpdump", "-r", files[0], "-d", e], capture_output=True, text=True)
            a = subprocess.run([afsniff, "-r", files[0], "-d", e], capture_output=True, text=True)
            n1 = sum(1 for l in t.stdout.splitlines() if l.startswith("("))
            n2 = sum(1 for l in a.stdout.splitlines() if l.startswith("("))
            if n1 and n2:
                ratios.append(n2 / n1)
    med = statistics.median(ratios) if ratios else float("nan")
    print(f"{count} expressions, {differ} differ; -d length afsniff/libpcap median {med:.2f} over {len(ratios)}")

main()
