"""The desk: the table in force followed (another instance may apply one), what only changes
with it kept until it changes, the statuses kept until a change comes in."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.clock import TZ, Clock
from bot.config import Config
from db.models import StatusChange
from knowledge.catalogue.importer import ImportedRow
from tests.usecases.conftest import ADMIN, officer
from usecases import desk as desk_module
from usecases import desk_writes, statements, statuses
from usecases.desk import Desk
from usecases.desk_writes import Edit


def test_a_table_applied_elsewhere_is_followed_and_drops_what_was_built_on_the_old_one(desk):
    built = []
    first = desk.per_table("probe", lambda a: built.append(a) or len(built))
    assert desk.per_table("probe", lambda a: built.append(a) or len(built)) == first == 1
    desk.sync_table()  # an update looks at the table in force
    # another instance (the command line) applies a version in which 406-14 is late in 2022
    assert desk.tables is not None
    row = ImportedRow(1, "406-14", ("Sở Xây dựng",), (), "Tháng 6/2022")
    desk.tables.add("tuyen-quang", "Tuyên Quang", "406", [row], "khac.csv", desk.clock.now())
    desk.sync_table()  # looked at less than a second ago: not yet
    assert desk.table_number == 0
    desk.clock.set(desk.clock.now() + timedelta(seconds=2))
    desk.sync_table()
    assert desk.table_number == 1
    assert desk.province.assignments["406-14"].deadline_text == "Tháng 6/2022"
    assert desk.per_table("probe", lambda a: built.append(a) or len(built)) == 2
    assert built[1] is desk.assistant


def test_what_is_remembered_is_built_once_a_key_within_a_bound(desk: Desk, monkeypatch):
    monkeypatch.setattr(desk_module, "REMEMBERED", 3)
    built: list[str] = []

    def build(text: str) -> str:
        built.append(text)
        return text.upper()

    assert [desk.remembered("probe", t, lambda t=t: build(t)) for t in "aba"] == ["A", "B", "A"]
    assert built == ["a", "b"]
    desk.remembered("probe", "c", lambda: build("c"))
    desk.remembered("probe", "d", lambda: build("d"))  # a fourth: the cache starts again
    desk.remembered("probe", "a", lambda: build("a"))
    assert built == ["a", "b", "c", "d", "a"]


def test_a_status_statement_is_read_once_a_day(desk: Desk, monkeypatch):
    """Every free text is first checked for a status statement: the same text on the same day
    is read once, and read again the next day (a key like "20/4" depends on the day)."""
    who = officer(desk)
    read: list[str] = []
    real = statements.statement

    def counted(text, *args):
        read.append(text)
        return real(text, *args)

    monkeypatch.setattr(statements, "statement", counted)
    first = desk.call(statements.read_statement, who, "406-14 xong rồi")
    assert first is not None and first.key == "406-14" and first.status == "hoan_thanh"
    assert desk.call(statements.read_statement, who, "406-14 xong rồi") == first
    assert desk.call(statements.read_statement, who, "gpxd hạn khi nào") is None
    assert desk.call(statements.read_statement, who, "gpxd hạn khi nào") is None
    assert read == ["406-14 xong rồi", "gpxd hạn khi nào"]
    desk.clock.set(desk.clock.now() + timedelta(days=1))
    assert desk.call(statements.read_statement, who, "406-14 xong rồi") == first
    assert read[-1] == "406-14 xong rồi" and len(read) == 3


def test_the_statuses_are_read_again_only_after_a_change(desk: Desk):
    who = officer(desk)
    first = _statuses(desk)
    assert _statuses(desk) is first  # nothing changed: the same snapshot, its views kept
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    second = _statuses(desk)
    assert second is not first
    assert second.current[("406-14", "Sở Xây dựng")].new == "hoan_thanh"
    assert second.marks[("406-14", "Sở Xây dựng")].status == "hoan_thanh"


def _change(desk: Desk, key: str, agency: str, new: str, change_id: int | None = None, **kw):
    """A change written straight to the table, as another process (or province) writes it;
    `change_id`: drawn before an earlier one committed, as two PostgreSQL writers may."""
    with desk.repo.sessions.begin() as s:
        s.add(
            StatusChange(
                **({"id": change_id} if change_id else {}),
                province=kw.get("province", "tuyen-quang"),
                key=key,
                agency=agency,
                old=None,
                new=new,
                note="",
                by=1001,
                at=desk.clock.now(),
            )
        )


def test_the_statuses_after_a_change_are_the_known_ones_with_only_the_newer_applied(
    desk: Desk, monkeypatch
):
    """After a change, only the changes newer than the known ones are read and applied; the
    result is what reading them all again gives (the newest change of each cell), whichever
    province or process wrote them."""
    who = officer(desk)
    desk.call(statuses.update_status, who, "/capnhat 406-14 dang lam")
    first = _statuses(desk)
    monkeypatch.setattr(desk.repo, "current_all", _refused)
    desk.call(statuses.update_status, who, "/capnhat 406-14 xong")
    _change(desk, "406-22", "Sở Y tế", "dang_kiem_thu")
    _change(desk, "406-14", "Sở Xây dựng", "vuong_mac", province="khanh-hoa")
    second = _statuses(desk)
    assert second is not first and first.current[("406-14", "Sở Xây dựng")].new == "dang_thuc_hien"
    monkeypatch.undo()
    assert second.current == desk.repo.current_all()
    assert second.current[("406-14", "Sở Xây dựng")].new == "hoan_thanh"
    assert second.current[("406-22", "Sở Y tế")].new == "dang_kiem_thu"


def test_a_change_that_becomes_visible_late_below_the_known_ones_is_not_missed(
    desk: Desk, monkeypatch
):
    """Where two writers may commit in the other order of their ids (PostgreSQL), a change that
    came in late among the known ones is found by counting them again, and all is read again."""
    monkeypatch.setattr(desk.repo, "commits_in_id_order", lambda: False)
    _change(desk, "406-14", "Sở Xây dựng", "dang_thuc_hien", change_id=10)
    assert _statuses(desk).counted == 1
    _change(desk, "406-22", "Sở Y tế", "dang_thuc_hien", change_id=20)  # drawn after 15
    assert _statuses(desk).current[("406-22", "Sở Y tế")].new == "dang_thuc_hien"
    _change(desk, "406-7", "Sở Tư pháp", "hoan_thanh", change_id=15)  # commits after 20
    _change(desk, "406-22", "Sở Y tế", "hoan_thanh", change_id=21)
    late = _statuses(desk)
    assert late.current[("406-7", "Sở Tư pháp")].new == "hoan_thanh"
    assert late.current == desk.repo.current_all() and late.counted == 4


def _refused():
    raise AssertionError("read all again")


def _statuses(desk: Desk):
    from usecases.runner import use_case

    @use_case(writes=False)
    def read(desk: Desk):
        return desk.statuses()

    return desk.call(read)


def test_the_web_desk_writes_one_occurrence_of_a_recurring_task(db_url, assistant):
    """Khánh Hòa's monthly sync is tracked per occurrence: the page writes the occurrence it
    lists, and a bare id settles the one the unit owes, as /capnhat does."""
    opened = Desk.open(
        Config(database=db_url, admins=[ADMIN], province="khanh-hoa"),
        Clock(datetime(2020, 6, 3, 8, 0, tzinfo=TZ)),
        assistant,
    )
    try:
        unit = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
        who = officer(opened, 1001, unit)
        version = opened.table_number
        june = "kh-monthly-sync@2020-06-01"
        written = opened.call(
            desk_writes.record_statuses, who, [Edit(june, "hoan_thanh")], version
        )
        assert isinstance(written, list) and written[0].key == june
        assert opened.repo.current(june, unit).new == "hoan_thanh"
        # the bare id: the oldest occurrence still owed (May), not June again
        written = opened.call(
            desk_writes.record_statuses, who, [Edit("kh-monthly-sync", "dang_thuc_hien")], version
        )
        assert isinstance(written, list) and written[0].key == "kh-monthly-sync@2020-05-01"
        # a date that is no occurrence is no item
        wrong = opened.call(
            desk_writes.record_statuses,
            who,
            [Edit("kh-monthly-sync@2020-06-02", "hoan_thanh")],
            version,
        )
        assert isinstance(wrong, desk_writes.Refused)
        assert opened.repo.current("kh-monthly-sync@2020-06-02", unit) is None
        # done of a period not begun is refused as the chat refuses it, nothing written
        august = "kh-monthly-sync@2020-08-01"
        early = opened.call(
            desk_writes.record_statuses, who, [Edit(august, "hoan_thanh")], version
        )
        assert isinstance(early, desk_writes.Refused)
        assert "chưa bắt đầu" in early.reasons[0][1], early
        assert opened.repo.current(august, unit) is None
    finally:
        opened.sessions.kw["bind"].dispose()
