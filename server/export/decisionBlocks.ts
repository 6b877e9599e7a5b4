import { CONSENT_CHOICES, type VoteOption } from '../../shared/schemas/vote';
import { optionFigure } from '../../shared/voting/figures';
import { methodOf } from '../../shared/voting/methods';
import { outcomeOf } from '../../shared/voting/outcome';
import type { GroupFigures, Tally } from '../../shared/voting/result';
import type { DecisionRow } from '../storage/VoteStore';
import { type Block, cell, heading, paragraph, type TableCell, text } from './blocks';
import type { ExportLabels } from './labels';

/** The outcome of a count in one sentence, as the besluitenlijst says it. */
export function outcomeText(tally: Tally, options: readonly VoteOption[], L: ExportLabels): string {
  const o = outcomeOf(tally, options);
  switch (o.kind) {
    case 'chosen':
    case 'highest':
      return L.outcome.chosen(o.options);
    case 'tie':
      return L.outcome.tie(o.options);
    default:
      return L.outcome[o.kind];
  }
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Scores: the mean on the method's scale; the others: how many, and the group's share. */
function figureText(g: GroupFigures, optionId: string, method: Tally['method']): string {
  const f = g.options[optionId];
  if (!f) return '0';
  const figure = optionFigure(method, f);
  if (figure.key === 'meanScore') return figure.mean.toFixed(1).replace('.', ',');
  return `${figure.raw} (${pct(figure.share)})`;
}

/** A decision for the appendix: heading (with the anchor documents link to), wording, rule, outcome, figures. */
export function decisionBlocks(
  d: DecisionRow,
  id: string,
  L: ExportLabels,
  date: (iso: string) => string,
): Block[] {
  const t = d.tally;
  const groups: [string, GroupFigures][] = [
    [L.groups.bewoners, t.groups.bewoners],
    [L.groups.ambtenaren, t.groups.ambtenaren],
  ];
  if (t.groups.partners) groups.push([L.advisory, t.groups.partners]);
  const header: TableCell[] = [cell(L.option, true), ...groups.map(([name]) => cell(name, true))];
  const rows: TableCell[][] = [header];
  if (!methodOf(t.method).options) {
    for (const choice of CONSENT_CHOICES)
      rows.push([cell(L.consent[choice]), ...groups.map(([, g]) => cell(String(g.consent?.[choice] ?? 0)))]);
  } else {
    for (const o of d.options)
      rows.push([cell(o.label), ...groups.map(([, g]) => cell(figureText(g, o.id, t.method)))]);
  }
  rows.push([cell(L.turnout, true), ...groups.map(([, g]) => cell(String(g.voters)))]);

  const out: Block[] = [heading(3, id, L.decision(d.number, d.question))];
  if (d.text) out.push(paragraph([text(d.text, { bold: true })], 'lead'));
  out.push(
    paragraph(
      L.decisionFacts(L.rule[d.rule], L.method[d.method], date(new Date(d.decidedAt).toISOString())),
      'note',
    ),
  );
  out.push(paragraph(outcomeText(t, d.options, L)));
  out.push({ kind: 'table', caption: L.resultsCaption(L.rule[d.rule]), rows });
  const objections = groups.flatMap(([, g]) => g.consent?.objections ?? []);
  if (objections.length > 0) {
    out.push(paragraph(L.consent.objections, 'note'));
    out.push({ kind: 'list', ordered: false, start: 1, items: objections.map((o) => [paragraph(o)]) });
  }
  return out;
}
