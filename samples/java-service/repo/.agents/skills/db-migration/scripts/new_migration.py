#!/usr/bin/env python3
"""Create the next Flyway migration for invoice-service, or check the existing ones.

Usage (from anywhere inside the repository):
    new_migration.py "add paid_at to invoice" [--step expand|backfill|contract] [--no-transaction]
    new_migration.py --check
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# scripts/ -> db-migration/ -> skills/ -> .agents/ -> repository root
REPO_ROOT = Path(__file__).resolve().parents[4]
MIGRATIONS = REPO_ROOT / "src" / "main" / "resources" / "db" / "migration"
NAME_RE = re.compile(r"^V(?P<version>[1-9][0-9]*)__(?P<desc>[a-z0-9]+(?:_[a-z0-9]+)*)\.sql$")
# Statements that PostgreSQL refuses inside a transaction block, so Flyway must run the file without one.
NO_TX_RE = re.compile(r"\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+CONCURRENTLY\b|^\s*COMMIT\s*;", re.IGNORECASE | re.MULTILINE)


def migrations() -> list[Path]:
    return sorted(p for p in MIGRATIONS.glob("*.sql") if p.is_file())


def check() -> list[str]:
    """Return a list of problems with the migration folder (empty when all is well)."""
    problems: list[str] = []
    versions: dict[int, str] = {}
    for path in migrations():
        match = NAME_RE.match(path.name)
        if not match:
            problems.append(f"{path.name}: name must look like V<number>__<snake_case>.sql")
            continue
        version = int(match["version"])
        if version in versions:
            problems.append(f"{path.name}: version {version} is also used by {versions[version]}")
        versions[version] = path.name
        sql = path.read_text(encoding="utf-8")
        conf = path.with_name(path.name + ".conf")
        if NO_TX_RE.search(sql) and "executeInTransaction=false" not in (
            conf.read_text(encoding="utf-8") if conf.exists() else ""
        ):
            problems.append(
                f"{path.name}: CONCURRENTLY or COMMIT needs {conf.name} with executeInTransaction=false"
            )
    expected = 1
    for version in sorted(versions):
        if version != expected:
            problems.append(f"version sequence jumps from V{expected - 1} to V{version}")
        expected = version + 1
    return problems


def slug(description: str) -> str:
    words = re.findall(r"[a-z0-9]+", description.lower())
    if not words:
        raise SystemExit("description must contain letters or digits")
    return "_".join(words)[:60].rstrip("_")


def create(description: str, step: str, no_transaction: bool) -> Path:
    if (MIGRATIONS / "AGENTS.override.md").exists():
        raise SystemExit(
            "Migrations are frozen: src/main/resources/db/migration/AGENTS.override.md exists. "
            "Describe the migration in your summary instead."
        )
    problems = check()
    if problems:
        raise SystemExit("Fix the existing migrations first:\n  " + "\n  ".join(problems))
    versions = [int(NAME_RE.match(p.name)["version"]) for p in migrations()]
    version = max(versions, default=0) + 1
    path = MIGRATIONS / f"V{version}__{slug(description)}.sql"
    header = [
        f"-- {step}: {description.strip()}",
        "-- Safe while the previous release is still running; see",
        "-- .agents/skills/db-migration/references/expand-contract.md",
        "",
    ]
    if no_transaction:
        header += ["-- Runs outside a transaction (see the .sql.conf file next to this one).", ""]
    path.write_text("\n".join(header), encoding="utf-8")
    if no_transaction:
        path.with_name(path.name + ".conf").write_text("executeInTransaction=false\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("description", nargs="?", help="what the migration does, in a few words")
    parser.add_argument("--step", choices=["expand", "backfill", "contract"], default="expand")
    parser.add_argument(
        "--no-transaction",
        action="store_true",
        help="also write a .sql.conf file with executeInTransaction=false (concurrent indexes, batched backfills)",
    )
    parser.add_argument("--check", action="store_true", help="only validate the existing migrations")
    args = parser.parse_args(argv)

    if args.check:
        problems = check()
        for problem in problems:
            print(f"migration check: {problem}", file=sys.stderr)
        if not problems:
            print(f"migration check: {len(migrations())} migrations, sequence OK")
        return 1 if problems else 0
    if not args.description:
        parser.error("give a description, or use --check")
    path = create(args.description, args.step, args.no_transaction)
    print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
