"""The sections of a letter that only support others' tasks, and which tasks each supports.

A section addressed to units that sets no date and gives a support duty (phối hợp, cho ý kiến
góp ý, hỗ trợ) supports the tasks of the sections it names ("tại điểm b mục 1"). Naming none, it
supports the tasks of the units whose work it names ("cho ý kiến đối với đề xuất của các sở,
ban, ngành"), the duties whose work its words name ("phối hợp với Sở … tổ chức diễn tập …": the
drill, not the report), those a dated item has its units help with in passing (the reader's
partners), or every task when it names none of these.
"""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.letters.helping import SUPPORT, gives_support
from knowledge.letters.references import ANYWHERE, references, refers_to
from knowledge.letters.register import Register
from knowledge.letters.sections import Section, duties, supports
from knowledge.letters.text import Line, plain
from knowledge.letters.timing import DELIVERABLE
from knowledge.letters.units import helper_clauses, helpers_in, line_helpers


def mark_support(sections: list[Section], dated: set[int], register: Register) -> None:
    """Mark the sections that only support (`dated`: the ids of the sections a date is in). A
    point of a unit's section that sets no date and supports another item ("4. Sở TT&TT — a)
    Hỗ trợ … nêu tại điểm a mục 1; b) … trước ngày …") supports it on its section's behalf; an
    item headed by its topic supports the items it names with the units its text names."""
    for s in sections:
        addressed = bool(s.units) or s.generic
        s.support_only = addressed and id(s) not in dated and supports(s, register)
        if addressed or id(s) in dated or not s.number:
            continue
        text = " ".join(ln.text for ln in s.all_lines)
        owner = s.parent
        if owner is not None and owner.units and not owner.generic:
            if s.heading and references(text) and gives_support(s.heading.plain):
                s.units, s.support_only = owner.units, True
        elif not s.children and references(text):
            # "3. Hỗ trợ kỹ thuật — Đề nghị Viễn thông … hỗ trợ … phục vụ nhiệm vụ tại mục 1":
            # an item headed by its topic whose units it names give the support
            helpers = helpers_in(s.all_lines, register)
            if helpers:
                s.units, s.support_only = helpers, True


