"""report, export and import: verdict reports as PDF and the field's exchange formats."""

from __future__ import annotations

import argparse
from pathlib import Path

from stancedesk.cli.common import Commands, add_file_argument, add_json_flag, open_workspace, resolve
from stancedesk.cli.output import emit, emit_json
from stancedesk.domain.errors import InputError

EXPORT_FORMATS = ("claimreview", "csv", "csl-json")
IMPORT_FORMATS = ("claimreview", "csv")


def _report(args: argparse.Namespace) -> int:
    # Qt is loaded only for this command, so the other commands stay light and headless.
    from stancedesk.reporting.pdf_report import write_pdf
    from stancedesk.services.report_tree import build_report

    with open_workspace(args, read_only=True) as ws:
        claim_ids = [resolve(ws, prefix, "claim") for prefix in args.claim or ()]
        tree = build_report(ws, claim_ids, args.dossier, args.title)
    pages = write_pdf(tree, Path(args.out), args.page_size)
    return emit(args, {"path": args.out, "pages": pages, "claims": len(tree.sections), "sources": len(tree.appendix)},
                f"wrote {args.out}: {pages} pages, {len(tree.sections)} claims, {len(tree.appendix)} sources")


def _export(args: argparse.Namespace) -> int:
    from stancedesk.services.exchange import claimreview, csl_json, csv_claims

    out = Path(args.out)
    with open_workspace(args, read_only=True) as ws:
        claim_ids = [resolve(ws, prefix, "claim") for prefix in args.claim] if args.claim else None
        if args.format == "claimreview":
            count, what = claimreview.write_claimreview(ws, out, claim_ids), "ClaimReview objects"
        elif args.format == "csv":
            count, what = csv_claims.write_claims_csv(ws, out, claim_ids), "claims"
        else:
            count, what = csl_json.write_csl_json(ws, out), "sources"
    return emit(args, {"path": args.out, "format": args.format, "count": count}, f"wrote {args.out}: {count} {what}")


def _parse_map(pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or ():
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise InputError(f"--map '{pair}' must look like field=Column")
        mapping[field.strip().lower()] = column.strip()
    return mapping


def _import(args: argparse.Namespace) -> int:
    from stancedesk.services.exchange import claimreview, csv_claims

    source = Path(args.input)
    with open_workspace(args) as ws:
        if args.format == "claimreview":
            if args.map:
                raise InputError("--map applies to CSV imports only")
            cr = claimreview.import_claimreview_file(ws, source).value
            result: object = cr
            line = (f"imported {len(cr.created_claims)} of {cr.found} ClaimReview objects "
                    f"({cr.skipped} already in the file"
                    + (f"; {len(cr.corrected_verdicts)} with a changed rating, recorded as corrections"
                       if cr.corrected_verdicts else "")
                    + (f"; {cr.incomplete} more without claim text or rating were left out" if cr.incomplete else "")
                    + ")")
            problems: tuple[str, ...] = cr.rejected
        else:
            csv_summary = csv_claims.import_claims_csv(ws, source, _parse_map(args.map)).value
            result = csv_summary
            line = f"imported {len(csv_summary.created_claims)} claims; {len(csv_summary.rejected)} rows rejected"
            problems = tuple(f"row {r.row}: {r.reason}" for r in csv_summary.rejected)
    if args.json:
        emit_json(result)
    else:
        print(line)
        for problem in problems:
            print(f"  {problem}")
    return 0


def register(commands: Commands) -> None:
    report = commands.add_parser("report", help="write a PDF verdict report")
    add_file_argument(report)
    report.add_argument("out", metavar="OUT.pdf", help="the PDF to write (replaced if it exists)")
    report.add_argument("--claim", action="append", metavar="ID", help="a claim (id prefix); repeatable")
    report.add_argument("--dossier", metavar="NAME", help="every claim of this dossier, in its order")
    report.add_argument("--title", help="the cover title (default: the dossier name or 'Verdict report')")
    report.add_argument("--page-size", default="A4", choices=["A4", "Letter", "a4", "letter"])
    add_json_flag(report)
    report.set_defaults(handler=_report)

    export = commands.add_parser("export", help="export verdicts, claims or sources")
    add_file_argument(export)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("out", metavar="OUT", help="the file to write")
    export.add_argument("--claim", action="append", metavar="ID", help="only these claims; repeatable")
    add_json_flag(export)
    export.set_defaults(handler=_export)

    imp = commands.add_parser("import", help="import ClaimReview JSON or a CSV of claims")
    add_file_argument(imp)
    imp.add_argument("--format", required=True, choices=IMPORT_FORMATS)
    imp.add_argument("input", metavar="IN", help="the file to read")
    imp.add_argument("--map", action="append", metavar="field=Column",
                     help="CSV: read field from Column (fields: " + ", ".join(
                         ("quote", "speaker", "said_on", "kind", "summary", "topics", "source_url")) + ")")
    add_json_flag(imp)
    imp.set_defaults(handler=_import)
