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


async def test_a_start_reads_each_version_number_twice_and_hops_to_a_worker_twice(
    db_url, monkeypatch
):
    """A count guard: each e2e test starts a bot, so a start's statements are the suite's time
    (bench/README.md round 28). The version numbers are read once when the desk opens and
    once by the start's tick (each was read 4 and 7 times); the tick's lease renewal, its plan,
    and the warm-up take two trips to a worker thread (were four; a fresh database owes
    nothing, so the start claims nothing)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from usecases import workers

    said: list[str] = []
    trips: list[object] = []
    real_run = workers.WORKERS.run

    async def counted(*args, **kwargs):
        trips.append(args)
        return await real_run(*args, **kwargs)

    def seen(conn, cursor, statement, *rest):
        said.append(" ".join(statement.split()))

    monkeypatch.setattr(workers.WORKERS, "run", counted)
    event.listen(Engine, "before_cursor_execute", seen)
    try:
        player = Player(db_url, [ADMIN])
        await start_on(player, "@ 2021-04-13 08:00")
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    try:
        tables = [s for s in said if "max(import_versions.number)" in s]
        letters = [s for s in said if "max(letter_versions.number)" in s]
        assert (len(tables), len(letters), len(trips)) == (2, 2, 2), said
        await player.send(1001, "/tiendo")  # the bot started answers
        assert texts(player.emulator.calls, 1001)
        # A clock line that sends claims once (a short claim took all that was owed); one
        # with nothing owed claims nothing (the claim takes SQLite's write lock)
        await register(player)
        said.clear()
        event.listen(Engine, "before_cursor_execute", seen)
        try:
            sent = await player.line("@ 2021-04-19 08:30")
            claims = len([s for s in said if "claimed_by=" in s and "RETURNING" in s])
            said.clear()
            quiet = await player.line("@ 2021-04-19 09:00")
        finally:
            event.remove(Engine, "before_cursor_execute", seen)
        assert any("Nhắc hạn" in t for t in texts(sent, 1001)) and claims == 1, (sent, said)
        assert quiet == [] and not [s for s in said if "claimed_by=" in s], said
    finally:
        await player.stop()
