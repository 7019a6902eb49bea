"""The versions of the province's letters as the coordinator reads them, in chat (/congvan lichsu)
and on the command line (`python -m bot letter --history`): one line each (plain text); and the
line a "Hoàn tác" of them is quoted back with, in the chat and on the web desk."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import split_key
from knowledge.letters.moves import change_line
from knowledge.letters.publish import LetterVersion
from knowledge.messages.markup import key_tag, plain_key

ACTIONS = {
    "publish": "công bố",
    "withdraw": "thu hồi",
    "rollback": "quay lại",
    "end": "kết thúc theo dõi",
    "reopen": "mở lại theo dõi",
    "move": "đổi hạn",
    "rename": "đổi tên nhiệm vụ",
}


def version_lines(
    versions: Sequence[LetterVersion], names: Mapping[int, str], current: int
) -> list[str]:
    """ "3 · 13/5/2021 09:00 · kết thúc theo dõi tq-2021-04-20 · 0 công văn, 1 nhiệm vụ đã kết
    thúc ← đang dùng", version 0 first."""
    mark0 = " ← đang dùng" if current == 0 else ""
    lines = [f"0 · chưa công bố công văn nào{mark0}"]
    before: Mapping = {}
    moved: Mapping = {}
    titles: Mapping = {}
    for v in versions:
        what = ACTIONS.get(v.action, v.action)
        if v.letter is not None:
            what += f" công văn {v.letter} ({names.get(v.letter, '?')})"
        if v.restores is not None:
            what += f" phiên bản {v.restores}"
        changed = sorted(set(v.ended) ^ set(before))
        if v.action in ("end", "reopen") and changed:
            what += " " + ", ".join(plain_key(k) for k in changed)  # a period: its short key
        if v.action == "move":
            what += " " + "; ".join(
                change_line(k, m) for k, m in sorted(v.moved.items()) if moved.get(k) != m
            )
        if v.action == "rename":
            what += " " + "; ".join(
                _rename_line(k, t) for k, t in sorted(v.renamed.items()) if titles.get(k) != t
            )
        before, moved, titles = v.ended, v.moved, v.renamed
        when = f"{fmt_date(v.at.date())} {v.at:%H:%M}"
        ended = _ended_count(v.ended)
        mark = " ← đang dùng" if v.number == current else ""
        lines.append(f"{v.number} · {when} · {what} · {len(v.letters)} công văn{ended}{mark}")
    return lines


RENAMED_TITLE = 60  # each title of a rename's line, cut: the history stays one line a version


def _rename_line(task_id: str, titles: tuple[str, str]) -> str:
    """ "tq-2021-04-20: «Hồ sơ đề xuất…» → «Hồ sơ đăng ký DVCTT»": which task, old → new."""
    title, was = titles
    return f"{task_id}: «{_cut(was)}» → «{_cut(title)}»"


def _cut(text: str) -> str:
    return text if len(text) <= RENAMED_TITLE else text[: RENAMED_TITLE - 1].rstrip() + "…"


def _ended_count(ended: Mapping) -> str:
    """ ", 2 nhiệm vụ đã kết thúc", a period ended alone counted apart ("và 1 kỳ")."""
    periods = sum(split_key(k)[1] is not None for k in ended)
    tasks = len(ended) - periods
    if not ended:
        return ""
    if not periods:
        return f", {tasks} nhiệm vụ đã kết thúc"
    return (
        f", {tasks} nhiệm vụ và {periods} kỳ đã kết thúc"
        if tasks
        else f", {periods} kỳ đã kết thúc"
    )


def restored_line(restored: int, number: int, letters: int, ended: Sequence[str]) -> str:
    """A "Hoàn tác" of the letters done (Telegram HTML): the version whose letters and ended
    tasks are in force again, as a new version."""
    still = f"; kết thúc theo dõi: {', '.join(key_tag(t) for t in ended)}" if ended else ""
    return (
        f"↩️ Đã hoàn tác: dùng lại các công văn của phiên bản {restored} (nay là phiên bản "
        f"{number}, {letters} công văn đã công bố đang theo dõi{still})."
    )
