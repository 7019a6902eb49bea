"""Questions in chat and inline, end to end: the real Application against the emulator."""

from __future__ import annotations

from knowledge.render.answers import to_plain
from knowledge.render.messages import shown_length
from tests.botkit import register, texts


async def test_a_task_question_in_chat(player):
    await register(player, 1001, "Sở Y tế")
    out = texts(await player.send(1001, "bieu 02 nop khi nao a"), 1001)
    answer = out[-1]
    assert "tq-2021-04-20" in answer and "trước ngày 20/4/2021" in answer
    assert "còn 7 ngày" in answer and "Sở Y tế: thuộc đối tượng phải thực hiện" in answer
    # only the date was asked: the steps and the dossier are one code away, not in the way
    assert "Bước 1" not in answer and "Hồ sơ gồm" not in answer
    assert "Các bước, hồ sơ: gõ tq-2021-04-20 để xem đủ" in answer
    full = texts(await player.send(1001, "tq-2021-04-20"), 1001)[-1]
    assert "Bước 1" in full and "Hồ sơ gồm" in full and "trước ngày 20/4/2021" in full


async def test_a_weak_match_offers_buttons_and_a_press_answers(player):
    calls = await player.send(1001, "thuế")
    [message] = [c for c in calls if c["method"] == "sendMessage"]
    assert "Có phải bạn hỏi" in to_plain(message["text"])
    labels = [row[0] for row in message["buttons"]]
    assert 2 <= len(labels) <= 4 and all(" · " in label for label in labels)
    key = labels[0].split(" · ")[0]
    out = texts(await player.send(1001, "[#1]"), 1001)
    assert out[-1].startswith(f"{key} · ") and "Hạn" in out[-1]


async def test_an_unrecognised_question_gets_examples(player):
    out = texts(await player.send(1001, "abc xyz"), 1001)
    assert "Tôi chưa hiểu câu hỏi này" in out[-1] and "Bạn có thể hỏi" in out[-1]


async def test_inline_answers_a_task_and_an_agency_not_only_rows(player):
    await player.inline(1001, "phụ lục 4")
    [results] = player.emulator.inline_answers[-1:]
    first = results[0]["input_message_content"]["message_text"]
    assert "tq-2021-05-20" in first and "Phụ lục IV" in to_plain(first)
    await player.inline(1001, "sở xây dựng phải làm gì")
    results = player.emulator.inline_answers[-1]
    first = to_plain(results[0]["input_message_content"]["message_text"])
    assert first.startswith("Sở Xây dựng — Tuyên Quang: chủ trì")
    assert any(r["title"].startswith("406-14 · ") for r in results[1:])


async def test_a_long_inline_answer_is_cut_at_a_line_and_says_how_to_see_the_rest(player):
    await player.inline(1001, "từ nay đến cuối năm có gì đến hạn")
    results = player.emulator.inline_answers[-1]
    body = results[0]["input_message_content"]["message_text"]
    full = player.app.bot_data["services"].assistant.ask(
        "từ nay đến cuối năm có gì đến hạn", player.clock.today(), "tuyen-quang"
    )
    assert shown_length(full.html) > 4096  # the whole answer would not fit one message
    assert shown_length(body) <= 4096 and "còn nữa: nhắn riêng cho bot" in to_plain(body)
    kept = body.rsplit("\n", 1)[0]
    assert full.html.startswith(kept)  # whole lines, markup intact
    assert player.emulator.refusals() == []


async def test_never_sure_and_wrong_in_chat(player):
    await register(player, 1001, "Sở Y tế")
    # a service beside an agency, that no row holds: said so, not the agency's list
    out = texts(
        await player.send(1001, "công an tỉnh có cấp giấy phép mang súng săn qua mạng chưa"), 1001
    )
    assert "không có trong danh mục" in out[-1] and "Công an tỉnh — Tuyên Quang" not in out[-1]
    # a row named with the asker's story around it: offered, never "not in the catalogue"
    calls = await player.send(
        1001, "con trai mua mảnh đất, làm sang tên sổ đỏ cho vợ trên mạng hạn nào"
    )
    [message] = [c for c in calls if c["method"] == "sendMessage"]
    assert "Có phải bạn hỏi" in to_plain(message["text"])
    assert message["buttons"][0][0].startswith("406-20 · ")
    # "late" in talk of something else is no report of the officer's work
    out = texts(await player.send(1001, "họp chi bộ chậm nửa tiếng có sao không"), 1001)
    assert "Tôi chưa hiểu câu hỏi này" in out[-1] and "tq-2021-04-20" not in out[-1]


async def test_a_service_told_as_a_story_is_offered_and_a_press_answers(player):
    # the circumstances first, then the service: offered as a choice, never "not in the
    # catalogue"; the button answers the row
    calls = await player.send(
        1001, "nhà em ở xa trung tâm, đi lại vất vả, muốn đổi giấy phép lái xe trên mạng"
    )
    [message] = [c for c in calls if c["method"] == "sendMessage"]
    assert "Có phải bạn hỏi" in to_plain(message["text"])
    assert "không có trong danh mục" not in to_plain(message["text"])
    assert message["buttons"][0][0].startswith("406-22 · ")
    out = texts(await player.send(1001, "[#1]"), 1001)
    assert out[-1].startswith("406-22 · ") and "Hạn" in out[-1]


async def test_a_service_outside_the_catalogues_is_said_so_to_anyone(player):
    # a fresh user, no agency: a service question is answered whatever the registration,
    # quoted whole ("đăng kiểm" is printed only in 411-11's ministry part, not a title)
    out = texts(await player.send(1001, "dang kiem o to han khi nao"), 1001)
    assert "“dang kiem o to” không có trong danh mục" in out[-1], out[-1]
    assert "thuộc cơ quan nào" not in out[-1]
    # beside "not there", the rows of the sector that names it (hộ tịch: Bộ Tư pháp's rows)
    out = texts(await player.send(1001, "cap ban sao trich luc ho tich"), 1001)
    assert "không phải dịch vụ bạn hỏi" in out[-1] and "406-7 " in out[-1], out[-1]
