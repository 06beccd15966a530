#!/usr/bin/env python3
"""A webhook receiver for bench/webhooks: answers 200 at once and logs, per event, when it arrived and the
CloudEvent's time (the change's), both in epoch milliseconds, and its webhook-id. Usage: webhook-receiver.py PORT LOG"""
import json
import sys
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path = int(sys.argv[1]), sys.argv[2]
log = open(log_path, "a", buffering=1)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        arrived = time.time() * 1000
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        event = json.loads(body)
        changed = datetime.fromisoformat(event["time"].replace("Z", "+00:00")).timestamp() * 1000
        log.write(f"{arrived:.1f} {changed:.1f} {self.headers.get('webhook-id')}\n")
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
