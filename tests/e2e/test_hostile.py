"""Hostile input: 4,000 random messages (random Unicode, 10,000-character texts, HTML and
Markdown fragments, commands with wrong arguments, forged callback data, buttons pressed twice and
after a restart, inline queries, group commands). No unhandled exception, every message answered,
no emulator refusal, no status changed. Telegram's rate limits are off here (they have their own
tests): this is about what we do with input. Plausible but wrong writes from an approved officer
(commands, keys, status words, filler, questions run together): tests/e2e/test_hostile_writes.py.
"""

from __future__ import annotations

import logging
import random
from collections import Counter

import pytest

from bot.player import Player, ScriptError
from bot.ratelimit import PassThrough
from handlers.registry import COMMANDS
from tests.botkit import ADMIN, start_on

# Four runs of 300 messages from seeds of their own (so the suite spreads them over its
# workers), each from a fresh bot and database, restarted half-way. Every message is drawn from
# one mix (kinds of garbage, commands with bad arguments, forged callback data, buttons pressed
# twice, inline queries, group commands); the commands are dealt from a shuffled deck, so that
# each run deals every command with garbage to private chats at least twice, and ends by
# sending in the group those its draws left out there (drawn one by one, a run of 600 left some
# out). The test counts what it drew and fails if a run misses a kind (MIX) or a command. The
# runs of 2,500, 1,000, then 600 of before repeated the same checks on more draws of the same
# mix, with the suite over its two minutes.
RUNS = 4
EVENTS = 300
# every kind of input a run must have drawn at least this often (drawn counts them)
MIX = {
    "garbage:unicode": 10,
    "garbage:fragments": 10,
    "garbage:10000": 1,
    "garbage:tagged": 10,
    "message:stranger": 10,
    "message:officer": 5,
    "command:bad-argument": 10,
    "command:officer": 5,
    "command:group": 10,
    "callback:forged": 10,
    "callback:twice": 10,
    "callback:after-restart": 5,
    "inline": 10,
}
SEED = 406411
OFFICER = 1001
STRANGERS = list(range(3000, 3040))
GROUP = -800
FRAGMENTS = [
    "<b>",
    "</b>",
    "<i>x</i>",
    "<a href='javascript:alert(1)'>",
    "&",
    "&amp;",
    "&lt;",
    "<",
    ">",
    "<<>>",
    "<script>alert(1)</script>",
    "*đậm*",
    "_nghiêng_",
    "`mã`",
    "```\nkhối\n```",
    "[link](http://x)",
    "Sở TT&TT",
    "406-14",
    "mục 22",
    "tq-2021-04-20",
    "20/4",
    "/",
    "//",
    "@bot",
    "#tag",
    "\u200b",
    "\u202e",
    "👍🏽",
    "\U0001f1fb\U0001f1f3",
    "\x00",
    "\t\n",
    "NULL",
    "' OR 1=1 --",
    "%s%s%n",
    "{}",
    "\\",
]
WORDS = [
    "giấy",
    "phép",
    "xây",
    "dựng",
    "Sở",
    "Y",
    "tế",
    "hạn",
    "khi",
    "nào",
    "tháng",
    "5/2021",
    "quý",
    "II",
    "xong",
    "vướng",
    "mắc",
    "không",
    "đủ",
    "điều",
    "kiện",
]
RANGES = [
    (0x20, 0x7E),
    (0xA0, 0x24F),
    (0x300, 0x36F),
    (0x1E00, 0x1EFF),
    (0x0590, 0x06FF),
    (0x4E00, 0x4FFF),
    (0x1F300, 0x1FAFF),
    (0xE000, 0xE0FF),
    (0x2000, 0x206F),
]


def unicode_text(rng: random.Random, length: int) -> str:
    out = []
    for _ in range(length):
        low, high = rng.choice(RANGES)
        out.append(chr(rng.randint(low, high)))
    return "".join(out)


def garbage(rng: random.Random, drawn: Counter | None = None) -> str:
    kind = rng.random()
    name = (
        "unicode"
        if kind < 0.3
        else "fragments"
        if kind < 0.6
        else "10000"
        if kind < 0.63
        else "tagged"
    )
    if drawn is not None:
        drawn[f"garbage:{name}"] += 1
    if name == "unicode":
        return unicode_text(rng, rng.randint(1, 120))
    if name == "fragments":
        return " ".join(rng.choice(FRAGMENTS + WORDS) for _ in range(rng.randint(1, 12)))
    if name == "10000":
        return "".join(rng.choice(FRAGMENTS + WORDS + [" "]) for _ in range(4000))[:10_000]
    return rng.choice(FRAGMENTS) + unicode_text(rng, rng.randint(0, 20))


class Deck:
    """Names dealt in a shuffled order, shuffled again when all were dealt: every name comes
    once in each len(names) draws."""

    def __init__(self, rng: random.Random, names: list[str]):
        self.rng, self.names, self.left = rng, names, []

    def deal(self) -> str:
        if not self.left:
            self.left = self.rng.sample(self.names, len(self.names))
        return self.left.pop()


def forged_data(rng: random.Random) -> str:
    prefix = rng.choice(
        ["r", "ag", "ok", "no", "u", "s", "un", "pn", "pe", "pw", "pr", "pv", "bc", "ch", "zz", ""]
    )
    tail = rng.choice(
        [
            str(rng.randint(-5, 10**9)),
            "abc",
            "",
            "1:2:3",
            "bieu02:p",
            "a:999999",
            "keep",
            unicode_text(rng, 5),
            "9" * 40,
        ]
    )
    return f"{prefix}:{tail}".encode()[:64].decode("utf-8", "ignore")


