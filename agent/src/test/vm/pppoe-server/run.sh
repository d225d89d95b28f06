#!/bin/bash
# Real PPPoE for the live backend, on a machine whose kernel has no PPP (PITFALLS.md, "Real PPPoE
# despite the kernel"): boots Debian's kernel in QEMU (software emulation) with an initramfs holding
# busybox, the host's pppd + rp-pppoe.so, pppoe-server, ip, the PPP modules, a jlinked JRE and the
# agent's classes. Inside, two network namespaces joined by a veth pair: pppoe-server (the provider,
# CHAP) in one; in the other first plain pppd on the files voipgw's PppdFiles writes (right password:
# ip-up hook with pppd's pid, SIGTERM → exit 5 and ip-down; wrong password → exit 19 (sometimes 16:
# the server's PADT can beat LCP's terminate, so PppdExit also reads the log); provider silent →
# "No response to 3 echo-requests", exit 16), then voipgw's own PppoeSession + PppdBackend
# (VmSupervisor.java: 認証失敗 twice → 接続 → the server stops: retry-wait → the server returns:
# 接続 → 停止中), with the PPP lamp led-model derives for each state.
#
# The results come back as files in WORKDIR/results (the guest sends them over its second serial
# port): init.txt (the guest's timeline), pppd.txt (plain pppd), supervisor.tsv (every status
# change with its retry delay and PPP lamps), supervisor-checks.txt, java.log. Exit 0 when the
# quick checks below held; tests/…/PppoeVmTest asserts on the files in detail (./run-tests runs it).
#
#   agent/src/test/vm/pppoe-server/run.sh [WORKDIR]      (default agent/target/pppoe-vm)
#
# Needs (Debian; bin/install-peers installs them): qemu-system-x86 busybox-static ppp pppoe iproute2,
# a JDK >= 21, and the agent built (bin/mvn21 -B -DskipTests -pl agent -am compile). Downloads
# Debian's kernel package with apt-get download (cached in WORKDIR/kimg). About 2 minutes on 2 cores.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../../.." && pwd)
work=${1:-$repo/agent/target/pppoe-vm}
for need in qemu-system-x86_64:qemu-system-x86 /bin/busybox:busybox-static /usr/sbin/pppd:ppp \
            /usr/sbin/pppoe-server:pppoe /usr/sbin/ip:iproute2; do
  command -v "${need%%:*}" >/dev/null || { echo "missing ${need%%:*}: apt-get install ${need##*:}" >&2; exit 1; }
done
[ -d "$repo/agent/target/classes/org/voipgw/agent/pppoe" ] || {
  echo "build the agent first: bin/mvn21 -B -DskipTests -pl agent -am compile" >&2; exit 1; }
JAVA_HOME=$("$repo/bin/find-jdk")
mkdir -p "$work"
cd "$work"

# Debian's kernel (the one linux-image-amd64 points at), unpacked, never installed
kpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
[ -n "$kpkg" ] || { echo "cannot find Debian's kernel package (apt-get update?)" >&2; exit 1; }
if [ ! -d kimg ]; then
  apt-get download "$kpkg" >/dev/null 2>&1 || { echo "apt-get download $kpkg failed" >&2; exit 1; }
  dpkg-deb -x "$kpkg"_*.deb kimg
