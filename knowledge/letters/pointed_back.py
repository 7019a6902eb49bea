"""The item of a letter a row of its closing table of tasks points back at: "Lập Hồ sơ đề nghị
tích hợp theo quy trình tại Mục III.2, gửi Sở …" in a plan whose Phụ lục sets the dates while its
sections set out the work. That item's steps ("Bước n"), its dossier ("Hồ sơ gồm: …") and the
forms it names are the row's, as if the row had printed them."""

from __future__ import annotations

from knowledge.letters.references import references, refers_to
from knowledge.letters.sections import Section, walk


def pointed_back(root: Section, row: Section) -> Section | None:
    """The letter's own item (no row of a table, none holding the row) that the duty cell of
    `row` names; None when `row` is no table row or names none."""
    if row.kind != "row" or row.heading is None:
        return None
    holding = {id(s) for s in row.ancestry}
    items = [
        s
        for s in walk(root)
        if s.number and s.kind != "row" and id(s) not in holding and s is not root
    ]
    tops = {s.number.lower() for s in root.children}
    for ref in references(row.heading.text):
        named = [s for s in items if refers_to(ref, s.path, tops)]
        if named:
            return min(named, key=lambda s: len(s.path))
    return None
