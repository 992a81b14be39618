#!/usr/bin/env bash
# download.sh - loopback download benchmark of the torrentd engine.
#
# usage: bench/download.sh [SIZE_MiB=512] [RUNS=3]
#
# aria2c seeds a random SIZE MiB file on 127.0.0.1 (no tracker, DHT, LPD or PeX); each run
# starts a fresh engine with its default settings, adds the torrent and the seeder as its
# one peer, and times add -> complete. See bench/README.md.
#
# env: BENCH_DIR   work folder (default /tmp/torrentd-bench): the source file, the torrent,
#                  the seeder's log, and runs/ for each run's temporary engine folders
#      SEED_PORT   the seeder's port (default: the first free one from 6899)
#      BENCH_TIMEOUT  seconds a run may take before it counts as failed (default 300)
set -euo pipefail

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

SIZE="${1:-512}"
RUNS="${2:-3}"
[[ "$SIZE" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ && $# -le 2 ]] || usage

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

missing=()
for tool in aria2c mktorrent java; do
	command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "missing: ${missing[*]}" >&2
	echo "install them with: apt-get install aria2 mktorrent (and a Java 17 JDK)" >&2
	exit 1
fi

# The engine refuses to start without HotSpot's signal-chaining library preloaded
# (libtorrent installs its own signal handlers); it has to be the one of the java we run.
JAVA_HOME_DIR="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
JSIG=""
for candidate in "$JAVA_HOME_DIR/lib/libjsig.so" "$JAVA_HOME_DIR/lib/server/libjsig.so"; do
	[ -f "$candidate" ] && { JSIG="$candidate"; break; }
done
[ -n "$JSIG" ] || { echo "no libjsig.so under $JAVA_HOME_DIR/lib" >&2; exit 1; }

mkdir -p "${BENCH_DIR:-/tmp/torrentd-bench}"
B="$(cd "${BENCH_DIR:-/tmp/torrentd-bench}" && pwd)"

engine_jar() {
	# Before the first build there is no target folder; that must not trip set -e.
	[ -d "$ROOT/engine/target" ] || return 0
	find "$ROOT/engine/target" -maxdepth 1 -name 'torrentd-engine-*.jar' \
		! -name '*-tests.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' | head -n 1
}
ENGINE_JAR="$(engine_jar)"
if [ -z "$ENGINE_JAR" ]; then
	echo "building the project (no engine jar yet)..."
	(cd "$ROOT" && ./mvnw -q -DskipTests package)
	ENGINE_JAR="$(engine_jar)"
	[ -n "$ENGINE_JAR" ] || { echo "the build made no engine jar in $ROOT/engine/target" >&2; exit 1; }
fi
# Runtime scope: what the engine needs in production, without the test libraries.
(cd "$ROOT" && ./mvnw -q -pl engine dependency:build-classpath -DincludeScope=runtime \
	-Dmdep.outputFile="$B/engine.classpath")
CP="$(cat "$B/engine.classpath")"

mkdir -p "$B/src"
DATA="$B/src/random-${SIZE}MiB.bin"
TORRENT="$B/random-${SIZE}MiB.torrent"
if [ ! -f "$DATA" ] || [ "$(stat -c %s "$DATA")" != $((SIZE * 1048576)) ]; then
	echo "writing $SIZE MiB of random data to $DATA..."
	head -c "$((SIZE * 1048576))" /dev/urandom >"$DATA.tmp"
	mv "$DATA.tmp" "$DATA"
fi
if [ ! -f "$TORRENT" ] || [ "$DATA" -nt "$TORRENT" ]; then
	# v1, 1 MiB pieces (-l 20), no announce URL, no creation date: the same torrent as the
	# qbittorrent-nox comparison uses, and the same info-hash every time.
	rm -f "$TORRENT"
	mktorrent -d -l 20 -o "$TORRENT" "$DATA" >/dev/null
fi

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT="${SEED_PORT:-}"
if [ -z "$PORT" ]; then
	PORT=6899
	while listening "$PORT"; do PORT=$((PORT + 1)); done
elif listening "$PORT"; then
	echo "SEED_PORT $PORT is already in use" >&2
	exit 1
fi

SEED_LOG="$B/aria2c.log"
SEED_PID=""
cleanup() {
	local rc=$?
	if [ -n "$SEED_PID" ] && kill -0 "$SEED_PID" 2>/dev/null; then
		kill -TERM "$SEED_PID" 2>/dev/null || true
		for _ in $(seq 100); do
			kill -0 "$SEED_PID" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$SEED_PID" 2>/dev/null || true
	fi
	# The benchmark deletes each run's folder itself, unless it was killed mid-run.
	rm -rf "$B/runs"
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

rm -f "$SEED_LOG" "$SEED_LOG.out"
rm -rf "$B/runs"
mkdir -p "$B/runs"
# Bound to 127.0.0.1 with every other way of finding peers off, so the engine under test
# is its only peer; -V makes it verify the file first so it never serves bad data.
aria2c "$TORRENT" --dir="$B/src" \
	--check-integrity=true --bt-seed-unverified=false --seed-ratio=0.0 \
	--enable-dht=false --enable-dht6=false --bt-enable-lpd=false --enable-peer-exchange=false \
	--interface=127.0.0.1 --disable-ipv6=true --listen-port="$PORT" --bt-exclude-tracker='*' \
	--bt-max-peers=0 --file-allocation=none --allow-overwrite=false --auto-file-renaming=false \
	--summary-interval=0 --console-log-level=warn --log="$SEED_LOG" --log-level=notice \
	</dev/null >"$SEED_LOG.out" 2>&1 &
SEED_PID=$!

# aria2c opens its port only once the check has passed.
deadline=$((SECONDS + 300))
until grep -q "listening on TCP port $PORT" "$SEED_LOG" 2>/dev/null && listening "$PORT"; do
	if ! kill -0 "$SEED_PID" 2>/dev/null; then
		echo "aria2c exited; see $SEED_LOG and $SEED_LOG.out" >&2
		cat "$SEED_LOG.out" >&2
		exit 1
	fi
	if [ $SECONDS -ge $deadline ]; then
		echo "aria2c not listening on 127.0.0.1:$PORT after 300 s; see $SEED_LOG" >&2
		exit 1
	fi
	sleep 0.1
done
echo "seeder: aria2c (pid $SEED_PID) on 127.0.0.1:$PORT, $SIZE MiB, $RUNS run(s)"

# Without a logging backend on the runtime classpath SLF4J falls back to its no-op logger,
# which is what a benchmark wants; the verbosity setting only silences the notice about it.
LD_PRELOAD="$JSIG" java -Dslf4j.internal.verbosity=ERROR -cp "$CP:$ENGINE_JAR" "$HERE/DownloadBenchmark.java" \
	--torrent "$TORRENT" --data "$DATA" --peer "127.0.0.1:$PORT" --runs "$RUNS" \
	--work "$B/runs" --timeout "${BENCH_TIMEOUT:-300}"
