#!/bin/bash
# The image's HEALTHCHECK: healthy when GET /actuator/health on the WebUI port answers 200 with
# {"status":"UP"} (it does once the engine has restored its torrents, and turns 503 DOWN if
# libtorrent's alert loop stops; no credentials needed). The request goes through bash's /dev/tcp,
# so the image needs neither curl nor wget; `timeout` is coreutils'.
set -euo pipefail
port="${SERVER_PORT:-${WEBUI_PORT:-8080}}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /actuator/health HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&3
response=$(timeout 5 cat <&3)
status=${response%%$'\r'*}
case "$response" in
HTTP/1.?" 200"*'"status":"UP"'*)
	echo "$status"
	exit 0
	;;
esac
echo "${status:-no answer}"
exit 1
