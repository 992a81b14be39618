#!/bin/sh
# Container entrypoint: start torrentd with HotSpot's signal-chaining library preloaded, so that
# libtorrent's SIGSEGV handler can never kill the JVM (docs/engine.md), and as PID 1's only child
# via exec so that `docker stop` (SIGTERM) reaches the JVM and every torrent's resume data is saved.
set -eu
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_HOME_DIR="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
for lib in "$JAVA_HOME_DIR/lib/libjsig.so" "$JAVA_HOME_DIR/lib/server/libjsig.so"; do
	if [ -f "$lib" ]; then
		export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
		break
	fi
done
exec "$JAVA" ${JAVA_OPTS:-} -jar "${TORRENTD_JAR:-/app/torrentd.jar}" "$@"
