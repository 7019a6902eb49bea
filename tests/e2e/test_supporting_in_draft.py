"""The coordinator sees, in the chat draft, the units a letter's sections give only support (a
blind tester's letter: the districts "phối hợp … tại điểm 1.2 mục 1", Viễn thông keeping the
network up), and sees under "Cần xem lại" a unit the reader placed in no task, the draft still
publishable; adding the unit by hand clears that line. Through the emulator with the real
Application, on the test's database."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

DATA = Path(__file__).resolve().parents[1] / "data" / "letters"
LETTER = (DATA / "support_sections.txt").read_text(encoding="utf-8")
REVIEW = "Cần xem lại"


def _labels(call: dict) -> list[str]:
    return [label for row in call["buttons"] or [] for label in row]


def _task(out: str, n: int) -> str:
    """The block of task `n` in the draft as the chat shows it."""
    start = out.index(f"\n{n}. ")
    end = out.find(f"\n{n + 1}. ", start)
    return out[start : end if end > 0 else None]


async def test_the_draft_shows_the_units_that_only_support(player):
    await player.line("@ 2022-10-14 08:00")
    calls = await player.upload(ADMIN, "cv1026.txt", LETTER.encode())
    out = texts(calls, ADMIN)[-1]
    digitised = _task(out, 2)
    assert "Phối hợp: Viễn thông Tuyên Quang, UBND thành phố Tuyên Quang" in digitised
    assert "Phối hợp: Viễn thông Tuyên Quang" in _task(out, 1)
    assert "Phối hợp: Viễn thông Tuyên Quang\n" in _task(out, 3)
    assert REVIEW not in out and "Chưa công bố được" not in out
    assert "✅ Công bố" in _labels(calls[-1])


async def test_a_unit_left_in_no_task_is_listed_to_review_and_not_held_against_it(player):
    await player.line("@ 2022-10-14 08:00")
    # the section's duty is now its own, undated: no task, no support
    letter = LETTER.replace(
        "Duy trì hoạt động ổn định của mạng truyền số liệu chuyên dùng; cử cán bộ kỹ thuật "
        "hỗ trợ các đơn vị khi có sự cố.",
        "Nâng cấp mạng truyền số liệu chuyên dùng đến các xã vùng sâu.",
    )
    calls = await player.upload(ADMIN, "cv1026.txt", letter.encode())
    out = texts(calls, ADMIN)[-1]
    review = out[out.index(REVIEW) :]
    assert "mục 3 nêu Viễn thông Tuyên Quang nhưng chưa gắn vào nhiệm vụ nào" in review
    assert "Chưa công bố được" not in out and "✅ Công bố" in _labels(calls[-1])
    assert "Đã kiểm tra, bỏ qua lỗi đọc" not in _labels(calls[-1])
    calls = await player.send(ADMIN, "thêm Viễn thông Tuyên Quang vào hỗ trợ nv 1")
    out = texts(calls, ADMIN)[-1]
    assert "Phối hợp: Viễn thông Tuyên Quang" in _task(out, 1)
    assert REVIEW not in out
