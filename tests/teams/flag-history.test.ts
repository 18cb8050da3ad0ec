import { historyText } from '../../src/teams/views/flag-history';

const ev = (kind: string, over: Partial<{ fromState: string; toState: string; detail: string }> = {}) => ({ kind, fromState: null, toState: null, detail: null, ...over });

describe('a flag’s history reads in Danish', () => {
  it.each([
    [ev('created'), 'oprettet'],
    [ev('commented'), 'kommenteret'],
    [ev('assigned', { detail: 'Mette Teams' }), 'tildelt Mette Teams'],
    [ev('unassigned'), 'tildeling fjernet'],
    [ev('state-changed', { fromState: 'ny', toState: 'under-gennemgang' }), 'status ændret fra ny til under gennemgang'],
    [ev('state-changed', { fromState: 'x', toState: 'y' }), 'status ændret'],
    [ev('something-new'), 'ændret'],
  ])('%o → %s', (e, text) => {
    expect(historyText(e)).toBe(text);
  });
});
