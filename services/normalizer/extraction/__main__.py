"""`python -m services.normalizer.extraction`: Document JSON lines on stdin → Claim JSON lines on stdout.

A bad input line is reported on stderr and skipped; it never stops the run.
"""

from __future__ import annotations

import sys

from pydantic import ValidationError

from schemas.models import Document

from . import extract_claims, load_gazetteer


def main() -> int:
    gaz = load_gazetteer()
    out = sys.stdout
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            document = Document.model_validate_json(line)
        except (ValidationError, ValueError) as exc:
            print(f"line {number}: skipped: {str(exc).splitlines()[0]}", file=sys.stderr)
            continue
        for claim in extract_claims(document, gaz):
            out.write(claim.model_dump_json())
            out.write("\n")
    out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
