""" "How long until my deadline" also says what is already late (round 14a, item 10): on 12/5
Sở Y tế was told "20/5, còn 8 ngày" while BIỂU 02 of 20/4 was 22 days late, which /quahan and
"bên em có bị chậm không" did say. The late items are the standing rule's, from the database:
once the dossier is marked sent, the line is gone."""

from __future__ import annotations

from tests.botkit import register, texts


async def test_the_next_deadline_names_what_is_already_late_until_it_is_sent(player):
    await player.line("@ 2021-05-12 08:00")
    await register(player, 1002, "Sở Y tế", "Trần Thị Bình")
    [before] = texts(await player.send(1002, "con bao nhieu ngay nua den han"), 1002)
    assert "20/5/2021" in before and "còn 8 ngày" in before
    assert "⚠️ Đã quá hạn: tq-2021-04-20 (hạn 20/4/2021, quá hạn 22 ngày). Xem /quahan." in before
    await player.send(1002, "/capnhat tq-2021-04-20 đã nộp")
    [after] = texts(await player.send(1002, "con bao nhieu ngay nua den han"), 1002)
    assert "20/5/2021" in after and "Đã quá hạn" not in after
    # /quahan agrees: nothing late once the dossier is sent
    [late] = texts(await player.send(1002, "/quahan"), 1002)
    assert "Không có mục nào còn quá hạn" in late
    # sent late is said as such, never dropped nor counted late (ux30 #4)
    assert "🕓 📌 tq-2021-04-20 Biểu 02 — đã nộp muộn 22 ngày (nộp 12/5/2021" in late


async def test_a_row_late_for_its_first_date_is_named_with_that_date(player):
    """406-22: 31/8 (the province's) passed, 30/9 (the decision's) to come: the answer says it
    late for 31/8 with the decision's 30/9 beside as the decision's, once, not "due in 24 days"
    (ux15 tester; ux22 #1: not listed as the unit's nearest date)."""
    await player.line("@ 2021-09-06 08:00")
    await register(player, 1002, "Sở Y tế", "Trần Thị Bình")
    await player.send(1002, "/capnhat tq-2021-04-20 đã nộp")
    await player.send(1002, "/capnhat tq-2021-05-20 đã nộp")
    [answer] = texts(await player.send(1002, "con bao nhieu ngay nua den han"), 1002)
    assert "406-22 (hạn 31/8/2021 (quá hạn 6 ngày); hạn QĐ 406: 30/9/2021)" in answer
    assert "còn 24 ngày" not in answer and answer.count("406-22") == 1
