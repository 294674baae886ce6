#!/usr/bin/env bash
# Issue 19's startup row: JVM start to the first answer of GET /health, for the server on an existing
# store (restart) and on an empty one (first start), against a bare Javalin (BareJavalin: the same jar,
# Javalin + Jetty + Jackson and one route) in the same run, each started N times in turn. It also times
# BareStack on the restart's store: the server's libraries (Derby, HikariCP, EclipseLink with the
# server's entities and one JPQL query, Guice, Javalin) with none of relief's own start.
#
#   mvn -q -DskipTests package && mvn -q -Pbench -pl relief-server -am test-compile   # the jar, then the bench classes
#   relief-server/src/bench/http/startup.sh [runs] [jar]
#   JAVA_OPTS=... BARE_OPTS=... relief-server/src/bench/http/startup.sh   # extra JVM options (server, bare Javalin)
#   CDS=1 relief-server/src/bench/http/startup.sh 3   # both with an AppCDS archive: the server through its launcher
#                                                     # bin/relief-server (the first start records it), the bare
#                                                     # Javalin and BareStack from a jar of their classes, each with
#                                                     # an archive recorded before
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-5}
jar=${2:-$here/../../../target/relief-server.jar}
classes=$here/../../../target/test-classes
port=${PORT:-17090}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

. "$here/ready.sh"
run() { ms "$port" "$data/log" "$@"; } # command...: its milliseconds to the first /health answer
if [ "${CDS:-0}" = 1 ]; then
  server() { RELIEF_PORT=$port RELIEF_DATA_DIR=$data/store RELIEF_DEMO=${DEMO:-false} RELIEF_JAR=$jar RELIEF_CDS_DIR=$data/cds \
    exec nice -n "${NICE:--15}" "$here/../../../bin/relief-server"; }
  # a class path of jars only (AppCDS takes no directory), and an archive recorded by one run that is not timed
  jar cf "$data/bare.jar" -C "$classes" org/relief/server/bench/BareJavalin.class \
    -C "$classes" org/relief/server/persistence/BareStack.class
  bare() { exec nice -n "${NICE:--15}" java -XX:SharedArchiveFile="$data/bare.jsa" '-Xlog:cds*=off' ${BARE_OPTS:-} \
    -cp "$jar:$data/bare.jar" org.relief.server.bench.BareJavalin $port; }
  record() { exec java -XX:ArchiveClassesAtExit="$data/bare.jsa" '-Xlog:cds*=off' -cp "$jar:$data/bare.jar" \
    org.relief.server.bench.BareJavalin $port; }
  # BareStack's archive is recorded on the first restart's store, in the loop below
  stack() { exec nice -n "${NICE:--15}" java -XX:SharedArchiveFile="$data/stack.jsa" '-Xlog:cds*=off' ${BARE_OPTS:-} \
    -cp "$jar:$data/bare.jar" org.relief.server.persistence.BareStack $port "$data/store"; }
  record_stack() { exec java -XX:ArchiveClassesAtExit="$data/stack.jsa" '-Xlog:cds*=off' -cp "$jar:$data/bare.jar" \
    org.relief.server.persistence.BareStack $port "$data/store"; }
  run record >/dev/null
  until [ -s "$data/bare.jsa" ]; do sleep 0.1; done
else
  server() { RELIEF_PORT=$port RELIEF_DATA_DIR=$data/store RELIEF_DEMO=${DEMO:-false} exec nice -n "${NICE:--15}" java ${JAVA_OPTS:-} -jar "$jar"; }
  bare() { exec nice -n "${NICE:--15}" java ${BARE_OPTS:-} -cp "$jar:$classes" org.relief.server.bench.BareJavalin $port; }
  # the server's libraries alone on the restart's store (Derby, HikariCP, EclipseLink, Guice, Javalin): BareStack
  stack() { exec nice -n "${NICE:--15}" java ${BARE_OPTS:-} -cp "$jar:$classes" org.relief.server.persistence.BareStack \
    $port "$data/store"; }
fi

first=(); restart=(); base=(); libs=()
for i in $(seq "$runs"); do
  rm -rf "$data/store"
  first+=("$(run server)")
  restart+=("$(run server)")
  if [ "${CDS:-0}" = 1 ] && [ ! -s "$data/stack.jsa" ]; then
    run record_stack >/dev/null
    until [ -s "$data/stack.jsa" ]; do sleep 0.1; done
  fi
  libs+=("$(run stack)")
  base+=("$(run bare)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fm=$(median "${first[@]}"); rm_=$(median "${restart[@]}"); bm=$(median "${base[@]}")
echo "bare Javalin:           ${base[*]} ms (median $bm)"
echo "server, first start:    ${first[*]} ms (median $fm)"
echo "server, restart:        ${restart[*]} ms (median $rm_)"
lm=$(median "${libs[@]}")
echo "the libraries alone:    ${libs[*]} ms (median $lm; BareStack on the restart's store)"
awk -v r="$rm_" -v l="$lm" -v b="$bm" 'BEGIN { printf "ratio libraries alone / bare = %.2f; restart / libraries alone = %.2f\n", l / b, r / l }'
awk -v r="$rm_" -v f="$fm" -v b="$bm" 'BEGIN { printf "ratio restart / bare = %.2f (goal <= 2); first start / bare = %.2f\n", r / b, f / b }'
