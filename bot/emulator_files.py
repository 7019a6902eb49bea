"""The files side of the Bot API emulator: sendDocument and sendPhoto as Telegram answers them.

An upload is refused when empty or over Telegram's limits (50 MB a document, 10 MB a photo); an
accepted one is kept on disk and gets a file_id that can be sent again, as can an http(s) URL.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from bot.telegram_rules import RULES, check_caption, refuse
from db.session import sqlite_file


def files_beside(database: str) -> Path:
    """Where the emulator saves the files the bot sends: beside a SQLite file database
    (`<name>_files/`), else a new temporary folder; never the project's own data folder when
    the database is elsewhere (a tester who must not write into the project runs `--db`)."""
    path = sqlite_file(database)
    if path is None:
        return Path(tempfile.mkdtemp(prefix="dvc-demo-files-"))
    file = Path(path)
    return file.with_name(f"{file.stem}_files")


class FileSide:
    """Mixed into the emulator, whose chats, rate windows and messages it uses."""

    files_dir: Path
    message_id: int
    # file_id -> (kind, the object Telegram returns for it, where its bytes are kept)
    files: dict[str, tuple[str, dict, str]]

    def _chat(self, params: dict) -> int:
        raise NotImplementedError

    def _rate(self, chat_id: int) -> None:
        raise NotImplementedError

    def _message(self, chat_id: int, extra: dict) -> dict:
        raise NotImplementedError

    def _send_file(self, params: dict, files: dict, record: dict, kind: str) -> dict:
        chat_id = self._chat(params)
        extra: dict[str, Any] = {}
        if params.get("caption"):
            shown, entities = check_caption(params["caption"], params.get("parse_mode"))
            extra["caption"] = shown
            if entities:
                extra["caption_entities"] = entities
        part = files.get(kind)
        if part is not None:
            name, content = part[0] or f"{kind}.bin", part[1]
            data = content if isinstance(content, bytes) else content.read()
            if not data:
                raise refuse("file_empty")
            too_big = "document_too_big" if kind == "document" else "photo_too_big"
            if len(data) > (RULES[too_big].limit or 0):
                raise refuse(too_big)
            self._rate(chat_id)
            meta, where = self._store(kind, name, data)
        else:
            meta, where = self._reference(kind, params.get(kind))
            self._rate(chat_id)
        record["file"] = where
        extra[kind] = [meta] if kind == "photo" else meta
        return self._message(chat_id, extra)

    def _store(self, kind: str, name: str, data: bytes) -> tuple[dict, str]:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        number = self.message_id + 1
        path = self.files_dir / f"{number}_{Path(name).name}"
        path.write_bytes(data)
        meta: dict[str, Any] = {
            "file_id": f"{kind[0]}{number}",
            "file_unique_id": f"u{number}",
            "file_size": len(data),
        }
        meta.update({"width": 1, "height": 1} if kind == "photo" else {"file_name": name})
        self.files[meta["file_id"]] = (kind, meta, str(path))
        return meta, str(path)

    def _reference(self, kind: str, ref: Any) -> tuple[dict, str]:
        """A file sent again by its file_id, or by URL (Telegram fetches it; we cannot)."""
        if not isinstance(ref, str) or not ref:
            raise refuse("file_missing", kind=kind)
        if ref.startswith(("https://", "http://")):
            number = self.message_id + 1
            meta: dict[str, Any] = {
                "file_id": f"{kind[0]}{number}",
                "file_unique_id": f"u{number}",
            }
            name = ref.rsplit("/", 1)[-1] or f"{kind}.bin"
            meta.update({"width": 1, "height": 1} if kind == "photo" else {"file_name": name})
            self.files[meta["file_id"]] = (kind, meta, ref)
            return meta, ref
        known = self.files.get(ref)
        if known is None:
            raise refuse("file_id_invalid")
        if known[0] != kind:
            raise refuse("file_type_mismatch")
        return dict(known[1]), known[2]

    def api_sendDocument(self, params, files, record):
        return self._send_file(params, files, record, "document")

    def api_sendPhoto(self, params, files, record):
        return self._send_file(params, files, record, "photo")