fi
kv=${kpkg#linux-image-}
M=kimg/lib/modules/$kv/kernel

tinylog=$HOME/.m2/repository/org/tinylog
cp="$repo/agent/target/classes:$repo/hal/target/classes:$repo/led-model/target/classes"
cp="$cp:$tinylog/tinylog-api/2.7.0/tinylog-api-2.7.0.jar:$tinylog/tinylog-impl/2.7.0/tinylog-impl-2.7.0.jar"
rm -rf vmclasses jre root
"$JAVA_HOME/bin/javac" --release 21 -nowarn -d vmclasses -cp "$cp" "$here/GenFiles.java" "$here/VmSupervisor.java" 2>&1 \
  | grep -v '^Note:' || true
"$JAVA_HOME/bin/jlink" --add-modules java.base,java.management --output jre --strip-debug --no-header-files --no-man-pages

root=$work/root
mkdir -p "$root"/{bin,usr/sbin,proc,sys,dev,tmp,run,var/run,var/lock,etc/ppp,mods,app}
cp /bin/busybox "$root/bin/busybox"
for b in /usr/sbin/pppd /usr/sbin/pppoe-server /usr/sbin/pppoe /usr/sbin/ip; do cp "$b" "$root$b"; done
plugin=$(ls /usr/lib/pppd/*/rp-pppoe.so | head -1)
mkdir -p "$root$(dirname "$plugin")"; cp "$plugin" "$root$plugin"
for l in $(ldd /usr/sbin/pppd /usr/sbin/pppoe-server /usr/sbin/pppoe /usr/sbin/ip "$plugin" jre/bin/java jre/lib/*.so \
           jre/lib/server/libjvm.so 2>/dev/null | awk '($2 == "=>" && $3 ~ /^\/(usr\/)?lib/) {print $3} ($1 ~ /^\/lib.*ld-linux/) {print $1}' | sort -u); do
  mkdir -p "$root$(dirname "$l")"; cp -L "$l" "$root$l"
done
for m in drivers/net/slip/slhc drivers/net/ppp/ppp_generic drivers/net/ppp/ppp_async drivers/net/ppp/pppox \
         drivers/net/ppp/pppoe drivers/net/veth; do
  cp "$M/$m.ko" "$root/mods/"
done
: > "$root/etc/ppp/options"
printf 'require-chap\nlcp-echo-interval 1\nlcp-echo-failure 3\nnoipdefault\n' > "$root/etc/ppp/pppoe-server-options"
echo 'root:x:0:0:root:/:/bin/sh' > "$root/etc/passwd"
"$JAVA_HOME/bin/java" -cp "vmclasses:$cp" GenFiles "$root"
chmod 700 "$root/voipgw/pppoe/ip-up" "$root/voipgw/pppoe/ip-down"
chmod 600 "$root"/voipgw/pppoe/session1.*
cp -r jre "$root/jre"; cp -r vmclasses "$root/app/vmclasses"
cp -r "$repo/agent/target/classes" "$root/app/agent"; cp -r "$repo/hal/target/classes" "$root/app/hal"
cp -r "$repo/led-model/target/classes" "$root/app/led-model"
cp "$tinylog/tinylog-api/2.7.0/tinylog-api-2.7.0.jar" "$root/app/tinylog-api.jar"
cp "$tinylog/tinylog-impl/2.7.0/tinylog-impl-2.7.0.jar" "$root/app/tinylog-impl.jar"
cp "$here/init" "$root/init"; chmod 755 "$root/init"
(cd "$root" && find . | /bin/busybox cpio -o -H newc 2>/dev/null | gzip -1) > initrd.gz

rm -rf results results.raw; mkdir results
start=$(date +%s)
# ttyS0: the console (vm.log); ttyS1: the result files
timeout 280 qemu-system-x86_64 -accel tcg,thread=multi -cpu max -smp 2 -m 768 -display none -monitor none \
  -nic none -no-reboot -serial "file:$work/vm.log" -serial "file:$work/results.raw" \
  -kernel "kimg/boot/vmlinuz-$kv" -initrd initrd.gz -append "console=ttyS0 quiet panic=-1" </dev/null || true
echo "VM ran $(( $(date +%s) - start )) s"
# split "=== NAME" sections into results/NAME
tr -d '\r' < results.raw | awk -v dir=results '/^=== / { name = substr($0, 5); next }
  name != "" && name != "END" && name !~ /\// { print > (dir "/" name) }'
ls results
tr -d '\r' < vm.log | grep -E '^(INIT|VM )' || true

fail=0
check() { grep -q "$2" "results/$1" 2>/dev/null || { echo "FAILED: $3" >&2; fail=1; }; }
check pppd.txt 'HOOK ip-up [0-9]* session1 ppp0 203\.0\.113\.' "plain pppd: ip-up hook with pppd's pid and ipparam"
check pppd.txt 'EXIT up=5' "plain pppd: SIGTERM ends it with status 5"
check pppd.txt 'HOOK ip-down' "plain pppd: ip-down hook"
check pppd.txt 'EXIT auth=1[69]' "plain pppd: wrong password gives status 19 (or 16 when the server hangs up first)"
check pppd.txt 'CHAP authentication failed' "plain pppd: wrong password logged as an authentication failure"
check pppd.txt 'EXIT echo=1[56]' "plain pppd: unanswered LCP echoes end it (status 15 or 16)"
check pppd.txt 'ECHOLOG .*No response to 3 echo-requests' "plain pppd: logs the unanswered echoes (PppdExit reads this)"
check supervisor-checks.txt 'auth-failed-twice	true' "supervisor: auth-failed twice"
check supervisor-checks.txt 'connected	203\.0\.113\.' "supervisor: connected with an address"
check supervisor-checks.txt 'retrying	.' "supervisor: retrying after the server stopped"
check supervisor-checks.txt 'reconnected	203\.0\.113\.' "supervisor: reconnected when the server returned"
check supervisor-checks.txt 'done	true' "supervisor finished"
[ $fail = 0 ] && echo "pppoe-server VM check: all passed (results: $work/results)" || echo "see $work/vm.log and $work/results" >&2
exit $fail
