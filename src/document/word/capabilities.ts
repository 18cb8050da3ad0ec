/**
 * What the running Word offers, found by feature detection (Office.context.requirements.isSetSupported),
 * each with the Danish sentence the pane shows when it is missing and what the add-in does instead.
 * The manifest asks for WordApi 1.4, but a host can still lack a set (the sets below 1.4 too, in an
 * old client the manifest check let through), so each API beyond 1.1 that the adapter uses is here.
 */
import type { OfficeContextLike } from './word-api';

export interface Capability {
  id: 'checkboxControls' | 'comments' | 'changeTracking' | 'tables';
  requirement: string;
  available: boolean;
  /** Danish: what is unavailable and what happens instead. */
  missingMessage: string;
}

export interface WordCapabilities {
  checkboxControls: boolean;
  comments: boolean;
  changeTracking: boolean;
  tables: boolean;
  list: Capability[];
}

export function detectCapabilities(office: OfficeContextLike): WordCapabilities {
  const has = (v: string) => office.isSetSupported('WordApi', v);
  const list: Capability[] = [
    {
      id: 'checkboxControls', requirement: '1.7', available: has('1.7'),
      missingMessage: 'Afkrydsningsfelter kan ikke sættes direkte (kræver WordApi 1.7); linjen med afkrydsningsfelterne skrives i stedet igen med ☒ eller ☐.',
    },
    {
      id: 'comments', requirement: '1.4', available: has('1.4'),
      missingMessage: 'Kommentarer kan ikke tilføjes i denne version af Word (kræver WordApi 1.4).',
    },
    {
      // Document.changeTrackingMode is WordApi 1.4 in Microsoft's reference; without it the pane
      // cannot tell whether a restore will be tracked (Word still tracks it when tracking is on).
      id: 'changeTracking', requirement: '1.4', available: has('1.4'),
      missingMessage: 'Det kan ikke aflæses, om Spor ændringer er slået til (kræver WordApi 1.4).',
    },
    {
      // Paragraph.tableNestingLevel, Paragraph.parentTable and Table.delete are WordApi 1.3: a block
      // holding a table (a service with a table, say) can then not be removed from the open document.
      id: 'tables', requirement: '1.3', available: has('1.3'),
      missingMessage: 'En blok med en tabel kan ikke fjernes i denne version af Word (kræver WordApi 1.3); brug kl-fill på filen i stedet.',
    },
  ];
  return {
    checkboxControls: list[0]!.available,
    comments: list[1]!.available,
    changeTracking: list[2]!.available,
    tables: list[3]!.available,
    list,
  };
}
