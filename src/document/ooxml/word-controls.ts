/**
 * Content-control properties (w:sdtPr: id, tag, title, checkbox, date, placeholder) and the texts
 * that count as a control's placeholder: what the word model and its inline reader share.
 */
import type { ContentControl } from './word-model';
import { attr, child, isElement, type XmlElement } from './xml';

/** Texts Word and KL's templates show in an empty control (compared trimmed, case-insensitively). */
export const PLACEHOLDER_TEXTS = new Set([
  'angiv tekst',
  'angiv tekst.',
  'klik eller tryk her for at skrive tekst.',
  'klik eller tryk her for at skrive tekst',
  'klik eller tryk for at angive en dato.',
  'klik eller tryk for at angive en dato',
  'vælg en dato',
  'vælg en dato.',
  'vælg et element.',
  'klik her for at skrive tekst.',
  'klik her for at angive en dato.',
  'click or tap here to enter text.',
  'click or tap to enter a date.',
  'click here to enter text.',
  'click here to enter a date.',
  'choose an item.',
]);

export const isPlaceholderText = (s: string): boolean => PLACEHOLDER_TEXTS.has(s.trim().toLowerCase());

export const truthy = (v: string | undefined): boolean => v === undefined || v === '1' || v === 'true' || v === 'on';

export function readControlProps(sdt: XmlElement, block: boolean, paragraph: number): ContentControl {
  const pr = child(sdt, 'w:sdtPr');
  const cc: ContentControl = { el: sdt, text: '', rawText: '', showingPlaceholder: false, hasPicture: false, block, paragraph };
  if (!pr) return cc;
  for (const c of pr.children) {
    if (!isElement(c)) continue;
    switch (c.name) {
      case 'w:id': cc.id = attr(c, 'w:val'); break;
      case 'w:tag': cc.tag = attr(c, 'w:val'); break;
      case 'w:alias': cc.alias = attr(c, 'w:val'); break;
      case 'w:showingPlcHdr': cc.showingPlaceholder = truthy(attr(c, 'w:val')); break;
      case 'w:date': cc.date = { fullDate: attr(c, 'w:fullDate') }; break;
      case 'w14:checkbox': {
        const checked = child(c, 'w14:checked');
        const cs = child(c, 'w14:checkedState');
        const us = child(c, 'w14:uncheckedState');
        cc.checkbox = {
          checked: checked ? truthy(attr(checked, 'w14:val')) : false,
          checkedChar: hexChar(cs && attr(cs, 'w14:val')),
          uncheckedChar: hexChar(us && attr(us, 'w14:val')),
        };
        break;
      }
    }
  }
  return cc;
}

function hexChar(hex: string | undefined): string | undefined {
  if (!hex) return undefined;
  const code = parseInt(hex, 16);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
