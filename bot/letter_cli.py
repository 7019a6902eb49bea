"""`python -m bot letter FILE [--province SLUG] [--json]`: the draft of tasks a letter sets.

Exit 0 with the draft when it was read whole; exit 2 with one line on stderr when the file cannot
be read, or when the draft has problems (the draft is still printed, so the coordinator sees what
was read and what was not).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from knowledge.catalogue.loader import default_catalogue
from knowledge.formats.letter_file import MAX_BYTES, LetterFileError
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job
from knowledge.letters.extract import read_letter
from knowledge.letters.provinces import province_of
from knowledge.render.letter_text import draft_text


def main(args) -> int:
    catalogue = default_catalogue()
    if args.province and args.province not in catalogue.provinces:
        known = ", ".join(catalogue.provinces)
        print(f"Không có tỉnh {args.province!r}. Các tỉnh: {known}", file=sys.stderr)
        return 2
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LetterFileError(f"Tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).")
        # read in the sandbox, with the time and memory budget of every file people send
        text = run_job("letter", path.name, path.read_bytes())
    except OSError as exc:
        print(f"Không đọc được tệp {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except FileRefused as exc:  # its line names the file
        print(exc, file=sys.stderr)
        return 2
    except LetterFileError as exc:
        print(f"{path.name}: {exc}", file=sys.stderr)
        return 2
    province = catalogue.province(args.province or province_of(text, catalogue))
    draft = read_letter(text, catalogue, province, path.name)
    if args.json:
        print(json.dumps(draft.to_json(), ensure_ascii=False, indent=2))
    else:
        print(draft_text(draft))
    if draft.problems:
        first = draft.problems[0]
        more = f" (và {len(draft.problems) - 1} chỗ khác)" if len(draft.problems) > 1 else ""
        print(f"{path.name}: chưa đọc được công văn: {first}{more}", file=sys.stderr)
        return 2
    return 0
