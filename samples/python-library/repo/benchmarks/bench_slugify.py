"""Micro benchmarks for tidyslug.

Run from the repository root:  python benchmarks/bench_slugify.py [--json] [--repeat 7]
Import path: uses the tidyslug found on sys.path, or ./src when it is not installed.
"""

from __future__ import annotations

import argparse
import json
import sys
import timeit
from pathlib import Path

try:
    import tidyslug
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import tidyslug

PARAGRAPH = (
    "Über den Wolken muss die Freiheit wohl grenzenlos sein. Alle Ängste, alle Sorgen, "
    "sagt man, blieben darunter verborgen. "
) * 12
TAKEN = {f"release-notes-{n}" for n in range(2, 500)} | {"release-notes"}

CASES = {
    "ascii_title": lambda: tidyslug.slugify("How to write a good changelog"),
    "accented_title": lambda: tidyslug.slugify("Crème brûlée à la française, façon grand-mère"),
    "long_paragraph": lambda: tidyslug.slugify(PARAGRAPH, max_length=80),
    "stopwords": lambda: tidyslug.slugify("The art of the deal of the century", stopwords={"the", "of"}),
    "unique_500_taken": lambda: tidyslug.unique_slug("Release notes", TAKEN),
}


def measure(repeat: int) -> dict[str, float]:
    """Return the best time per call, in microseconds, for each case."""
    results = {}
    for name, case in CASES.items():
        timer = timeit.Timer(case)
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=repeat, number=number)) / number
        results[name] = round(best * 1e6, 3)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--repeat", type=int, default=7, help="timing rounds per case (best wins)")
    args = parser.parse_args()
    results = measure(args.repeat)
    if args.json:
        print(json.dumps({"tidyslug": tidyslug.__version__, "us_per_call": results}))
    else:
        for name, micros in results.items():
            print(f"{name:<18} {micros:>10.3f} µs/call")
    return 0


if __name__ == "__main__":
    sys.exit(main())
