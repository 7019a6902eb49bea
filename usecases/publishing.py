"""A reviewed letter published: its tasks get their ids (knowledge/letters/publish.py) and are at
once in every view, as a new version of the province's published letters (db/letter_repo.py):
the Assistant is rebuilt on it (questions read the new tasks' own words), and the reminders,
/nopbai, /tiendo, /quahan and the digest read the same catalogue. "Hoàn tác" puts the version
before back within 10 minutes; a published letter can be withdrawn (a version without it); the
command line lists the versions and rolls back to any of them (`python -m bot letter
--history`, `--rollback N`, `--withdraw ID`). A draft with anything unread or incomplete
publishes nothing, and says what to fix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from db.letter_repo import DRAFT, PUBLISH, PUBLISHED, LetterRepo, StoredLetter
from knowledge.letters import extension
from knowledge.letters.model import Draft, Task
from knowledge.letters.moves import changed_keys, changed_lines, deadlines
from knowledge.letters.publish import (
    LetterVersion,
    Published,
    blockers,
    document_of,
    published_before,
    task_ids,
)
from knowledge.letters.sources import TrackedLetter, tracked_letters
from knowledge.messages.undo_spent import version_undone
from knowledge.render.answers import esc
from knowledge.render.letter_notice import back_line
from knowledge.render.letter_text import published_when as when_text
from knowledge.rules.last_act import took_back
from knowledge.rules.statuses import WINDOW_MINUTES, within_window
from usecases.callers import Caller
from usecases.deadline_moves import tell_owing
from usecases.deadline_now import now_said
from usecases.desk import Desk
from usecases.end_notices import EndAnnounced, announce_end
from usecases.letter_notices import Announced, announce, in_force_ids
from usecases.letters import ADMINS_ONLY, GONE, STALE, candidates, of_letter, with_extension
from usecases.move_undo import UndoPastAsked, past_returns
from usecases.results import Refusal, known_id
from usecases.runner import use_case
from usecases.task_renames import tell_titles, titles_now

__all__ = ["LetterVersion", "Published"]


def in_force_already(file_name: str) -> str:
    """The "Công bố" of a letter already in force: named, since the button may be scrolled up
    to under another letter's draft."""
    return f"Công văn {esc(file_name)} đã công bố, đang được theo dõi. Không có gì thay đổi."


@dataclass(frozen=True)
class PublishedTask:
    id: str
    title: str
    when: str  # "20/8/2021", "hằng tháng, ngày 20 (lần đầu 20/8/2021)"
    units: int
    forms: tuple[str, ...]
    # an extension letter's task: the deadline it moves, "tq-…: hạn X → Y" (`id` is that task's)
    moves: str = ""


@dataclass(frozen=True)
class LetterPublished:
    letter: int
    title: str  # "Công văn số 512/STTTT-CNTT ngày 2/8/2021 của … (cv512.txt)"
    number: int  # the new version
    before: int  # the version in force until now
    tasks: tuple[PublishedTask, ...]
    announced: Announced | None = None  # the units' notices it recorded


@dataclass(frozen=True)
class LetterWithdrawn:
    letter: int
    title: str
    number: int
    tasks: tuple[str, ...]  # the ids no longer tracked
    announced: Announced | None = None  # the word to the units told of it
    moved: tuple[str, ...] = ()  # an extension letter's: the deadlines back as they were


@dataclass(frozen=True)
class LettersRestored:
    restored: int  # the version whose letters are in force again
    number: int  # the new version that restores it
    letters: int  # how many letters are in force now
    ended: tuple[str, ...] = ()  # the tasks whose tracking stays ended in it
    # the undo of a publish: (letter, revision) of the letter it took out of force, which its
    # draft's "Công bố" puts back
    unpublished: tuple[int, int] | None = None
    announced: Announced | None = None  # the units' notices and retractions it recorded
    # the deadlines it moved back or again ("tq-2021-10-11: hạn 22/10/2021 → 11/10/2021")
    moved: tuple[str, ...] = ()
    # the tasks back in force (a letter withdrawn, a tracking ended, undone), each with the
    # deadline in force now (usecases/deadline_now.py), as the units are told (ux26 #5)
    back: tuple[str, ...] = ()
    # the ends of tracking it undid or brought back, whose units are told at once (ux27 #8)
    ends: tuple[EndAnnounced, ...] = ()
    titled: int = 0  # words recorded that a renamed task has its title back (task_renames.py)


