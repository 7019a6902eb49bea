"""The queries side of the Bot API emulator: a pressed button's callback query answered once and
in time, an inline query's results checked as Telegram checks them. Apart from the emulator
(emulator.py), as its files, uploads and users are, so that each side of the API reads on its
own."""

from __future__ import annotations

import json
from typing import Any

from bot.telegram_rules import CALLBACK_ANSWER_SECONDS, RULES, check_markup, check_text, refuse


class QuerySide:
    """Mixed into the emulator, whose clock and pressed buttons it uses."""

    time: Any
    # callback query id -> (when it was pressed, on self.time; answered already)
    queries: dict[str, tuple[float, bool]]
    inline_answers: list[list[dict]]  # every answerInlineQuery's results, in order

    def api_answerCallbackQuery(self, params, files, record):
        if len(params.get("text") or "") > (RULES["answer_too_long"].limit or 0):
            raise refuse("answer_too_long")
        query_id = str(params.get("callback_query_id") or "")
        pressed, answered = self.queries.get(query_id, (None, True))
        if (
            answered
            or pressed is None
            or self.time.monotonic() - pressed > CALLBACK_ANSWER_SECONDS
        ):
            raise refuse("query_invalid")
        self.queries[query_id] = (pressed, True)
        return True

    def unanswered(self) -> list[str]:
        """Callback queries the bot never answered: the user's button spins until it gives up."""
        return [query_id for query_id, (_, answered) in self.queries.items() if not answered]

    def api_answerInlineQuery(self, params, files, record):
        results = params.get("results") or []
        if isinstance(results, str):
            results = json.loads(results)
        if len(results) > (RULES["inline_results_too_many"].limit or 0):
            raise refuse("inline_results_too_many")
        for result in results:
            content = result.get("input_message_content") or {}
            check_text(content.get("message_text"), content.get("parse_mode"))
            check_markup(result.get("reply_markup"))
        record["text"] = json.dumps([r.get("title") for r in results], ensure_ascii=False)
        self.inline_answers.append(results)
        return True
