"""The seed letters' drafts: the tasks of 000, 001 and 003 are what the reader extracts from them.

`python -m knowledge.letters.seeds` rewrites knowledge/data/letters/<letter>.draft.json from the
letters beside them; the diff is the review (tests/knowledge/letters/test_seeds.py fails while a
stored draft and the extraction differ). provinces.toml keeps only what a letter cannot say: which
province's plan a letter belongs to and the ids its tasks are tracked under.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

from knowledge.catalogue.loader import DATA_DIR, LETTERS_DIR, draft_path
from knowledge.catalogue.model import Catalogue
from knowledge.letters.extract import read_letter
from knowledge.letters.model import Draft


def seed_letters(data_dir: Path = DATA_DIR) -> list[tuple[str, str]]:
    """(province slug, letter file) for every letter provinces.toml takes tasks from."""
    spec = tomllib.loads((data_dir / "provinces.toml").read_text(encoding="utf-8"))
    return [
        (p["slug"], letter["file"])
        for p in spec.get("province", [])
        for letter in p.get("letter", [])
    ]


def extract_seed(catalogue: Catalogue, slug: str, letter: str, data_dir: Path = DATA_DIR) -> Draft:
    text = (data_dir / LETTERS_DIR / letter).read_text(encoding="utf-8")
    return read_letter(text, catalogue, catalogue.province(slug), letter)


def write_drafts(data_dir: Path = DATA_DIR) -> list[Path]:
    from knowledge.catalogue.loader import load_catalogue

    catalogue = load_catalogue(data_dir, letters=False)
    written = []
    for slug, letter in seed_letters(data_dir):
        draft = extract_seed(catalogue, slug, letter, data_dir)
        path = draft_path(data_dir, letter)
        text = json.dumps(draft.to_json(), ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_drafts():
        print(path, file=sys.stderr)
