#!/bin/sh
# A stand-in for pppd(8) 2.4.9 used by PppdBackendTest. It reads what pppd reads ("file PEERFILE",
# the secret file the peer file includes), calls the ip-up/ip-down hooks as pppd does
# (interface-name tty-device speed local-IP remote-IP ipparam), and exits with the status the test
# planned for this start in plan.N (N counts the starts):
#   PLAN_LOG   a line to print first (pppd's log goes to stdout/stderr with nodetach)
#   PLAN_UP    the local address IPCP got; empty: the link never comes up
#   PLAN_EXIT  a status; "wait": run until SIGTERM, then exit 5 like pppd;
#              "hold": wait until the test writes a status into the FIFO release.N
here=$(cd "$(dirname "$0")" && pwd)
n=$(cat "$here/count" 2>/dev/null || echo 0)
n=$((n + 1))
echo "$n" > "$here/count"
echo $$ > "$here/pid.$n"
printf '%s\n' "$@" > "$here/args.$n"
if [ $# -ne 2 ] || [ "$1" != file ]; then
    echo "stand-in pppd: expected 'file PEERFILE', got: $*"
    exit 2
fi
peer=$2
cp "$peer" "$here/peer.$n"
word() { sed -n "s/^$1 \"\(.*\)\"\$/\1/p" "$peer"; }
secret=$(word file)
if [ ! -r "$secret" ]; then
    echo "In file $peer: unable to open options file $secret"
    exit 2
fi
stat -c %a "$secret" > "$here/secretmode.$n"
cp "$secret" "$here/secret.$n"
up=$(word ip-up-script)
down=$(word ip-down-script)
param=$(word ipparam)
unit=$(sed -n 's/^unit //p' "$peer")
nic=$(sed -n 's/^nic-//p' "$peer")
PLAN_LOG=
PLAN_UP=
PLAN_EXIT=0
. "$here/plan.$n"
echo "Plugin rp-pppoe.so loaded."
[ -n "$PLAN_LOG" ] && echo "$PLAN_LOG"
if [ -n "$PLAN_UP" ]; then
    echo "local  IP address $PLAN_UP"
    echo "remote IP address 203.0.113.1"
    "$up" "ppp$unit" "$nic" 0 "$PLAN_UP" 203.0.113.1 "$param"
fi
down_hook() {
    if [ -n "$PLAN_UP" ]; then
        "$down" "ppp$unit" "$nic" 0 "$PLAN_UP" 203.0.113.1 "$param"
    fi
}
case "$PLAN_EXIT" in
wait)
    trap 'echo "Terminating on signal 15"; down_hook; kill "$sleeper" 2>/dev/null; echo 5 > "$here/term.$n"; exit 5' TERM
    sleep 300 &
    sleeper=$!
    wait "$sleeper"
    exit 99 ;;
hold)
    read -r code < "$here/release.$n"
    down_hook
    exit "$code" ;;
*)
    down_hook
    exit "$PLAN_EXIT" ;;
esac
