"""Who owes a dated duty and who supports it, read from where the duty is printed: the units its
own clause names, a labelled "Đơn vị thực hiện" field, the item addressed to units it is in, the
units an item opens with, else the letter's addressees; its supporters from the clauses, items
and support sections that serve it (knowledge/letters/reader.py asks this for each task).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.letters import dates
from knowledge.letters.details import label_of
from knowledge.letters.duties import after_first, own_clause
from knowledge.letters.model import Problem
from knowledge.letters.opening import owners_listed
from knowledge.letters.register import Register
from knowledge.letters.row_refs import row_units
from knowledge.letters.sections import Section
from knowledge.letters.support import helped_by_side, pointed_helpers, serves
from knowledge.letters.text import Line, plain
from knowledge.letters.units import (
    excepted,
    helpers_in,
    line_helpers,
    opened_by,
    referred,
    related_owners,
    subject,
    support_duty,
)

if TYPE_CHECKING:
    from knowledge.letters.reading import Reading


def owed(
    reader: Reading,
    section: Section,
    linked: Section | None,
    line: Line,
    dated_at: dates.Found,
    fields: dict[str, Line],
    problems: list[Problem],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The units that owe the duty dated at `dated_at` on `line`, and those that support it;
    a problem in `problems` when the letter names a unit the register does not know."""
    mentions = reader.register.mentions(line.text)
    scope = [*section.ancestry, *(linked.ancestry if linked else [])]
    helpers = list(line_helpers(line, mentions))
    for key in ("supporting",):
        if key in fields:
            helpers += [n for m in reader.register.mentions(fields[key].text) for n in m.names]
            helpers += row_units(fields[key], section, reader.register)  # "… tại nhiệm vụ 1"
    helping = [n for s in scope if s.number for n in reader.helping_in(s, line)]
    if not section.number:  # a letter without sections: its support clauses are letter-wide
        helping += [
            n
            for names, clause in reader.wide
            if serves(clause, line, [d.line for d in reader.dated])
            for n in names
        ]
    else:
        # an unnumbered part's support sentence serves the work it points at, if any
        paths = [s.path for s in (section, linked) if s is not None]
        helping += [
            n
            for s in scope
            if not s.number
            for n in pointed_helpers(
                after_first(s) + s.own,
                reader.register,
                paths,
                reader.tops,
                (line, [d.line for d in reader.dated]),
            )
        ]
    supporters = reader.support.of(section, linked, reader.addressed, reader.partners, line.no)
    # the duty's own words and those of the others its item dates
    own_work = reader.work_lines.get(line.no, line).plain
    others = [
        reader.work_lines.get(d.line.no, d.line).plain
        for d in reader.dated
        if d.section is section and d.line.no != line.no
    ]
    supporters += helped_by_side(
        reader.sides, scope, section.all_lines, reader.tops, (own_work, others)
    )
    if not _own_column(section):
        helpers += helping + supporters + reader.joining
    own = own_clause(line, dated_at, reader.register)
    named = subject(own.line, reader.register.mentions(own.line.text)) if own.start else ()
    named = (
        named
        or subject(line, mentions)
        or referred(own.line, reader.sections, reader.tops, reader.register)
    )
    if not named and reader.listed and owners_listed(own.line):
        return reader.register.sort(reader.listed), tuple(helpers)  # "… có tên tại Phụ lục …"
    if named and (set(named) != {reader.sender} or reader.leads_own(line, dated_at)):
        # the sender opening the line tells of its own doings ("Sở … dự kiến tổ chức hội
        # nghị … . Đề nghị các huyện … gửi … trước ngày …"): the duty's owners are read on
        return named, (*helpers, *_heading_aids(section, line, named, reader))
    if "units" in fields:
        if related_owners(fields["units"]):  # a lead cell "Các cơ quan, đơn vị liên quan"
            return (), tuple(helpers)
        found = reader.register.mentions(fields["units"].text)
        # "Sở A chủ trì; Sở B phối hợp", "Sở A chủ trì, phối hợp Sở B": the label's
        # supporting units, and the lead's partners, are no owners
        aiding = helpers_in([fields["units"]], reader.register)
        aiding += line_helpers(fields["units"], found)
        owning = [n for m in found for n in m.names if n not in aiding]
        if owning:
            return reader.register.sort(owning), (*aiding, *helpers)
    for owner in scope:
        if owner.generic or _asks_all(line, dated_at, owner):
            break
        if owner.units and not owner.support_only:
            # the item a timing part dates ("1. Công an tỉnh — Chủ trì, phối hợp với Sở …
            # hoàn thành kết nối …"): the partners its duty names work with its units
            partners = [
                n
                for ln in (owner.own if owner is linked and linked is not section else [])
                if ln is not owner.heading
                for n in line_helpers(ln, reader.register.mentions(ln.text))
            ]
            if owner is section and _only_completes(line, dated_at):
                partners += _partners_before(reader, section, line)
            # a heading that is the duty's sentence names its partners as a line does
            # ("Hai là, đề nghị Công an tỉnh chủ trì, Sở A và Sở B phối hợp triển khai …")
            partners += heading_partners(owner, reader.register)
            return owner.units, (*owner.supporting, *partners, *helpers)
    if linked is not None and linked.number and not linked.units and linked is not section:
        # the item a timing part dates, under a topic heading ("1. Tái cấu trúc quy trình —
        # Các Sở, ban, ngành rà soát …"): the units its lines open with
        body = [ln for ln in linked.own if ln is not linked.heading]
        opened = opened_by(body, helpers, reader.register, reader.sender)
        if opened is not None:
            return opened
    if section.number and not section.units:  # units named before the duty, in its item
        before = [ln for ln in section.own if ln.no < line.no and ln is not section.heading]
        head = line.text[: line.text.rfind(".", 0, dated_at.start) + 1]
        opened = opened_by([*before, Line(line.no, head)], helpers, reader.register, reader.sender)
        if opened is not None:
            return opened
    earlier = _earlier_points(reader, section)
    if earlier:
        # a point that only sends and dates ("c) Số liệu gửi về … trước ngày …") after the
        # points that give the work ("a) Sở A, Sở B tổng hợp …") and the support ("b) Sở C
        # phối hợp …"): the work's units owe it, the support's units support it
        aid = helpers_in(earlier, reader.register)
        opened = opened_by(earlier, [*helpers, *aid], reader.register, reader.sender)
        if opened is not None:
            return opened
    introduced = _introduced(section)
    if introduced is not None:
        # "1. Rà soát … — Đề nghị UBND các huyện, thành phố: a) …; c) … gửi … trước ngày …":
        # the line that leads into the item's points names whose they are
        opened = opened_by([introduced], helpers, reader.register, reader.sender)
        if opened is not None:
            return opened
    if reader.unknown and not reader.reported_unknown:
        reader.reported_unknown = True
        for item in reader.unknown:
            problems.append(
                Problem(
                    item.no,
                    f"không có “{item.text}” trong danh sách đơn vị của tỉnh "
                    f"{reader.register.province.name}",
                )
            )
    # "Các cơ quan, đơn vị liên quan rà soát … trước ngày …": bodies the letter leaves unnamed
    # owe it, not its addressees; the task keeps no unit and the reader says so at its line
    if any(related_owners(ln) for ln in duty_lines(own.line, line, scope)):
        return (), tuple(helpers)
    owners = reader.requested or reader.addressed
    # "Các cơ quan có tên tại Kính gửi (trừ …)", in the line or the heading over it
    left_out = {*excepted(own.line, reader.register), *(n for s in scope for n in s.excepted)}
    # … or on a line of its item before the date, that the date's line goes on from ("Các cơ
    # quan có tên tại Kính gửi (trừ …) thực hiện theo các bước:" / … / "Thời hạn: …")
    left_out |= {
        n for s in scope for ln in s.own if ln.no < line.no for n in excepted(ln, reader.register)
    }
    units = tuple(n for n in owners if n not in helpers and n not in left_out)
    # "1. Các Sở nêu tại Kính gửi": the agencies among them, not the districts
    kinds = [s.only for s in scope if s.only]
    units = tuple(n for n in units if n.startswith(tuple(kinds))) or units
    return units, tuple(helpers)


