#!/bin/sh
# Unpacks torrentd.jar for the image (docker/Dockerfile): Spring Boot's layers (dependencies,
# spring-boot-loader, snapshot-dependencies, application), each a folder with torrentd.jar and
# lib/*.jar, plus libtorrent4j's native library taken out of its jar into native/, so that nothing
# is extracted when the container starts (read-only root file system, noexec /tmp).
#   extract-layers.sh JAR DESTINATION   (DESTINATION absolute)
set -eu
jar_file="$1"
destination="$2"
java -Djarmode=tools -jar "$jar_file" extract --layers --destination "$destination"
mkdir -p "$destination/native"
cd "$destination/native"
jar xf "$destination"/dependencies/lib/libtorrent4j-linux-*.jar lib/x86_64/libtorrent4j.so
mv lib/x86_64/libtorrent4j.so .
rm -r lib
