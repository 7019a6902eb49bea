"""`python -m bot export bieu02|tiendo|phuluc4 --out FILE [--agency NAME] [--db URL]`: a form as .xlsx."""
from __future__ import annotations

import sys
from pathlib import Path

from bot.clock import today_local
from bot.config import load_config
from db.proposal_repo import ProposalRepo
from db.repo import Repo
from db.session import make_engine, make_sessions, migrate
from knowledge.agencies import AgencyResolver
from knowledge.loader import default_catalogue
from knowledge.reports import make_report
from knowledge.xlsx import render


def main(args) -> int:
    config = load_config(args.config)
    catalogue = default_catalogue()
    slug = args.province or config.province
    if slug not in catalogue.provinces:
        print(f"Không có tỉnh {slug!r}. Các tỉnh: {', '.join(catalogue.provinces)}", file=sys.stderr)
        return 2
    agency = None
    if args.agency:
        agency = AgencyResolver(catalogue.agencies).resolve(args.agency)
        if agency is None:
            print(f"Không nhận ra cơ quan {args.agency!r}.", file=sys.stderr)
            return 2
    engine = make_engine(args.db or config.database)
    migrate(engine)
    sessions = make_sessions(engine)
    changes = Repo(sessions, slug).current_all()
    proposals = ProposalRepo(sessions, slug).list()
    today = args.today or today_local()
    table = make_report(args.kind, catalogue, catalogue.province(slug), changes, proposals, today, agency)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render(table))
    print(f"Đã ghi {out} ({len(table.rows)} dòng).")
    return 0