class Support:
    def __init__(
        self, sections: list[Section], register: Register, tops: set[str], sender: str | None
    ):
        self.sections = [s for s in sections if s.support_only]
        self.tops = tops
        self.register = register
        self.aimed: dict[int, set[int]] = {}  # a section's id → the dated lines it serves
        self.refs = {
            id(s): references(" ".join(ln.text for ln in s.all_lines)) for s in self.sections
        }
        # "hỗ trợ … cho các Sở nêu tại Mục 1 trong quá trình tích hợp": the reference says whom
        # the support is for, not which of their duties; the work its words name says that
        self.for_units = set()
        for s in self.sections:
            text = _CITED_PART.sub(" ", " ".join(ln.text for ln in s.all_lines))
            work = references(_UNITS_AT.sub(" ", text))
            if self.refs[id(s)] and not work:
                self.for_units.add(id(s))
            elif work:
                # "… các Sở nêu tại mục 1 trong quá trình rà soát tại điểm 1.1 mục I": the
                # point of the work it names, not every duty of the units' item
                self.refs[id(s)] = work
        # "hỗ trợ … theo đề nghị tại khoản 3" where khoản 3 supports điểm b khoản 2: the
        # support of a support goes to what that one serves
        for s in self.sections:
            self.refs[id(s)] = [
                far
                for ref in self.refs[id(s)]
                for far in next(
                    (
                        self.refs[id(t)]
                        for t in self.sections
                        if t is not s
                        and self.refs[id(t)]
                        and refers_to(ref, t.path, tops)
                        and len([x for x in ref if x != ANYWHERE]) == len(t.path)
                    ),
                    [ref],
                )
            ]
        # "4. Công an tỉnh … hướng dẫn …; Viễn thông … hỗ trợ … tại mục 1 và mục 2": clauses
        # of one section that give different units support, one of them pointing at items —
        # each clause's units serve what that clause points at, or the work its words name
        self.clauses: dict[int, list[tuple[tuple[str, ...], list[tuple[str, ...]], str]]] = {}
        for s in self.sections:
            found = helper_clauses(s.all_lines, register)
            if self.refs[id(s)] and len({names for names, _ in found}) > 1:
                # a clause's references as printed ("mục", not its plain "muc")
                printed = {
                    plain(c): references(c)
                    for ln in s.all_lines
                    for c in re.split(r"(?<=[;.])\s+", ln.text)
                }
                self.clauses[id(s)] = [(names, printed.get(low, []), low) for names, low in found]
        # the units whose work a section names, a group or a unit each (its partners after
        # "phối hợp với" work beside it, not for it), on the lines that give the support (not
        # a closing paragraph printed under the last item: "Sau thời hạn nêu trên, Sở … sẽ …")
        self.serves: dict[int, list[set[str]]] = {}
        for s in self.sections:
            if self.refs[id(s)] or not s.units:
                continue
            # whom the support is for is named after its verb ("hỗ trợ các sở …", "phối hợp
            # với Sở …"): a unit before it gives the support, or is where to turn ("liên hệ
            # Phòng CNTT, Sở TT&TT … để được hướng dẫn", the closing under the last item)
            named = [
                set(m.names) - set(s.units)
                for ln in s.own
                if ln is not s.heading and (verb := _support_verb(ln.plain)) is not None
                for m in register.mentions(ln.text)
                if m.start > verb and not set(m.names) & set(line_helpers(ln, [m]))
            ]
            # "Phối hợp với <the sender> tra cứu …" on every support line: the sender's own
            # work, no unit's task (one line helping "các cơ quan, đơn vị" serves the units)
            giving = [
                ln for ln in s.own if ln is not s.heading and _support_verb(ln.plain) is not None
            ]
            if (
                sender
                and giving
                and all(sender in line_helpers(ln, register.mentions(ln.text)) for ln in giving)
            ):
                named.append({sender})
            self.serves[id(s)] = [n for n in named if n]

    def aim(self, dated: list[tuple[Line, tuple[str, ...]]]) -> None:
        """Which duties (`dated`: the line and section path of each) each support section that
        names no item serves by the work it names: "2. Công an tỉnh — Phối hợp với Sở TT&TT tổ
        chức diễn tập ứng cứu sự cố …" serves the drill Sở TT&TT is dated to hold, not its
        report nor the districts' dossier. Two pairs of words at least, the units' names left
        out, shared with some duties and none with another; else it serves every duty, as
        before. One that names an item only for its units ("cho các Sở nêu tại Mục 1") chooses
        so among that item's duties."""
        for s in self.sections:
            if (self.refs[id(s)] and id(s) not in self.for_units) or id(s) in self.clauses:
                continue
            refs = self.refs[id(s)]
            lines = [
                ln
                for ln, path in dated
                if not refs or any(refers_to(r, path, self.tops) for r in refs)
            ]
            own = duties(s, self.register)
            work = _pairs(self._unnamed(" ".join(own)))
            named = {ln.no: _pairs(self._unnamed(ln.text)) for ln in lines}
            # a standing help ("thường xuyên phối hợp, hỗ trợ … trong việc rà soát hạ tầng …")
            # is no dated duty's partner unless it names that duty's own work: the words
            # every duty shares say the letter's topic ("chuyển đổi số"), not a work (its
            # first duty only: the letter's closing line may fall under the last item)
            standing = bool(own) and _STANDING.match(plain(own[0])) is not None
            if standing and len(named) > 1:
                topic = set.intersection(*named.values())
                named = {no: pairs - topic for no, pairs in named.items()}
            shared = {no: len(work & pairs) for no, pairs in named.items()}
            making = {no for no, n in shared.items() if n >= 2}
            if (standing and not refs) or (making and min(shared.values()) == 0):
                self.aimed[id(s)] = making

    def _unnamed(self, text: str) -> str:
        """`text` plain, without the units it names (their names are no work)."""
        for m in sorted(self.register.mentions(text), key=lambda m: -m.start):
            text = text[: m.start] + "," + text[m.end :]
        return plain(text)

    @property
    def units(self) -> set[str]:
        return {n for s in self.sections for n in s.units}

    def of(
        self,
        section: Section,
        linked: Section | None,
        addressed: tuple[str, ...],
        partners: dict[str, set[int]] | None = None,
        line_no: int = 0,
    ) -> list[str]:
        """The units of the support sections that name this task's section, or name none;
        `addressed` stand for a support section that names no unit of its own. `partners`:
        the lines of the letter's dates that name a unit a partner ("phối hợp với Sở …"); a
        section that names no item and gives its support to such a unit says how it helps
        those duties, not the others (`line_no`: this task's line)."""
        # a timing line's work is the item it dates: "mục 2" names that item, not the timing
        # part's own item 2 ("II. THỜI GIAN — 2. Nội dung tại điểm 1.2 hoàn thành …")
        timed = linked is not None and linked is not section and _in_timing(section)
        paths = [linked.path] if timed and linked else [s.path for s in (section, linked) if s]
        partners = partners or {}
        names: list[str] = []
        for s in self.sections:
            if id(s) in self.clauses:
                names += self._by_clause(self.clauses[id(s)], paths, section)
                continue
            refs = self.refs[id(s)]
            if not refs:
                if line_no not in self.aimed.get(id(s), {line_no}):
                    continue  # it names the work of other duties
                names += [u for u in s.units or addressed if line_no in partners.get(u, {line_no})]
            elif any(refers_to(r, p, self.tops) for r in refs for p in paths if p) and (
                line_no in self.aimed.get(id(s), {line_no})
            ):
                names += s.units or addressed
        return names

    def _by_clause(
        self,
        clauses: list[tuple[tuple[str, ...], list[tuple[str, ...]], str]],
        paths: list[tuple[str, ...]],
        section: Section,
    ) -> list[str]:
        """The units of the clauses that point at this task's item, or that point at none and
        name its work (two pairs of its words at least)."""
        work = _pairs(" ".join(ln.plain for ln in section.all_lines))
        names: list[str] = []
        for units, refs, low in clauses:
            if refs:
                if any(refers_to(r, p, self.tops) for r in refs for p in paths if p):
                    names += units
            elif len(_pairs(low) & work) >= 2:
                names += units
        return names

    def unserved(self, units: tuple[str, ...]) -> set[str]:
        """The units of the support sections that serve others' work than these units': none
        of the groups or units they name is mostly these units."""
        owners = set(units)
        return {
            n
            for s in self.sections
            if (served := self.serves.get(id(s)))
            and not any(len(group & owners) * 2 >= len(group) for group in served)
            for n in s.units
        }