@dataclass(frozen=True)
class InForce:
    """/congvan: the published letters in force and the versions so far."""

    letters: tuple[Published, ...]
    number: int
    versions: tuple[LetterVersion, ...]
    names: dict[int, str]  # every letter ever published: its file's name
    drafts: tuple[tuple[int, str], ...] = ()  # drafts under review: (letter id, file's name)
    # every letter the tasks in force come from, the seeds' (read at start-up) first
    tracked: tuple[TrackedLetter, ...] = ()


def _letters(desk: Desk) -> LetterRepo:
    assert desk.letters is not None
    return desk.letters


def publish_draft(
    desk: Desk, letter: int, name: str, draft: Draft, by: int
) -> LetterPublished | Refusal:
    """Inside a use case: publish a draft that has nothing left to fix."""
    lines = blockers(draft, desk.catalogue, desk.province)
    if lines:
        shown = "\n".join(f"• {esc(line)}" for line in lines[:20])
        return Refusal(f"Chưa công bố được, không có gì thay đổi. Cần sửa:\n{shown}")
    seeds = (desk.base or desk.assistant).catalogue.province(desk.config.province).tasks
    taken = _letters(desk).taken_ids() | {t.id for t in seeds}
    ids = task_ids(desk.config.province, draft.tasks, taken)
    before = _letters(desk).in_force_number()
    was = in_force_ids(desk)
    moves = _moves_of(desk, draft.tasks)
    version = _letters(desk).publish(letter, draft, ids, desk.clock.now(), by)
    if version is None:
        return Refusal(GONE)
    desk.sync_table(force=True)
    announced = announce(desk, was)
    tasks = _published_tasks(desk, list(zip(ids, draft.tasks, strict=True)), moves, version.number)
    title = document_of(Published(letter, name, draft.letter, ())).title
    return LetterPublished(letter, title, version.number, before, tasks, announced)


def _moves_of(desk: Desk, tasks: Sequence[Task]) -> dict[str, str]:
    """Before publishing: the deadline each extension task moves, "tq-…: hạn X → Y" as in
    force until now."""
    known = {c.key: c for c in candidates(desk)}
    return {
        t.extends: extension.change_of(t, known[t.extends])
        for t in tasks
        if t.extends and t.extends in known
    }


def _published_tasks(
    desk: Desk, pairs: list[tuple[str, Task]], moves: dict[str, str], version: int
) -> tuple[PublishedTask, ...]:
    """The tasks as quoted back; an extension's as the deadline it moved, its units told."""
    province = desk.province
    found = []
    for task_id, task in pairs:
        units = len(province.expand(task.units))
        if task.extends:
            tell_owing(desk, task.extends, version)
            found.append(
                PublishedTask(
                    task.extends,
                    task.title,
                    when_text(task),
                    units,
                    task.forms,
                    moves.get(task.extends, task.extends),
                )
            )
            continue
        found.append(PublishedTask(task_id, task.title, when_text(task), units, task.forms))
    return tuple(found)


