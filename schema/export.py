"""`python -m schema.export [PATH]`: write the live schema as SDL (default: ./schema.graphql
at the repository root). `--check` exits 1 when the file differs from the live schema."""

from __future__ import annotations

import sys
from pathlib import Path

from parley.settings import PROJECT_ROOT

SCHEMA_FILE = PROJECT_ROOT / "schema.graphql"


def sdl() -> str:
    from schema.api import schema

    return schema.as_str().rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    path = Path(args[0]) if args else SCHEMA_FILE
    text = sdl()
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run python -m schema.export", file=sys.stderr)
            return 1
        print(f"{path} is up to date")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
