"""ux32 (also seen): a district asking "bên em phải góp ý cho sở nào" was answered one task's
line naming no Sở. It gets every task it only supports, each with its key, the owners' date and
the units whose deliverable it comments on; "nộp cho ai" still says where the document goes.
Nothing is written."""

from __future__ import annotations

from tests.botkit import register, texts

HAM_YEN = "UBND huyện Hàm Yên"


async def test_a_district_is_told_whose_deliverables_it_comments_on(player):
    await player.line("@ 2021-04-13 08:00")
    await register(player, 2001, HAM_YEN, "Tran Van Binh")
    [text] = texts(await player.send(2001, "ben em phai gop y cho so nao"), 2001)
    assert text.startswith(f"{HAM_YEN} phối hợp, góp ý cho các đơn vị nộp (2 nhiệm vụ)"), text
    biểu, phụ_lục = text.index("tq-2021-04-20"), text.index("tq-2021-05-20")
    assert biểu < phụ_lục, text  # in date order, each with the owners' date
    assert "hạn của đơn vị nộp: 20/4/2021 (còn 7 ngày)" in text, text
    assert "Góp ý cho 19 đơn vị: Sở Xây dựng; Sở Y tế" in text, text
    assert "Góp ý cho 17 đơn vị: Sở Xây dựng" in text and "Công an tỉnh" in text, text
    assert "quá hạn" not in text, text
    [recipient] = texts(await player.send(2001, "biểu 02 nộp cho ai"), 2001)
    assert recipient.startswith("📮 Gửi về: Sở Thông tin và Truyền thông"), recipient
    assert player.app.bot_data["services"].repo.history() == []
