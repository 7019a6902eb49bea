"""The settings side of the Bot API emulator: the bot's commands, its menu button, its webhook,
and who administers a group, as Telegram answers them. Apart from the emulator (emulator.py), as
its files, uploads and users are, so that each side of the API reads on its own."""

from __future__ import annotations

import json

from bot.telegram_rules import check_commands, check_web_app, refuse


class SettingsSide:
    """Mixed into the emulator, whose chats and users it uses."""

    commands: list
    menu_buttons: dict[int | None, dict]  # chat (None: every chat) -> its button
    group_admins: dict[int, set[int]]  # group chat -> its administrators

    def _chat(self, params: dict) -> int:
        raise NotImplementedError

    @staticmethod
    def user(user_id: int, name: str | None = None) -> dict:
        raise NotImplementedError

    def api_setMyCommands(self, params, files, record):
        self.commands = check_commands(params.get("commands"))
        return True

    def api_getChatMember(self, params, files, record):
        chat_id = self._chat(params)
        user_id = int(params.get("user_id") or 0)
        if user_id not in self.group_admins[chat_id]:
            return {"status": "member", "user": self.user(user_id)}
        rights = (
            "can_be_edited",
            "is_anonymous",
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories",
        )
        return {
            "status": "administrator",
            "user": self.user(user_id),
            **{r: r == "can_manage_chat" for r in rights},
        }

    def api_setChatMenuButton(self, params, files, record):
        """The menu button: the default for every private chat, or one chat's (a private one:
        Telegram sets it for users only)."""
        button = params.get("menu_button") or {"type": "default"}
        if isinstance(button, str):
            button = json.loads(button)
        chat_id = params.get("chat_id")
        if chat_id is not None:
            chat_id = self._chat(params)
        if button.get("type") == "web_app":
            check_web_app(button.get("web_app"), chat_id)
        self.menu_buttons[chat_id] = button
        return True

    def api_deleteWebhook(self, params, files, record):
        return True

    def api_setWebhook(self, params, files, record):
        if not str(params.get("url") or "").startswith("https://"):
            raise refuse("webhook_not_https")
        return True