# "các Sở nêu tại Mục 1", "các cơ quan, đơn vị có tên tại điểm a mục 2": units named by the item
# that names them
_UNITS_AT = re.compile(
    r"(?i)\b(?:các|những)\s+(?:sở|cơ quan|đơn vị|huyện|địa phương)(?:\s*(?:,|và)\s*"
    r"(?:ban|ngành|cơ quan|đơn vị|địa phương))*\s+(?:được\s+)?(?:nêu|có tên)\s+(?:tại|ở)\s+"
    r"(?:(?:mục|khoản|điểm|phần)\s+(?:[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])\b[\s,]*"
    r"(?:và\s+)?)+"
)


# A part of another document: "tại mục 3 Công văn số 845", "khoản 2 Điều 5 Quyết định số …".
_CITED_PART = re.compile(
    r"(?i)\b(?:(?:mục|khoản|điểm|phần|điều)\s+[\w.]{1,5}\s+)+(?:của\s+)?"
    r"(?:công văn|văn bản|quyết định|kế hoạch|thông báo|nghị quyết|chỉ thị|thông tư)\s+số\b"
)


def _in_timing(section: Section) -> bool:
    return any(s.timing for s in section.ancestry)


def _support_verb(plain: str) -> int | None:
    """Where the line's first support verb starts (the line plain), or None."""
    found = [m.start() for verb in SUPPORT for m in re.finditer(rf"\b{verb}\b", plain)]
    return min(found, default=None)


def serves(clause: str, line: Line, dated: list[Line]) -> bool:
    """A letter-wide support clause (plain) serves the tasks whose lines name what it names
    ("hỗ trợ … trích xuất số liệu báo cáo": the report, not the list also asked for); every
    task when it names nothing one of them makes and another does not. `dated`: the line of
    each task."""
    named = set(DELIVERABLE.findall(clause))
    making = {ln.no for ln in dated if named & set(DELIVERABLE.findall(ln.plain))}
    every = {ln.no for ln in dated}
    if not making or making == every:
        # "… hỗ trợ kỹ thuật các đơn vị trong quá trình cập nhật quy trình điện tử": the work
        # it helps by the words it shares, when some tasks share them and others none
        shared = {ln.no: len(_pairs(clause) & _pairs(ln.plain)) for ln in dated}
        making = {no for no, n in shared.items() if n >= 2}
        # (a pair shared in passing, "hoàn thành", does not make a task the one it helps)
        if not making or min(shared.values()) >= 2:
            return True
    return line.no in making


def _pairs(low: str) -> set[tuple[str, str]]:
    """The pairs of words next to each other (plain), across no punctuation, but those of whom
    and how ("cơ quan", "đơn vị", "quá trình", "hỗ trợ"): what work they name."""
    pairs: set[tuple[str, str]] = set()
    for part in re.split(r"[,.;:()]", low):
        words = part.split()
        pairs |= {p for p in pairwise(words) if not set(p) & _HOW}
    return pairs


