"""Files people send the bot, in the Bot API emulator: a document in a message, getFile, and the
download from the file URL, as Telegram serves them (file_path under documents/, 20 MB the most
a bot may download, "invalid file_id" for an id Telegram never gave).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.telegram_rules import RULES, refuse


class UploadSide:
    """Mixed into the emulator: keeps the bytes of every file a user sent, by file_id."""

    uploads: dict[str, tuple[str, bytes]]  # file_id -> (file_path, content)
    message_id: int
    clock: Any

    def user_document(
        self,
        user_id: int,
        file_name: str,
        content: bytes,
        chat_id: int | None = None,
        mime_type: str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        caption: str | None = None,
        name: str | None = None,
        reply_to: dict | None = None,
    ) -> dict:
        """A private (or group) message carrying a document, as Telegram delivers it; `reply_to`:
        the message (one the bot sent) it answers."""
        chat_id = chat_id if chat_id is not None else user_id
        number = len(self.uploads) + 1
        file_id = f"BQAD{number:06d}"
        self.uploads[file_id] = (f"documents/file_{number}{_suffix(file_name)}", content)
        update = self.user_message(  # type: ignore[attr-defined]
            user_id, caption or "", chat_id, name
        )
        message = update["message"]
        message.pop("text", None)
        message.pop("entities", None)
        if caption:
            message["caption"] = caption
            if caption.startswith("/"):
                length = len(caption.split()[0])
                message["caption_entities"] = [
                    {"type": "bot_command", "offset": 0, "length": length}
                ]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": f"AgAD{number:06d}",
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        return update

    def api_getFile(self, params, files, record):
        """A file a user sent, or one the bot sent itself (bot/emulator_files.py keeps those)."""
        file_id = str(params.get("file_id") or "")
        if file_id not in self.uploads:
            self._known_sent_file(file_id)
        path, content = self.uploads[file_id]
        if len(content) > (RULES["get_file_too_big"].limit or 0):
            raise refuse("get_file_too_big")
        return {
            "file_id": file_id,
            "file_unique_id": "AgAD" + file_id[4:],
            "file_size": len(content),
            "file_path": path,
        }

    def _known_sent_file(self, file_id: str) -> None:
        sent = getattr(self, "files", {}).get(file_id)
        where = Path(sent[2]) if sent else None
        if where is None or not where.is_file():  # unknown, or sent by URL (Telegram's copy)
            raise refuse("get_file_invalid")
        self.uploads[file_id] = (f"documents/sent_{where.name}", where.read_bytes())

    def download(self, url: str) -> tuple[int, bytes]:
        """GET https://api.telegram.org/file/bot<token>/<file_path>."""
        path = url.split("/file/bot", 1)[1].split("/", 1)[1] if "/file/bot" in url else ""
        for stored, content in self.uploads.values():
            if stored == path:
                return 200, content
        return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:] if dot > 0 and len(name) - dot <= 6 else ""
