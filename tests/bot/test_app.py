"""The Application's life: at shutdown it lets go of its database (post_shutdown), whether run by
PTB (run_polling, run_webhook) or shut down by hand (bot/server.py, bot/player.py)."""

from __future__ import annotations

from bot.app import post_shutdown
from bot.player import Player
from tests.botkit import ADMIN, register, start_on, texts


async def test_the_bot_lets_go_of_its_database_when_it_shuts_down(db_url):
    player = Player(db_url, [ADMIN])
    await start_on(player, "@ 2021-04-13 08:00")
    await register(player)
    assert player.app is not None and player.app.post_shutdown is post_shutdown
    desk = player.app.bot_data["services"]
    engine = desk.sessions.kw["bind"]
    assert engine.pool.checkedin() >= 1  # the use cases' connections, pooled
    await player.stop()
    assert engine.pool.checkedin() == 0 and engine.pool.checkedout() == 0
    # started again on the same database: nothing was lost with the connections
    await player.start()
    await player.send(1001, "/tiendo")
    assert "Sở Xây dựng" in texts(player.emulator.calls, 1001)[-1]
    await player.stop()


async def test_a_memory_database_outlives_the_shutdown_for_whoever_holds_it():
    """In-memory SQLite is one shared connection (StaticPool): shutting the bot down must not
    close it, or a test reading what the bot wrote would find an empty database."""
    player = Player("sqlite://", [ADMIN])
    await player.start()
    await player.line("@ 2021-04-13 08:00")
    await register(player)
    assert player.app is not None
    desk = player.app.bot_data["services"]
    await player.stop()
    officers = desk.repo.officers()
    assert [(o.user_id, o.agency, o.state) for o in officers] == [
        (1001, "Sở Xây dựng", "approved")
    ]
