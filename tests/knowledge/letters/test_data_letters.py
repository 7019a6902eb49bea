"""Every letter in tests/data/letters with its X.expected.json, scored field by field by the
held-out scorer (bench/heldout/score_letters.py, the conventions of bench/heldout/letters/
README.md): each must stay at 100%. The letters are the team's own reconstructions of what
earlier rounds left wrong (a PDF table without rules whose head row wraps, a letter whose last
page is lost after a whole paragraph, a duty whose date is sent in the sentence after it), and
ux20's letter 742 with its eleven variants (a report "kết nối, chia sẻ dữ liệu … gửi về Sở …"
that was taken for the sender's own next step, "Sở … sẽ tổng hợp", and dropped)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from knowledge.formats.letter_file import read_letter_file
from knowledge.letters.extract import read_letter

ROOT = Path(__file__).resolve().parents[3]
LETTERS = ROOT / "tests" / "data" / "letters"


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "score_letters", ROOT / "bench" / "heldout" / "score_letters.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _letters() -> list[tuple[str, Path, Path]]:
    scorer = _scorer()
    return scorer.find_letters(str(LETTERS))


@pytest.mark.parametrize(("stem", "path", "expected"), _letters(), ids=lambda v: str(v)[-30:])
def test_a_data_letter_scores_every_field(catalogue, stem, path, expected):
    scorer = _scorer()
    provinces = scorer.read_provinces(str(LETTERS))
    province = catalogue.province(provinces.get(stem, "tuyen-quang"))
    text = read_letter_file(Path(path).read_bytes(), Path(path).name)
    draft = read_letter(text, catalogue, province, Path(path).name)
    # as the command: a letter that only informs has no task and nothing unread, exit 0
    exit_code = 2 if (draft.unread or (draft.problems and not draft.tasks)) else 0
    want = json.loads(Path(expected).read_text(encoding="utf-8"))
    right, total, misses, _ = scorer.score_letter(want, exit_code, draft.to_json())
    assert (right, misses) == (total, []), stem


def test_there_are_data_letters():
    assert len(_letters()) >= 4
