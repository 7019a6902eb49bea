"""A provincial task in full (knowledge.render.task_answers.task_answer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from knowledge.catalogue.views import TaskView, task_view
from knowledge.render.task_answers import standing_answer, supports_only, task_answer


def _deadline_line(text: str) -> str:
    return next(line for line in text.split("\n") if line.startswith("• Hạn:"))


def test_a_printed_deadline_is_quoted_beside_its_date_and_a_corrected_one_said_once(catalogue):
    """After the coordinator corrected a deadline the card read "Hạn: 27/9/2021 → 27/9/2021
    (còn 21 ngày)" (ux18): the correction is stored as its date alone, so it is said once."""
    tq = catalogue.province("tuyen-quang")
    task = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    today = date(2021, 4, 13)
    printed = _deadline_line(task_answer(task_view(task, today), tq, today, None, "nguồn"))
    assert printed.startswith(f"• Hạn: {task.deadline_text} → 20/4/2021 (")
    corrected = replace(task, deadline_text="20/4/2021")
    said = _deadline_line(task_answer(task_view(corrected, today), tq, today, None, "nguồn"))
    assert said == "• Hạn: 20/4/2021 (còn 7 ngày)"


def test_a_unit_that_does_not_owe_a_task_is_never_told_it_is_late(catalogue):
    """A district asking of a task it only supports, after its date: the date "đã qua" and its
    part, never "quá hạn", in the card and in the other tasks listed beside it."""
    tq = catalogue.province("tuyen-quang")
    dossier = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    forms = next(t for t in tq.tasks if t.id == "tq-2021-05-20")
    today = date(2021, 4, 27)
    district = "UBND huyện Hàm Yên"
    text = task_answer(
        task_view(forms, today), tq, today, district, "nguồn", [task_view(dossier, today)]
    )
    assert "quá hạn" not in text
    other = next(line for line in text.split("\n") if "tq-2021-04-20" in line)
    assert "20/4/2021 (đã qua)" in other and "phối hợp, không phải nộp" in other
    card = task_answer(task_view(dossier, today), tq, today, district, "nguồn", full=True)
    assert "• Hạn của đơn vị nộp: " in card and "20/4/2021 (đã qua)" in card
    assert "quá hạn" not in card
    # the unit that owes it is told how late it is
    owed = task_answer(task_view(dossier, today), tq, today, "Sở Y tế", "nguồn")
    assert _deadline_line(owed).endswith("(quá hạn 7 ngày)")


def test_the_other_tasks_beside_the_answer_list_the_askers_own_first(catalogue):
    from knowledge.reader.intent_answers import task_of

    tq = catalogue.province("tuyen-quang")
    dossier = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    forms = next(t for t in tq.tasks if t.id == "tq-2021-05-20")
    # a task the police does not owe, named before one it does
    report = replace(forms, id="tq-x-report", addressees=("Sở Y tế",))
    police = "Công an tỉnh"
    answer = task_of(catalogue, forms, tq, date(2021, 4, 27), police, [report, dossier, forms])
    lines = [line for line in answer.text.split("\n") if line.startswith("• 📌")]
    assert ["tq-2021-04-20" in lines[0], "tq-x-report" in lines[1]] == [True, True], lines


def test_a_unit_that_only_supports_a_task_reads_one_line_never_late(catalogue):
    """u23c #6: a district asking about the 20/4 dossier, which it only comments on, read its
    six steps in full and "quá hạn": one line (title, the owners' date, its role) instead, and
    the card in full only when asked for (`full`), its date still the owners'."""
    tq = catalogue.province("tuyen-quang")
    task = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    today, district = date(2021, 4, 22), "UBND huyện Na Hang"
    assert supports_only(task, tq, district) and not supports_only(task, tq, "Sở Y tế")
    view = task_view(task, today)
    short = task_answer(view, tq, today, district, "nguồn")
    assert "\n" not in short and "Bước" not in short and "quá hạn" not in short
    assert short.startswith("📌 <b>Biểu 02: ") and "(đã qua)" in short
    assert short.endswith(f"{district}: phối hợp, không phải nộp.")
    full = task_answer(view, tq, today, district, "nguồn", full=True)
    assert "Bước 6:" in full and "quá hạn" not in full
    assert "• Hạn của đơn vị nộp: " in full
    # an addressee reads the card, late for it
    owed = task_answer(view, tq, today, "Sở Y tế", "nguồn")
    assert "Bước 6:" in owed and "(quá hạn 2 ngày)" in owed


