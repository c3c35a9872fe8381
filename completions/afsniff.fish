complete -c afsniff -s B -l buffer-size -d 'Ring buffer size in KiB (default: 8192; 32768 with --immediate-mode, -l or a terminal)' -r
complete -c afsniff -s c -d 'Exit after COUNT packets' -r
complete -c afsniff -s C -d 'Start a new -w file once the current one exceeds FILE_SIZE million bytes' -r
complete -c afsniff -s G -d 'Start a new -w file every SECONDS seconds (use strftime escapes in the name)' -r
complete -c afsniff -s i -l interface -x -a '(string replace -r ".*/" "" /sys/class/net/*) any' -d 'Capture on INTERFACE: a name, a number from -D, or "any"' -r
complete -c afsniff -s Q -l direction -d 'Capture only packets received (in), sent (out), or both (inout)' -r -f -a "in\t''
out\t''
inout\t''"
complete -c afsniff -s s -l snapshot-length -d 'Capture at most SNAPLEN bytes of each packet (0: 262144)' -r
complete -c afsniff -s W -d 'With -C: keep at most FILECOUNT files, reusing names; with -G: stop after FILECOUNT files' -r
complete -c afsniff -s y -l linktype -d 'Compile the filter for LINKTYPE (EN10MB, RAW, LINUX_SLL2, ...)' -r
complete -c afsniff -l time-stamp-precision -d 'Timestamp precision for printing and for -w files' -r -f -a "micro\t''
nano\t''"
complete -c afsniff -s r -d 'Read packets from FILE (pcap or pcapng; "-" is standard input)' -r -F
complete -c afsniff -s w -d 'Write raw packets to FILE in pcap format ("-" is standard output)' -r -F
complete -c afsniff -s F -d 'Read the filter expression from FILE (command-line words are ignored)' -r -F
complete -c afsniff -l generate-docs -d 'Write the man page and shell completions under DIR (for maintainers)' -r -f -a "(__fish_complete_directories)"
complete -c afsniff -s Z -l relinquish-privileges -d 'Drop root privileges to USER once the socket and files are open' -r -f -a "(__fish_complete_users)"
complete -c afsniff -s A -d 'Print each packet in ASCII (-AA: with its link-level header)'
complete -c afsniff -s d -d 'Print the compiled filter program and exit (-dd: as C, -ddd: as decimal)'
complete -c afsniff -s D -l list-interfaces -d 'List the interfaces afsniff can capture on, and exit'
complete -c afsniff -s e -d 'Print the link-level header on each line'
complete -c afsniff -l immediate-mode -d 'Hand each packet over as soon as it arrives instead of in batches'
complete -c afsniff -s l -d 'Make stdout line buffered'
complete -c afsniff -s n -d 'Don\'t convert addresses (-n) or addresses and ports (-nn) to names'
complete -c afsniff -s '#' -l number -d 'Print a packet number at the start of each line'
complete -c afsniff -s O -l no-optimize -d 'Do not run the filter optimizer'
complete -c afsniff -s p -l no-promiscuous-mode -d 'Do not put the interface into promiscuous mode'
complete -c afsniff -l print -d 'Print packets even while writing them to a file with -w'
complete -c afsniff -s q -d 'Print less protocol information'
complete -c afsniff -s S -l absolute-tcp-sequence-numbers -d 'Print absolute rather than relative TCP sequence numbers'
complete -c afsniff -s t -d 'Timestamps: -t none, -tt epoch, -ttt delta, -tttt date, -ttttt since first'
complete -c afsniff -s U -l packet-buffered -d 'Flush the output after each packet (for -w, and for printed lines)'
complete -c afsniff -s v -d 'More protocol detail (-vv, -vvv: more still)'
complete -c afsniff -s x -d 'Print each packet in hex (-xx: with its link-level header)'
complete -c afsniff -s X -d 'Print each packet in hex and ASCII (-XX: with its link-level header)'
complete -c afsniff -l micro -d 'Shorthand for --time-stamp-precision=micro'
complete -c afsniff -l nano -d 'Shorthand for --time-stamp-precision=nano'
complete -c afsniff -l json -d 'Print one JSON object per packet and line (NDJSON) instead of tcpdump\'s lines'
complete -c afsniff -l version -d 'Print version information and exit'
complete -c afsniff -s h -l help -d 'Print help (see more with \'--help\')'
