import { allowedTransitions, checkTransition, FLAG_STATES, isFinalState } from '../../../src/domain/flags/flag-state';
import { flagAgeDays, flagCategory, topFindings } from '../../../src/domain/flags/flag';

describe('flag states', () => {
  test('only ny → under-gennemgang → afsluttet | afvist', () => {
    const allowed = FLAG_STATES.flatMap((from) => FLAG_STATES.filter((to) => checkTransition(from, to).ok).map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['ny→under-gennemgang', 'under-gennemgang→afsluttet', 'under-gennemgang→afvist']);
  });
  test('refusals explain in Danish where the flag can go', () => {
    const r = checkTransition('ny', 'afsluttet');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/kun gå til "Under gennemgang"/) });
    expect(checkTransition('afvist', 'ny')).toEqual({ ok: false, message: expect.stringMatching(/kan ikke ændres/) });
  });
  test('closed states are final', () => {
    expect(isFinalState('afsluttet')).toBe(true);
    expect(isFinalState('ny')).toBe(false);
    expect(allowedTransitions('under-gennemgang')).toEqual(['afsluttet', 'afvist']);
  });
});

describe('flag findings', () => {
  const f = (rule: string, category: string | null) => ({ rule, category, field: null, message: rule });
  test('category is the worst finding; none → korrekt; recommendations do not count', () => {
    expect(flagCategory([f('a', 'uhensigtsmaessige-valg'), f('b', 'fejl-med-oekonomisk-risiko'), f('c', 'fejl-uden-meromkostning')])).toBe('fejl-med-oekonomisk-risiko');
    expect(flagCategory([f('r', null)])).toBe('korrekt');
    expect(flagCategory([])).toBe('korrekt');
  });
  test('top findings: worst first, stable, at most n', () => {
    const list = [f('a', 'uhensigtsmaessige-valg'), f('b', 'fejl-uden-meromkostning'), f('c', 'fejl-med-oekonomisk-risiko'), f('d', 'fejl-uden-meromkostning')];
    expect(topFindings(list, 3).map((x) => x.rule)).toEqual(['c', 'b', 'd']);
  });
  test('age in whole days', () => {
    expect(flagAgeDays('2026-01-01T00:00:00Z', '2026-01-03T12:00:00Z')).toBe(2);
  });
});
