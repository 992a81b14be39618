#!/bin/sh
# Container entrypoint (docker/README.md). Two steps, both in this file:
#
# 0. Read secret files (TORRENTD_AUTH_PASSWORD_FILE, FILE__<NAME>) into their variables.
# 1. Started as root with PUID set (the image sets PUID=1000, PGID=1000), as linuxserver's and the
#    official qBittorrent images do: remap the "torrentd" user to PUID:PGID when
#    /etc is writable, give it the state folder (recursively) and the download folder (the folder
#    itself, not what is already in it), then drop root with setpriv (util-linux) and run this
#    script again as PUID:PGID. Started as any other user (docker run --user, compose user:) this
#    step is skipped: the volumes must already belong to that user.
# 2. Start torrentd with HotSpot's signal-chaining library preloaded, so that libtorrent's SIGSEGV
#    handler can never kill the JVM (docs/engine.md), with UMASK applied to every file it creates,
#    and as PID 1's only process via exec, so that `docker stop` (SIGTERM) reaches the JVM and
#    every torrent's resume data is saved before it exits.
#
# Step 2 alone works outside a container too: TORRENTD_JAR=app/target/torrentd.jar docker/entrypoint.sh
set -eu

say() {
	echo "torrentd-entrypoint: $*" >&2
}

# VAR from the file named by FILE__VAR (linuxserver's convention) or, for the password,
# TORRENTD_AUTH_PASSWORD_FILE (the official postgres image's *_FILE convention): Docker and compose
# secrets are files under /run/secrets, often readable by root only, so they are read before
# dropping root. The value is the file's content without its trailing newlines.
read_secret_files() {
	for name in $(env | sed -n 's/^FILE__\([A-Za-z_][A-Za-z0-9_]*\)=.*/\1/p'); do
		eval "file=\${FILE__$name:-}"
		if [ -n "$file" ]; then
			value=$(cat "$file")
			export "$name=$value"
			unset "FILE__$name"
		fi
	done
	if [ -n "${TORRENTD_AUTH_PASSWORD_FILE:-}" ]; then
		TORRENTD_AUTH_PASSWORD=$(cat "$TORRENTD_AUTH_PASSWORD_FILE")
		export TORRENTD_AUTH_PASSWORD
		unset TORRENTD_AUTH_PASSWORD_FILE
	fi
}

# Makes the user "torrentd" PUID:PGID in /etc/passwd and /etc/group, so that names show in ps and
# ls. On a read-only root file system this is skipped: setpriv needs numeric ids only.
remap_user() {
	if ! id torrentd >/dev/null 2>&1 || ! [ -w /etc/passwd ] || ! [ -w /etc/group ]; then
		return 0
	fi
	if [ "$(id -g torrentd)" != "$PGID" ]; then
		groupmod --non-unique --gid "$PGID" torrentd
	fi
	if [ "$(id -u torrentd)" != "$PUID" ]; then
		usermod --non-unique --uid "$PUID" --gid "$PGID" torrentd
	fi
}

# The state folder and everything in it belong to PUID:PGID (linuxserver chowns /config -R);
# only what differs is changed, so that an unchanged folder on a read-only mount is no error.
own_state_dir() {
	dir="$1"
	mkdir -p "$dir"
	if ! find "$dir" \( ! -user "$PUID" -o ! -group "$PGID" \) -exec chown -h "$PUID:$PGID" {} + 2>/dev/null; then
		say "cannot give $dir to $PUID:$PGID (read-only?); torrentd may fail to write its state"
	fi
}

# The download folder itself belongs to PUID:PGID; existing downloads keep their owner (as the
# official qBittorrent image does).
own_download_dir() {
	dir="$1"
	mkdir -p "$dir"
	if [ "$(stat -c %u:%g "$dir")" != "$PUID:$PGID" ] && ! chown "$PUID:$PGID" "$dir" 2>/dev/null; then
		say "cannot give $dir to $PUID:$PGID; torrentd may fail to write downloads there"
	fi
}

# every user reads them (as root before dropping it; with --user they must be readable to it);
# once read they are unset, so the run after setpriv finds none
read_secret_files

if [ "$(id -u)" = 0 ] && [ -n "${PUID:-}" ]; then
	PGID="${PGID:-$PUID}"
	remap_user
	if [ -n "${TORRENTD_STATE_DIR:-}" ]; then
		own_state_dir "$TORRENTD_STATE_DIR"
		# Java's user.home for a PUID without an /etc/passwd entry (read-only root file system)
		export HOME="$TORRENTD_STATE_DIR"
	fi
	if [ -n "${TORRENTD_DOWNLOAD_DIR:-}" ]; then
		own_download_dir "$TORRENTD_DOWNLOAD_DIR"
	fi
	if [ "$PUID" != 0 ]; then
		exec setpriv --reuid="$PUID" --regid="$PGID" --clear-groups --inh-caps=-all -- "$0" "$@"
	fi
fi

# linuxserver's WEBUI_PORT and TORRENTING_PORT, unless the Spring settings they map to are given
if [ -n "${WEBUI_PORT:-}" ] && [ -z "${SERVER_PORT:-}" ]; then
	export SERVER_PORT="$WEBUI_PORT"
fi
if [ -n "${TORRENTING_PORT:-}" ] && [ -z "${TORRENTD_BITTORRENT_LISTEN_INTERFACES:-}" ]; then
	export TORRENTD_BITTORRENT_LISTEN_INTERFACES="0.0.0.0:$TORRENTING_PORT,[::]:$TORRENTING_PORT"
fi

# every file torrentd creates (downloads included) gets mode 0666 & ~UMASK, directories 0777 & ~UMASK
if [ -n "${UMASK:-}" ]; then
	umask "$UMASK"
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_HOME_DIR="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JAR="${TORRENTD_JAR:-/app/torrentd.jar}"
set -- -jar "$JAR" "$@"

# libtorrent4j's native library, extracted next to the jar when the image was built: nothing is
# extracted at start, so /tmp may be read-only or noexec
NATIVE="$(dirname "$JAR")/native/libtorrent4j.so"
if [ -f "$NATIVE" ]; then
	set -- "-Dlibtorrent4j.jni.path=$NATIVE" "$@"
fi

# a read-only root file system without a tmpfs on /tmp: Tomcat's work folder and upload parts go
# to <state folder>/tmp instead, emptied at each start (only torrentd uses it)
if ! [ -w "${TMPDIR:-/tmp}" ] && [ -n "${TORRENTD_STATE_DIR:-}" ]; then
	rm -rf "$TORRENTD_STATE_DIR/tmp"
	mkdir -p "$TORRENTD_STATE_DIR/tmp"
	set -- "-Djava.io.tmpdir=$TORRENTD_STATE_DIR/tmp" "$@"
fi

for lib in "$JAVA_HOME_DIR/lib/libjsig.so" "$JAVA_HOME_DIR/lib/server/libjsig.so"; do
	if [ -f "$lib" ]; then
		export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
		break
	fi
done
# shellcheck disable=SC2086 # JAVA_OPTS is a list of words
exec "$JAVA" ${JAVA_OPTS:-} "$@"
