"""`python -m bot letter FILE [--province SLUG] [--json]`: the draft of tasks a letter sets;
`--publish` publishes it (a new version of the letters in force, as "Công bố" in chat);
`--history` lists the versions, `--rollback N` puts version N's letters back in force,
`--withdraw ID` withdraws a published letter (`--db URL`, `--config FILE`).

Exit 0 with the draft when it was read whole (values the reader chose where the letter leaves a
doubt, e.g. a deadline counted from the letter's date, are said in its problems and on stderr:
they wait for the coordinator's check); exit 2 with one line on stderr when the file cannot be
read, or when part of the draft could not be read (the draft is still printed, so the coordinator
sees what was read and what was not; nothing is published).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.clock import today_local
from bot.os_errors import why_unreadable
from knowledge.catalogue.loader import default_catalogue
from knowledge.formats.letter_file import MAX_BYTES, LetterFileError
from knowledge.formats.safe_zip import FileRefused
from knowledge.formats.sandbox import run_job
from knowledge.letters.extract import read_letter
from knowledge.letters.model import Draft
from knowledge.letters.provinces import province_of
from knowledge.letters.review_notes import review_notes
from knowledge.render.answers import to_plain
from knowledge.render.letter_text import draft_text
from knowledge.render.letter_versions import version_lines

if TYPE_CHECKING:
    from usecases.desk import Desk
    from usecases.publishing import InForce, LetterPublished

# The database, the migrations and the use cases are imported where a command needs them: reading
# a letter needs none, and importing SQLAlchemy and Alembic was most of its start-up (ux18 timed
# 3.5–7.5 s for one letter on a loaded machine).


def fail(line: str) -> int:
    print(line, file=sys.stderr)
    return 2


def main(args) -> int:
    if args.history or args.rollback is not None or args.withdraw is not None:
        return versions(args)
    if not args.file:
        return fail("Thiếu tệp: python -m bot letter CÔNG_VĂN.docx [--publish], hoặc --history.")
    catalogue = default_catalogue()
    if args.province and args.province not in catalogue.provinces:
        known = ", ".join(catalogue.provinces)
        return fail(f"Không có tỉnh {args.province!r}. Các tỉnh: {known}")
    path = Path(args.file)
    text = read_text(path)
    if isinstance(text, int):
        return text
    province = catalogue.province(args.province or province_of(text, catalogue))
    draft = read_letter(text, catalogue, province, path.name)
    if args.json:
        print(json.dumps(draft.to_json(stored=False), ensure_ascii=False, indent=2))
    else:
        print(draft_text(draft))
        today = args.today or today_local()  # the notes are said, not held against publishing
        for note in review_notes(draft, catalogue.calendar, today):
            print(f"🔎 {note}")
    unread = draft.unread or (() if draft.tasks else draft.blocking)
    if unread:
        first = unread[0]
        more = f" (và {len(unread) - 1} chỗ khác)" if len(unread) > 1 else ""
        return fail(f"{path.name}: chưa đọc được công văn: {first}{more}")
    if draft.blocking:  # read whole, with values the coordinator checks before publishing
        doubts = len(draft.blocking)
        print(f"{path.name}: {doubts} chỗ cần kiểm tra trước khi công bố", file=sys.stderr)
    if args.publish and not draft.tasks:  # a letter that only informs: nothing to publish
        print(f"{path.name}: không có nhiệm vụ nào cần theo dõi, không công bố gì.")
        return 0
    if args.publish:
        args.province = province.slug
        return publish(args, path.name, draft, text)
    return 0


def read_text(path: Path) -> str | int:
    """The letter's text, or (after one line on stderr) the exit code 2."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise LetterFileError(f"Tệp quá lớn (tối đa {MAX_BYTES // (1024 * 1024)} MB).")
        # read in the sandbox, with the time and memory budget of every file people send
        return str(run_job("letter", path.name, path.read_bytes()))
    except OSError as exc:
        return fail(f"Không đọc được tệp {path}: {why_unreadable(exc)}")
    except FileRefused as exc:  # its line names the file
        return fail(str(exc))
    except LetterFileError as exc:
        return fail(f"{path.name}: {exc}")


def _desk(args) -> Desk:
    from bot.cli_context import open_desk

    opened = open_desk(args, check_province=False)
    assert opened is not None
    return opened[1]


def publish(args, name: str, draft: Draft, text: str = "") -> int:
    from usecases import publishing
    from usecases.results import Refusal

    done = _desk(args).call(publishing.publish_file, name, draft, None, text)
    if isinstance(done, Refusal):
        return fail(f"{name}: chưa công bố được: {to_plain(done.reason)}")
    print(published_text(done))
    return 0


def published_text(done: LetterPublished) -> str:
    lines = [f"Đã công bố {done.title}: phiên bản {done.number} (trước đó: {done.before})."]
    for t in done.tasks:
        lines.append(f"  {t.id} · {t.title[:80]} · hạn {t.when} · {t.units} đơn vị")
    told = done.announced
    if told is not None and told.recorded:
        # delivered by the running bot's reminder jobs, as its reminders are
        lines.append(
            f"Tin báo cho cán bộ các đơn vị: {told.recorded} tin, bot đang chạy trên cùng cơ sở "
            "dữ liệu sẽ gửi (như nhắc hạn)."
        )
    lines.append(f"Hoàn tác: python -m bot letter --rollback {done.before}")
    return "\n".join(lines)


def versions(args) -> int:
    from usecases import publishing
    from usecases.publishing import InForce
    from usecases.results import Refusal

    desk = _desk(args)
    if args.withdraw is not None:
        gone = desk.call(publishing.withdraw_cli, args.withdraw, None)
        if isinstance(gone, Refusal):
            return fail(to_plain(gone.reason))
        print(
            f"Đã thu hồi {gone.title}: phiên bản {gone.number}; thôi theo dõi "
            f"{', '.join(gone.tasks)}. Hoàn tác: python -m bot letter --rollback {gone.number - 1}"
        )
        return 0
    found = desk.call(publishing.in_force)
    assert isinstance(found, InForce)
    if args.rollback is not None:
        if args.rollback == found.number:
            print(f"Phiên bản {args.rollback} đang được dùng: không có gì thay đổi.")
            return 0
        done = desk.call(publishing.rollback, args.rollback, None)
        if done is None:
            return fail(f"Không có phiên bản {args.rollback} (xem: letter --history).")
        print(
            f"Đã quay lại phiên bản {done.restored}: nay là phiên bản {done.number} "
            f"({done.letters} công văn đang theo dõi)."
        )
        return 0
    print(history_text(found))
    return 0


def history_text(found: InForce) -> str:
    lines = version_lines(found.versions, found.names, found.number)
    for published in found.letters:
        ids = ", ".join(task_id for task_id, _ in published.tasks)
        lines.append(f"Đang theo dõi: công văn {published.id} ({published.file_name}): {ids}")
    return "\n".join(lines)
