"""A letter without sections that sets out its work as steps ("Bước 1 …") and then dates them
all in one line ("Thời hạn hoàn thành các bước nêu trên: …"): one task, named by the work the
steps are of, made on the form a step names."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter
from knowledge.letters.sections import Section
from knowledge.letters.steps import steps
from knowledge.letters.text import Line

LETTER = """UBND TỈNH TUYÊN QUANG
SỞ TƯ PHÁP
Số: 77/STP-HCTP
V/v chuẩn hóa thủ tục chứng thực điện tử
Tuyên Quang, ngày 3 tháng 10 năm 2023

Kính gửi:
- Sở Nội vụ;
- Sở Tài chính.

Qua rà soát, còn 05 thủ tục chứng thực do các Sở: Nội vụ, Tài chính chủ trì chưa được chuẩn \
hóa. Sở Tư pháp đề nghị các Sở nêu trên thực hiện rà soát, đề nghị công bố các thủ tục theo \
trình tự sau:
Bước 1: Đối chiếu các thủ tục với quy định hiện hành.
Bước 2: Sửa đổi quy trình nội bộ của từng thủ tục.
Bước 3: Lập Tờ trình đề nghị công bố (theo Mẫu số 02 kèm theo) gửi về Sở Tư pháp.
Thời hạn hoàn thành các bước nêu trên: chậm nhất ngày 25/10/2023.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_a_date_for_the_steps_above_is_the_steps_work_on_a_steps_form(catalogue):
    draft = read_letter(LETTER, catalogue, catalogue.province("tuyen-quang"), "stp.txt")
    (task,) = draft.tasks
    assert task.deadline == date(2023, 10, 25)
    # the second "đề nghị" is the work (to propose), not a request; the pointer adds nothing
    assert "rà soát, đề nghị công bố các thủ tục" in task.title
    assert "bước" not in task.title.lower() and "Các Sở" not in task.title
    assert task.forms == ("Mẫu số 02",)
    assert set(task.units) == {"Sở Nội vụ", "Sở Tài chính"}
    assert task.recipient == "Sở Tư pháp" and len(task.steps) == 3


RUN_ON = """UBND TỈNH TUYÊN QUANG
SỞ NỘI VỤ
Số: 80/SNV-VTLT
V/v chỉnh lý tài liệu lưu trữ
Tuyên Quang, ngày 2 tháng 4 năm 2024

Kính gửi: Sở Y tế.

Sở Nội vụ đề nghị Sở Y tế chỉnh lý tài liệu lưu trữ năm 2020, gửi kết quả về Sở Nội vụ \
trước ngày 30/5/2024. Bước 1: phân loại hồ sơ; Bước 2: lập mục lục; Bước 3: bàn giao.
Đồng thời, Sở Y tế báo cáo số mét giá tài liệu đang bảo quản, gửi Sở Nội vụ trước ngày \
15/4/2024.
Trân trọng./.
Nơi nhận:
- Như trên;
"""


def test_steps_run_on_in_a_sentence_are_the_steps_of_its_task(catalogue):
    draft = read_letter(RUN_ON, catalogue, catalogue.province("tuyen-quang"), "snv.txt")
    first = next(t for t in draft.tasks if t.deadline == date(2024, 5, 30))
    assert first.steps == ("Bước 1: phân loại hồ sơ", "Bước 2: lập mục lục", "Bước 3: bàn giao.")
    # the report dated on the next line is other work: the steps are not its steps
    second = next(t for t in draft.tasks if t.deadline == date(2024, 4, 15))
    assert second.steps == ()


def test_run_on_steps_numbered_with_a_dash():
    line = Line(
        1, "Rà soát thủ tục. Bước 1 - đối chiếu; Bước 2 - sửa đổi quy trình; Bước 3 - gửi."
    )
    assert steps([Section("", None, lines=[line], own=[line])]) == (
        "Bước 1 - đối chiếu",
        "Bước 2 - sửa đổi quy trình",
        "Bước 3 - gửi.",
    )
    # a step that only names another is no run of steps
    one = Line(2, "Bước 2: hoàn thiện hồ sơ như tại Bước 1.")
    assert steps([Section("", None, lines=[one], own=[one])]) == (
        "Bước 2: hoàn thiện hồ sơ như tại Bước 1.",
    )


def test_steps_run_on_after_the_duty_are_no_part_of_its_title(catalogue):
    body = (
        "Sở Y tế hoàn thành việc cập nhật hồ sơ sức khỏe điện tử trong quý II/2024 theo các "
        "bước sau: Bước 1: rà soát dữ liệu; Bước 2: cập nhật; Bước 3: báo cáo kết quả về Sở "
        "Nội vụ.\n"
    )
    text = RUN_ON.split("Sở Nội vụ đề nghị")[0] + body + "Trân trọng./.\n"
    (task,) = read_letter(text, catalogue, catalogue.province("tuyen-quang"), "s.txt").tasks
    assert task.title == "Hoàn thành việc cập nhật hồ sơ sức khỏe điện tử"
    assert len(task.steps) == 3 and task.recipient == "Sở Nội vụ"
