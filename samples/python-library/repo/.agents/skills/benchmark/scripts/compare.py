#!/usr/bin/env python3
"""Compare tidyslug benchmark results between a git revision and the working tree.

Usage (from the repository root):
    compare.py [--base main] [--repeat 7] [--threshold 10]
Exit status: 0 = no regression above the threshold, 1 = regression, 2 = could not run.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

# scripts/ -> benchmark/ -> skills/ -> .agents/ -> repository root
REPO = Path(__file__).resolve().parents[4]
BENCH = REPO / "benchmarks" / "bench_slugify.py"


class BenchError(Exception):
    """A side of the comparison could not be measured."""


def export_src(rev: str, target: Path) -> None:
    """Extract src/ as it is at ``rev`` into ``target``."""
    result = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", rev, "src"], capture_output=True
    )
    if result.returncode != 0:
        raise BenchError(f"git archive {rev} failed: {result.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.12+, and security releases of 3.9 to 3.11
            archive.extractall(target, filter="data")
        else:
            archive.extractall(target)


def run_bench(src: Path, repeat: int) -> dict[str, float]:
    """Run the benchmark script with ``src`` first on the import path."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(
        [sys.executable, str(BENCH), "--json", "--repeat", str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
    )
    if result.returncode != 0:
        raise BenchError(f"benchmark failed for {src}:\n{result.stderr}")
    return json.loads(result.stdout)["us_per_call"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", default="main", help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=7, help="timing rounds per case")
    parser.add_argument("--threshold", type=float, default=10.0, help="allowed slowdown in percent")
    args = parser.parse_args(argv)

    if not BENCH.exists():
        print(f"compare.py: {BENCH.relative_to(REPO)} not found", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="tidyslug-bench-") as tmp:
            export_src(args.base, Path(tmp))
            base_src, work_src = Path(tmp) / "src", REPO / "src"
            # Alternate the two sides and keep the best of both runs, to even out drift.
            runs = [run_bench(base_src, args.repeat), run_bench(work_src, args.repeat)]
            runs += [run_bench(base_src, args.repeat), run_bench(work_src, args.repeat)]
    except BenchError as error:
        print(f"compare.py: {error}", file=sys.stderr)
        return 2
    base = {k: min(runs[0].get(k, float("inf")), runs[2].get(k, float("inf"))) for k in runs[0]}
    work = {k: min(runs[1].get(k, float("inf")), runs[3].get(k, float("inf"))) for k in runs[1]}

    rounds = 2 * args.repeat
    print(f"Benchmark: {args.base} vs working tree (best of {rounds} rounds, µs per call)\n")
    print(f"| case | {args.base} | working tree | change |")
    print("|---|---:|---:|---:|")
    regressions = []
    for name in sorted(set(base) | set(work)):
        if name not in base or name not in work:
            where = "working tree" if name in work else args.base
            print(f"| {name} | {base.get(name, '-')} | {work.get(name, '-')} | only in {where} |")
            continue
        change = (work[name] - base[name]) / base[name] * 100
        flag = " ⚠" if change > args.threshold else ""
        print(f"| {name} | {base[name]:.3f} | {work[name]:.3f} | {change:+.1f}%{flag} |")
        if change > args.threshold:
            regressions.append(name)
    if regressions:
        print(f"\nSlower than the {args.threshold:g}% threshold: {', '.join(regressions)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