# "thường xuyên phối hợp …", "thường xuyên hỗ trợ …": a duty that goes on, no date's partner
_STANDING = re.compile(r"^(?:tiep tuc\s+)?thuong xuyen\b")

_HOW = {"cac", "co", "quan", "don", "vi", "va", "cua", "trong", "qua", "trinh", "cho", "tai"}
_HOW |= {"phoi", "hop", "ho", "tro", "ve", "voi", "de", "theo", "nay", "thuc", "hien"}


def side_support(
    sections: list[Section], dated: set[int], register: Register, sender: str | None
) -> list[tuple[Section, str]]:
    """A unit's section that dates its own task and, on a line of its own with no date, helps
    others ("2. Đối với Viễn thông — - Phối hợp, hỗ trợ các cơ quan, đơn vị trong quá trình
    xây dựng Kế hoạch …; - Cung cấp số liệu … trước ngày …"): each such section and line, as
    printed. Not work done with the sender alone ("Phối hợp với Sở Y tế kiểm thử …" in a
    letter of Sở Y tế): the unit's own duty with the sender, no help to another unit's."""
    found: list[tuple[Section, str]] = []
    for s in sections:
        if not s.units or s.generic or id(s) not in dated:
            continue
        for ln in s.own:
            if ln is s.heading:
                continue
            # a clause of its own on a dated line helps too ("Hỗ trợ kỹ thuật các cơ quan …
            # trong quá trình xây dựng Kế hoạch; đồng thời báo cáo … trước ngày …")
            for clause in ln.text.split(";"):
                low = plain(clause).strip()
                verb = _support_verb(low)
                # (not the lead's "Chủ trì, phối hợp với B hoàn thành …": its own work)
                leading = re.search(r"\bchu tri\b", low[: verb or 0])
                if verb is not None and verb < 12 and not _DATED.search(low) and not leading:
                    helped = {n for m in register.mentions(clause) for n in m.names}
                    if sender is None or helped != {sender}:
                        found.append((s, clause.strip()))
    return found


_DATED = re.compile(r"\d{1,2}/\d{1,2}|\bngay \d")


def helped_by_side(
    sides: list[tuple[Section, str]],
    scope: list[Section],
    work: list[Line],
    tops: set[str],
    duty: tuple[str, list[str]] = ("", []),
) -> list[str]:
    """The units of the sections in `sides` whose help names the work of `work` (the lines of
    the task's section): two pairs of its words at least. `duty`: the words of the task's own
    duty and of the other duties its item dates (plain)."""
    text = " ".join(ln.plain for ln in work)
    paths = [s.path for s in scope if s.number]
    names: list[str] = []
    for s, help_line in sides:
        if s in scope:
            continue
        refs = references(help_line)
        if refs:  # "… cho ý kiến đối với báo cáo tại điểm 1.1": the item it names, only
            if any(refers_to(r, p, tops) for r in refs for p in paths) and _names_duty(
                plain(help_line), *duty
            ):
                names += s.units
        elif len(_pairs(plain(help_line)) & _pairs(text)) >= 2:
            names += s.units
    return names


def _names_duty(help_low: str, own: str, others: list[str]) -> bool:
    """A help that points at an item of several duties serves the one whose work it names
    ("hỗ trợ … trong quá trình kiểm thử nêu tại mục 1": the test, not the item's monthly
    statistics): not this duty when it shares no words with it and some with another."""
    work = _pairs(help_low)
    if not own or work & _pairs(own):
        return True
    return not any(work & _pairs(other) for other in others)


def pointed_helpers(
    lines: list[Line],
    register: Register,
    paths: list[tuple[str, ...]],
    tops: set[str],
    task: tuple[Line, list[Line]] | None = None,
) -> list[str]:
    """The units a sentence of `lines` gives a support duty, for the task at `paths`: a sentence
    that points at the work it supports ("… hỗ trợ … thực hiện nhiệm vụ tại dòng 2", "… nêu tại
    điểm a mục 1") serves only that work; one that points at none serves every task, or with
    `task` (its line, and the line of every task) the tasks whose work it names, as a letter
    without items has it ("Ngoài ra, Sở … đề nghị Viễn thông … hỗ trợ … số hóa hồ sơ")."""
    names: list[str] = []
    for line in lines:
        for sentence in re.split(r"(?<=[;.])\s+", line.text):
            refs = references(sentence)
            if refs and not any(refers_to(r, p, tops) for r in refs for p in paths if p):
                continue
            if refs or task is None:
                names += helpers_in([Line(line.no, sentence)], register)
                continue
            for units, clause in helper_clauses([Line(line.no, sentence)], register):
                names += units if serves(clause, *task) else ()
    return names
