"""Divergence reports for a ``Comparison``: compact text for the terminal and Markdown to paste."""
from __future__ import annotations

from .compare import Claim, Comparison


def _short(s: str, n: int = 140) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _label(cmp: Comparison) -> dict[str, str]:
    return {a.id: (a.outlet or a.id) + (f" ({a.published})" if a.published else "") for a in cmp.accounts}


def _interesting(c: Claim, n_accounts: int) -> bool:
    return bool(c.absent_from or c.contradicted_by or c.disputed_by) and n_accounts > 1


def text_report(cmp: Comparison, all_claims: bool = False) -> str:
    label = _label(cmp)
    n = len(cmp.accounts)
    lines = [f"{n} accounts:"] + [f"  [{i + 1}] {label[a.id]}  {a.id}" + (f" — {a.title}" if a.title else "")
                                  for i, a in enumerate(cmp.accounts)]
    num = {a.id: i + 1 for i, a in enumerate(cmp.accounts)}
    shared = [c for c in cmp.claims if not c.absent_from]
    lines.append(f"\n{len(cmp.claims)} statements; {len(shared)} carried by every account.")
    for c in cmp.claims:
        if not all_claims and not _interesting(c, n):
            continue
        who = f"{c.speaker}: " if c.speaker else ""
        lines.append(f"\n• {who}{_short(c.text)}")
        lines.append(f"    in {', '.join(f'[{num[d]}]' for d in c.present_in)}"
                     + (f"; omitted by {', '.join(f'[{num[d]}]' for d in c.absent_from)}" if c.absent_from else ""))
        if c.only_source:
            lines.append(f"    only source: {c.only_source}")
        for x in c.contradicted_by:
            lines.append(f"    contradicted by [{num[x['document']]}] ({x['reason']}): {_short(x['text'], 100)}")
        for x in c.disputed_by:
            lines.append(f"    disputed by [{num[x['document']]}] {x.get('speaker') or ''} {x.get('cue') or ''}: "
                         f"{_short(x['text'], 100)}")
    return "\n".join(lines) + "\n"


def markdown_report(cmp: Comparison) -> str:
    label = _label(cmp)
    out = ["# How the accounts differ", "", "| # | account | id |", "| --- | --- | --- |"]
    num = {a.id: i + 1 for i, a in enumerate(cmp.accounts)}
    for a in cmp.accounts:
        out.append(f"| {num[a.id]} | {label[a.id]} | `{a.id}` |")
    out += ["", "| statement | speaker | carried by | omitted by | contradicted / disputed |",
            "| --- | --- | --- | --- | --- |"]
    for c in cmp.claims:
        if not _interesting(c, len(cmp.accounts)):
            continue
        notes = [f"[{num[x['document']]}] {x['reason']}" for x in c.contradicted_by]
        notes += [f"[{num[x['document']]}] {x.get('cue') or 'disputed'}" for x in c.disputed_by]
        cell = _short(c.text, 160).replace("|", "\\|")
        out.append(f"| {cell} | {c.speaker or ''} | {', '.join(str(num[d]) for d in c.present_in)} | "
                   f"{', '.join(str(num[d]) for d in c.absent_from)} | {'; '.join(notes)} |")
    shared = [c for c in cmp.claims if not c.absent_from]
    if shared:
        out += ["", "## Carried by every account", ""]
        out += [f"- {c.speaker + ': ' if c.speaker else ''}{_short(c.text, 160)}" for c in shared]
    return "\n".join(out) + "\n"
