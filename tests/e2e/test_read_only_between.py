"""ux35 #6: a read-only command between an offer (or a form) and what comes next loses
nothing typed: the lapsed button's command carries the note, the form's end names the form,
and a form's line typed after it is not answered as a question. One officer's story."""

from __future__ import annotations

from tests.botkit import ADMIN, texts
from tests.e2e.test_writes import statuses


async def test_tiendo_between_loses_no_note_and_no_form_line(player, db_url, capsys):
    for line in (
        "@ 2021-05-11 08:00",
        "1001 Nguyen Van An > /dangky so xay dung",
        f"{ADMIN} > /duyet 1001",
    ):
        await player.line(line)
    await player.send(1001, "406-14 vuong mac cho bo xd huong dan")
    await player.send(1001, "/tiendo")
    [text] = texts(await player.send(1001, "[Ghi 406-14 → Vướng mắc?]"), 1001)
    assert "/capnhat 406-14 vướng mắc cho bo xd huong dan" in text
    assert statuses(db_url, capsys) == []  # the lapsed press writes nothing
    await player.send(1001, "/nop pl3")
    said = texts(await player.send(1001, "/tiendo"), 1001)
    assert any(t.startswith("Đã bỏ phần nhập Phụ lục III;") for t in said)
    [text] = texts(await player.send(1001, "Cấp tỉnh; Xây dựng; Cấp phép xây dựng; 3"), 1001)
    assert text.startswith("Không có biểu nào đang mở") and "/nop pl3" in text
    assert "406-14 ·" not in text  # not a row's card, as a question would be answered
    assert statuses(db_url, capsys) == []
