"""A reply to a reminder saying the document will come later ("gửi file báo cáo tháng 9 sau nhé"):
about the reminder's own tasks that the writer's unit still owes, the one whose month the words
name when they name one. Acknowledged with the task, its deadline, the next reminder of it and
how to send it; nothing is written. It was read as a question, and answered with a guess at an
unrelated service (ux26 #8). How the words are read: knowledge/reader/later_words.py."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from knowledge.catalogue.model import Province, split_key
from knowledge.catalogue.occurrence_names import spell_out
from knowledge.catalogue.plan import plan_years
from knowledge.catalogue.reported import reported_start
from knowledge.language.text import tokenize
from knowledge.messages.later_sends import Later, later_said
from knowledge.reader.later_words import month_named, send_day, sends_later, sends_on_day
from knowledge.reader.task_refs import find_tasks
from knowledge.render.tracking_text import usage_for
from knowledge.rules.progress import item_title
from knowledge.rules.reminders import plan_range
from knowledge.rules.standing import DONE_STATUS
from knowledge.rules.statuses import Target, target_for
from usecases.callers import Caller
from usecases.desk import Desk
from usecases.results import Refusal
from usecases.runner import use_case

# the tasks a reminder names, or their occurrences ("tq-2021-09-25@2021-09-25" once spelt out)
_TASK_KEY = re.compile(r"(?<![\w/-])[a-z]{2,4}-\d{4}-\d{2}-\d{2}(?:@\d{4}-\d{2}-\d{2})?(?![\w/-])")
MAX_TASKS = 3  # tasks acknowledged at once, when the words name none of several
MAX_AHEAD = 45  # days looked ahead for the next reminder: past any offset and days off
# typed without Telegram's reply this soon after a reminder, "gửi sau nhé" answers it (ux27 #2)
JUST_REMINDED = timedelta(hours=3)


def _says_later(desk: Desk, text: str) -> bool:
    """ "gửi sau nhé", or a send on a day ahead ("thứ 6 em gửi"); kept per day, since whether
    a day named is ahead depends on today."""
    today = desk.clock.today()
    return desk.remembered(
        "later",
        (text, today),
        lambda: (
            sends_later(text)
            or sends_on_day(text, today, plan_years(desk.catalogue, desk.province))
        ),
    )


@use_case(database=False)
def later_asked(desk: Desk, text: str, replied: str) -> bool:
    """A cheap test on the loop: a reply whose words say it comes later."""
    return bool(replied) and _says_later(desk, text)


@use_case(writes=False)
def just_reminded(desk: Desk, caller: Caller, text: str) -> str:
    """The reminder sent to this chat today, within `JUST_REMINDED`, when the words say the
    document comes later and are no reply to anything: its keys, as `later_send` reads a
    reminder replied to; "" when none."""
    if caller.chat_id is None or not _says_later(desk, text):
        return ""
    return " ".join(reminded_keys(desk, caller.chat_id))


def reminded_keys(desk: Desk, chat_id: int) -> tuple[str, ...]:
    """The rows and tasks of the reminder sent to `chat_id` today, within `JUST_REMINDED`: what
    words typed right after it, without Telegram's reply, are about; () when none."""
    now = desk.clock.now()
    since = max(now - JUST_REMINDED, datetime.combine(now.date(), datetime.min.time(), now.tzinfo))
    return desk.reminders.last_reminded(chat_id, since)


def _month_of(province: Province, owed: tuple[str, str, date]) -> int:
    """The month an owed item is for: a recurring report's, the month it reports ("báo cáo
    tháng 9": September's, due in October when it trails its month), as its key and label
    name it (u54 #4); a one-off task's, its due month."""
    found = province.task_at(owed[0])
    if found is None or found[1] is None:
        return owed[2].month
    return reported_start(found[0], owed[2]).month


@use_case(writes=False)
def later_send(desk: Desk, caller: Caller, text: str, replied: str) -> Refusal | None:
    """The acknowledgement (as a line to say, `Refusal.reason`), or None when the reminder
    replied to names no task the writer's unit still owes."""
    if caller.agency is None or not replied or not _says_later(desk, text):
        return None
    province, today = desk.province, desk.clock.today()
    owed: list[tuple[str, str, date]] = []
    for key in dict.fromkeys(_TASK_KEY.findall(spell_out(replied, province, today).lower())):
        found = province.task_at(key)
        target = target_for(province, caller.actor, key)
        if found is None or not isinstance(target, Target) or target.behalf:
            continue
        current = desk.repo.current(key, target.agency)
        due = found[1] or found[0].due
        if due is not None and (current is None or current.new != DONE_STATUS):
            owed.append((key, target.agency, due))
    # the words name one: its form ("phụ lục em gửi sau"), or its month ("báo cáo tháng 9")
    forms = {ref.task.id for ref in find_tasks(tokenize(text), province)}
    month = month_named(text)
    named = [o for o in owed if split_key(o[0])[0] in forms or _month_of(province, o) == month]
    chosen = (named or owed)[:MAX_TASKS]
    if not chosen:
        return None
    marks = desk.statuses().marks
    plan = plan_range(
        desk.catalogue,
        province,
        marks,
        today + timedelta(days=1),
        today + timedelta(days=MAX_AHEAD),
        desk.config.policy,
    )
    # "tuần sau em gửi": the day promised, said late when past the deadline
    by, by_words = send_day(text, today, plan_years(desk.catalogue, province)) or (
        None,
        "",
    )
    items = []
    for key, agency, due in chosen:
        again = next((d for d, r in plan if r.agency == agency and key in r.keys), None)
        title = item_title(desk.catalogue, province, key)
        items.append(Later(key, title, due, again, by, by_words))
    usage = usage_for(province, [key for key, _, _ in chosen])
    return Refusal(later_said(items, today, usage))
