"""ux31 #2 and #3, end to end: "a nham, de em gui lai" after a file was the help block, and a
registration typed after a greeting or a self-introduction was read as the services titled
"Đăng ký …" (nothing requested). The database asserted after each."""

from __future__ import annotations

from knowledge.render.answers import to_plain
from tests.botkit import texts
from tests.e2e.test_tryout_2023 import PDF, play, services
from tests.e2e.test_ux18b_fixes import HAM_YEN, MONTHLY, published

NOT_UNDERSTOOD = "Tôi chưa hiểu"


async def test_an_apology_then_let_me_resend_after_a_filed_file_says_how(player):
    await published(player)
    subs = services(player).submissions
    await play(player, "@ 2021-09-27 08:00")
    await player.upload(1102, "hamyen_t9.pdf", PDF, name="Nguyễn Văn Bình")
    await play(player, "1102 > [#1]")
    out = texts(await play(player, "1102 > a nham, de em gui lai"), 1102)
    assert out == [
        f"Gửi lại tệp cho {MONTHLY} tháng 9/2021: gửi tệp mới vào đây (hoặc gõ /nop {MONTHLY} "
        "tháng 9/2021 rồi gửi tệp). Lần nộp 1 (hamyen_t9.pdf) đang được tính; bản mới sẽ thay nó."
    ]
    task = f"{MONTHLY}@2021-09-28"
    assert [s.version for s in subs.submissions(task=task, agency=HAM_YEN)] == [1]
    out = texts(await player.upload(1102, "hamyen_t9_dung.pdf", PDF), 1102)
    assert out[0].startswith("✅ Đã nhận tệp hamyen_t9_dung.pdf"), out
    kept = subs.submissions(task=task, agency=HAM_YEN)
    assert [(s.version, s.file_name) for s in kept][-1] == (2, "hamyen_t9_dung.pdf")


async def test_the_same_words_before_the_press_drop_the_file_and_get_no_help_block(player):
    await published(player)
    subs = services(player).submissions
    await play(player, "@ 2021-09-27 08:00")
    await player.upload(1102, "hamyen_t9.pdf", PDF, name="Nguyễn Văn Bình")
    out = texts(await play(player, "1102 > à nhầm, để em gửi lại nhé"), 1102)
    assert out and not any(NOT_UNDERSTOOD in t for t in out), out
    assert any("Gửi lại tệp" in t for t in out), out
    assert subs.submissions(task=f"{MONTHLY}@2021-09-28", agency=HAM_YEN) == []


async def test_a_registration_after_a_greeting_or_an_introduction_is_requested(player):
    repo = services(player).repo
    for user, text, agency in (
        (1201, "chao bot, cho em dk so tu phap voi a", "Sở Tư pháp"),
        (1202, "xin chao, em dang ky so y te", "Sở Y tế"),
        (1203, "em la can bo ubnd huyen ham yen, dk ubnd huyen ham yen a", "UBND huyện Hàm Yên"),
    ):
        calls = await play(player, f"{user} Cán Bộ {user} > {text}")
        [said] = [c for c in calls if c["chat_id"] == user]
        assert to_plain(said["text"]).startswith(
            f"Đã gửi yêu cầu đăng ký làm cán bộ của {agency}."
        ), said
        assert said["buttons"] == [["↩️ Rút yêu cầu"]]
        officer = repo.officer(user)
        assert (officer.agency, officer.state) == (agency, "pending")


async def test_a_registered_officers_same_sentence_is_no_new_request(player):
    await published(player)
    repo = services(player).repo
    out = texts(await play(player, "1101 > xin chao, em dang ky so y te"), 1101)
    assert out == ["Bạn đã là cán bộ của Sở Y tế; không cần đăng ký lại."]
    out = texts(await play(player, "1101 > chao bot, cho em dk so tu phap voi a"), 1101)
    assert not any("Đã gửi yêu cầu" in t for t in out), out
    officer = repo.officer(1101)
    assert (officer.agency, officer.state) == ("Sở Y tế", "approved")
