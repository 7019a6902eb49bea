"""What the database commands share: the config, the database (migrated), and the province's
catalogue with any imported assignment table applied, exactly as the running bot would see it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from sqlalchemy.orm import sessionmaker

from bot.config import Config, load_config
from db.import_repo import ImportRepo
from db.session import make_sessions, open_database
from knowledge.catalogue.loader import default_catalogue
from knowledge.catalogue.model import Catalogue, Province


@dataclass
class CliContext:
    config: Config
    catalogue: Catalogue
    province: Province
    sessions: sessionmaker


def open_context(args) -> CliContext | None:
    """None (after saying why on stderr) when the province is unknown."""
    config = load_config(args.config)
    slug = getattr(args, "province", None) or config.province
    engine = open_database(args.db or config.database, writable=False)
    sessions = make_sessions(engine)
    _, catalogue = ImportRepo(sessions).in_force(default_catalogue(), slug)
    if slug not in catalogue.provinces:
        print(
            f"Không có tỉnh {slug!r}. Các tỉnh: {', '.join(catalogue.provinces)}", file=sys.stderr
        )
        return None
    return CliContext(config, catalogue, catalogue.province(slug), sessions)
