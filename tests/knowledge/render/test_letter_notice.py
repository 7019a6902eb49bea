"""A published letter's notice to a unit, its retraction, and the coordinator's account
(knowledge/render/letter_notice.py): pure, on the seeds' tasks and a file task like a new
letter's."""

from __future__ import annotations

import dataclasses
from datetime import date

from knowledge.render.answers import to_plain
from knowledge.render.due_now_text import due_now_text
from knowledge.render.letter_notice import (
    NoticeTask,
    back_line,
    notice_message,
    notices_report,
    restored_message,
    retract_message,
)

LETTER = "Công văn số 618/STTTT-CNTT ngày 6/9/2021 của Sở Thông tin và Truyền thông"
SUBJECT = "V/v báo cáo <thanh toán> trực tuyến"


def tq_with_file_task(catalogue):
    tq = catalogue.province("tuyen-quang")
    dossier = tq.task("tq-2021-04-20")
    file_task = dataclasses.replace(
        dossier,
        id="tq-2021-09-24",
        title="Lập danh sách dịch vụ công đã và chưa tích hợp thanh toán trực tuyến",
        form="Mẫu số 01",
        due=date(2021, 9, 24),
        supporting=("Viễn thông Tuyên Quang",),
        recipient=tq.coordinator,
    )
    return dataclasses.replace(tq, tasks=[*tq.tasks, file_task]), file_task


def test_a_unit_is_told_what_it_owes_when_to_whom_and_how_to_send_it(catalogue):
    tq, task = tq_with_file_task(catalogue)
    text = notice_message(tq, "Sở Y tế", LETTER, SUBJECT, [NoticeTask(task, "24/9/2021")], [])
    plain = to_plain(text).splitlines()
    assert plain[0] == "📬 Công văn mới — Sở Y tế"
    assert plain[1] == (
        f"{LETTER} (V/v báo cáo <thanh toán> trực tuyến) vừa được công bố; bot theo dõi các "
        "nhiệm vụ của đơn vị."
    )
    assert "&lt;thanh toán&gt;" in text  # escaped HTML
    assert plain[2] == "Sở Y tế phải thực hiện:"
    assert plain[3].startswith("📌 tq-2021-09-24 Lập danh sách dịch vụ công")
    assert plain[4] == (
        "   Hạn: 24/9/2021 · Biểu mẫu: Mẫu số 01 · Gửi: Sở Thông tin và Truyền thông"
    )
    assert "Nộp tệp: /nop tq-2021-09-24 rồi gửi tệp .xlsx, .docx hoặc .pdf" in plain[6]
    assert plain[-1] == "Bot sẽ nhắc trước hạn. Xem lại: /nopbai, /tiendo"


def test_a_supporting_unit_gets_a_line_saying_it_supports(catalogue):
    tq, task = tq_with_file_task(catalogue)
    text = notice_message(
        tq, "Viễn thông Tuyên Quang", LETTER, "", [], [NoticeTask(task, "24/9/2021")]
    )
    plain = to_plain(text).splitlines()
    assert plain[2].startswith(
        "Viễn thông Tuyên Quang phối hợp, hỗ trợ (không phải nộp): tq-2021-09-24 Lập danh sách"
    )
    assert "/nop" not in text and plain[-1] == "Xem lại: /tiendo"


def test_a_form_of_ours_is_sent_in_the_chat_or_from_its_template(catalogue):
    tq = catalogue.province("tuyen-quang")
    dossier = tq.task("tq-2021-04-20")
    text = to_plain(notice_message(tq, "Sở Y tế", LETTER, "", [NoticeTask(dossier, "x")], []))
    assert "Biểu mẫu: Biểu 02" in text and "/nop bieu02" in text and "/baocao" in text


def test_the_retraction_names_the_tasks_no_longer_tracked(catalogue):
    tq = catalogue.province("tuyen-quang")
    plain = to_plain(retract_message(tq, "Sở Y tế", LETTER, ["tq-2021-09-24"])).splitlines()
    assert plain[0] == "↩️ Công văn đã được hủy công bố — Sở Y tế"
    assert plain[1].startswith(
        f"Sở Thông tin và Truyền thông đã hủy công bố {LETTER}: tq-2021-09-24 không còn được "
        "theo dõi; đơn vị không phải thực hiện theo tin báo trước đó."
    )


def test_the_coordinator_is_told_who_was_reached_and_who_has_no_officer():
    text = notices_report({"Sở Y tế": 2, "Sở A&B": 1}, 1, 1, ["Sở Tư pháp"], ["Sở Xây dựng"])
    assert text.splitlines() == [
        "📬 Đã báo cho 3 cán bộ của 2 đơn vị: Sở Y tế; Sở A&amp;B.",
        "1 tin chưa gửi được: bot sẽ gửi lại.",
        "1 cán bộ đã chặn bot: không gửi lại.",
        "1 đơn vị có cán bộ nhưng đã tắt nhắc hoặc không nhận được tin: Sở Tư pháp.",
        "⚠️ 1 đơn vị chưa có cán bộ được duyệt, chưa được báo: Sở Xây dựng.",
    ]
    assert notices_report({}, 0, 0, [], []) == "📬 Đã báo cho 0 cán bộ của 0 đơn vị."
    supporters = notices_report({}, 0, 0, [], ["Sở Xây dựng"], ["Viễn thông Tuyên Quang"])
    assert supporters.splitlines()[1:] == [
        "⚠️ 1 đơn vị chưa có cán bộ được duyệt, chưa được báo: Sở Xây dựng.",
        "1 đơn vị chỉ phối hợp (không phải nộp) chưa có cán bộ được duyệt, chưa được báo: "
        "Viễn thông Tuyên Quang.",
    ]


def test_a_letter_standing_again_restates_each_tasks_deadline_in_force(catalogue):
    tq = catalogue.province("tuyen-quang")
    now = due_now_text(date(2021, 8, 12), "", "20/8/2021", date(2021, 8, 18))
    lines = [back_line("tq-2021-09-24", "Mẫu số 03", now)]
    text = to_plain(restored_message(tq, "Sở Y tế", LETTER, lines))
    assert text.startswith("↪️ Công văn có hiệu lực trở lại — Sở Y tế\n")
    assert (
        "• 📌 tq-2021-09-24 Mẫu số 03 — hạn hiện nay: 12/8/2021 (đã quá hạn 6 ngày; đã đổi từ "
        "20/8/2021)"
    ) in text.splitlines()


def test_a_unit_owing_two_files_is_told_the_most_urgent_first(catalogue):
    """The notice listed a quarterly report and a one-off due sooner, and its "Nộp tệp:" line
    named only the quarterly one (ux21 #14): each is named, the sooner first."""
    tq, task = tq_with_file_task(catalogue)
    later = dataclasses.replace(
        task, id="tq-2021-12-20", due=None, day=20, starts=date(2021, 12, 20), every="quarter"
    )
    tq = dataclasses.replace(tq, tasks=[*tq.tasks, later])
    owed = [NoticeTask(later, "hằng quý"), NoticeTask(task, "24/9/2021")]
    plain = to_plain(notice_message(tq, "Sở Y tế", LETTER, SUBJECT, owed, []))
    assert "Nộp tệp: /nop tq-2021-09-24, /nop tq-2021-12-20 rồi gửi tệp" in plain, plain
    assert "báo: /capnhat tq-2021-09-24 đã nộp" in plain
