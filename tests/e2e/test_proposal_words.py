"""The /dexuat form keeps what was typed (ux13 #4): a step's answer typed as words is that
step's answer ("ko", "khong co" for "Không có"; "muc 4", "quy 3", "q3", "cap huyen" for the
buttons), never a question that drops the form; /dexuat typed part-way asks whether to go on
or start again. Through the emulator and the real Application; the database asserted after the
write.
"""

from __future__ import annotations

from tests.botkit import register, texts


def proposals(player, agency="Sở Y tế"):
    return player.app.bot_data["services"].proposals.list(agency)


async def test_typed_forms_of_the_buttons_answer_their_steps(player):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.send(4001, "/dexuat dang ky kham benh truc tuyen")
    steps = (
        ("y te", "(3/8)"),
        ("cap huyen", "(4/8)"),
        ("muc 4", "(5/8)"),
        ("syt", "(6/8)"),
        ("ko", "(7/8)"),
        ("q3", "(8/8)"),
    )
    for typed, then in steps:
        out = texts(await player.send(4001, typed), 4001)
        assert len(out) == 1 and then in out[0], (typed, out)
    out = texts(await player.send(4001, "khong"), 4001)
    assert "Đã ghi đề xuất" in out[-1] and "Đã bỏ" not in "\n".join(out)
    [saved] = proposals(player)
    assert (saved.tier, saved.level, saved.coordinate, saved.quarter, saved.note) == (
        "huyen",
        4,
        (),
        "Quý III/2021",
        "",
    )


async def test_a_refused_word_says_what_the_step_takes_and_keeps_the_form(player):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.send(4001, "/dexuat Cấp lại chứng chỉ hành nghề dược")
    for typed in ("Dược", "tinh"):
        await player.send(4001, typed)
    out = texts(await player.send(4001, "muc 5"), 4001)
    assert out == ["Hãy chọn Mức 3 hoặc Mức 4 (gõ 3 hoặc 4). /huy để dừng."]
    out = texts(await player.send(4001, "mức độ 3"), 4001)
    assert "(5/8)" in out[-1]
    await player.send(4001, "[Sở Y tế]")
    out = texts(await player.send(4001, "khong co"), 4001)
    assert "(7/8)" in out[-1]
    # "ko" where a quarter is asked: asked again, the six answers kept (it dropped the form)
    out = texts(await player.send(4001, "ko"), 4001)
    assert out == ["Hãy chọn Quý II/2021 hoặc Quý III/2021. /huy để dừng."]
    out = texts(await player.send(4001, "quy 3"), 4001)
    assert "(8/8)" in out[-1]


async def test_dexuat_part_way_asks_to_go_on_or_start_again(player):
    await register(player, 4001, "Sở Y tế", "Y")
    await player.send(4001, "/dexuat Cấp lại chứng chỉ hành nghề dược")
    await player.send(4001, "Dược")
    out = texts(await player.send(4001, "/dexuat them dich vu moi"), 4001)
    assert out == [
        "Bạn đang nhập dở một đề xuất «Cấp lại chứng chỉ hành nghề dược»: đã trả lời 2/8 "
        "bước, đang ở bước 3 (Cấp). Tiếp tục, hay bỏ phần đã nhập và bắt đầu lại?"
    ]
    out = texts(await player.send(4001, "[▶️ Tiếp tục]"), 4001)
    assert "(3/8) Dịch vụ thuộc cấp nào?" in out[-1]
    for typed in ("tinh", "3", "[Sở Y tế]", "[Không có]", "[Quý II/2021]"):
        await player.send(4001, typed)
    out = texts(await player.send(4001, "/dexuat"), 4001)
    assert "đã trả lời 7/8 bước" in out[-1]
    out = texts(await player.send(4001, "[🔄 Bắt đầu lại]"), 4001)
    assert "(1/8) Tên dịch vụ" in out[-1]
    assert proposals(player) == []  # nothing written from the one dropped
    await player.send(4001, "/dexuat Đăng ký khám bệnh trực tuyến")
    out = texts(await player.send(4001, "/dexuat"), 4001)
    await player.send(4001, "[🔄 Bắt đầu lại]")
    # "Bắt đầu lại" after "/dexuat <name>": the name typed with it answers the first step
    await player.send(4001, "/dexuat Cấp phép hoạt động dược")
    out = texts(await player.send(4001, "[🔄 Bắt đầu lại]"), 4001)
    assert "Tên dịch vụ: Cấp phép hoạt động dược" in out[-1] and "(2/8)" in out[-1]


async def make(player, user=4001):
    await player.send(user, "/dexuat Cấp lại chứng chỉ hành nghề dược")
    for step in ("Dược", "[Cấp tỉnh]", "[Mức 3]", "[Sở Y tế]", "[Không có]", "[Quý II/2021]"):
        await player.send(user, step)
    await player.send(user, "[Bỏ qua]")
    [saved] = proposals(player)
    return saved.id


async def test_an_edit_asks_which_field_and_reads_a_field_shaped_answer_for_its_field(player):
    """ux13 #5: "muc 4" typed first in an edit was the service's new name."""
    await register(player, 4001, "Sở Y tế", "Y")
    pid = await make(player)
    await player.send(4001, "/dexuat")
    out = texts(await player.send(4001, f"[✏️ Sửa #{pid}]"), 4001)
    assert out[-1].startswith(f"Sửa đề xuất #{pid}: Cấp lại chứng chỉ hành nghề dược. Sửa mục")
    assert "• Mức: 3" in out[-1] and "• Phối hợp: —" in out[-1]
    out = texts(await player.send(4001, "muc 4"), 4001)
    assert out[-1].startswith(f"✅ Đã sửa đề xuất #{pid}: Cấp lại chứng chỉ hành nghề dược")
    assert "Mức: 3 → 4" in out[-1] and "Tên" not in out[-1]
    [saved] = proposals(player)
    assert (saved.name, saved.level) == ("Cấp lại chứng chỉ hành nghề dược", 4)

    # the name chosen: the step says which field it changes, and "muc 4" is no name
    await player.send(4001, "/dexuat")
    await player.send(4001, f"[✏️ Sửa #{pid}]")
    out = texts(await player.send(4001, "sua ten"), 4001)
    assert out[-1].startswith(f"Sửa đề xuất #{pid} — mục Tên")
    out = texts(await player.send(4001, "muc 4"), 4001)
    assert out == [
        "“muc 4” là câu trả lời cho mục Mức độ, không phải tên dịch vụ. Hãy gõ tên đầy đủ "
        "của dịch vụ. /huy để dừng."
    ]
    out = texts(await player.send(4001, "Cấp lại chứng chỉ hành nghề dược cho cá nhân"), 4001)
    assert (
        "Tên: Cấp lại chứng chỉ hành nghề dược → Cấp lại chứng chỉ hành nghề dược cho cá"
        in (out[-1])
    )
    [saved] = proposals(player)
    assert (saved.name, saved.level) == ("Cấp lại chứng chỉ hành nghề dược cho cá nhân", 4)

    # the coordinating agencies' step shows their value now, even when there are none
    await player.send(4001, "/dexuat")
    await player.send(4001, f"[✏️ Sửa #{pid}]")
    out = texts(await player.send(4001, "[Phối hợp]"), 4001)
    assert "mục Phối hợp" in out[-1] and "Hiện tại: —" in out[-1]
    out = texts(await player.send(4001, "cong an tinh"), 4001)
    assert "Phối hợp: — → Công an tỉnh" in out[-1]
    [saved] = proposals(player)
    assert saved.coordinate == ("Công an tỉnh",)
