"""A letter without sections that sets out its work as steps ("Bước 1 …") and then dates them
all in one line ("Thời hạn hoàn thành các bước nêu trên: …"): one task, named by the work the
steps are of, made on the form a step names."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

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
