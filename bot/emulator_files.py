"""Files people send the bot, for the Bot API emulator: a document in a private chat, then the
bot's `getFile` and the download of the file it names, as Telegram answers them.

Telegram gives the bot a document's `file_id` in the message; `getFile` answers a File with a
`file_path` the bot downloads from https://api.telegram.org/file/bot<token>/<file_path> (a GET,
the bytes themselves, not JSON). Files over 20 MB cannot be fetched by bots ("file is too big").
"""

from __future__ import annotations

import json
from typing import Any

from telegram.constants import FileSizeLimit

from bot.telegram_rules import ApiError

FILE_URL_MARK = "/file/bot"  # the part of a download URL that tells it from a method call


class UserFiles:
    """Mixed into the emulator (whose message counter, clock and updates queue it uses)."""

    message_id: int
    clock: Any

    @property
    def uploads(self) -> dict[str, tuple[str, bytes]]:
        """file_id -> (file_path, bytes) of every file a user sent."""
        return self.__dict__.setdefault("_uploads", {})

    def user_document(
        self, user_id: int, file_name: str, data: bytes, mime_type: str | None = None
    ) -> dict:
        """A private message carrying a document, as Telegram delivers it."""
        self.message_id += 1
        number = len(self.uploads) + 1
        file_id = f"doc{number}-{self.message_id}"
        suffix = file_name.rsplit(".", 1)[-1] if "." in file_name else "bin"
        self.uploads[file_id] = (f"documents/file_{number}.{suffix}", data)
        document = {
            "file_id": file_id,
            "file_unique_id": f"ud{number}",
            "file_name": file_name,
            "file_size": len(data),
            **({"mime_type": mime_type} if mime_type else {}),
        }
        message = {
            "message_id": self.message_id,
            "date": int(self.clock.now().timestamp()),
            "chat": {"id": user_id, "type": "private", "first_name": str(user_id)},
            "from": self.user(user_id),  # type: ignore[attr-defined]
            "document": document,
        }
        return self._next_update({"message": message})  # type: ignore[attr-defined]

    def api_getFile(self, params, files, record):
        found = self.uploads.get(str(params.get("file_id") or ""))
        if found is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, data = found
        if len(data) > FileSizeLimit.FILESIZE_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        key = str(params["file_id"])
        return {
            "file_id": key,
            "file_unique_id": f"u{key}",
            "file_size": len(data),
            "file_path": path,
        }

    def download(self, url: str) -> tuple[int, bytes]:
        """GET https://api.telegram.org/file/bot<token>/<file_path>: the file's bytes."""
        path = url.split(FILE_URL_MARK, 1)[1].split("/", 1)[-1]
        for stored, data in self.uploads.values():
            if stored == path:
                return 200, data
        body = {"ok": False, "error_code": 404, "description": "Not Found"}
        return 404, json.dumps(body).encode("utf-8")
