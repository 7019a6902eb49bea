"""The lookups every answer repeats over a province's table and tasks (an agency's rows and
tasks, a task by its id), each found once per value of the fields it reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model's classes use these lookups; only their types are named here
    from knowledge.catalogue.model import Assignment, Task

MEMO_KEPT = 512  # lookups kept per province: every agency's and task's of one, and more


class ProvinceLookups:
    """`Province`'s lookups; its `_found` holds them (a new Province, a new memo)."""

    assignments: dict[str, Assignment]
    tasks: list[Task]
    units: tuple[str, ...]
    unit_group: str
    _found: dict

    def members(self, agency: str) -> tuple[str, ...]:
        raise NotImplementedError

    def rows_of(self, agency: str) -> list[Assignment]:
        found = self._memo().get(("rows", agency))
        if found is None:
            names = set(self.members(agency))
            found = tuple(a for a in self.assignments.values() if names & set(a.agencies))
            self._found[("rows", agency)] = found
        return list(found)

    def tasks_of(self, agency: str) -> list[Task]:
        found = self._memo().get(("tasks", agency))
        if found is None:
            names = set(self.members(agency))
            found = tuple(t for t in self.tasks if names & set(t.addressees))
            self._found[("tasks", agency)] = found
        return list(found)

    def task(self, task_id: str) -> Task | None:
        # asked of every key an answer's line shows: looked up by 'in', no get() with a default
        memo = self._memo()
        if "ids" not in memo:
            ids: dict[str, Task] = {}
            for t in self.tasks:
                ids.setdefault(t.id, t)  # the first of an id, as a pass over the list finds
            self._found["ids"] = ids
        ids = memo["ids"]
        return ids[task_id] if task_id in ids else None  # noqa: SIM401

    def kept(self, owner: str) -> dict:
        """A store for what a rule computes of this province alone (the standings with no
        status, knowledge/rules/unmarked.py): emptied, as the lookups are, when a field they
        read is set anew, so that nothing read of an older table is answered."""
        memo = self._memo()
        key = ("kept", owner)
        if key not in memo:
            memo[key] = {}
        return memo[key]

    def _memo(self) -> dict:
        found = self._found
        basis = found[None] if None in found else None  # noqa: SIM401 (no call)
        if (
            basis is None
            or basis[0] is not self.assignments
            or basis[1] is not self.tasks
            or basis[2] is not self.units
            or basis[3] != self.unit_group
            or len(found) > MEMO_KEPT
        ):
            found.clear()
            found[None] = (self.assignments, self.tasks, self.units, self.unit_group)
        return found
