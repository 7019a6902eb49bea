"""Fields typed into the chat's forms (ux26 #10): "4" as the level of a Phụ lục III line was
refused as "không hợp lệ", though the list is about level 4; it now gets the rule from the form's
own columns (the level provided now, 2 or 3; a service at level 4 is not in it). In /dexuat,
"muc 4" typed where the sector is asked was taken as the sector, and the next step then refused
"quy 3"; it is now refused as the level's answer, the step asked again saying what it wants.
Through the emulator and the real Application; the database is read after each step."""

from __future__ import annotations

from tests.botkit import register, texts
from tests.e2e.test_proposal_words import proposals
from tests.e2e.test_submissions import repo

LDTBXH = "Sở Lao động, Thương binh và Xã hội"


async def test_level_four_on_phu_luc_iii_gets_the_rule(player):
    await player.line("@ 2021-04-26 08:00")
    await register(player, 3001, "so ldtbxh", "Phạm Thị Lan")
    await player.send(3001, "/nop pl3")
    out = texts(
        await player.send(3001, "cấp tỉnh; Bảo trợ xã hội; Trợ cấp xã hội hàng tháng; 4"), 3001
    )
    assert out == [
        "«4»: Phụ lục III ghi mức độ đang cung cấp (2 hoặc 3, hoặc để trống); dịch vụ đã ở mức "
        "độ 4 thì không thuộc Phụ lục III. Gõ lại dòng với mức 2 hoặc 3. /huy để dừng."
    ]
    out = texts(
        await player.send(3001, "cấp tỉnh; Bảo trợ xã hội; Trợ cấp xã hội hàng tháng; 3"), 3001
    )
    assert "Phụ lục III của Sở Lao động, Thương binh và Xã hội: 1 dòng" in out[0], out
    await player.send(3001, "[✅ Nộp]")
    [sent] = repo(player).submissions(agency=LDTBXH, form="pl3")
    assert (sent.version, sent.by, sent.source) == (1, 3001, "chat")
    assert sent.summary == "1 dịch vụ (cấp tỉnh 1) trong 1 lĩnh vực"


async def test_another_fields_answer_at_the_sector_step_is_asked_again(player):
    await register(player, 6001, "Sở Xây dựng", "Lý Văn Hùng")
    await player.send(6001, "/dexuat")
    await player.send(6001, "Cấp giấy phép di dời công trình")
    out = texts(await player.send(6001, "muc 4"), 6001)
    assert out == [
        "“muc 4” là câu trả lời cho mục Mức độ, không phải lĩnh vực. Bước này hỏi lĩnh vực "
        "của dịch vụ (ví dụ: Xây dựng, Hộ tịch); không rõ thì bấm Bỏ qua. /huy để dừng."
    ]
    for typed, then in (("Xây dựng", "(3/8)"), ("cap tinh", "(4/8)"), ("muc 4", "(5/8)")):
        out = texts(await player.send(6001, typed), 6001)
        assert then in out[-1], (typed, out)
    await player.send(6001, "[Sở Xây dựng]")
    await player.send(6001, "ko")
    await player.send(6001, "quy 3")
    out = texts(await player.send(6001, "khong"), 6001)
    assert "Đã ghi đề xuất" in out[-1], out
    [saved] = proposals(player, "Sở Xây dựng")
    assert (saved.sector, saved.tier, saved.level) == ("Xây dựng", "tinh", 4)
