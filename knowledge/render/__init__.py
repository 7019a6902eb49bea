"""Rendering for chat: Telegram HTML answers, message splitting, charts, notice texts."""
