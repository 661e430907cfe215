"""A real ``froissart serve`` process on a free loopback port, for the benchmarks and the tests."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(db: Path | str, *options: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``froissart serve --db DB OPTIONS`` until it answers; yields its URL and its process
    (RuntimeError, with the server's own words, when it does not start in 30 s)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "froissart", "serve", "--db", str(db), "--port", str(port),
                             *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{url}/api/events?limit=1", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        else:
            proc.kill()
            raise RuntimeError(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
