"""Rows by their number: "406-14", "mục 22", "mục 11 y tế" (a sub-row of 406-11 by its sector),
answered in full or resolved strictly to one key before a write. Apart from the Assistant
(ask.py), which builds on it, so that the question reader reads on its own."""

from __future__ import annotations

from datetime import date

from knowledge.catalogue.agencies import AgencyResolver
from knowledge.catalogue.model import Catalogue, Province, Row
from knowledge.catalogue.task_lookup import find_task
from knowledge.catalogue.views import by_parts, row_view
from knowledge.language.text import tokenize
from knowledge.reader.answer_types import Answer
from knowledge.reader.matching import expand_words
from knowledge.reader.parse import SECTOR_WORDS, Parsed, RowRef
from knowledge.render import answers, declines


class RowLookup:
    """The row-number answers of knowledge/reader/ask.Assistant, which builds on them."""

    catalogue: Catalogue
    agencies: AgencyResolver

    def parse(self, question: str, today: date, province: Province) -> Parsed:
        raise NotImplementedError  # the Assistant's: the question parsed with its vocabulary

    def item(
        self, ref: RowRef, prov: Province, today: date, agency: str | None = None
    ) -> Answer | None:
        """A row by its number; `agency`: the asker's, whose part in the row is said ("406-11
        bên em hạn khi nào" from a district: its role, beside the sectors' dates)."""
        decision = ref.decision or self._decision_for(ref.number, prov)
        row = self.catalogue.rows.get(f"{decision}-{ref.number}")
        if row is None:
            return None
        subs = self.catalogue.sub_rows(ref.number) if decision == "406" else []
        chosen = self._sector(subs, ref) if subs else None
        if chosen:
            view = row_view(chosen, prov, today, agency)
            html = answers.row_full(view, prov, today, agency)
            return Answer("item", None, [view], [], html)
        view = row_view(row, prov, today, agency)
        if subs and agency:  # the asker's dates among the sectors' (or none of them)
            view = by_parts(self.catalogue, prov, view, today, agency)
        if subs:
            sub_views = [row_view(r, prov, today, agency) for r in subs]
            html = answers.sub_rows_answer(view, sub_views, prov, today, agency)
            return Answer("item", None, [view, *sub_views], [], html)
        return Answer("item", None, [view], [], answers.row_full(view, prov, today, agency))

    def _sector(self, subs: list[Row], ref: RowRef) -> Row | None:
        """The sub-row of 406-11 the words after the number name ("lĩnh vực tài chính", "TNMT")."""
        words = [t for t in ref.sector if t.fold not in SECTOR_WORDS]
        if not words:
            return None
        typed = "".join(expand_words([t.fold for t in words]))
        typed_name = " ".join(t.raw for t in words)
        # "406-11/xd": the department's short alias less its "Sở" ("Sở XD"), as "sxd" is read
        agency = self.agencies.resolve(typed_name) or self.agencies.sector_short(typed_name)
        for sub in subs:
            name = "".join(t.fold for t in tokenize(sub.sub or ""))
            if name and (name.startswith(typed) or typed.startswith(name)):
                return sub
            if agency and agency.removeprefix("Sở ") == sub.sub:
                return sub
        return None

    def missing_item(self, ref: RowRef, prov: Province) -> Answer:
        decision = ref.decision or prov.decision
        label = f"{decision}-{ref.number}"
        near = self._nearest(decision, int(ref.number))
        html = declines.missing_item_answer(label, decision, self._count(decision), near)
        return Answer("item", None, [], [], html)

    def _nearest(self, decision: str, number: int) -> list[str]:
        """The real keys a missing one may have meant: the same number in the other decision
        (the decision mistyped), then its decision's two rows nearest by number."""
        other = "411" if decision == "406" else "406"
        swapped = [f"{other}-{number}"] if f"{other}-{number}" in self.catalogue.rows else []
        rows = [r for r in self.catalogue.rows.values() if r.decision == decision and not r.sub]
        rows.sort(key=lambda r: (abs(int(r.number) - number), int(r.number)))
        return swapped + [r.key for r in rows[:2]]

    def lookup(self, key_text: str, prov: Province, today: date) -> Answer:
        """A row by its key as typed (`/muc 406-14`, `/muc 22`)."""
        ref = self._key_ref(key_text, prov, today)
        if ref is None:
            label = key_text or "(trống)"
            html = declines.missing_item_answer(label, prov.decision, self._count(prov.decision))
            return Answer("unknown", None, [], [], html)
        return self.item(ref, prov, today) or self.missing_item(ref, prov)

    def _key_ref(self, text: str, prov: Province, today: date) -> RowRef | None:
        """The row reference a typed key is: it starts the text ("406-14", "mục 22", a bare
        "22"), and whatever follows is the sector of a sub-row ("mục 11 y tế")."""
        tokens = tokenize(text)
        if not tokens:
            return None
        parsed = self.parse(text, today, prov)
        ref = parsed.rows[0] if parsed.rows else None
        if ref is None and tokens[0].fold.isdecimal():
            ref = RowRef(None, str(int(tokens[0].fold)), tuple(tokens[1:]), 0, len(tokens))
        return ref if ref is not None and ref.start == 0 else None

    def resolve_key(self, text: str, prov: Province, today: date) -> str | None:
        """The one row or task a typed key names ("406-14", "14", "mục 11 y tế", "tq-2021-04-20",
        "20/4"), or None. Strict, since a write follows: the key is the whole text."""
        if text.strip() in self.catalogue.rows:
            return text.strip()
        occurrence = prov.task_at(text.strip().lower())
        if occurrence is not None:  # a task's id, or one occurrence's key
            named, due = occurrence
            return named.key_of(due) if due else named.id
        task = find_task(text, prov)
        if task:
            return task.id
        ref = self._key_ref(text, prov, today)
        if ref is None:
            return None
        answer = self.item(ref, prov, today)
        if answer is None or not answer.items:
            return None
        chosen = answer.items[0]
        if ref.sector and not chosen.row.sub:
            return None  # words after the number that name no sub-row: not a key
        return chosen.key

    def _count(self, decision: str) -> int:
        return max(int(r.number) for r in self.catalogue.rows.values() if r.decision == decision)

    def _decision_for(self, number: str, prov: Province) -> str:
        if f"{prov.decision}-{number}" in self.catalogue.rows:
            return prov.decision
        other = "411" if prov.decision == "406" else "406"
        return other if f"{other}-{number}" in self.catalogue.rows else prov.decision
