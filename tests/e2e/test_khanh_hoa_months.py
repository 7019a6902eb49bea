"""Khánh Hòa, through the emulator: its monthly sync a year and more after its plan (ux21 #7): a
month typed without its year is that month past or current in a question and in /capnhat alike,
and a bare id that would settle an occurrence a year old asks which one, writing nothing; its
district units, from vietnam-provinces, each registered as itself (ux21 #8)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.player import Player
from knowledge.catalogue.occurrence_names import month_year
from tests.botkit import ADMIN, register, start_on, texts

UNIT = "Ban Điều hành Đề án thành lập Trung tâm Dịch vụ hành chính công trực tuyến tỉnh"
SYNC = "kh-monthly-sync"


def test_a_month_without_its_year_is_the_one_past_or_current():
    today = date(2021, 12, 1)
    assert [month_year(m, today) for m in (11, 12, 1)] == [2021, 2021, 2021]
    assert month_year(12, date(2021, 11, 30)) == 2020


@pytest.fixture
async def khanh_hoa(tmp_path, db_url):
    p = Player(db_url, [ADMIN], province="khanh-hoa", files_dir=tmp_path / "files")
    await start_on(p, "@ 2020-04-13 08:00")
    yield p
    await p.stop()
    assert p.emulator.refusals() == []


async def test_a_district_officer_registers_to_the_district_named(khanh_hoa):
    player = khanh_hoa
    said = texts(await player.send(3201, "/dangky ubnd huyen dien khanh"), 3201)[0]
    assert "cán bộ của UBND huyện Diên Khánh." in said
    registered = player.app.bot_data["services"].repo.officer(3201)
    assert registered is not None and registered.agency == "UBND huyện Diên Khánh"
    out = await player.send(3202, "/dangky UBND huyện")
    labels = [b for c in out if c["buttons"] for row in c["buttons"] for b in row]
    assert "UBND thị xã Ninh Hòa" in labels and "UBND thành phố Nha Trang" in labels


async def test_november_is_this_years_and_a_year_old_occurrence_is_asked(khanh_hoa):
    player = khanh_hoa
    await register(player, 3301, UNIT, "Tâm")
    await player.line("@ 2021-12-01 09:00")
    said = texts(await player.send(3301, "dong bo thang 11 xong chua nhi"), 3301)[0]
    assert f"{SYNC} tháng 11/2021" in said and "tháng 11/2020" not in said
    said = texts(await player.send(3301, f"/capnhat {SYNC} T11 xong"), 3301)[0]
    assert f"{SYNC} tháng 11/2021" in said

    said = texts(await player.send(3301, f"/capnhat {SYNC} xong"), 3301)[0]
    assert f"{SYNC} tháng 12/2020 (tháng 12/2020, hạn 1/12/2020, quá hạn 365 ngày)" in said
    assert f"/capnhat {SYNC} tháng 12/2021 hoàn thành" in said
    assert "(tháng 12/2021, hạn hôm nay)" in said
    assert said.endswith("Không có gì thay đổi.")
    # said in words, the same choice, never a button that writes the year-old one
    out = await player.send(3301, "dong bo xong roi")
    assert texts(out, 3301)[0] == said and not [c for c in out if c["buttons"]]
    repo = player.app.bot_data["services"].repo
    assert repo.current(f"{SYNC}@2020-12-01", UNIT) is None
    assert repo.current(f"{SYNC}@2021-12-01", UNIT) is None
