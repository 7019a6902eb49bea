"""`python -m bot export bieu02|tiendo|phuluc4 --out FILE [--agency NAME] [--db URL]`: a form as
.xlsx.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.cli_context import open_context
from bot.clock import today_local
from db.proposal_repo import ProposalRepo
from db.repo import Repo
from knowledge.catalogue.agencies import AgencyResolver
from knowledge.deliverables.reports import make_report
from knowledge.formats.xlsx import render


def main(args) -> int:
    context = open_context(args)
    if context is None:
        return 2
    agency = None
    if args.agency:
        agency = AgencyResolver(context.catalogue.agencies).resolve(args.agency)
        if agency is None:
            print(f"Không nhận ra cơ quan {args.agency!r}.", file=sys.stderr)
            return 2
    slug = context.province.slug
    changes = Repo(context.sessions, slug).current_all()
    proposals = ProposalRepo(context.sessions, slug).list()
    today = args.today or today_local()
    table = make_report(
        args.kind, context.catalogue, context.province, changes, proposals, today, agency
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(render(table))
    print(f"Đã ghi {out} ({len(table.rows)} dòng).")
    return 0
