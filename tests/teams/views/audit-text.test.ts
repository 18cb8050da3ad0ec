import { auditValue, describeAudit } from '../../../src/teams/views/audit-text';
import type { AuditItem } from '../../../src/ui/api/types';

const entry = (over: Partial<AuditItem>): AuditItem => ({
  id: 1, at: '2026-03-01T09:30:00.000Z', actorId: '6f1c2d3e-0000-4000-8000-000000000001', actorName: 'Mette Hansen',
  action: 'offer.updated', entity: 'offer', entityId: 'a1b2c3', entityName: 'Bostedet Engen', detail: {}, ...over,
});

describe('the audit log in words', () => {
  it('says who by name and what in a verb, naming the offer, never the raw ids', () => {
    const t = describeAudit(entry({ action: 'offer.created', detail: { name: 'Bostedet Engen', rates: 2 } }));
    expect(t).toEqual({ who: 'Mette Hansen', what: 'oprettede tilbud', subject: 'Bostedet Engen', changes: [], note: 'Med 2 takster' });
    expect(JSON.stringify(t)).not.toMatch(/6f1c2d3e|a1b2c3/);
    expect(describeAudit(entry({ action: 'offer.suspended', detail: { reason: 'Tilsynet har varslet sanktioner' } })))
      .toMatchObject({ what: 'suspenderede tilbud', note: 'Begrundelse: Tilsynet har varslet sanktioner' });
    expect(describeAudit(entry({ actorName: '' })).who).toBe('Ukendt bruger');
  });

  it('lists each changed field by its Danish name with old and new value in the product\'s formats', () => {
    const t = describeAudit(entry({
      detail: {
        changes: {
          freePlaces: { from: 2, to: 7 }, supervisionColour: { from: 'grøn', to: 'rød' }, supervisionDate: { from: null, to: '2026-03-01' },
          operatingForm: { from: 'private', to: 'selfOwning' }, sections: { from: ['107'], to: ['107', '108'] }, places: { from: 1200, to: 1250 },
        },
      },
    }));
    expect(t.what).toBe('ændrede tilbud');
    expect(t.changes).toEqual([
      { field: 'Ledige pladser', from: '2', to: '7' },
      { field: 'Tilsyn', from: 'Grøn', to: 'Rød' },
      { field: 'Tilsynsdato', from: '–', to: '01-03-2026' },
      { field: 'Driftsform', from: 'Privat', to: 'Selvejende' },
      { field: 'Paragraffer', from: '§ 107', to: '§ 107, § 108' },
      { field: 'Pladser', from: '1.200', to: '1.250' },
    ]);
  });

  it('says a new rate with its section, unit, amount in kroner and the day it applies from', () => {
    const t = describeAudit(entry({ action: 'rate.appended', entity: 'rate', detail: { section: '107', unit: 'dag', amount: 2450.5, validFrom: '2026-01-01' } }));
    expect(t).toMatchObject({ what: 'ændrede takst', subject: 'Bostedet Engen', note: '§ 107, pr. dag: 2.450,50 kr. fra 01-01-2026' });
  });

  it('says imports, cases and unknown actions in words too', () => {
    expect(describeAudit(entry({ action: 'offers.imported', entity: 'import', entityId: null, entityName: null, detail: { format: 'csv', created: 1, updated: 12 } })))
      .toMatchObject({ what: 'importerede tilbud', subject: null, note: '1 oprettet, 12 opdateret (CSV)' });
    expect(describeAudit(entry({ action: 'flag.updated', entity: 'flag', entityName: 'Kontrakt Engen', detail: { state: 'afsluttet', assignee: null } })))
      .toMatchObject({ what: 'ændrede status på sagen', subject: 'Kontrakt Engen', note: 'Ny status: Afsluttet' });
    expect(describeAudit(entry({ action: 'flag.updated', entity: 'flag', detail: { state: null, assignee: 'Jens' } }))).toMatchObject({ what: 'tildelte sagen', note: 'Ansvarlig: Jens' });
    const odd = describeAudit(entry({ action: 'something.new', detail: { x: { y: 1 } } }));
    expect(odd.what).toBe('registrerede en ændring');
    expect(JSON.stringify(odd)).not.toMatch(/something\.new|\{"y"/);
    expect(auditValue('targetGroups', ['autisme', 'misbrug'])).toBe('autisme, misbrug');
    expect(auditValue('email', { nested: true })).toBe('–');
  });
});