# What a line that only dates the work above it says beside its date: "Hoàn thành chậm nhất
# ngày …", "Thời hạn thực hiện: …".
_COMPLETES = frozenset("hoan thanh thuc hien xong thoi gian han".split())


# A request to the addressees as a whole: "đề nghị các đơn vị", "yêu cầu các cơ quan, đơn vị".
_ASKS_ALL = re.compile(
    r"\b(?:de nghi|yeu cau)\s+(?:thu truong\s+)?cac\s+(?:co quan|don vi)"
    r"(?:\s*,\s*(?:co quan|don vi))?\b(?!\s+(?:co\s+)?lien quan\b)"
)


def _asks_all(line: Line, found: dates.Found, owner: Section) -> bool:
    """The dated clause asks "các đơn vị" under an item headed by one unit ("4. Viễn thông …" /
    … / "Để kịp thời tổng hợp, đề nghị các đơn vị báo cáo … trước ngày …"): a plural cannot be
    that one unit, so the letter's close, run on under the last item, asks every addressee."""
    if len(owner.units) != 1:
        return False  # under a group ("2. UBND các huyện"), "các đơn vị" may be the group's
    return _ASKS_ALL.search(plain(line.text[: found.start])) is not None


def _only_completes(line: Line, found: dates.Found) -> bool:
    rest = plain(line.text[: found.start] + " " + line.text[found.end :])
    words = re.findall(r"[a-z]+", rest)
    return bool(words) and set(words) <= _COMPLETES


