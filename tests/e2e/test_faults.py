"""A busy week through an emulator that fails 10% of calls (429, 5xx, timeouts): every reply and
every reminder is delivered, reminders exactly once.
"""

from __future__ import annotations

from collections import Counter

from bot.emulator import Faults
from bot.player import Player
from tests.botkit import ADMIN

AGENCIES = ["Sở Xây dựng", "Sở Y tế", "Sở Tư pháp", "Công an tỉnh"]


async def test_busy_week_with_ten_percent_faults(tmp_path, db_url):
    player = Player(db_url, [ADMIN], files_dir=tmp_path, faults=Faults(rate=0.10, seed=20))
    await player.start()
    unanswered = []

    async def say(user: int, text: str) -> None:
        calls = await player.send(user, text)
        if not any(
            c["chat_id"] == user and c["method"] == "sendMessage" and c["error"] is None
            for c in calls
        ):
            unanswered.append((user, text))

    try:
        await player.line("@ 2021-04-12 09:00")
        officers = {1100 + i: agency for i, agency in enumerate(AGENCIES)}
        for user, agency in officers.items():
            await say(user, f"/dangky {agency}")
            await say(ADMIN, f"/duyet {user}")
        for day in range(13, 20):
            await player.line(f"@ 2021-04-{day} 08:00")
            for user in officers:
                await say(user, "sắp đến hạn")
                await say(user, "/tiendo")
            await say(1100, f"/capnhat 406-{13 + day % 3} đang làm")
        await say(1100, "/capnhat 20/4 xong")
        await player.line("@ 2021-04-20 08:00")
        log = player.app.bot_data["services"].reminders.log()
    finally:
        await player.stop()
    assert sum(1 for c in player.emulator.calls if c.get("injected")) >= 10
    assert unanswered == []
    assert {r.state for r in log} == {"sent"}
    delivered = Counter(
        (c["chat_id"], c["at"][:10])
        for c in player.emulator.calls
        if c["method"] == "sendMessage" and c["error"] is None and "Nhắc hạn" in (c["text"] or "")
    )
    assert delivered and max(delivered.values()) == 1
    reminded = {chat for chat, _ in delivered}
    assert reminded == set(officers)  # every agency here owes the 20/4 dossier
    assert not [c for c in delivered if c[0] == 1100 and c[1] == "2021-04-20"]  # done on the 19th
    assert player.emulator.refusals() == []
