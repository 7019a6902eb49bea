"""What end-to-end tests share: the admin id, starting a player on its script's first moment,
reading the bot's texts, registering an officer."""

from __future__ import annotations

from bot.script_file import clock_moment
from knowledge.render.answers import to_plain

ADMIN = 9000


def texts(calls, chat=None):
    return [
        to_plain(c["text"])
        for c in calls
        if c["method"] in ("sendMessage", "editMessageText")
        and (chat is None or c["chat_id"] == chat)
        and c["text"]
    ]


async def register(player, user=1001, agency="Sở Xây dựng", name="Nguyễn Văn An"):
    await player.send(user, f"/dangky {agency}", name=name)
    await player.send(ADMIN, f"/duyet {user}")


async def start_on(player, script: str | list[str]) -> None:
    """Start `player` at the moment its script's first line sets ("@ 2021-04-13 08:00"; comments
    and blank lines before it skipped), as the `player` fixture does (tests/conftest.py): started
    on the machine's clock, the start's catch-up tick ran on today's date and, on a Monday, built
    the coordinator's digest of everything late by then (~40 ms of CPU a start), which no test
    reads; the script's clock line then took the bot back to 2021. A first line that sets no
    clock leaves the machine's."""
    lines = [script] if isinstance(script, str) else script
    first = next((line for line in lines if line.strip() and not line.strip().startswith("#")), "")
    moment = clock_moment(first)
    if moment is not None:
        player.clock.set(moment)
    await player.start()


def sketched_charts(monkeypatch) -> None:
    """The charts' pictures as a few bytes, for a story that checks what a chart counts (its
    caption, `chart_data`, that a photo is sent) and never how it is drawn: a province's picture
    is ~1 s of CPU under matplotlib (the figure, then a tight PNG at 110 dpi), the most costly
    single step of the stories that press "📊 Xem biểu đồ". What is drawn, and when there is
    nothing to draw, is decided as the product decides it (`chart_data`; None: the refusal);
    only the drawing is left out. The real pictures are drawn by tests/e2e/test_bot_reports.py
    (an agency's, read back as PNG), tests/usecases/test_progress.py (both kinds) and
    tests/knowledge/render and rules (the figures' panels and labels)."""
    from knowledge.render.charts import Bar, chart_data
    from usecases import progress

    def sketch(bars: list[Bar]) -> bytes | None:
        if not bars:
            return None
        return PNG_SIGNATURE + ";".join(f"{b.agency}:{b.total}:{b.late}" for b in bars).encode()

    def agency_chart(catalogue, province, agency, marks, today):
        return sketch(chart_data(catalogue, province, marks, today, agency))

    monkeypatch.setattr(progress, "province_picture", lambda province, bars, today: sketch(bars))
    monkeypatch.setattr(progress, "agency_chart", agency_chart)


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
