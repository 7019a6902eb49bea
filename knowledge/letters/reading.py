"""What a letter says to every task it sets, read once before any task: its dated duties, the
support sections and partners that serve them, its addressees, its opening and close, the line that
names each duty's work; and what a task's reading asks of them (who leads its own part, who helps
in passing, whether a section dates one line). knowledge/letters/reader.py reads each dated duty
into its task on this ground.
"""

from __future__ import annotations

from knowledge.calendar.workdays import WorkCalendar
from knowledge.letters import dates, details
from knowledge.letters.closes import letter_close
from knowledge.letters.dated import Dated, covered, dated_duties, partners_of, spread
from knowledge.letters.duties import (
    after_first,
    own_clause,
)
from knowledge.letters.header import Header
from knowledge.letters.model import Problem
from knowledge.letters.opening import addressees, requested
from knowledge.letters.register import Register
from knowledge.letters.sections import (
    Section,
    walk,
)
from knowledge.letters.summed import joined, summed_points
from knowledge.letters.support import (
    Support,
    mark_support,
    side_support,
)
from knowledge.letters.task_forms import Enclosures
from knowledge.letters.text import Line
from knowledge.letters.timing import block as timed_block
from knowledge.letters.timing import named_sections
from knowledge.letters.units import (
    helper_clauses,
    helpers_in,
    leads,
    subject,
)
from knowledge.letters.visits import Visit


class Reading:
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
        every = dated_duties(root, placed, header, sender, register)
        self.dated = covered(root, every)
        # the periods an item covers (dated.covered): read, and no task's; said of nowhere
        kept = {id(d) for d in self.dated}
        self.covered = [d for d in every if id(d) not in kept]
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
            d.line.no: work_line(d, joined(self.summed[id(d)], d.line, d.found)[0], dated_nos)
            for d in self.dated
        }
        self.support.aim([(self.work_lines[d.line.no], d.section.path) for d in self.dated])
        kinh_gui = addressees([*header.addressees, *to_act], register, listed)
        self.joining = list(kinh_gui.joining)  # units Kính gửi names "(để phối hợp)"
        self.unknown = kinh_gui.unknown
        # but the sender named on its own (a group holds it as any other: it leaves a task only
        # where it receives the work), and but a unit the list names on its own for a support
        # section of its own (Viễn thông beside the groups, "3. Viễn thông … hỗ trợ … mục 1"):
        # the letter addresses it for that support, not for the others' work
        supporting = self.support.units
        self.addressed = register.sort(
            n
            for n in kinh_gui.acting
            if (n != sender or n not in kinh_gui.alone)
            and not (n in kinh_gui.alone and n in supporting)
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

    def alone(self, section: Section) -> bool:
        """The section dates one line, and none of the sections in it another (a recurrence and
        its first occurrence, "Hằng quý, trước ngày 05 …; kỳ đầu tiên trước ngày 05/10/2021",
        are one duty's dates)."""
        return len({d.line.no for d in self.dated if section in d.section.ancestry}) == 1


def work_line(dated: Dated, line: Line, dated_nos: set[int]) -> Line:
    """The line that names a task's work: a "Thời gian hoàn thành: …" line only says when, so
    the lines it dates (its section's since the date before) say what ("a) Rà soát … \n Thời
    gian hoàn thành: trước …")."""
    labelled = details.label_of(dated.line)
    if line is not dated.line or labelled is None or labelled[0] != "timing":
        return line
    lines = timed_block(dated.section, dated.line)
    # (a table row's cells share its line's number: the row is one duty, its cells its work)
    before = dated_nos - {dated.line.no}
    start = max((i + 1 for i, ln in enumerate(lines[:-1]) if ln.no in before), default=0)
    return Line(dated.line.no, " ".join(ln.text for ln in lines[start:]), dated.line.gap)
