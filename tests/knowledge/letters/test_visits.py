"""A duty counted back from each unit's day in a schedule the letter prints (an inspection
plan): a task per day, owed by the units visited that day, said under "Cần kiểm tra"; the
schedule's rows are the sender's visits, no task of their own."""

from __future__ import annotations

from datetime import date

from knowledge.letters.extract import read_letter

PLAN = (
    "UBND TỈNH TUYÊN QUANG\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 31/KH-SYT\n"
    "Tuyên Quang, ngày 02 tháng 3 năm 2023\n\nKẾ HOẠCH\nGiám sát công tác tiêm chủng năm 2023\n\n"
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND tỉnh về tiêm chủng mở rộng;\n"
    "Sở Y tế xây dựng Kế hoạch giám sát như sau:\n\n"
    "I. MỤC ĐÍCH\n\n1. Nắm tình hình bảo quản vắc xin tại tuyến huyện.\n\n"
    "2. Kịp thời chấn chỉnh sai sót trong ghi chép sổ tiêm chủng.\n\n"
    "II. NỘI DUNG VÀ LỊCH GIÁM SÁT\n\n1. Nội dung: việc bảo quản vắc xin, sổ tiêm chủng.\n\n"
    "2. Lịch giám sát\n\n"
    "STT | Đơn vị được giám sát | Thời gian giám sát | Nơi làm việc\n"
    "1 | UBND huyện Na Hang | 9 giờ 00 ngày 20/3/2023 | Trạm Y tế thị trấn\n"
    "2 | UBND huyện Yên Sơn | 14 giờ 00 ngày 20/3/2023 | Trung tâm Y tế huyện\n"
    "3 | UBND huyện Sơn Dương | 8 giờ 00 ngày 23/3/2023 | Trung tâm Y tế huyện\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\n"
    "Các đơn vị được giám sát gửi báo cáo tình hình tiêm chủng về Sở Y tế chậm nhất 03 ngày "
    "làm việc trước ngày giám sát theo lịch tại Mục II.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Hùng\n"
)


def test_a_duty_counted_back_from_a_schedule_is_a_task_per_day(catalogue):
    tq = catalogue.province("tuyen-quang")
    draft = read_letter(PLAN, catalogue, tq, "gs.txt")
    first, second = draft.tasks
    # Monday 20/3 less 3 working days: 15/3 (Wednesday); Thursday 23/3: 20/3
    assert (first.deadline, second.deadline) == (date(2023, 3, 15), date(2023, 3, 20))
    assert set(first.units) == {"UBND huyện Na Hang", "UBND huyện Yên Sơn"}
    assert second.units == ("UBND huyện Sơn Dương",)
    assert first.deadline_text.startswith("chậm nhất 03 ngày làm việc trước ngày giám sát")
    assert first.recipient == "Sở Y tế"
    # each date is a reading the coordinator checks, naming the units and the day counted from
    doubts = [str(p) for p in draft.problems]
    assert len(doubts) == 2 and all(p.doubt for p in draft.problems)
    assert "15/3/2023" in doubts[0] and "20/3/2023" in doubts[0] and "Na Hang" in doubts[0]
