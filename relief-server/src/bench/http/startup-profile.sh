#!/usr/bin/env bash
# Issue 19's startup row, profiled: where the CPU of a start goes, for the bare Javalin (BareJavalin),
# the server's libraries alone (BareStack) and the server's restart on an existing store, each from JVM
# start to the first answer of GET /health, with async-profiler (event=cpu, 1 ms, per thread; taken from
# Maven Central, tools.profiler:async-profiler, the version of the parent pom's async-profiler.version).
# StartupProfile.java then prints, per start, the CPU per thread, the main thread's share in class
# loading and call-site linkage, and the main thread's steps.
#
#   mvn -q -DskipTests package && mvn -q -Pbench -pl relief-server -am test-compile   # the jar, then the bench classes
#   relief-server/src/bench/http/startup-profile.sh [jar]
#
# The profiles stay in relief-server/target/startup-profile/{bare,stack,relief}.collapsed (collapsed
# stacks: flame-graph tools read them). Linux on x86-64 or arm64 only (async-profiler's native library).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$here/../../../target
jar=${1:-$target/relief-server.jar}
classes=$target/test-classes
port=${PORT:-17090}
out=$target/startup-profile
[ -f "$jar" ] && [ -f "$classes/org/relief/server/bench/BareJavalin.class" ] || {
  echo "build first: mvn -q -DskipTests package && mvn -q -Pbench -pl relief-server -am test-compile" >&2; exit 2; }
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64) platform=linux-arm64 ;;
  *) echo "async-profiler's library is for Linux on x86-64 or arm64; this is $(uname -s) $(uname -m)" >&2; exit 2 ;;
esac
version=$(sed -n 's:.*<async-profiler.version>\(.*\)</async-profiler.version>.*:\1:p' "$here/../../../../pom.xml")
ap=$target/async-profiler-$version
lib=$ap/$platform/libasyncProfiler.so
if [ ! -f "$lib" ]; then
  mvn -q -B -ntp -N -f "$here/../../../../pom.xml" dependency:copy -Dartifact="tools.profiler:async-profiler:$version:jar:$platform" -DoutputDirectory="$ap"
  (cd "$ap" && unzip -q -o "async-profiler-$version-$platform.jar" "$platform/*")
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"

. "$here/ready.sh"
ready() { # name command...: started, timed to /health and stopped (its profile is written as the JVM exits)
  local name=$1 took
  shift
  took=$(ms "$port" "$data/$name.log" "$@") # set -e: a start that dies ends the script
  echo "$name: ready in $took ms (profiled)"
}
agent() { echo "-agentpath:$lib=start,event=cpu,interval=1ms,threads,collapsed,file=$out/$1.collapsed"; }
server() { RELIEF_PORT=$port RELIEF_DATA_DIR=$data/store RELIEF_DEMO=false exec java "$@" -jar "$jar"; }
ready first server   # creates the store; not profiled
ready relief server "$(agent relief)"
ready stack java "$(agent stack)" -cp "$jar:$classes" org.relief.server.persistence.BareStack $port "$data/store"
ready bare java "$(agent bare)" -cp "$jar:$classes" org.relief.server.bench.BareJavalin $port
java "$here/StartupProfile.java" "$out"
