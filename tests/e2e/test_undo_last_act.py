"""/hoantac undoes the person's last act whatever its kind: the coordinator's withdrawal of a
letter right after it, not an hour-old status it had written for a unit (the usability test's
"Nút Hoàn tác chỉ dùng được trong 10 phút sau khi ghi …")."""

from __future__ import annotations

from pathlib import Path

from tests.botkit import ADMIN, texts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


async def play(player, script: str) -> list[dict]:
    calls: list[dict] = []
    for line in script.strip().splitlines():
        calls += await player.line(line.strip())
    return calls


def in_force(player) -> list[int]:
    letters = player.app.bot_data["services"].letters
    return [p.id for p in letters.in_force()]


PUBLISHED = f"""
    @ 2021-08-02 08:00
    {ADMIN} > /capnhat 406-14 Sở Xây dựng xong
    {ADMIN} < {EXAMPLES}/letter_2021-08.txt
    @ 2021-08-02 09:00
    {ADMIN} > [Công bố]
    """


async def test_hoantac_after_a_withdrawal_puts_the_letter_back_not_the_old_status(player):
    await play(player, PUBLISHED)
    (letter,) = in_force(player)
    await play(player, f"{ADMIN} > /congvan\n{ADMIN} > [Thu hồi]\n{ADMIN} > [🗑 Thu hồi công văn]")
    assert in_force(player) == []
    out = texts(await player.line(f"{ADMIN} > /hoantac"), ADMIN)
    assert out[0].startswith(
        "↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 1 (nay là phiên bản 3"
    ), out
    assert in_force(player) == [letter]
    repo = player.app.bot_data["services"].repo
    assert repo.current("406-14", "Sở Xây dựng").new == "hoan_thanh"  # untouched
    # the undo is not undone again in silence: what it was is said
    out = texts(await player.line(f"{ADMIN} > /hoantac"), ADMIN)
    assert out[0].startswith("Bạn vừa hoàn tác: 3 · 2/8/2021 09:00 · quay lại phiên bản 1"), out
    assert in_force(player) == [letter]


async def test_hoantac_names_a_publication_past_its_ten_minutes_rather_than_an_older_write(
    player,
):
    await play(player, PUBLISHED)
    (letter,) = in_force(player)
    await player.line("@ 2021-08-02 09:30")
    out = texts(await player.line(f"{ADMIN} > /hoantac"), ADMIN)
    assert out == [
        "Thay đổi gần nhất của bạn: 1 · 2/8/2021 09:00 · công bố công văn "
        f"{letter} (letter_2021-08.txt) · 1 công văn. Đã quá 10 phút: không hoàn tác bằng "
        "/hoantac được nữa; quay lại phiên bản 0 trong /congvan lichsu. Không có gì thay đổi."
    ]
    assert in_force(player) == [letter]


async def test_hoan_tac_typed_offers_the_letters_undo_by_a_button(player):
    await play(player, PUBLISHED)
    calls = await player.line(f"{ADMIN} > hoàn tác")
    out = texts(calls, ADMIN)
    assert out[0].startswith("Thay đổi gần nhất của bạn về công văn: 1 · 2/8/2021 09:00 · công bố")
    assert in_force(player)  # nothing undone before the press
    out = texts(await player.line(f"{ADMIN} > [Hoàn tác]"), ADMIN)
    assert out[0].startswith("↩️ Đã hoàn tác: dùng lại các công văn của phiên bản 0"), out
    assert in_force(player) == []


async def test_hoan_tac_after_a_giao_offers_the_table_first_and_names_the_older_write(player):
    """ux36 #3: "hoàn tác" right after a /giao row was applied offered only an older write of
    another kind; the table's version is the last write, the publication before it is named
    beside it as a choice of its own."""
    await play(player, PUBLISHED)
    (letter,) = in_force(player)
    await play(player, f"{ADMIN} > /giao 406-22 han thang 10\n{ADMIN} > [Áp dụng]")
    services = player.app.bot_data["services"]
    province = services.config.province
    assert services.tables.in_force_number(province) == 1
    for asked in ("hoàn tác", "hoan tac"):
        calls = await player.line(f"{ADMIN} > {asked}")
        (out,) = texts(calls, ADMIN)
        assert out.startswith(
            "Thay đổi gần nhất của bạn: sửa đổi /giao 406-22 — bảng phân công phiên bản 1"
        ), out
        assert [b for row in calls[-1]["buttons"] for b in row] == [
            "Hoàn tác bảng phân công",
            "Hoàn tác công văn",
        ]
        assert "\nTrước đó: 1 · 2/8/2021 09:00 · công bố công văn" in out, out
        # nothing undone before a press
        assert services.tables.in_force_number(province) == 1 and in_force(player) == [letter]
    out = texts(await player.line(f"{ADMIN} > [#1]"), ADMIN)
    assert out == ["↩️ Đã hoàn tác: dùng lại phiên bản 0 (nay là phiên bản 2, 43 mục)."]
    assert services.tables.in_force_number(province) == 2 and in_force(player) == [letter]
    assert services.repo.current("406-14", "Sở Xây dựng").new == "hoan_thanh"  # untouched
    # the step back is the last write now: said, and neither it nor the status is undone
    for asked in ("hoàn tác", "/hoantac"):
        out = texts(await player.line(f"{ADMIN} > {asked}"), ADMIN)
        assert out == [
            "Bạn vừa đưa bảng phân công về phiên bản 0 (nay là phiên bản 2); không còn gì để "
            "hoàn tác. Không có gì thay đổi."
        ], out
    assert services.tables.in_force_number(province) == 2 and in_force(player) == [letter]