@use_case(writes=True)
def publish_letter(
    desk: Desk, caller: Caller, letter: int, revision: int
) -> LetterPublished | Refusal:
    """ "Công bố": the draft as shown becomes tracked work, or nothing changes."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    stored = _letters(desk).letter(letter) if known_id(letter) else None
    if stored is None:
        return Refusal(GONE)
    if stored.state not in (DRAFT, PUBLISHED):
        return Refusal(of_letter(GONE, stored.file_name))
    if stored.revision != revision:
        return Refusal(of_letter(STALE, stored.file_name))
    if stored.state == PUBLISHED:
        # published, then undone or withdrawn: the same tasks under the same ids, again
        return _republish(desk, stored, caller.user_id)
    return publish_draft(desk, letter, stored.file_name, stored.draft, caller.user_id)


def _republish(desk: Desk, stored: StoredLetter, by: int) -> LetterPublished | Refusal:
    letters = _letters(desk)
    before = letters.in_force_number()
    was = in_force_ids(desk)
    moves = _moves_of(desk, stored.draft.tasks)
    version = letters.republish(stored.id, desk.clock.now(), by)
    if version is None:
        return Refusal(in_force_already(stored.file_name))
    desk.sync_table(force=True)
    announced = announce(desk, was)
    published = next(p for p in letters.in_force() if p.id == stored.id)
    tasks = _published_tasks(desk, list(published.tasks), moves, version.number)
    title = document_of(published).title
    return LetterPublished(stored.id, title, version.number, before, tasks, announced)


@use_case(writes=True)
def undo_version(
    desk: Desk, caller: Caller, number: int, past_ok: bool = False
) -> LettersRestored | UndoPastAsked | Refusal:
    """ "Hoàn tác": the version before `number` in force again, while `number` is the one in
    force and is less than 10 minutes old (later: the command line's --rollback). The undo of
    a move back to a date already passed is asked again first (`past_ok`: the second press),
    as /doihan asks (usecases/move_undo.py)."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    if not known_id(number) or number != _letters(desk).in_force_number():
        after = _letters(desk).version(number + 1) if known_id(number) else None
        if after is not None and took_back(number, after.action, after.restores):
            return Refusal(version_undone("công văn", number, after.at, after.number))
        return Refusal(
            "Đã có thay đổi mới hơn về công văn: không hoàn tác được thay đổi này. "
            "Không có gì thay đổi."
        )
    version = _letters(desk).version(number)
    if version is None or not within_window(version.at, desk.clock.now()):
        return Refusal(
            f"Đã quá {WINDOW_MINUTES} phút: không hoàn tác bằng nút được nữa. "
            "Quay lại phiên bản trước trong "
            f"/congvan lichsu (phiên bản {number - 1}). Không có gì thay đổi."
        )
    back = () if past_ok else past_returns(desk, version)
    if back:
        return UndoPastAsked(number, back)
    done = restore(desk, number - 1, caller.user_id)
    if done is None:
        return Refusal(GONE)
    letter = version.letter if version.action == PUBLISH else None
    stored = _letters(desk).letter(letter) if letter is not None else None
    if stored is not None and stored.state == PUBLISHED:
        return replace(done, unpublished=(stored.id, stored.revision))
    return done


def restore(desk: Desk, number: int, by: int | None) -> LettersRestored | None:
    was = in_force_ids(desk)
    ended = _letters(desk).ended()
    dates, titles = deadlines(desk.province.tasks), titles_now(desk)
    done = _letters(desk).rollback(number, desk.clock.now(), by)
    if done is None:
        return None
    desk.sync_table(force=True)
    announced = announce(desk, was)
    # an end of tracking undone (or rolled back), or one brought back: the units concerned are
    # told as by /ketthuc and /molai themselves (usecases/end_notices.py)
    now_ended = _letters(desk).ended()
    reopened = [k for k in ended if k not in now_ended]
    ended_again = [k for k in now_ended if k not in ended]
    ends = tuple(
        announce_end(desk, keys, reopen, done.number)
        for keys, reopen in ((reopened, True), (ended_again, False))
        if keys
    )
    now = deadlines(desk.province.tasks)
    for key in changed_keys(dates, now):  # the units still owing told the date in force again
        tell_owing(desk, key, done.number)
    titled = tell_titles(desk, titles, done.number)  # a task's title given back: told too
    return LettersRestored(
        number,
        done.number,
        len(done.letters),
        tuple(sorted(done.ended)),
        announced=announced,
        moved=tuple(changed_lines(dates, now)),
        back=_back(desk, was, reopened),
        ends=ends,
        titled=titled,
    )


def _back(desk: Desk, was: set[int], reopened: list[str]) -> tuple[str, ...]:
    """Each task of a letter in force again, or whose tracking is again, with its date now."""
    back = [t for p in _letters(desk).in_force() if p.id not in was for t, _ in p.tasks]
    lines = []
    for key in dict.fromkeys([*back, *reopened]):
        task = desk.province.task(key)
        if task is not None and task.ended is None:
            lines.append(back_line(key, task.form or task.title[:80], now_said(desk, key)))
    return tuple(lines)


@use_case(writes=True)
def withdraw_letter(desk: Desk, caller: Caller, letter: int) -> LetterWithdrawn | Refusal:
    """A published letter withdrawn: its tasks leave every view (their statuses and files are
    kept, and come back with a rollback)."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    return withdraw(desk, letter, caller.user_id)


def withdraw(desk: Desk, letter: int, by: int | None) -> LetterWithdrawn | Refusal:
    was = in_force_ids(desk)
    dates = deadlines(desk.province.tasks)
    done = _letters(desk).withdraw(letter, desk.clock.now(), by) if known_id(letter) else None
    if done is None:
        return Refusal("Công văn này không còn được theo dõi. Không có gì thay đổi.")
    desk.sync_table(force=True)
    now = deadlines(desk.province.tasks)
    moved = tuple(changed_lines(dates, now))
    for key in changed_keys(dates, now):  # the units still owing told the date in force again
        tell_owing(desk, key, done.number)
    announced = announce(desk, was)
    stored = _letters(desk).letter(letter)
    assert stored is not None
    title = document_of(Published(letter, stored.file_name, stored.draft.letter, ())).title
    extending = {n for n, t in enumerate(stored.draft.tasks) if t.extends}
    ids = tuple(i for n, i in enumerate(_letters(desk).task_ids(letter)) if n not in extending)
    return LetterWithdrawn(letter, title, done.number, ids, announced, moved)


@use_case(writes=False)
def in_force(desk: Desk, caller: Caller | None = None) -> InForce | Refusal:
    """The letters in force, and every version (the chat's /congvan, the command line)."""
    if desk.letters is None or (caller is not None and not caller.is_admin):
        return Refusal("Chỉ quản trị viên xem được các công văn đã công bố.")
    letters = _letters(desk)
    names = {stored.id: stored.file_name for stored in letters.published()}
    drafts = tuple((stored.id, stored.file_name) for stored in letters.drafts())
    return InForce(
        tuple(letters.in_force()),
        letters.in_force_number(),
        tuple(letters.history()),
        names,
        drafts,
        tuple(tracked_letters(desk.catalogue, desk.province)),
    )


@use_case(writes=True)
def rollback_chat(
    desk: Desk, caller: Caller, number: int, current: int
) -> LettersRestored | Refusal:
    """The history's "Quay lại" confirmed in chat: version `number`'s letters and ended tasks in
    force again, as a new version, while `current` is still the version in force."""
    if not caller.is_admin or desk.letters is None:
        return Refusal(ADMINS_ONLY)
    if current != _letters(desk).in_force_number():
        return Refusal(
            "Đã có thay đổi mới hơn về công văn: xem lại lịch sử (/congvan lichsu). "
            "Không có gì thay đổi."
        )
    if number == current or not (number == 0 or known_id(number)):
        return Refusal(f"Phiên bản {number} đang được dùng. Không có gì thay đổi.")
    return restore(desk, number, caller.user_id) or Refusal(
        f"Không có phiên bản {number}. Không có gì thay đổi."
    )


# -- the command line ------------------------------------------------------------------------
@use_case(writes=True)
def publish_file(
    desk: Desk, name: str, draft: Draft, by: int | None, text: str = ""
) -> LetterPublished | Refusal:
    """`python -m bot letter FILE --publish`: the draft read from the file (`text`: the letter's,
    for an extension's reading), published at once when nothing keeps it from it."""
    assert desk.letters is not None
    draft = published_before(draft, _letters(desk).in_force())
    draft = with_extension(desk, draft, text)
    lines = blockers(draft, desk.catalogue, desk.province)
    if lines:
        more = f" (và {len(lines) - 3} chỗ khác)" if len(lines) > 3 else ""
        return Refusal("; ".join(lines[:3]) + more)
    letter = _letters(desk).add_draft(name, draft, by or 0, desk.clock.now())
    return publish_draft(desk, letter, name, draft, by or 0)


@use_case(writes=True)
def rollback(desk: Desk, number: int, by: int | None) -> LettersRestored | None:
    """`--rollback N`: the letters of version N (0: none) in force again, as a new version."""
    assert desk.letters is not None
    return restore(desk, number, by)


@use_case(writes=True)
def withdraw_cli(desk: Desk, letter: int, by: int | None) -> LetterWithdrawn | Refusal:
    assert desk.letters is not None
    return withdraw(desk, letter, by)
