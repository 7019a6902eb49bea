"""The users' side of the Bot API emulator: the updates people cause — a message, a button
pressed, a forged button, an inline query, the bot added to or removed from a chat — queued as
Telegram would deliver them to the bot. What a person does also tells the emulator who the bot may
write to: a user who writes to it or presses a button in its chat has opened it, a group it hears
from has it as a member, and a user who blocks it or removes it from a group shuts that chat.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

BOT_USER = {
    "id": 1,
    "is_bot": True,
    "first_name": "Trợ lý DVCTT",
    "username": "dvctt_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


class UserSide:
    """Mixed into the emulator, whose state it reads: the updates queue, the bot's messages per
    chat (for the buttons a person can press), the clock."""

    update_id: int
    updates: deque[dict]
    messages: dict[int, list[dict]]
    message_id: int
    clock: Any
    time: Any
    started: set[int]
    groups: dict[int, str]
    blocked: set[int]
    queries: dict[str, tuple[float, bool]]
    names: dict[int, str]

    def _message(self, chat_id: int, extra: dict) -> dict:
        raise NotImplementedError

    def _heard(self, user_id: int, chat_id: int) -> None:
        """A person wrote or pressed in the chat: the bot may write back there."""
        if chat_id < 0:
            self.groups.setdefault(chat_id, "member")
        elif chat_id == user_id:
            # Telegram lets no one write to a bot they blocked: writing means they unblocked it
            self.blocked.discard(user_id)
            self.started.add(user_id)

    def observe(self, update: dict) -> None:
        """An update that reached the bot some other way (a webhook POST): Telegram delivered it,
        so the emulator knows what it tells, as if it had been queued here.
        """
        message = update.get("message") or update.get("edited_message")
        query = update.get("callback_query")
        if message and message.get("from"):
            self._heard(message["from"]["id"], message["chat"]["id"])
        if query and query.get("message"):
            self._heard(query["from"]["id"], query["message"]["chat"]["id"])
            self.queries.setdefault(query["id"], (self.time.monotonic(), False))

    def _callback(self, user_id: int, chat_id: int, message: dict, data: str) -> dict:
        self._heard(user_id, chat_id)
        query_id = str(self.update_id + 1)
        self.queries[query_id] = (self.time.monotonic(), False)
        body = {
            "callback_query": {
                "id": query_id,
                "from": self.user(user_id),
                "message": message,
                "chat_instance": str(chat_id),
                "data": data,
            }
        }
        return self._next_update(body)

    def _next_update(self, body: dict) -> dict:
        self.update_id += 1
        update = {"update_id": self.update_id, **body}
        self.updates.append(update)
        return update

    def user(self, user_id: int, name: str | None = None) -> dict:
        """The person as Telegram describes them; a name given once stays theirs, as a
        Telegram account's does."""
        if name:
            self.names[user_id] = name
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": self.names.get(user_id) or f"User {user_id}",
            "language_code": "vi",
        }

    def user_message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        name: str | None = None,
        reply_to: dict | None = None,
    ) -> dict:
        chat_id = chat_id if chat_id is not None else user_id
        self._heard(user_id, chat_id)
        chat = (
            {"id": chat_id, "type": "group", "title": f"Nhóm {chat_id}"}
            if chat_id < 0
            else {"id": chat_id, "type": "private", "first_name": name or str(user_id)}
        )
        sender = self.user(user_id, name)
        if chat_id > 0 and user_id in self.names:
            chat["first_name"] = self.names[user_id]
        self.message_id += 1
        message = {
            "message_id": self.message_id,
            "date": int(self.clock.now().timestamp()),
            "chat": chat,
            "from": sender,
            "text": text,
        }
        if reply_to is not None:  # a reply to a message the bot sent, as the emulator keeps it
            message["reply_to_message"] = reply_to
        command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
        if command:
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command.group(0))}
            ]
        return self._next_update({"message": message})

    def press(
        self, user_id: int, label: str, chat_id: int | None = None, name: str | None = None
    ) -> dict | None:
        """Press a button: "[#2]" the second of the latest bot message in the chat that has
        buttons; "[Label]" the button so labelled in the latest bot message that has one, older
        messages included, as a person scrolls up to press an old button.
        """
        chat_id = chat_id if chat_id is not None else user_id
        by_position = label.startswith("#") and label[1:].isdigit()
        for message in reversed(self.messages[chat_id]):
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
            buttons = [b for row in rows for b in row]
            if not buttons:
                continue
            chosen = None
            if by_position:
                index = int(label[1:]) - 1
                chosen = buttons[index] if 0 <= index < len(buttons) else None
            else:
                chosen = next((b for b in buttons if b["text"] == label), None)
                chosen = chosen or next(
                    (b for b in buttons if label.lower() in b["text"].lower()), None
                )
            if chosen is None:
                if by_position:
                    return None
                continue
            if chosen.get("callback_data") is None:
                # a link or a Mini App opens in the user's client: Telegram sends the bot nothing
                return {}
            update = self._callback(user_id, chat_id, message, chosen.get("callback_data", ""))
            if name:
                update["callback_query"]["from"] = self.user(user_id, name)
            return update
        return None

    def forged_callback(self, user_id: int, data: str, chat_id: int | None = None) -> dict:
        chat_id = chat_id if chat_id is not None else user_id
        message = self._message(chat_id, {"text": "…"})
        return self._callback(user_id, chat_id, message, data)

    def bot_membership(self, user_id: int, chat_id: int, status: str) -> dict:
        """The bot's own membership changed: added ("member") to or removed ("left", "kicked") from
        a chat.
        """
        chat = (
            {"id": chat_id, "type": "group", "title": f"Nhóm {chat_id}"}
            if chat_id < 0
            else {"id": chat_id, "type": "private", "first_name": str(chat_id)}
        )
        old, new = ("left", status) if status == "member" else ("member", status)
        if chat_id < 0:
            self.groups[chat_id] = status
        elif status == "member":  # a user restarted the bot
            self.blocked.discard(chat_id)
            self.started.add(chat_id)
        else:  # a user blocked the bot
            self.blocked.add(chat_id)
        bot = {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}
        body = {
            "chat": chat,
            "from": self.user(user_id),
            "date": int(self.clock.now().timestamp()),
            "old_chat_member": {"status": old, "user": bot},
            "new_chat_member": {
                "status": new,
                "user": bot,
                **({"until_date": 0} if new == "kicked" else {}),
            },
        }
        return self._next_update({"my_chat_member": body})

    def inline_query(self, user_id: int, query: str) -> dict:
        return self._next_update(
            {
                "inline_query": {
                    "id": str(self.update_id + 1),
                    "from": self.user(user_id),
                    "query": query,
                    "offset": "",
                }
            }
        )
