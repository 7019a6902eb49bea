"""The reader of one letter's tasks: each date a section sets, read into a task with its units,
supporting units, recipient, forms, steps and contents (knowledge/letters/extract.py reads the
letter as a whole: its header, whether it is one, and then asks this reader for its tasks).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters import dates, details, recurring
from knowledge.letters.closes import letter_close, timing_close
from knowledge.letters.contents import contents as listed
from knowledge.letters.contents import parts_under, pointed
from knowledge.letters.counting import counted
from knowledge.letters.dated import Dated, dated_duties, partners_of, spread
from knowledge.letters.dating import floor_of
from knowledge.letters.duties import (
    after_first,
    own_clause,
    set_apart,
)
from knowledge.letters.firsts import firsts
from knowledge.letters.given_support import given_support
from knowledge.letters.header import Header
from knowledge.letters.leads import by_leads
from knowledge.letters.model import Problem, Task
from knowledge.letters.naming import Place, pointed_titles, task_title
from knowledge.letters.opening import addressees, requested
from knowledge.letters.owners import duty_lines, owed
from knowledge.letters.passed import set_aside
from knowledge.letters.register import PROVINCE_COMMITTEE, Register
from knowledge.letters.restated import merged as merged_restated
from knowledge.letters.schedules import scheduled
from knowledge.letters.sections import (
    Section,
    walk,
)
from knowledge.letters.steps import steps as steps_of
from knowledge.letters.summed import joined, summed_points, work_lines
from knowledge.letters.support import (
    Support,
    mark_support,
    side_support,
)
from knowledge.letters.task_forms import Enclosures, Where, task_forms, titled_by_form
from knowledge.letters.text import Line
from knowledge.letters.timing import after as timed_after
from knowledge.letters.timing import block as timed_block
from knowledge.letters.timing import clause_at, linked_section, named_sections
from knowledge.letters.units import (
    helper_clauses,
    helpers_in,
    leads,
    line_helpers,
    related_owners,
    subject,
)
from knowledge.letters.visits import Visit, by_day, schedules


class Reader:
    def __init__(
        self,
        header: Header,
        register: Register,
        root: Section,
        placed: list[tuple[Line, Section]],
        sender: str | None,
        name: str,
        listed: tuple[str, ...] = (),
        to_act: tuple[Line, ...] = (),  # the copy list's "(để thực hiện)"
    ):
        self.header, self.register, self.root = header, register, root
        self.sender, self.name = sender, name
        self.listed = listed  # the units of an attached list ("DANH SÁCH CÁC ĐƠN VỊ …")
        self.sections = walk(root)
        self.tops = {s.number.lower() for s in root.children}
        self.problems: list[Problem] = [p for s in self.sections for p in s.problems]
        self.dated = dated_duties(root, placed, header, sender, register)
        # an item a timing line names by its number ("II. … 2. Nhiệm vụ tại điểm 2 mục I hoàn
        # thành trong quý IV/2022") is dated there: its work is a duty whatever its verb
        # ("Giao Sở … hướng dẫn …"), no support of the others' work
        named = {
            id(s)
            for d in self.dated
            for t in named_sections(root, d.section, d.line, d.found.start)
            for s in t.ancestry
        }
        named |= {id(s) for d in self.dated for s in d.section.ancestry}
        mark_support(self.sections, named, register)
        self.dated = spread(root, self.dated)
        self.support = Support(self.sections, register, self.tops, sender)
        self.partners = partners_of(self.dated, register)
        self.sides = side_support(
            self.sections, {id(d.section) for d in self.dated}, register, sender
        )
        self.wide = [
            c for s in self.sections for c in helper_clauses(after_first(s) + s.own, register)
        ]
        self.helping = {id(s): helpers_in(after_first(s) + s.own, register) for s in self.sections}
        # a unit an item that sets a date gives a support duty in passing ("a) … Bước 3: Gửi …
        # trước ngày …  Sở TT&TT hỗ trợ các huyện …") partners that duty: its own section of
        # support then says how it helps that duty, not the others
        for d in self.dated:
            if d.section.number and not d.section.support_only:
                for n in self.helping_in(d.section, d.line):
                    self.partners.setdefault(n, set()).add(d.line.no)
        dating = {id(s) for d in self.dated for s in d.section.ancestry}
        # a dated point that only sends the work of the points before it ("a) Rà soát …; lập
        # danh sách … (theo Mẫu số 01). b) Báo cáo gửi về Sở … chậm nhất ngày …"): their work
        self.summed = {
            id(d): summed_points(d.section, d.line, d.found, dating, register) for d in self.dated
        }
        dated_nos = {d.line.no for d in self.dated}
        # the line that names each duty's work, by the line that dates it
        self.work_lines = {
            d.line.no: _work_line(d, joined(self.summed[id(d)], d.line, d.found)[0], dated_nos)
            for d in self.dated
        }
        self.support.aim([(self.work_lines[d.line.no], d.section.path) for d in self.dated])
        kinh_gui = addressees([*header.addressees, *to_act], register, listed)
        self.joining = list(kinh_gui.joining)  # units Kính gửi names "(để phối hợp)"
        self.unknown = kinh_gui.unknown
        # but the sender, and but a unit the list names on its own for a support section of its
        # own (Viễn thông beside the groups, "3. Viễn thông … hỗ trợ … mục 1"): the letter
        # addresses it for that support, not for the others' work
        supporting = self.support.units
        self.addressed = register.sort(
            n
            for n in kinh_gui.acting
            if n != sender and not (n in kinh_gui.alone and n in supporting)
        )
        first = min((d.line.no for d in self.dated), default=None)
        # the opening, up to the first date: what it says holds for every task
        self.lead_in = [ln for ln in root.own if first is None or ln.no < first]
        self.requested = requested(self.lead_in, register, sender)
        # the close after the items, undated ("Kết quả thực hiện gửi về Sở … để tổng hợp"):
        # where every task's work goes when nothing nearer says
        self.close = letter_close(root, {d.line.no for d in self.dated})
        # what the letter says to the units of a table's rows by their column ("Đơn vị chủ trì
        # từng nhiệm vụ báo cáo kết quả về …"): it holds for every row
        self.to_rows = [ln for ln, _ in placed if not ln.table and details.by_role(ln)]
        self.reported_unknown = False
        # what the letter's end says of its forms and annexes (set by extract.py)
        self.enclosures = Enclosures(listed=bool(listed))
        self.lines: list[Line] = []  # the whole letter, where an event's day may be printed
        self.calendar = WorkCalendar()  # the working days a deadline "N ngày làm việc" counts
        self.visits: dict[int, list[Visit]] = {}  # a schedule by the line counted back from it

    # ------------------------------------------------------------------ the tasks
    def tasks(self) -> list[Task]:
        # a duty counted back from each unit's day in a schedule: the schedule's rows are visits
        self.visits = schedules(self.dated, self.lines, self.register)
        rows = {v.row for schedule in self.visits.values() for v in schedule}
        drafted = [(d, t) for d in self.dated if d.line.no not in rows for t in self._tasks(d)]
        drafted = set_apart(firsts(drafted), self.register)
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
            line,
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
        owners = tuple(u for u in units if u not in (self.sender, PROVINCE_COMMITTEE))
        own_part = line.table or self.leads_own(line, found)
        if not owners and self.sender in units and own_part and self.sender not in receivers:
            # a row the sender leads itself, or a duty it says it leads ("Sở … chủ trì, phối
            # hợp với …"), sending nothing to itself
            owners = (self.sender,)
        # the receiver leaves a group it is in; named as the one owner it stays ("Sở Nội vụ"
        # leading a row whose lead units report to Sở Nội vụ)
        units = tuple(u for u in owners if u not in receivers) or owners
        # a support section serving others' work leaves the task, unless the line names it
        unserved = self.support.unserved(units) - set(line_helpers(line, mentions))
        # a unit the task's own support cell names supports it, even where its work goes
        # through that unit ("Phối hợp: Văn phòng UBND tỉnh", reports "qua Văn phòng UBND tỉnh")
        cell = fields.get("supporting")
        in_cell = (
            {n for m in self.register.mentions(cell.text) for n in m.names} if cell else set()
        )
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
        # ("Văn phòng UBND tỉnh chủ trì, phối hợp với <the sender> …") and sends it nothing
        helpers_here = set(line_helpers(line, mentions))
        partnered = helpers_here - set(receivers)
        # another unit the work goes to supports it where the duty's line has the owners work
        # with it ("Sở A chủ trì, phối hợp với Sở B …; báo cáo kết quả gửi Sở B"): a partner
        # and the receiver both
        supporting = tuple(
            u
            for u in supporting
            if u not in units
            and (u != self.sender or u in partnered)
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
        scope = [s for s in (linked, *points, section) if s is not None]
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
        # the item a timing part dates, setting no date of its own, holds the work's forms
        home = linked if linked is not None and id(linked) in {id(s) for s in undated} else None
        steps = self._steps(section, scope, line)
        if recipient is None:
            # the work's last step sends it ("Bước 4: Báo cáo kết quả … về Sở …"): its receiver
            sent = (details.recipient(Line(line.no, s), self.register) for s in reversed(steps))
            recipient = next((r[0] for r in sent if r[0] is not None), None)
        where = Where(section, line, block, linked, fields, contents, home, steps)
        where.work = work_lines(points)
        found_forms = task_forms(where, self.enclosures, self._alone, lambda s: id(s) in dating)
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
        if found or parent is None or not parent.number or not self._alone(parent):
            return found
        return steps_of([s for s in parent.children if s is not section], line)

    def leads_own(self, line: Line, found: dates.Found) -> bool:
        """The sender opens the duty's clause and leads it ("Sở … chủ trì, phối hợp với …")."""
        own = own_clause(line, found, self.register)
        if any(leads(ln, self.sender, self.register) for ln in (own.line, line)):
            return True
        # … or opens the dated clause that sends its own work on ("Văn phòng UBND tỉnh tổng
        # hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày …"): its own report, due then
        opens = subject(own.line, self.register.mentions(own.line.text)) == (self.sender,)
        sent_to = details.recipient(own.line, self.register)[1]
        return opens and bool(sent_to) and self.sender not in sent_to

    def helping_in(self, section: Section, line: Line) -> tuple[str, ...]:
        """The units `section` gives a support duty in passing, for the duty dated on `line`:
        where the section prints several dated duties among its own lines ("3. Sở TT&TT — -
        Tổ chức tập huấn … trước ngày 30/6. Viễn thông … hỗ trợ …; - Định kỳ 6 tháng … báo
        cáo …"), a support clause printed in one of them serves that one alone."""
        others = {d.line.no for d in self.dated} - {line.no}
        if line not in section.own or not any(ln.no in others for ln in section.own):
            return self.helping[id(section)]
        kept = [ln for ln in section.own if ln.no not in others]
        return helpers_in(after_first(section) + kept, self.register)

    def _alone(self, section: Section) -> bool:
        """The section dates one line, and none of the sections in it another (a recurrence and
        its first occurrence, "Hằng quý, trước ngày 05 …; kỳ đầu tiên trước ngày 05/10/2021",
        are one duty's dates)."""
        return len({d.line.no for d in self.dated if section in d.section.ancestry}) == 1


def _work_line(dated: Dated, line: Line, dated_nos: set[int]) -> Line:
    """The line that names a task's work: a "Thời gian hoàn thành: …" line only says when, so
    the lines it dates (its section's since the date before) say what ("a) Rà soát … \n Thời
    gian hoàn thành: trước …")."""
    labelled = details.label_of(dated.line)
    if line is not dated.line or labelled is None or labelled[0] != "timing":
        return line
    lines = timed_block(dated.section, dated.line)
    start = max((i + 1 for i, ln in enumerate(lines[:-1]) if ln.no in dated_nos), default=0)
    return Line(dated.line.no, " ".join(ln.text for ln in lines[start:]), dated.line.gap)


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
