#!/usr/bin/env bash
# Gives the container tests (ContainerImageIT) a Docker engine on a machine that has none, and no
# reachable image registry: Debian's podman serving the Docker API on a socket, and local base
# images for docker/Dockerfile made with debootstrap (docker/README.md, "podman on machines without
# Docker", says why each step is there). Where a Docker engine already answers, it does nothing.
#
# Prints the environment the tests need as shell assignments on stdout (progress goes to stderr):
#   eval "$(docker/ci/podman-setup.sh)"
# Idempotent: installs packages only when missing, starts the service only when its socket does not
# answer, builds the base images only when podman does not have them.
set -euo pipefail

SOCKET_DIR=/run/podman
SOCKET="$SOCKET_DIR/podman.sock"
STATE_DIR=/run/torrentd-ci
SUITE=bookworm
MIRROR="${TORRENTD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# bump the number when the recipe below changes, so that machines rebuild them
RUNTIME_IMAGE=localhost/torrentd-ci/jre:17-$SUITE-1
BUILD_IMAGE=localhost/torrentd-ci/jdk:17-$SUITE-1

say() {
	echo "podman-setup: $*" >&2
}

seconds_since() {
	echo $(($(date +%s) - $1))
}

# a Docker engine that is not podman, at DOCKER_HOST or the default socket: use it as it is
docker_engine() {
	if [ -n "${DOCKER_HOST:-}" ] && [ "$DOCKER_HOST" != "unix://$SOCKET" ]; then
		return 0
	fi
	local version
	[ -S /var/run/docker.sock ] && command -v curl >/dev/null &&
		version=$(curl -sf --max-time 5 --unix-socket /var/run/docker.sock http://docker/version) &&
		! grep -q '"Podman Engine"' <<<"$version"
}

if docker_engine; then
	say "a Docker engine answers (${DOCKER_HOST:-/var/run/docker.sock}): nothing to set up"
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	say "no Docker engine, and podman's Docker API needs root here: run as root, or install Docker"
	exit 1
fi

# 1. packages: podman (with its Docker API), runc (crun refuses cgroups in hybrid mode),
#    debootstrap (the base images), curl (talks to the socket)
need=()
command -v podman >/dev/null || need+=(podman)
command -v runc >/dev/null || need+=(runc)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
	start=$(date +%s)
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq "${need[@]}" >/dev/null
	say "installed ${need[*]} in $(seconds_since "$start") s"
fi

# 2. runc with cgroupfs, and no default rlimits (setting them in a container is refused here)
if ! [ -f /etc/containers/containers.conf ]; then
	mkdir -p /etc/containers
	cat >/etc/containers/containers.conf <<-'EOF'
		# written by torrentd's docker/ci/podman-setup.sh
		[containers]
		default_ulimits = []
		[engine]
		runtime = "runc"
		cgroup_manager = "cgroupfs"
	EOF
	say "wrote /etc/containers/containers.conf"
fi

mkdir -p "$STATE_DIR" "$SOCKET_DIR"

running() {
	[ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# 3. the Docker API on a socket, for Testcontainers (docker-java). The service and the healthcheck
#    loop run from /: conmon, which they start for every container, inherits their working folder
#    and refuses to start a container ("Failed to get working directory") once that folder is
#    deleted, as a CI clone is. One started from a folder deleted since is replaced.
cwd_deleted() {
	running "$1" && [[ "$(readlink "/proc/$(cat "$1")/cwd")" == *" (deleted)" ]]
}
for pidfile in "$STATE_DIR/service.pid" "$STATE_DIR/healthchecks.pid"; do
	if cwd_deleted "$pidfile"; then
		kill "$(cat "$pidfile")"
		while running "$pidfile"; do sleep 0.1; done
		say "stopped $(basename "$pidfile" .pid) (pid $(cat "$pidfile")): its working folder was deleted"
	fi
done
cd /
if ! curl -sf --max-time 5 --unix-socket "$SOCKET" http://podman/_ping >/dev/null 2>&1; then
	setsid podman system service --time=0 "unix://$SOCKET" >"$STATE_DIR/service.log" 2>&1 </dev/null &
	echo $! >"$STATE_DIR/service.pid"
	for _ in $(seq 1 50); do
		curl -sf --max-time 2 --unix-socket "$SOCKET" http://podman/_ping >/dev/null 2>&1 && break
		sleep 0.2
	done
	curl -sf --max-time 5 --unix-socket "$SOCKET" http://podman/_ping >/dev/null ||
		{ say "podman system service did not answer on $SOCKET:"; cat "$STATE_DIR/service.log" >&2; exit 1; }
	say "podman system service answers on $SOCKET (pid $(cat "$STATE_DIR/service.pid"))"
fi

# 4. podman runs HEALTHCHECKs from systemd timers; without systemd (as here) nothing runs them and a
#    container stays "starting" forever. This loop does what the timers would: `podman healthcheck
#    run` for every running container that has a healthcheck, every 5 seconds.
if ! running "$STATE_DIR/healthchecks.pid"; then
	setsid bash -c '
		while :; do
			for id in $(podman ps -q --filter health=starting --filter health=healthy --filter health=unhealthy 2>/dev/null); do
				podman healthcheck run "$id" >/dev/null 2>&1 || true
			done
			sleep 5
		done' >/dev/null 2>&1 </dev/null &
	echo $! >"$STATE_DIR/healthchecks.pid"
	say "healthcheck runner started (pid $(cat "$STATE_DIR/healthchecks.pid"))"
fi

# 5. base images: Debian $SUITE with OpenJDK 17 (JRE for the runtime stage, JDK for the stages that
#    extract the jar's layers), made with debootstrap and imported, since no registry is reachable
if ! podman image exists "$RUNTIME_IMAGE"; then
	start=$(date +%s)
	rootfs=$(mktemp -d /var/tmp/torrentd-rootfs.XXXXXX)
	debootstrap --variant=minbase --include=openjdk-17-jre-headless "$SUITE" "$rootfs" "$MIRROR" \
		>"$STATE_DIR/debootstrap.log" 2>&1 ||
		{ say "debootstrap failed:"; tail -20 "$STATE_DIR/debootstrap.log" >&2; exit 1; }
	debootstrapped=$(seconds_since "$start")
	# (man pages stay: the JDK's update-alternatives links into /usr/share/man)
	rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
		"$rootfs"/usr/share/doc "$rootfs"/usr/share/locale
	tar -C "$rootfs" -c . | podman import --quiet \
		--change 'ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
		--change 'ENV PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'CMD ["/bin/bash"]' - "$RUNTIME_IMAGE" >/dev/null
	rm -rf "$rootfs"
	say "built $RUNTIME_IMAGE: debootstrap $debootstrapped s, in all $(seconds_since "$start") s"
fi
if ! podman image exists "$BUILD_IMAGE"; then
	start=$(date +%s)
	context=$(mktemp -d)
	cat >"$context/Containerfile" <<-EOF
		FROM $RUNTIME_IMAGE
		RUN export DEBIAN_FRONTEND=noninteractive && apt-get update -qq && apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless >/dev/null \
			&& rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
	EOF
	podman build -q -t "$BUILD_IMAGE" "$context" >/dev/null
	rm -rf "$context"
	say "built $BUILD_IMAGE in $(seconds_since "$start") s"
fi

# Testcontainers: the socket, no Ryuk (its image cannot be pulled; the tests remove what they
# start), and the local base images as docker/Dockerfile's build arguments
cat <<EOF
export DOCKER_HOST=unix://$SOCKET
export TESTCONTAINERS_RYUK_DISABLED=true
export TORRENTD_IMAGE_BUILD_IMAGE=$BUILD_IMAGE
export TORRENTD_IMAGE_RUNTIME_IMAGE=$RUNTIME_IMAGE
EOF
