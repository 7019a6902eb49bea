"""What every use case may answer besides its own result: a refusal, one Vietnamese line.

`Refusal` is the core's (knowledge/rules/decisions.py): the rules already answer with it, and a
use case adds its own (a stale button, input it cannot read) the same way. Nothing changed when a
use case returns one. A front end shows `reason` (HTML-escaped already) and stops.
"""

from __future__ import annotations

from knowledge.rules.decisions import UNCHANGED, Refusal

__all__ = ["UNCHANGED", "Refusal", "refused"]


def refused(reason: str) -> Refusal:
    return Refusal(reason)
