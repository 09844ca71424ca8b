# Run as: perl -0777 -pi manpage-sections.pl PAGE. Tidies a page help2man made from --help: the
# command line's "Commands:" and "Exit codes:" paragraphs become sections of their own, and each
# term with its indented description (help2man's pairs of .IP paragraphs) a tagged paragraph.
s/^\.SS "Commands:"$/.SH COMMANDS/m;
s/^\.SS "Exit codes:"$/.SH "EXIT STATUS"/m;
s/^\.IP\n(.+)\n\.IP\n/.TP\n$1\n/mg;
