"""
The process model: a worker that dies is replaced and the site keeps
answering; no input in the other tests crashed one (scripts/test.sh checks
the logs for crashes after the run).
"""
import os
import signal
import time

from opbak import Browser, dead, workers


def test_a_killed_worker_is_replaced_and_the_site_keeps_answering():
    before = workers("account")
    assert len(before) >= 2
    os.kill(before[0], signal.SIGKILL)
    # SIGKILL is delivered asynchronously: a request sent at once may be
    # accepted by the worker in its last instant and cut off (502). What
    # this test promises starts once the worker is dead.
    deadline = time.time() + 5
    while not dead(before[0]) and time.time() < deadline:
        time.sleep(0.01)
    assert dead(before[0])
    for _ in range(20):
        assert Browser().get("/account/login").status == 200
    deadline = time.time() + 5
    after = workers("account")
    while (len(after) != len(before) or before[0] in after) and time.time() < deadline:
        time.sleep(0.1)
        after = workers("account")
    assert len(after) == len(before) and before[0] not in after