def has_buttons(player: Player, chat: int) -> bool:
    return any(
        (message.get("reply_markup") or {}).get("inline_keyboard")
        for message in player.emulator.messages.get(chat, [])
    )


class Errors(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def answered(calls: list[dict], chat: int, kind: str) -> bool:
    if kind == "callback":
        return any(c["method"] == "answerCallbackQuery" for c in calls)
    if kind == "inline":
        return any(c["method"] == "answerInlineQuery" for c in calls)
    return any(
        c["chat_id"] == chat and c["method"] in ("sendMessage", "sendDocument", "sendPhoto")
        for c in calls
    )


@pytest.mark.parametrize("run", range(RUNS))
async def test_thousands_of_hostile_messages(run, tmp_path, db_url):
    rng = random.Random(SEED + run)
    errors = Errors()
    logging.getLogger().addHandler(errors)
    player = Player(db_url, [ADMIN], files_dir=tmp_path / "files", limiter=PassThrough())
    player.emulator.enforce_limits = False
    await start_on(player, "@ 2021-04-13 08:00")
    commands = [name for name, _, _ in COMMANDS]
    private = Deck(rng, [*commands, "xyz", "capnhat@other_bot"])
    group = Deck(rng, commands)
    drawn: Counter = Counter()
    unanswered = []
    try:
        await player.line("@ 2021-04-13 08:00")
        await player.send(OFFICER, "/dangky Sở Xây dựng")
        await player.send(ADMIN, f"/duyet {OFFICER}")
        await player.send(2002, "/dangky Sở Y tế")  # stays pending
        # a stranger's vague question, answered with the rows it may mean as buttons: the
        # presses below find a button to press twice, before and after the restart (the
        # strangers' garbage rarely earns one)
        await player.send(STRANGERS[0], " ".join(WORDS[:2]))
        assert has_buttons(player, STRANGERS[0])
        for event in range(EVENTS):
            if event == EVENTS // 2:
                await player.restart()  # buttons pressed after this are from before the restart
            roll = rng.random()
            user = rng.choice([*STRANGERS, 2002])
            if roll < 0.30:
                text, chat, kind = garbage(rng, drawn), user, "message"
                if rng.random() < 0.3:
                    user = chat = OFFICER  # the officer too, with text that is no valid update
                drawn["message:officer" if user == OFFICER else "message:stranger"] += 1
            elif roll < 0.55:
                bad = rng.random() >= 0.7
                arg = (
                    garbage(rng, drawn)
                    if not bad
                    else rng.choice(["", "406-999", "tq-9999", "0", "-1"])
                )
                drawn["command:bad-argument"] += bad
                text, chat, kind = f"/{private.deal()} {arg}", user, "message"
                if rng.random() < 0.2:
                    user = chat = OFFICER
                    drawn["command:officer"] += 1
                    text = (
                        text
                        if not text.startswith(("/capnhat", "/dexuat"))
                        else f"/capnhat {garbage(rng, drawn)}"
                    )
                drawn[f"private:{text.split()[0]}"] += 1
            elif roll < 0.65:
                name = group.deal()
                drawn["command:group"] += 1
                drawn[f"group:/{name}"] += 1
                text, chat, kind = f"/{name} {garbage(rng, drawn)}", GROUP, "message"
            elif roll < 0.80:
                chat, kind = user, "callback"
                drawn["callback:forged"] += 1
                calls = await player.forged(user, forged_data(rng), chat)
                if not answered(calls, chat, kind):
                    unanswered.append((event, kind))
                continue
            elif roll < 0.93:
                # a chat that holds a button, when one does (few of the strangers' replies
                # carry buttons: drawn at random, nearly every press was a forged one)
                held = [c for c in [*STRANGERS, 2002] if has_buttons(player, c)]
                user = rng.choice(held) if held else user
                chat, kind = user, "callback"
                label = f"[#{rng.randint(1, 6)}]"
                for _ in range(2):  # the same button twice
                    try:
                        calls = await player.send(user, label, chat)
                        drawn["callback:twice"] += 1
                        # a button of a message sent before or after the restart
                        drawn["callback:after-restart"] += event >= EVENTS // 2
                    except ScriptError as err:  # no such button in that chat: a forged one then
                        assert str(err).startswith(f"không có nút {label}"), err
                        drawn["callback:forged"] += 1
                        calls = await player.forged(user, forged_data(rng), chat)
                    if not answered(calls, chat, kind):
                        unanswered.append((event, kind))
                continue
            else:
                drawn["inline"] += 1
                calls = await player.inline(user, garbage(rng, drawn)[:256])
                if not answered(calls, user, "inline"):
                    unanswered.append((event, "inline"))
                continue
            calls = await player.send(user, text, chat)
            if not answered(calls, chat, kind):
                unanswered.append((event, text[:60]))
        # the group's commands the draws left out of this run, each with garbage
        for name in [name for name in commands if not drawn[f"group:/{name}"]]:
            drawn[f"group:/{name}"] += 1
            calls = await player.send(STRANGERS[1], f"/{name} {garbage(rng, drawn)}", GROUP)
            if not answered(calls, GROUP, "message"):
                unanswered.append(("group", name))
        svc = player.app.bot_data["services"]
        statuses = svc.repo.history()
    finally:
        await player.stop()
        logging.getLogger().removeHandler(errors)
    assert unanswered == []
    assert player.emulator.refusals() == []
    assert not [c for c in player.emulator.calls if c["text"] and "đã có lỗi" in c["text"]]
    assert [r.getMessage() for r in errors.records] == []
    assert statuses == []
    assert {kind: n for kind, n in drawn.items() if kind in MIX and n < MIX[kind]} == {}
    assert {kind for kind in MIX if kind not in drawn} == set()
    assert {name for name in commands if not drawn[f"private:/{name}"]} == set()
