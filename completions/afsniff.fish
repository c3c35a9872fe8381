complete -c afsniff -s B -l buffer-size -d 'Ring buffer size in KiB (default: 32768; 8192 when only writing -w)' -r
complete -c afsniff -s c -d 'Exit after COUNT packets' -r
complete -c afsniff -s C -d 'Start a new -w file once the current one exceeds FILE_SIZE million bytes' -r
complete -c afsniff -s E -d 'Decrypt ESP with SPI@ADDR ALGO:SECRET (3des or aes128/192/256, -cbc, -hmac96), ALGO:SECRET, or file NAME; several joined by commas' -r
complete -c afsniff -s G -d 'Start a new -w file every SECONDS seconds (use strftime escapes in the name)' -r
complete -c afsniff -s i -l interface -x -a '(string replace -r ".*/" "" /sys/class/net/*) any' -d 'Capture on INTERFACE: a name, a number from -D, or "any"; repeated, on each of them at once' -r
complete -c afsniff -s j -l time-stamp-type -d 'Time stamps from TYPE (host, adapter, adapter_unsynced, ...; -J lists them)' -r -f -a "host\t''
host_lowprec\t''
host_hiprec\t''
adapter\t''
adapter_unsynced\t''
host_hiprec_unsynced\t''"
complete -c afsniff -s m -d 'Load SMI MIB MODULE (ignored with a warning: no libsmi, as tcpdump without it)' -r
complete -c afsniff -s M -d 'Check TCP-MD5 signatures (RFC 2385) with the shared SECRET' -r
complete -c afsniff -s Q -l direction -d 'Capture only packets received (in), sent (out), or both (inout)' -r -f -a "in\t''
out\t''
inout\t''"
complete -c afsniff -s s -l snapshot-length -d 'Capture at most SNAPLEN bytes of each packet (0: 262144)' -r
complete -c afsniff -s T -d 'Decode the packets the filter selects as TYPE (rpc, rtp, snmp, vxlan, ...)' -r -f -a "aodv\t''
carp\t''
cnfp\t''
domain\t''
lmp\t''
pgm\t''
pgm_zmtp1\t''
ptp\t''
radius\t''
resp\t''
rpc\t''
rtcp\t''
rtp\t''
snmp\t''
someip\t''
tftp\t''
vat\t''
vxlan\t''
wb\t''
zmtp1\t''"
complete -c afsniff -s V -d 'Read the capture files listed in FILE, one name a line ("-": standard input)' -r -F
complete -c afsniff -s W -d 'With -C: keep at most FILECOUNT files, reusing names; with -G: stop after FILECOUNT files' -r
complete -c afsniff -s y -l linktype -d 'Capture as LINKTYPE, one the interface offers (-L lists them: LINUX_SLL or LINUX_SLL2 on any, EN10MB or DOCSIS on Ethernet); with -d, compile for any LINKTYPE libpcap names' -r
complete -c afsniff -s z -d 'With -C or -G: run COMMAND FILE after closing each -w file' -r
complete -c afsniff -l time-stamp-precision -d 'Timestamp precision for printing and for -w files' -r -f -a "micro\t''
nano\t''"
complete -c afsniff -s r -d 'Read packets from FILE (pcap or pcapng; "-" is standard input)' -r -F
complete -c afsniff -s w -d 'Write raw packets to FILE in pcap format ("-" is standard output; pcapng with --pcapng or a name ending in .pcapng)' -r -F
complete -c afsniff -s F -d 'Read the filter expression from FILE (words after the options are ignored, with a warning)' -r -F
complete -c afsniff -s Z -l relinquish-privileges -d 'Become USER once the interface is open (the first -w file is still created where root could write)' -r -f -a "(__fish_complete_users)"
complete -c afsniff -s A -d 'Print each packet in ASCII (-AA: with its link-level header)'
complete -c afsniff -s b -d 'Print BGP AS numbers in ASDOT notation'
complete -c afsniff -l count -d 'Print only the number of packets that match, not the packets'
complete -c afsniff -s d -d 'Print the compiled filter program and exit (-dd: as C, -ddd: as decimal)'
complete -c afsniff -s D -l list-interfaces -d 'List the interfaces afsniff can capture on, and exit'
complete -c afsniff -s e -d 'Print the link-level header on each line'
complete -c afsniff -s f -d 'Print foreign IPv4 addresses numerically (live capture only)'
complete -c afsniff -s H -d 'Detect 802.11s mesh headers'
complete -c afsniff -l immediate-mode -d 'Hand each packet over as soon as it arrives instead of in batches'
complete -c afsniff -s I -l monitor-mode -d 'Monitor mode: capture radiotap frames on a monitor interface added to the wireless device (deleted at exit)'
complete -c afsniff -s J -l list-time-stamp-types -d 'List the time stamp types the interface supports, and exit'
complete -c afsniff -s K -l dont-verify-checksums -d 'Do not verify IP, TCP or UDP checksums'
complete -c afsniff -s L -l list-data-link-types -d 'List the data link types of the interface, and exit'
complete -c afsniff -s l -d 'Make stdout line buffered'
complete -c afsniff -s n -d 'Don\'t convert addresses (-n) or addresses and ports (-nn) to names'
complete -c afsniff -s N -d 'Print host names without their domain part'
complete -c afsniff -s '#' -l number -d 'Print a packet number at the start of each line'
complete -c afsniff -s O -l no-optimize -d 'Do not run the filter optimizer'
complete -c afsniff -s p -l no-promiscuous-mode -d 'Do not put the interface into promiscuous mode'
complete -c afsniff -l print -d 'Print packets even while writing them to a file with -w'
complete -c afsniff -s q -d 'Print less protocol information'
complete -c afsniff -s S -l absolute-tcp-sequence-numbers -d 'Print absolute rather than relative TCP sequence numbers'
complete -c afsniff -s t -d 'Timestamps: -t none, -tt epoch, -ttt delta, -tttt date, -ttttt since first'
complete -c afsniff -s u -d 'Print undecoded NFS handles'
complete -c afsniff -s U -l packet-buffered -d 'Flush the output after each packet (for -w, and for printed lines)'
complete -c afsniff -s v -d 'More protocol detail (-vv, -vvv: more still)'
complete -c afsniff -l pcapng -d 'Write -w files in pcapng: interface names, directions, the filter and the statistics go in the file'
complete -c afsniff -s x -d 'Print each packet in hex (-xx: with its link-level header)'
complete -c afsniff -s X -d 'Print each packet in hex and ASCII (-XX: with its link-level header)'
complete -c afsniff -l micro -d 'Shorthand for --time-stamp-precision=micro'
complete -c afsniff -l nano -d 'Shorthand for --time-stamp-precision=nano'
complete -c afsniff -l json -d 'Print one JSON object per packet and line (NDJSON) instead of tcpdump\'s lines'
complete -c afsniff -l version -d 'Print version information and exit'
complete -c afsniff -s h -l help -d 'Print help (see more with \'--help\')'
