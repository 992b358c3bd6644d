"""
prober.py - make check-cluster's prober: RATE requests a second (default
10) to GET / through the front as a visitor, and as many to the same page
logged in (the cookie in OUT/probe.cookie: a member of the run's own), each
request in a thread of its own so a hung one does not stop the next. One
line per request to OUT/probe.log:

    <sent> <answered> <visitor|member> <status>    (status 0: no answer
                                                     within TIMEOUT s)

Times are Unix seconds, as the events file's and the writers' logs.
Runs until SIGTERM or SIGINT.

    python3 tests/cluster/prober.py OUT URL [RATE] [TIMEOUT]
"""
import http.client
import os
import signal
import sys
import threading
import time
import urllib.parse

out, url = sys.argv[1], sys.argv[2]
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 5.0
u = urllib.parse.urlsplit(url)
with open(os.path.join(out, "probe.cookie")) as f:
    cookie = f.read().strip()
log = open(os.path.join(out, "probe.log"), "a", buffering=1)
lock = threading.Lock()
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *a: stop.set())
signal.signal(signal.SIGINT, lambda *a: stop.set())


def probe(who):
    sent = time.time()
    status = 0
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
        c.request("GET", "/", headers={"Cookie": cookie} if who == "member" else {})
        r = c.getresponse()
        r.read()
        status = r.status
        c.close()
    except Exception:
        status = 0
    with lock:
        log.write("%.6f %.6f %s %d\n" % (sent, time.time(), who, status))


step = 1.0 / rate
t = time.monotonic()
while not stop.is_set():
    for who in ("visitor", "member"):
        threading.Thread(target=probe, args=(who,), daemon=True).start()
    t += step
    stop.wait(max(0.0, t - time.monotonic()))
# let the last ones answer (or time out) before the log is read
for th in threading.enumerate():
    if th is not threading.current_thread():
        th.join(timeout + 1)
log.close()
