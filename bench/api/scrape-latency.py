#!/usr/bin/env python3
"""scrape-latency.py URL [--reps 20] [--user admin --password PASS]

The cost of one Prometheus scrape of torrentd's /actuator/prometheus (docs/metrics.md): REPS
requests, each a new curl process and connection, identity encoding; prints a JSON object with
the median/min/max of time_total in ms, the response size in bytes, the number of samples (lines
that are not comments) and of qbittorrent_torrent_* samples.
"""
import argparse
import json
import statistics
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("url")
parser.add_argument("--reps", type=int, default=20)
parser.add_argument("--user")
parser.add_argument("--password")
args = parser.parse_args()

auth = ["-u", f"{args.user}:{args.password}"] if args.user else []
times = []
body = b""
for _ in range(args.reps):
    out = subprocess.run(["curl", "-s", "-o", "/tmp/scrape-latency.body", "-w", "%{http_code} %{time_total}",
                          *auth, args.url], check=True, capture_output=True, text=True).stdout.split()
    if out[0] != "200":
        raise SystemExit(f"HTTP {out[0]} from {args.url}")
    times.append(float(out[1]) * 1000)
    body = open("/tmp/scrape-latency.body", "rb").read()
lines = [line for line in body.decode().splitlines() if line and not line.startswith("#")]
print(json.dumps({"url": args.url, "reps": args.reps, "median_ms": round(statistics.median(times), 2),
                  "min_ms": round(min(times), 2), "max_ms": round(max(times), 2), "bytes": len(body),
                  "samples": len(lines),
                  "per_torrent_samples": sum(1 for line in lines if line.startswith("qbittorrent_torrent_")
                                             and not line.startswith("qbittorrent_torrent_states"))}))