def test_a_unit_that_owes_an_occurrence_no_more_is_not_told_how_late_it_is(catalogue):
    """ "bc tháng 8 sao rồi" after the coordinator ended August's period: ended, with the day,
    nothing owed, never "quá hạn 54 ngày" (ux28 #4); a report sent reads sent, not late."""
    kh = catalogue.province("khanh-hoa")
    sync = next(t for t in kh.tasks if t.recurring)
    august, ended_on, today = date(2020, 8, 1), date(2020, 9, 20), date(2020, 9, 24)
    ended = replace(sync, ended_dues=((august, ended_on),))
    unit = sync.addressees[0]
    view = TaskView(ended, august, "ended", unit)
    said = standing_answer(view, kh, today, unit)
    assert f"{unit}: ⏹ đã kết thúc theo dõi 20/9/2020 — không phải nộp." in said
    assert "quá hạn 54 ngày" not in said and said.split("\n")[0].endswith("hạn 1/8/2020")
    sent = standing_answer(TaskView(sync, august, "done", unit), kh, today, unit)
    assert "✅ đã nộp" in sent and "quá hạn 54 ngày" not in sent
    # still owed: how late it is, beside its date — counted from Monday 3/8, 1/8/2020 being a
    # Saturday (BLDS 2015, Điều 148: knowledge/calendar/last_day.py)
    owed = standing_answer(TaskView(sync, august, "late", unit), kh, today, unit)
    assert "quá hạn 52 ngày" in owed and "❗ chưa nộp, quá hạn" in owed


def test_a_task_owed_no_more_has_no_days_left_and_no_way_to_send_it(catalogue):
    """ux34 #1: the card of a task whose tracking ended, or that the unit sent, said "còn 20
    ngày" and "Nộp tệp: /nop …" while /nopbai said it ended; it says the unit's standing."""
    tq = catalogue.province("tuyen-quang")
    dossier = next(t for t in tq.tasks if t.id == "tq-2021-04-20")
    today = date(2021, 4, 13)
    ended = replace(dossier, ended=date(2021, 4, 12))
    view = TaskView(ended, ended.due, "ended", "Sở Y tế")
    card = task_answer(view, tq, today, "Sở Y tế", "nguồn")
    assert _deadline_line(card).endswith("→ 20/4/2021")
    assert "Sở Y tế: thuộc đối tượng phải thực hiện — ⏹ đã kết thúc theo dõi 12/4/2021" in card
    assert "/nop" not in card and "/capnhat" not in card and "còn 7 ngày" not in card
    # with no unit asking: the end in the deadline's line; listed beside: no days either
    alone = task_answer(TaskView(ended, ended.due), tq, today, None, "nguồn")
    assert "20/4/2021 — ⏹ đã kết thúc theo dõi 12/4/2021, không phải nộp" in alone
    assert "Đã xong thì báo" not in alone
    beside = task_answer(task_view(dossier, today), tq, today, None, "nguồn", [view])
    assert "hạn 20/4/2021, ⏹ đã kết thúc theo dõi 12/4/2021" in beside
    # sent: done for the unit, the date alone (a new version may still be sent); open: the
    # days and how
    sent = task_answer(
        TaskView(dossier, dossier.due, "done", "Sở Y tế"), tq, today, "Sở Y tế", "n"
    )
    assert _deadline_line(sent).endswith("→ 20/4/2021") and "✅ đã nộp" in sent
    owed = task_answer(
        TaskView(dossier, dossier.due, "open", "Sở Y tế"), tq, today, "Sở Y tế", "n"
    )
    assert _deadline_line(owed).endswith("(còn 7 ngày)") and "▫️ chưa nộp" in owed
    assert "/nop" in owed
