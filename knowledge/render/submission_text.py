"""What units sent, in words: the forms and versions beside each unit in the tracking views
(`handin_details`, read by knowledge/deliverables/tracking.py's `track`), and a form's line as
the chat reads it back (`line_text`). Who may send what, and when a task counts as sent, is
knowledge/deliverables/submissions.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from knowledge.calendar.deadlines import fmt_date
from knowledge.catalogue.model import Province, split_key
from knowledge.deliverables.forms import TIER_LABELS, Form, task_forms
from knowledge.deliverables.handed_files import FILE_FORM
from knowledge.deliverables.submissions import Sent
from knowledge.messages.markup import esc

NOTHING_IN_BOT = "báo đã nộp, không có {what} trong bot"
OUTSIDE = " báo đã gửi ngoài bot"  # the forms of a task sent outside the bot, the others in it


def nothing_in_bot(province: Province, key: str) -> str:
    """What a unit marked sent with nothing handed in through the bot is said beside its date:
    reported sent (on paper, by e-mail), no form or file in the bot, so that the tracking never
    reads it as a form received."""
    forms = task_forms(province, split_key(key)[0])
    return NOTHING_IN_BOT.format(what="biểu" if forms else "tệp")


def handin_details(
    province: Province,
    sent: Iterable[Sent],
    marked_for: Mapping[tuple[str, str], str] | None = None,
    reported: Iterable[tuple[str, str]] = (),
    recorded: Mapping[tuple[str, str], str] | None = None,
) -> dict[tuple[str, str], str]:
    """What each unit has sent for each task, form by form, as the tracking views print it beside
    the unit (knowledge/deliverables/tracking.py's `details`): "Phụ lục I lần 2 (15/5/2021); còn
    thiếu Phụ lục
    II, …". Only the units that sent something for the task have an entry, and those
    `reported` (task, unit: marked sent) with nothing in the bot, said so (`nothing_in_bot`).
    `marked_for`: (task, unit) -> who marked the task sent for the unit ("ghi thay"), said
    beside it too. A task marked sent with only some of its forms in the bot (the unit said the
    others went outside it: Phụ lục I here, II–IV by e-mail) has the others said so, with who
    recorded it (`recorded`: (task, unit) -> name), never "còn thiếu".
    """
    reported = set(reported)
    by_unit: dict[tuple[str, str], dict[str, Sent]] = {}
    for item in sent:
        by_unit.setdefault((item.task, item.agency), {})[item.form] = item
    result = {}
    for (key, unit), forms in by_unit.items():
        known = task_forms(province, split_key(key)[0])
        handed = forms.get(FILE_FORM)
        # a form without a layout, or a dossier of our form sent as a document (its signed
        # .pdf, usecases/no_proposals.py): the file the unit handed in
        if not known or (handed is not None and not any(f.code in forms for f in known)):
            if handed is not None:
                day = fmt_date(handed.submitted_at.date())
                by = f", do {handed.behalf} ghi thay" if handed.behalf else ""
                result[(key, unit)] = f"tệp {handed.file_name} lần {handed.version} ({day}{by})"
            continue
        received, missing = form_split(known, forms)
        lacking = [form.name for form in missing]
        parts = []
        for form in received:
            got = forms[form.code]
            day = fmt_date(got.submitted_at.date())
            by = f", do {got.behalf} ghi thay" if got.behalf else ""
            parts.append(f"{form.name} lần {got.version} ({day}{by})")
        if lacking and (key, unit) in reported:
            who = (recorded or {}).get((key, unit))
            parts.append(", ".join(lacking) + OUTSIDE + (f" ({who} ghi)" if who else ""))
        elif lacking:
            parts.append("còn thiếu " + ", ".join(lacking))
        result[(key, unit)] = "; ".join(parts)
    for pair in reported:
        if pair not in by_unit:
            result[pair] = nothing_in_bot(province, pair[0])
    for pair, who in (marked_for or {}).items():
        mark = f"do {who} ghi thay"
        said = result.get(pair, "")
        if mark not in said:
            result[pair] = f"{said}; {mark}" if said else mark
    return result


def form_split(known: Sequence[Form], forms: Mapping[str, Sent]) -> tuple[list[Form], list[Form]]:
    """A task's forms a unit sent (`forms`: form code -> its latest version) and those it still
    owes, in the task's order: the one split every view says ("còn thiếu …")."""
    return [f for f in known if f.code in forms], [f for f in known if f.code not in forms]


@dataclass(frozen=True)
class Partly:
    """A unit that sent some of a task's forms through the bot and owes the others."""

    received: tuple[Form, ...]
    lacking: tuple[Form, ...]

    @property
    def text(self) -> str:
        """ "đã nhận Phụ lục I, II; còn thiếu Phụ lục III, IV" (plain, not escaped)."""
        return f"đã nhận {_names(self.received)}; còn thiếu {_names(self.lacking)}"


def partly_html(partly: Partly) -> str:
    """ "đã nhận Phụ lục I; còn thiếu Phụ lục II, III, IV (/nop pl2, /nop pl3, /nop pl4)": the
    split and the command of each form still owed, as every reminder's line says it (the day's
    reminder, the coordinator's urging)."""
    commands = ", ".join(f"<code>/nop {esc(f.code)}</code>" for f in partly.lacking)
    return f"{esc(partly.text)} ({commands})"


def _names(forms: Sequence[Form]) -> str:
    """Forms named once with their kind: "Phụ lục I, II" (their names share "Phụ lục")."""
    names = [f.name for f in forms]
    kind = names[0].rpartition(" ")[0]
    if kind and all(n.rpartition(" ")[0] == kind for n in names):
        return f"{kind} " + ", ".join(n.rpartition(" ")[2] for n in names)
    return ", ".join(names)


def partly_sent(
    province: Province, sent: Iterable[Sent], reported: Iterable[tuple[str, str]] = ()
) -> dict[tuple[str, str], Partly]:
    """(task key, unit) -> what it sent and still owes, for each unit that sent some but not all
    of a task's forms of ours (`handin_details`'s split; a task the unit `reported` sent, the
    rest outside the bot, owes nothing more): the reminders and the digest say it beside the
    unit (ux35 #8: they said only "Đang thực hiện" while /nopbai tinh said "còn thiếu")."""
    done = set(reported)
    by_unit: dict[tuple[str, str], dict[str, Sent]] = {}
    for item in sent:
        by_unit.setdefault((item.task, item.agency), {})[item.form] = item
    result = {}
    for pair, forms in by_unit.items():
        known = task_forms(province, split_key(pair[0])[0])
        received, lacking = form_split(known, forms)
        if received and lacking and pair not in done:
            result[pair] = Partly(tuple(received), tuple(lacking))
    return result


def line_text(form: Form, line: dict) -> str:
    """A line as the chat shows it (escaped)."""
    level = next((k[1:] for k in form.levels if line.get(k)), "")
    parts = [
        TIER_LABELS[line["tier"]],
        f"lĩnh vực {line['field'] or '(chưa ghi)'}",
        line["name"],
        f"mức {level}" if level else "chưa ghi mức",
    ]
    if form.code == "pl4":
        parts.append(f"lý do: {line.get('reason') or '—'}")
    return esc(" · ".join(parts))
