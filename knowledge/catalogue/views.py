"""A catalogue row or a task as one province sees it on one day: the facts every answer shows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from knowledge.calendar.deadlines import next_milestone
from knowledge.catalogue.model import Assignment, Catalogue, Province, Row, Task

if TYPE_CHECKING:  # the standing rule reads these views; only its type is named here
    from knowledge.rules.standing import Standing

ROLE_LABELS = {"lead": "chủ trì", "coordinate": "phối hợp"}


# Built by the dozen at an agency's answer: its __init__ stores the fields at once, where a
# frozen dataclass's sets each through object.__setattr__. Still frozen, compared, hashed, shown
# and `replace`d as a dataclass.
@dataclass(frozen=True, init=False)
class RowView:
    row: Row
    assignment: Assignment | None
    role: str | None  # the role of the agency the answer is about
    deadline: date | None  # the province's date when it set one, else the national one
    deadline_text: str
    deadline_label: str  # the phase the deadline belongs to, for multi-phase cells
    national_deadline: date | None
    in_plan: bool = True  # False: a row of another decision than the province's plan
    standing: str | None = None  # open | late | done: where the unit stands (progress answers)
    unit: str | None = None  # the unit that standing is of
    # the deadline is one of the row's sub-rows' dates: the row has none of its own (406-11)
    parts: bool = False
    # those dates when the agency owes none of them (a district that only coordinates 406-11,
    # knowledge/rules/row_dates.py `part_owners`): said beside as the sectors', no deadline
    beside: tuple[date, ...] = ()
    # several of the row's dates in a period asked about (the province's and the decision's):
    # the row once, with where it stands by the standing rule, whose dates the renderer says
    # as /tiendo does (knowledge/render/standing_dates.py `when_text`)
    dated: Standing | None = None

    def __init__(
        self,
        row: Row,
        assignment: Assignment | None,
        role: str | None,
        deadline: date | None,
        deadline_text: str,
        deadline_label: str,
        national_deadline: date | None,
        in_plan: bool = True,
        standing: str | None = None,
        unit: str | None = None,
        parts: bool = False,
        beside: tuple[date, ...] = (),
        dated: Standing | None = None,
    ):
        fields = self.__dict__
        fields["row"], fields["assignment"], fields["role"] = row, assignment, role
        fields["deadline"], fields["deadline_text"] = deadline, deadline_text
        fields["deadline_label"], fields["national_deadline"] = deadline_label, national_deadline
        fields["in_plan"], fields["standing"], fields["unit"] = in_plan, standing, unit
        fields["parts"], fields["beside"], fields["dated"] = parts, beside, dated

    @property
    def key(self) -> str:
        return self.row.key

    def replaced(self, **changes: object) -> RowView:
        """`dataclasses.replace`, the same view, without its reading of every field through
        getattr (a period's answer makes one for each row it lists under a date)."""
        made = object.__new__(RowView)
        fields = made.__dict__
        fields.update(self.__dict__)
        fields.update(changes)
        return made

    def to_json(self) -> dict:
        found = {
            "key": self.row.key,
            "decision": self.row.decision,
            "number": self.row.number,
            "sub": self.row.sub,
            "title": self.row.title,
            "level": self.row.level,
            "role": self.role,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "national_deadline": self.national_deadline.isoformat()
            if self.national_deadline
            else None,
        }
        return found | _standing(self.standing, self.unit)


@dataclass(frozen=True)
class TaskView:
    task: Task
    due: date | None
    standing: str | None = None
    unit: str | None = None
    supports: bool = False  # the agency asked about supports the task and owes nothing
    # sent after its date (the standing rule's `late_by`): "nộp muộn N ngày", done all the same
    late_by: int = 0

    def to_json(self) -> dict:
        found: dict[str, object] = {
            "id": self.task.id,
            "title": self.task.title,
            "deadline": self.due.isoformat() if self.due else None,
            "deadline_text": self.task.deadline_text,
        }
        if self.supports:
            found["role"] = "support"
        if self.standing == "done" and self.late_by:
            found["late_by"] = self.late_by  # sent late: a standing of its own (ux30 #4)
        return found | _standing(self.standing, self.unit)


def _standing(standing: str | None, unit: str | None) -> dict:
    return {"standing": standing, "unit": unit} if standing else {}


def row_view(row: Row, province: Province, today: date, agency: str | None = None) -> RowView:
    assignment = province.assignments.get(row.key)
    national = next_milestone(row.milestones, today)
    local = next_milestone(assignment.milestones, today) if assignment else None
    chosen = local or national
    text = assignment.deadline_text if assignment and assignment.milestones else row.deadline_text
    phases = assignment.milestones if local and assignment else row.milestones
    label = chosen.label if chosen and len(phases) > 1 else ""
    return RowView(
        row=row,
        assignment=assignment,
        role=province.role_in(assignment, agency) if assignment and agency else None,
        deadline=chosen.due if chosen else None,
        deadline_text=text,
        deadline_label=label,
        national_deadline=national.due if national else None,
        in_plan=row.decision == province.decision or assignment is not None,
    )


def by_parts(
    catalogue: Catalogue,
    province: Province,
    view: RowView,
    today: date,
    agency: str | None = None,
) -> RowView:
    """A row with no date of its own owes by its sub-rows' dates (knowledge/rules/reminders.py
    `part_dates`): the next of them (the last once all have passed), marked as theirs. For an
    `agency` that owes none of them (knowledge/rules/row_dates.py `part_owners`): no deadline,
    the dates beside (`RowView.beside`)."""
    if view.deadline is not None:
        return view
    from knowledge.rules.row_dates import part_dates, row_dates  # the rules read the catalogue

    dues = [m.due for m in part_dates(catalogue, province, view.row)]
    if not dues:
        return view
    if agency is not None and view.assignment is not None:
        owed = row_dates(catalogue, province, view.row.key, agency=agency)
        if not owed:
            return replace(view, parts=True, beside=tuple(dues))
        dues = list(owed)
    due = next((d for d in dues if d >= today), dues[-1])
    return replace(view, deadline=due, parts=True)


def task_view(task: Task, today: date) -> TaskView:
    return TaskView(task, task.next_due(today))


def agency_rows(
    catalogue: Catalogue, province: Province, agency: str, today: date
) -> tuple[list[RowView], list[RowView]]:
    """The agency's rows in the province: lead rows, then coordinating rows, each by deadline."""
    lead: list[RowView] = []
    coordinate: list[RowView] = []
    for assignment in province.rows_of(agency):
        view = by_parts(
            catalogue,
            province,
            row_view(catalogue.rows[assignment.key], province, today, agency),
            today,
            agency,
        )
        (lead if view.role == "lead" else coordinate).append(view)
    return sorted(lead, key=_by_deadline), sorted(coordinate, key=_by_deadline)


def _by_deadline(view: RowView):
    return (view.deadline or date.max, _key_order(view.row))


def _key_order(row: Row):
    return (row.decision, int(row.number), row.sub or "")


def sort_rows(views: list[RowView]) -> list[RowView]:
    return sorted(views, key=_by_deadline)
