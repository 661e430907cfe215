"""Hostile inputs: time and peak memory of each, with what came out (issue 13).

    python bench/hostile.py [--quick]

Each input is coded by the real ``froissart code`` in a process of its own (peak memory is that
process's maximum resident set, pipelines included); the server case starts a real
``froissart serve --allow-code`` and measures GETs sent while a posted article is coded.
``--quick`` leaves out the 5 MB article (about four minutes on 2 vCPU).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from serving import served

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Japan", "Kenya", "Brazil", "Canada", "Mexico", "Norway", "Peru", "Chile", "Ghana", "Nepal", "Oman",
             "Qatar", "Spain", "Italy", "Greece", "Poland", "Sweden", "Finland", "Austria", "Belgium"]
CHILD = """
import resource, sys, time
from froissart.cli import main
start = time.perf_counter()
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"@@ {time.perf_counter() - start:.1f} {peak:.0f}", file=sys.stderr)
"""


def names_sentence(n: int) -> str:
    names = [f"{COUNTRIES[i % len(COUNTRIES)]}" for i in range(n)]
    return "The ministers of " + ", ".join(names[:-1]) + " and " + names[-1] + " met in Geneva on Monday.\n"


def code(path: Path, *options: str) -> tuple[float, float, str]:
    """(seconds, peak MB, last line of stderr) of ``froissart code PATH``."""
    proc = subprocess.run([sys.executable, "-c", CHILD, "code", str(path), "--format", "jsonl", "--out",
                           str(path.with_suffix(".out.jsonl")), "--no-progress", *options],
                          capture_output=True, text=True, check=False)
    lines = proc.stderr.strip().splitlines()
    seconds, peak = (float(x) for x in next(line for line in lines if line.startswith("@@")).split()[1:])
    said = [line for line in lines if not line.startswith("@@")]
    return seconds, peak, " | ".join(said[-2:])


def server_case(folder: Path) -> str:
    db = folder / "served.duckdb"
    subprocess.run([sys.executable, "-m", "froissart", "code", str(ROOT / "examples"), "--db", str(db),
                    "--format", "jsonl", "--out", str(folder / "ex.jsonl"), "--no-progress"], check=True,
                   capture_output=True)
    with served(db, "--allow-code") as (url, _):
        results = []
        for size in (3_700, 120_000):
            sentence = "Japan condemned the missile test by North Korea on Monday, and China urged restraint. "
            text = (sentence * (size // len(sentence) + 1))[:size]
            body = json.dumps({"text": text, "language": "en", "published": "2024-11-15"}).encode()
            answer: dict[str, object] = {}

            def post(body: bytes = body, answer: dict[str, object] = answer) -> None:
                start = time.perf_counter()
                request = urllib.request.Request(f"{url}/api/code", data=body,
                                                 headers={"Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(request, timeout=600) as reply:
                        answer["status"] = reply.status
                except urllib.error.HTTPError as exc:
                    answer["status"] = exc.code
                answer["seconds"] = time.perf_counter() - start

            poster = threading.Thread(target=post)
            poster.start()
            waits = []
            while poster.is_alive():
                start = time.perf_counter()
                urllib.request.urlopen(f"{url}/api/events?limit=20", timeout=60).read()
                waits.append(time.perf_counter() - start)
                time.sleep(0.2)
            poster.join()
            results.append(f"POST {size / 1000:.1f} KB: {answer['status']} in {answer['seconds']:.1f} s; "
                           f"{len(waits)} GETs meanwhile, slowest {max(waits, default=0):.2f} s")
        return "; ".join(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="leave out the 5 MB article")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases: list[tuple[str, Path, tuple[str, ...]]] = []

        def case(name: str, filename: str, data: str | bytes, *options: str) -> None:
            path = folder / filename
            path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
            cases.append((name, path, options))

        case("250 countries in one sentence", "list250.txt", "Meeting\n" + names_sentence(250), "--no-db")
        case("10,000 names in one sentence (119 KB), no store", "list10k.txt", "Meeting\n" + names_sentence(10_000),
             "--no-db")
        case("10,000 names in one sentence, into a store", "list10k-db.txt", "Meeting\n" + names_sentence(10_000),
             "--db", str(folder / "list.duckdb"))
        example = (ROOT / "examples" / "en-ceasefire-talks.txt").read_text(encoding="utf-8")
        case("a 1.2 MB article (over spaCy's 1,000,000 limit)", "big.txt",
             example + "\n\n" + "\n\n".join([example.split("\n", 1)[1]] * (1_200_000 // len(example) + 1)), "--no-db")
        if not args.quick:
            case("a 5 MB article", "huge.txt",
                 example + "\n\n" + "\n\n".join([example.split("\n", 1)[1]] * (5_000_000 // len(example) + 1)),
                 "--no-db")
        case("5,000 nested divs", "deep.html", "<html><body>" + "<div>" * 5000 + "<p>" + example.replace("\n", " ")
             + "</p>" + "</div>" * 5000 + "</body></html>", "--no-db")
        case("emoji only", "emoji.txt", "😀 🎉 👍 🔥 " * 50, "--no-db")
        case("a PDF without NUL bytes", "paper.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" * 20,
             "--no-db")
        print(f"{'input':52} {'seconds':>8} {'peak MB':>8}  outcome")
        for name, path, options in cases:
            seconds, peak, said = code(path, *options)
            print(f"{name:52} {seconds:8.1f} {peak:8.0f}  {said[:140]}", flush=True)
        print("server (--allow-code):", server_case(folder))


if __name__ == "__main__":
    main()
