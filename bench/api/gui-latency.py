#!/usr/bin/env python3
"""gui-latency.py BASE_URL [--reps 20]

The µTorrent WebUI API (/gui/) on a server that already holds the benchmark's torrents (run
load.py first, or bench-api.sh): single-request latency and size with curl -w, a new curl
process and TCP connection per request, as latency.py does for the qBittorrent rows.
User/password: $BENCH_USER/$BENCH_PASS (default admin/adminadmin).

Rows:
  token.html                        the token handshake
  list=1                            full list (29-column rows for every torrent)
  list=1 (gzip)                     same, Accept-Encoding: gzip
  list=1&cid= (nothing changed)     a chain: every request sends the torrentc of the previous one
  getsettings                       the typed settings list
  getfiles&hash=<one>               one torrent's files
Prints a JSON object {"rows": [...]} on stdout.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys

FMT = "%{time_total} %{time_starttransfer} %{size_download} %{http_code}"


def curl(url, auth, gzip=False, out="/dev/null"):
    cmd = ["curl", "-s", "-o", out, "-w", FMT, "-u", auth]
    if gzip:
        cmd += ["-H", "Accept-Encoding: gzip"]
    r = subprocess.run(cmd + [url], capture_output=True, text=True, check=True)
    total, ttfb, size, code = r.stdout.split()
    if code != "200":
        sys.exit("HTTP %s for %s" % (code, url))
    return float(total) * 1000, float(ttfb) * 1000, int(size)


def row(name, samples):
    totals = [s[0] for s in samples]
    return {"row": name, "median_ms": round(statistics.median(totals), 2), "min_ms": round(min(totals), 2),
            "max_ms": round(max(totals), 2), "ttfb_ms": round(statistics.median(s[1] for s in samples), 2),
            "bytes": samples[-1][2]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("--reps", type=int, default=20)
    a = ap.parse_args()
    auth = "%s:%s" % (os.environ.get("BENCH_USER", "admin"), os.environ.get("BENCH_PASS", "adminadmin"))
    base = a.base.rstrip("/")
    body = subprocess.run(["curl", "-s", "-u", auth, base + "/gui/token.html"], capture_output=True, text=True,
                          check=True).stdout
    token = re.search(r">([^<]+)<", body).group(1)
    api = base + "/gui/?token=" + token + "&"
    rows = [row("token.html", [curl(base + "/gui/token.html", auth) for _ in range(a.reps)])]
    rows.append(row("list=1", [curl(api + "list=1", auth) for _ in range(a.reps)]))
    rows.append(row("list=1 (gzip)", [curl(api + "list=1", auth, gzip=True) for _ in range(a.reps)]))
    listing = json.loads(subprocess.run(["curl", "-s", "-u", auth, api + "list=1"], capture_output=True,
                                        text=True, check=True).stdout)
    cid = listing["torrentc"]
    chain = []
    for _ in range(a.reps):
        chain.append(curl(api + "list=1&cid=" + cid, auth, out="/tmp/gui-latency-delta.json"))
        with open("/tmp/gui-latency-delta.json") as f:
            cid = json.load(f)["torrentc"]
    rows.append(row("list=1&cid= (nothing changed)", chain))
    rows.append(row("getsettings", [curl(api + "action=getsettings", auth) for _ in range(a.reps)]))
    if listing["torrents"]:
        one = listing["torrents"][0][0]
        rows.append(row("getfiles&hash=<one>", [curl(api + "action=getfiles&hash=" + one, auth)
                                                 for _ in range(a.reps)]))
    print(json.dumps({"n": len(listing["torrents"]), "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