def _partners_before(reader: Reading, section: Section, line: Line) -> list[str]:
    """The partners the item's work names on its lines before the line that dates it, since
    the item's date before, when that line only says the work is due ("1. Sở A — Chủ trì, phối
    hợp với Sở B triển khai …: Bước 1 …; Hoàn thành chậm nhất ngày …"): the units that work
    comes with. A line of work of its own keeps its own partners (a support bullet before it
    serves another item's work)."""
    dated = {d.line.no for d in reader.dated}
    before = [ln for ln in section.own if ln.no < line.no and ln is not section.heading]
    since = max((i + 1 for i, ln in enumerate(before) if ln.no in dated), default=0)
    return [
        n for ln in before[since:] for n in line_helpers(ln, reader.register.mentions(ln.text))
    ]


def heading_partners(section: Section, register: Register) -> list[str]:
    """The partners a heading that is the duty's own sentence names; none for other headings."""
    heading = section.heading
    if heading is None or not section.sentence_heading:
        return []
    return list(line_helpers(heading, register.mentions(heading.text)))


def duty_lines(own: Line, line: Line, scope: list[Section]) -> list[Line]:
    """The duty's clause, its line and the headings of the items it is in, innermost first."""
    return [own, line, *(s.heading for s in scope if s.heading is not None)]


def _earlier_points(reader: Reading, section: Section) -> list[Line]:
    """The lines of the undated points before the point `section` of a numbered item, back to
    the previous dated one; none when `section` is no point."""
    parent = section.parent
    if section.kind not in ("letter", "paren") or parent is None or not parent.number:
        return []
    dating = {id(s) for d in reader.dated for s in d.section.ancestry}
    found: list[Line] = []
    for s in reversed(parent.children[: parent.children.index(section)]):
        if id(s) in dating or s.kind != section.kind:
            break
        found = [*s.all_lines, *found]
    return found


def _introduced(section: Section) -> Line | None:
    """The line of a numbered item, under its heading, that leads into the points `section` is
    one of (it ends with a colon); None when `section` is no point or none leads into it."""
    parent = section.parent
    if section.kind not in ("letter", "paren") or parent is None or not parent.number:
        return None
    first = parent.children[0].heading if parent.children else None
    before = [
        ln
        for ln in parent.own
        if ln is not parent.heading and first is not None and ln.no < first.no
    ]
    if before and before[-1].text.rstrip().endswith(":"):
        return before[-1]
    return None


def _own_column(section: Section) -> bool:
    """`section` is a row of a table with a column of supporting units: the row's cell says
    who supports its task (an empty cell: none), not a support sentence of the letter's."""
    if section.kind != "row" or section.parent is None:
        return False
    rows = [s for s in section.parent.children if s.kind == "row"]
    labels = [label_of(ln) for s in rows for ln in s.all_lines]
    return any(got is not None and got[0] == "supporting" for got in labels)


def _heading_aids(
    section: Section, line: Line, named: tuple[str, ...], reader: Reading
) -> tuple[str, ...]:
    """The units heading `section` when their own duty there is a support one and another
    unit's clause after it holds the date ("III. Sở A, Sở B" / "Cho ý kiến góp ý đối với dự
    thảo …; Sở C hoàn thiện …, trình … trước ngày …"): they support that unit's task."""
    if not section.units or set(section.units) & set(named) or section.generic:
        return ()
    return section.units if support_duty(line, reader.register) else ()
