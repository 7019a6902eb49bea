"""The province's views and a unit's own view reconcile (ux16a item 7): /tiendo tinh had no line
for a district unit (they only coordinate 406-11), and /quahan tinh listed one late item for Sở
Tư pháp while its own /tiendo counted two, 406-20 being a row it coordinates. The coordinating
rows are now shown in the province's views, counted apart, and each side says the split."""

from __future__ import annotations

from tests.botkit import ADMIN, register, texts


async def test_district_lines_and_the_coordinating_rows_apart(player):
    await player.line("@ 2021-06-30 08:00")
    await register(player, 3001, "Sở Tư pháp", "Lê Thị Hoa")
    await register(player, 2001, "chiem hoa", "Hoàng Văn Dũng")
    [board] = texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN)
    lines = board.splitlines()
    # a line for each district unit, and for Sở Tư pháp its coordinating row apart
    # counted apart, no percentage in any view (a share of a row it only helps read as failing)
    assert "• UBND huyện Chiêm Hóa: phối hợp 0/1 xong" in lines
    assert sum(line.startswith("• UBND ") for line in lines) == 7
    mine = "0/5 xong (0%), ❗2 quá hạn; phối hợp 0/1 xong, ❗1 quá hạn"
    assert f"• Sở Tư pháp: {mine}" in lines
    assert "Toàn tỉnh: 0/85 xong (0%), ❗45 quá hạn" in lines  # nothing counted twice
    # u24c: whatever a unit only coordinates carries no percentage, the province's line too
    assert not [x for x in lines if "%" in x.lower().partition("phối hợp")[2]]
    # the Sở's own view: the same split under its total
    [own] = texts(await player.send(3001, "/tiendo"), 3001)
    # u23c #5: its percentage is that of its rows and tasks, the row it coordinates apart
    assert own.splitlines()[0].startswith("Tiến độ Sở Tư pháp — 0/5 xong (0%), ❗2 quá hạn")
    assert "Phối hợp (đếm riêng, không tính vào tỉ lệ): 0/1 mục báo xong, ❗1 quá hạn" in own
    # /quahan tinh (in full: said by unit it would name only keys) lists the row the Sở
    # coordinates, marked, and counts it apart
    late = "\n".join(texts(await player.send(ADMIN, "/quahan tinh du"), ADMIN))
    assert "45 mục quá hạn ở 19 cơ quan; phối hợp: 8 mục ở 7 đơn vị (đếm riêng)" in late
    section = late.split("Sở Tư pháp — ", 1)[1].split("\n\n", 1)[0]
    assert section.startswith("3 mục (1 phối hợp)") and "406-20" in section
    assert "[phối hợp]" in section
    [own] = texts(await player.send(3001, "/quahan"), 3001)
    assert "3 mục quá hạn (trong đó 1 mục phối hợp)" in own and "406-20" in own

    # a district's write shows in the coordinator's view
    await player.send(2001, "/capnhat 406-11 xong")
    repo = player.app.bot_data["services"].repo
    assert repo.current("406-11", "UBND huyện Chiêm Hóa").new == "hoan_thanh"
    [board] = texts(await player.send(ADMIN, "/tiendo tinh"), ADMIN)
    assert "• UBND huyện Chiêm Hóa: phối hợp 1/1 xong" in board.splitlines()
    assert "Toàn tỉnh: 0/85 xong (0%), ❗45 quá hạn" in board.splitlines()
