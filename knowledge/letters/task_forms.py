"""The forms a task of a letter is made on: read from the duty's own lines first, then from the
item a timing part dates, the item's other sentences, or the items beside it; kept to the forms
the letter encloses, less its annexes of figures or of owners (knowledge/letters/reader.py asks
this for each task, and names a report that only points at its work by its form's title).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from knowledge.letters import form_names
from knowledge.letters.named_forms import named_in
from knowledge.letters.opening import owners_listed
from knowledge.letters.sections import Section
from knowledge.letters.text import Line, plain


@dataclass
class Enclosures:
    """What the letter's end says of its annexes (read by knowledge/letters/extract.py)."""

    enclosed: tuple[str, ...] = ()  # the forms the letter says it encloses
    named: tuple[str, ...] = ()  # those it encloses by a name ("Biểu tổng hợp")
    data: tuple[str, ...] = ()  # its annexes of figures, no forms
    annexed: frozenset[str] = frozenset()  # its annex of tasks (plain), no form
    titles: dict[str, str] = field(default_factory=dict)  # the title under each enclosed form
    listed: bool = False  # an annex lists the units that must act ("DANH SÁCH CÁC ĐƠN VỊ …")


@dataclass
class Where:
    """The duty's place in the letter, as the reader found it."""

    section: Section
    line: Line
    block: list[Line]  # the duty's lines (a "Thời gian thực hiện" block, or the line)
    linked: Section | None  # the item its timing part dates
    fields: dict[str, Line]  # its labelled lines ("Biểu mẫu: …")
    contents: tuple[str, ...]  # the dossier's parts
    home: Section | None  # the dateless item a timing part dates, holding the work's forms
    steps: tuple[str, ...] = ()  # the work's steps ("Bước 1: …")
    work: list[Line] = field(default_factory=list)  # the points a dated point sums up


def task_forms(
    where: Where,
    annexes: Enclosures,
    alone: Callable[[Section], bool],
    dating: Callable[[Section], bool],
) -> tuple[str, ...]:
    """The forms of the duty at `where`; `alone` tells a section that sets one date, `dating` a
    section holding a dated duty."""
    section, line, home = where.section, where.line, where.home
    form_lines = where.work + where.block + (where.linked.all_lines if where.linked else [])
    found = form_names.forms(form_lines)
    if not found and "forms" in where.fields:
        found = form_names.forms([where.fields["forms"]], lead_needed=False)
    if not found:  # the dossier's parts name the forms it is made on
        found = form_names.forms([Line(line.no, c) for c in where.contents], lead_needed=True)
    if not found:  # "Bước 4: Lập Phiếu đề nghị (theo Phụ lục 01 kèm theo) gửi về Sở …"
        found = form_names.forms([Line(line.no, step) for step in where.steps], lead_needed=True)
    if not found and home is not None and home.number:
        found = form_names.forms(home.all_lines, lead_needed=True)
    if not found and home is None and section.number and alone(section):
        # the item's one duty, its forms named in another sentence of the item ("… tổng
        # hợp theo Mẫu số 01 … . Kết quả gửi về Sở … trước ngày …")
        found = form_names.forms(section.all_lines, lead_needed=True)
    if not found and home is None:
        # (the items beside a dated item are the timing part's work too, no annex of it)
        found = form_names.shared_forms(section, dating)
    found = form_names.specific(found, annexes.enclosed)
    if annexes.named:  # "theo Mẫu số 02 và Biểu tổng hợp": an annex the letter names
        own = section.all_lines if section.number and alone(section) else []
        found += named_in(form_lines + own, annexes.named)
        found = tuple(dict.fromkeys(found))
    # the annex that lists the owners is no form to fill ("có tên tại Phụ lục kèm theo")
    listing = owners_listed(line) if annexes.listed else None
    return tuple(
        f
        for f in found
        if f not in annexes.data and plain(f) not in annexes.annexed and plain(f) != listing
    )


def titled_by_form(title: str, forms: tuple[str, ...], annexes: Enclosures) -> str:
    """A report that only points at the work ("Báo cáo kết quả thực hiện các nội dung trên") is
    named by its one form's printed title."""
    if not form_names.pointing(title) or len(forms) != 1 or forms[0] not in annexes.titles:
        return title
    named = annexes.titles[forms[0]]
    if plain(named).startswith("bao cao"):
        return named
    return f"Báo cáo {named[:1].lower()}{named[1:]}"
