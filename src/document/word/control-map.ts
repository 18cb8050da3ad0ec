/**
 * Maps content controls found in the OOXML (what the engine reads) to the live ContentControl
 * objects of Word's collection (what the adapter writes to and selects). Why not simply by id:
 * Office.js hosts are known to
 * - leave plain-text and checkbox controls, nested controls and controls in text boxes out of
 *   ContentControlCollection.items (OfficeDev/office-js#6144, office-js-docs#290, office-js#2945);
 * - report a ContentControl.id that differs from the w:id in the OOXML (office-js-docs#259,
 *   office-js#2759).
 * So a control is matched by tag when its tag is unique, else by id when tag and title agree too,
 * else by its ordinal among controls of the same kind, tag and title, and only when Word lists as
 * many of that kind as the OOXML holds (otherwise the ordinal would point at the wrong one). A
 * control that cannot be matched is reported as missing, and the caller falls back to its paragraph.
 */
import type { ContentControl } from '../ooxml/word-model';
import type { WordContentControl } from './word-api';

type Kind = 'checkbox' | 'date' | 'other';

const ooxmlKind = (c: ContentControl): Kind => (c.checkbox ? 'checkbox' : c.date ? 'date' : 'other');
const liveKind = (c: WordContentControl): Kind => {
  const t = c.type.toLowerCase();
  return t === 'checkbox' ? 'checkbox' : t === 'datepicker' ? 'date' : 'other';
};
const keyOf = (kind: Kind, tag: string | undefined, title: string | undefined) => `${kind}|${tag ?? ''}|${title ?? ''}`;

/** Unsigned 32-bit form: w:id is signed in OOXML, hosts may report it either way. */
const idKey = (v: string | number | undefined): string | undefined => {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? String(n >>> 0) : undefined;
};

export class ControlMap {
  private readonly byOoxml = new Map<ContentControl, WordContentControl>();

  constructor(ooxmlControls: ContentControl[], live: WordContentControl[]) {
    const liveByTag = new Map<string, WordContentControl[]>();
    for (const c of live) if (c.tag) liveByTag.set(c.tag, [...(liveByTag.get(c.tag) ?? []), c]);
    const ooxmlTagCount = new Map<string, number>();
    for (const c of ooxmlControls) if (c.tag) ooxmlTagCount.set(c.tag, (ooxmlTagCount.get(c.tag) ?? 0) + 1);
    const liveById = new Map<string, WordContentControl>();
    for (const c of live) {
      const k = idKey(c.id);
      if (k) liveById.set(k, c);
    }
    // Ordinal groups: controls of the same kind, tag and title, in document order on both sides.
    const ooxmlGroups = new Map<string, ContentControl[]>();
    for (const c of ooxmlControls) {
      const k = keyOf(ooxmlKind(c), c.tag, c.alias);
      ooxmlGroups.set(k, [...(ooxmlGroups.get(k) ?? []), c]);
    }
    const liveGroups = new Map<string, WordContentControl[]>();
    for (const c of live) {
      const k = keyOf(liveKind(c), c.tag || undefined, c.title || undefined);
      liveGroups.set(k, [...(liveGroups.get(k) ?? []), c]);
    }
    for (const c of ooxmlControls) {
      const tagged = c.tag ? liveByTag.get(c.tag) : undefined;
      if (c.tag && tagged?.length === 1 && ooxmlTagCount.get(c.tag) === 1) {
        this.byOoxml.set(c, tagged[0]!);
        continue;
      }
      const byId = liveById.get(idKey(c.id) ?? '');
      if (byId && (byId.tag || undefined) === c.tag && (byId.title || undefined) === c.alias && liveKind(byId) === ooxmlKind(c)) {
        this.byOoxml.set(c, byId);
        continue;
      }
      const k = keyOf(ooxmlKind(c), c.tag, c.alias);
      const og = ooxmlGroups.get(k) ?? [];
      const lg = liveGroups.get(k) ?? [];
      if (og.length === lg.length) {
        const match = lg[og.indexOf(c)];
        if (match) this.byOoxml.set(c, match);
      }
    }
  }

  live(control: ContentControl): WordContentControl | undefined {
    return this.byOoxml.get(control);
  }
}
