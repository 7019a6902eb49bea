"""The reader of one letter's tasks: each date a section sets, read into a task with its units,
supporting units, recipient, forms, steps and contents (knowledge/letters/extract.py reads the
letter as a whole: its header, whether it is one, and then asks this reader for its tasks;
knowledge/letters/reading.py holds what the letter says to all of them).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.letters import details, recurring
from knowledge.letters.closes import timing_close
from knowledge.letters.contents import contents as listed
from knowledge.letters.contents import parts_under, pointed
from knowledge.letters.counting import counted
from knowledge.letters.dated import Dated
from knowledge.letters.dating import floor_of
from knowledge.letters.duties import (
    set_apart,
)
from knowledge.letters.firsts import firsts
from knowledge.letters.given_support import given_support
from knowledge.letters.joint_reports import joined_reports
from knowledge.letters.leads import by_leads
from knowledge.letters.model import Problem, Task
from knowledge.letters.naming import Place, pointed_titles, task_title
from knowledge.letters.owners import duty_lines, heading_partners, owed
from knowledge.letters.passed import set_aside
from knowledge.letters.pointed_back import pointed_back
from knowledge.letters.reading import Reading
from knowledge.letters.register import PROVINCE_COMMITTEE
from knowledge.letters.restated import merged as merged_restated
from knowledge.letters.schedules import scheduled
from knowledge.letters.sections import (
    Section,
)
from knowledge.letters.steps import steps as steps_of
from knowledge.letters.summed import joined, work_lines
from knowledge.letters.task_forms import Where, task_forms, titled_by_form
from knowledge.letters.text import Line
from knowledge.letters.timing import after as timed_after
from knowledge.letters.timing import block as timed_block
from knowledge.letters.timing import clause_at, linked_section
from knowledge.letters.units import (
    line_helpers,
    related_owners,
    subject,
)
from knowledge.letters.visits import by_day, schedules


class Reader(Reading):
    """The tasks of one letter, each read from a dated duty on the ground the letter sets."""

    def tasks(self) -> list[Task]:
        # a duty counted back from each unit's day in a schedule: the schedule's rows are visits
        self.visits = schedules(self.dated, self.lines, self.register)
        rows = {v.row for schedule in self.visits.values() for v in schedule}
        drafted = [(d, t) for d in self.dated if d.line.no not in rows for t in self._tasks(d)]
        drafted = set_apart(firsts(drafted), self.register)
        drafted = joined_reports(drafted, self.register)
        drafted = by_leads(drafted, self.tops)
        titles = pointed_titles([(d.section.path, t.title) for d, t in drafted])
        drafted = [
            (d, t if t.title == title else replace(t, title=title))
            for (d, t), title in zip(drafted, titles, strict=True)
        ]
        numbered = {t.deadline for d, t in drafted if d.section.number and t.deadline}
        # the opening announcing what the sections then set out ("báo cáo định kỳ 6 tháng
        # (trước ngày 15/6 và 15/12)" before "1. Báo cáo 6 tháng …"): the section's task
        kept, doubts = merged_restated(
            [t for d, t in drafted if d.section.number or t.deadline not in numbered]
        )
        kept, self.problems = set_aside(
            kept, self.problems + doubts, floor_of(self.header), {ln.no: ln for ln in self.lines}
        )
        return kept

    def _tasks(self, dated: Dated) -> list[Task]:
        """The task a date sets; one per day of the schedule it is counted back from."""
        before = len(self.problems)
        task, schedule = self._task(dated), self.visits.get(dated.line.no)
        count = dated.found.count
        if not schedule or count is None:
            return [task]
        # the schedule names the units the duty's lines did not
        self.problems[before:] = [p for p in self.problems[before:] if p.message != NO_UNIT]
        dues = by_day(dated.found.text, count, schedule, self.calendar)
        self.problems += [Problem(dated.line.no, d.said) for d in dues]
        return [replace(task, deadline=d.due, units=self.register.sort(d.units)) for d in dues]

    def _task(self, dated: Dated) -> Task:
        section, line, found = dated.section, dated.line, dated.found
        problems: list[Problem] = []
        mentions = self.register.mentions(line.text)
        target = dated.target
        linked = target or linked_section(
            self.root, section, line, subject(line, mentions), found.start
        )
        labelled = details.label_of(line)
        timed = labelled is not None and labelled[0] == "timing"
        block = timed_block(section, line) if timed else [line]
        fields = details.record(section.all_lines if timed else [])
        around = [
            *reversed(block[:-1]),
            *(timed_after(section, line, {d.line.no for d in self.dated}) if timed else []),
        ]
        recipient, receivers = details.receiver(
            details.before_sequel(line, found.end),
            self.register,
            mentions=mentions,
            fields=fields,
            around=around,
            further=[
                *(linked.all_lines if linked else []),
                *(details.about_row(self.lines, section.number) if section.kind == "row" else []),
                *(self.to_rows if section.kind == "row" else []),
                *reversed(self.lead_in),
                *self.close,
                *timing_close(section, {d.line.no for d in self.dated}),
            ],
            sender=self.sender,
        )
        units, supporting = owed(self, section, linked, line, found, fields, problems)
        plan = scheduled(line, found, self.register)  # "A, B: trước ngày …; C: trước ngày …"
        if plan is not None:
            units = plan.names or tuple(u for u in units if u not in plan.others)
        # the sender leaves the owners when the work goes to it; a sender a group holds, the
        # work going elsewhere, owes it with the group (FORMATS: only the receiver is left out)
        grouped = len(units) > 1 and self.sender in units and self.sender not in receivers
        keep = {self.sender} if grouped else set()
        owners = tuple(u for u in units if u not in {self.sender, PROVINCE_COMMITTEE} - keep)
        # (a section headed by the sender alone is the sender's own part: "3. Sở Thông tin và
        # Truyền thông" / "Chủ trì xây dựng …, trình UBND tỉnh chậm nhất ngày …")
        own_part = line.table or self.leads_own(line, found) or section.units == (self.sender,)
        if not owners and self.sender in units and own_part and self.sender not in receivers:
            # a row the sender leads itself, or a duty it says it leads ("Sở … chủ trì, phối
            # hợp với …"), sending nothing to itself
            owners = (self.sender,)
        # the receiver leaves a group it is in; named as the one owner it stays ("Sở Nội vụ"
        # leading a row whose lead units report to Sở Nội vụ)
        units = tuple(u for u in owners if u not in receivers) or owners
        # a unit the task's own support cell names supports it, even where its work goes
        # through that unit ("Phối hợp: Văn phòng UBND tỉnh", reports "qua Văn phòng UBND tỉnh")
        cell = fields.get("supporting")
        in_cell = (
            {n for m in self.register.mentions(cell.text) for n in m.names} if cell else set()
        )
        # a support section serving others' work leaves the task, unless the line or the
        # row's own support cell names it ("- Sở TT&TT<br>- Viễn thông …" in "Cơ quan phối hợp")
        unserved = self.support.unserved(units) - set(line_helpers(line, mentions)) - in_cell
        # a unit the support cell names on its own supports, though the lead cell's group
        # holds it ("Các Sở, ban, ngành" | "Sở Tài chính"): never in both lists
        named = self.register.mentions(cell.text) if cell else []
        alone = {m.names[0] for m in named if len(m.names) == 1}
        # … and so does one its own item gives a support duty in a sentence of its own
        item = section.own if section.number else []
        given = given_support(item, line, self.register, {d.line.no for d in self.dated})
        units = tuple(u for u in units if u not in alone | given) or units
        supporting = (*supporting, *sorted(given - set(units)))
        # the sender supports a duty only where the duty's line has the owners work with it
        # ("Văn phòng UBND tỉnh chủ trì, phối hợp với <the sender> …") and sends it nothing,
        # or where the item gives it a support duty of its own ("…; <the sender> hỗ trợ kiểm
        # thử"), or where the row's own support cell names it ("| Sở A | <the sender> |"): it
        # has a part in the work, and no deliverable
        helpers_here = set(line_helpers(line, mentions))
        # (a heading that is the duty's sentence names partners as the line would: "Hai là, đề
        # nghị Công an tỉnh chủ trì, <the sender> và Sở B phối hợp triển khai …")
        helpers_here |= {n for s in section.ancestry for n in heading_partners(s, self.register)}
        partnered = helpers_here - set(receivers)
        # another unit the work goes to supports it where the duty's line has the owners work
        # with it ("Sở A chủ trì, phối hợp với Sở B …; báo cáo kết quả gửi Sở B"): a partner
        # and the receiver both
        supporting = tuple(
            u
            for u in supporting
            if u not in units
            and (u != self.sender or u in partnered | given | in_cell)
            and (u not in receivers or u in in_cell | given or u in helpers_here - {self.sender})
            and u not in unserved
        )
        if not units:
            problems.append(Problem(line.no, _no_units(line, section, linked, fields)))
        found, how = counted(found, self.header.date, self.lines, self.calendar)
        if line.no in self.visits:  # dated per day of its schedule (self._tasks)
            found = replace(found, error="", due=min(v.day for v in self.visits[line.no]))
        deadline, recurrence, unread = recurring.meaning(
            found, self.header.date, floor_of(self.header)
        )
        problems += [
            Problem(line.no, message) for message in (*unread, how, found.doubt) if message
        ]
        self.problems += problems
        # a dated point that sums up the points before it: their work is its work, what they
        # list its contents and steps, and the item they are points of its place
        points = self.summed.get(id(dated), [])
        # a row of the closing table pointing back at the item that sets out its work ("theo
        # quy trình tại Mục III.2"): that item's steps, dossier and forms are the row's
        back = pointed_back(self.root, section) if linked is None else None
        scope = [s for s in (linked, back, *points, section) if s is not None]
        # the items a closing paragraph sums up (its own among them) are each its place
        closing = any(p is section for p in points)
        places = points if closing else [section.parent if points else section]
        placed = [s for s in (linked, *places) if s is not None]
        labels = list(dict.fromkeys(s.label for s in sorted(placed, key=_order) if s.number))
        source = self.name + (f"#{' và '.join(labels)}" if labels else "")
        contents = listed(block if timed else [ln for s in scope for ln in s.all_lines], line)
        dating = {id(s) for d in self.dated for s in d.section.ancestry}
        undated = [s for s in self.sections if id(s) not in dating]
        # what the date's own clause points at ("Hồ sơ tại mục 1 gửi trước …; kết quả tại mục
        # 2 gửi trước …"); an item a timing line dates among others is its own whole
        aimed = Line(line.no, clause_at(line.text, found.start), line.gap)
        if not contents and target is None:
            contents = listed(pointed(aimed, undated, self.tops))
        if not contents and section.kind == "row":
            contents = parts_under(self.lines, details.about_row(self.lines, section.number))
        if not contents and back is not None:
            contents = listed(back.all_lines, line)
        # the item a timing part dates, setting no date of its own, holds the work's forms
        home = linked if linked is not None and id(linked) in {id(s) for s in undated} else None
        steps = self._steps(section, scope, line)
        if recipient is None:
            # the work's last step sends it ("Bước 4: Báo cáo kết quả … về Sở …"): its receiver
            sent = (details.recipient(Line(line.no, s), self.register) for s in reversed(steps))
            recipient = next((r[0] for r in sent if r[0] is not None), None)
            # … and a sender its group held receives it there: it leaves the owners
            got = self.register.mentions(recipient) if recipient else []
            to_sender = self.sender in {n for m in got for n in m.names}
            units = tuple(u for u in units if u != self.sender or not to_sender) or units
        where = Where(section, line, block, linked, fields, contents, home, steps)
        where.work = work_lines(points)
        found_forms = task_forms(where, self.enclosures, self.alone, lambda s: id(s) in dating)
        said, said_at = joined(points, line, found)  # the item as one sentence
        title = task_title(
            section,
            Place(said, said_at, linked, block, fields, timed),
            [(d.line, d.found) for d in self.dated],
            self.register,
            self.header.subject,
            self.lines,
        )
        title = titled_by_form(title, found_forms, self.enclosures)
        return Task(
            title=title,
            deadline=deadline,
            # a table's date cell as printed, without the column's name
            deadline_text=found.text[max(0, line.cell - found.start) :],
            recurrence=recurrence,
            units=units,
            supporting=self.register.sort(supporting),
            forms=found_forms,
            recipient=recipient,
            steps=steps,
            contents=contents,
            source=source,
            lag=recurring.lag_of(found) if recurrence else 0,
        )

    def _steps(self, section: Section, scope: list[Section], line: Line) -> tuple[str, ...]:
        """The task's steps; printed in an item beside its own ("2. Cách thức thực hiện" with
        "Bước 1 …" beside "3. Hồ sơ và thời hạn gửi") when their part sets no other date."""
        found = steps_of(scope, line)
        parent = section.parent
        if found or parent is None or not parent.number or not self.alone(parent):
            return found
        return steps_of([s for s in parent.children if s is not section], line)


NO_UNIT = "không rõ đơn vị nào phải thực hiện nhiệm vụ này"


def _no_units(
    line: Line, section: Section, linked: Section | None, fields: dict[str, Line]
) -> str:
    """What the reader says of a task no unit owes: the bodies the letter names it to, when it
    names them only as "các cơ quan, đơn vị liên quan" (in its lines or its lead cell)."""
    scope = [*section.ancestry, *(linked.ancestry if linked else [])]
    lines = [*([fields["units"]] if "units" in fields else []), *duty_lines(line, line, scope)]
    printed = next(filter(None, map(related_owners, lines)), None)
    said = NO_UNIT
    return f"{said}: công văn chỉ ghi “{printed}”, không nêu tên đơn vị" if printed else said


def _order(section: Section) -> int:
    return section.heading.no if section.heading else 0
