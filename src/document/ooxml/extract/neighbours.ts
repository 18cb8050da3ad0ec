/**
 * Values beside or below a label that stands alone (the value strategies of a form laid out in
 * lines or tables): the line below in the same place, the party's column of a signature grid, the
 * next cell of the row, and the cell below when a row holds only labels (labels above values).
 */
import { sameCell, sameRow, type ContentControl, type Paragraph, type WordModel } from '../word-model';
import { bareValue, bindControl, cleanValue, inScope, itemsText, type FieldBinding, type Scope } from './shared';

export interface NeighbourJudge {
  /** The text reads as a label of some field (then it is no value). */
  isLabelLine: (text: string) => boolean;
  /** The control's tag or title names another field. */
  namesOther: (c: ContentControl) => boolean;
}

const firstControl = (paras: Paragraph[]): ContentControl | undefined => {
  for (const q of paras) for (const it of q.items) if (it.kind === 'control') return it.control;
  return undefined;
};

/** The value held by some paragraphs (a cell): their first control, else their bare text. */
function cellValue(fieldId: string, paras: Paragraph[], at: number, judge: NeighbourJudge, refuseLabels: boolean): FieldBinding | null {
  const control = firstControl(paras);
  if (control) return judge.namesOther(control) || (refuseLabels && judge.isLabelLine(control.rawText)) ? null : bindControl(fieldId, 3, control);
  const raw = paras.map((q) => itemsText(q.items)).join(' ');
  if (refuseLabels && judge.isLabelLine(raw)) return null;
  const where = paras[0]?.index ?? at;
  return { fieldId, strategy: 4, paragraph: where, value: bareValue(cleanValue(raw), where) };
}

/** The line below in the same place: a control on a line of its own, a picture (a scanned signature) or bare text. */
function lineBelow(model: WordModel, p: Paragraph, scope: Scope, fieldId: string, judge: NeighbourJudge): FieldBinding | null | undefined {
  const below = model.paragraphs[p.index + 1];
  if (!below || !inScope(scope, below.index) || below.inTextBox !== p.inTextBox) return undefined;
  if (p.table ? !sameCell(below.table, p.table) : !!below.table) return undefined;
  const first = below.items.find((it) => it.kind !== 'text' || it.text.trim() !== '');
  if (first?.kind === 'control') {
    // A control that holds a label of its own ("Evt. Cvr-nummer: …" in a rich-text control) is that label's line.
    return judge.namesOther(first.control) || judge.isLabelLine(first.control.rawText) ? null : bindControl(fieldId, 3, first.control);
  }
  const text = below.items.map((it) => (it.kind === 'text' ? it.text : '')).join('').trim();
  if (text === '' && below.items.some((it) => it.kind === 'picture')) {
    return { fieldId, strategy: 4, paragraph: below.index, value: bareValue({ text: null, picture: true }, below.index) };
  }
  // Bare text on the line below ("Navn:" / "Mette Sørensen"), unless that line is itself a label.
  if (text !== '' && below.items.every((it) => it.kind === 'text' || it.kind === 'picture') && !judge.isLabelLine(text)) {
    return { fieldId, strategy: 4, paragraph: below.index, value: bareValue(cleanValue(text), below.index) };
  }
  return undefined;
}

/** A label alone (in a cell or on its line): the value beside it or below it. */
export function neighbourValue(model: WordModel, p: Paragraph, scope: Scope, fieldId: string, judge: NeighbourJudge): FieldBinding | null {
  const below = lineBelow(model, p, scope, fieldId, judge);
  if (below !== undefined) return below;
  const at = p.table;
  if (!at) return null;
  const paras = model.paragraphs.slice(p.index + 1, scope.to);
  if (scope.valueColumn !== undefined && at.cell !== scope.valueColumn) {
    // A signature grid: the party's value is in its own column of the label's row.
    return cellValue(fieldId, paras.filter((q) => sameRow(q.table, at) && q.table?.cell === scope.valueColumn), p.index, judge, false);
  }
  const rest = paras.filter((q) => sameRow(q.table, at));
  // The value cell's first paragraph (later ones are notes), unless that cell is a label too.
  const next = rest.filter((q) => q.table?.cell === at.cell + 1).slice(0, 1);
  if (next.length > 0 && !judge.isLabelLine(next[0]?.text ?? '')) return cellValue(fieldId, next, p.index, judge, false);
  // A row of labels ("Navn:" | "Cpr.nr.:") with the values in the row below, in the same column.
  const under = paras.filter((q) => q.table?.table === at.table && q.table.row === at.row + 1 && q.table.column === at.column && inScope(scope, q.index));
  if (under.length === 0) return null;
  return cellValue(fieldId, under, p.index, judge, true);
}
