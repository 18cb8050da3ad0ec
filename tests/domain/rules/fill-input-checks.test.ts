/**
 * The cross-field checks on a form's values (what the task pane shows as the user types) agree with
 * the checker's rules on the same values: same rule ids, fields and messages.
 */
import type { ContractFillInput } from '../../../src/domain/contract/fill-input';
import { klVoksen21 } from '../../../src/domain/contract/kl-voksen-2.1';
import { resolveRuleConfig } from '../../../src/domain/rules/config';
import { fillInputCrossFieldFindings } from '../../../src/domain/rules/fill-input-checks';
import { checkWith, setText } from './helpers/korrekt-contract';

const input = (over: Partial<ContractFillInput> = {}): ContractFillInput => ({
  fields: { 'payment.deadlineDays': '30', ...over.fields },
  choices: { 'termination.paymentPeriod': 'standard', ...over.choices },
  services: over.services ?? [{ startDate: '01-03-2026', endDate: '28-02-2027', firstFollowUpDate: '01-06-2026' }],
});
const pairs = (fs: Array<{ rule: string; field: string | null }>) => fs.map((f) => [f.rule, f.field]);
const run = (i: ContractFillInput) => fillInputCrossFieldFindings(klVoksen21, i);

describe('cross-field checks on form values', () => {
  it('finds nothing in consistent values', () => {
    expect(run(input())).toEqual([]);
  });

  it('end before start, for the service it concerns', () => {
    const found = run(input({ services: [{ startDate: '01-03-2026' }, { startDate: '01-03-2026', endDate: '28-02-2026' }] }));
    expect(pairs(found)).toEqual([['dates.end-before-start', 'services[1].endDate']]);
    expect(found[0]!.message).toContain('Indsats 2');
    expect(found[0]!.category).toBe('fejl-uden-meromkostning');
  });

  it('an end date on the start date is fine; dates in any Danish notation are compared', () => {
    expect(run(input({ services: [{ startDate: '1. marts 2026', endDate: '2026-03-01', firstFollowUpDate: '1.3.2026' }] }))).toEqual([]);
  });

  it('follow-up before start', () => {
    expect(pairs(run(input({ services: [{ startDate: '01-03-2026', firstFollowUpDate: '15-02-2026' }] }))))
      .toEqual([['dates.follow-up-before-start', 'services[0].firstFollowUpDate']]);
  });

  it('compares nothing while a date cannot be read yet (half typed)', () => {
    expect(run(input({ services: [{ startDate: '01-03-20', endDate: '01-0' }] }))).toEqual([]);
  });

  it('payment deadline under 30 days is a costly choice, over 30 breaks Renteloven § 3 b, 30 is fine', () => {
    expect(run(input({ fields: { 'payment.deadlineDays': '14' } }))).toEqual([
      expect.objectContaining({ rule: 'payment.short-deadline', field: 'payment.deadlineDays', category: 'uhensigtsmaessige-valg' }),
    ]);
    expect(run(input({ fields: { 'payment.deadlineDays': '45 dage' } }))).toEqual([
      expect.objectContaining({ rule: 'payment.deadline-over-limit', field: 'payment.deadlineDays', category: 'fejl-uden-meromkostning' }),
    ]);
    expect(run(input({ fields: { 'payment.deadlineDays': '30 dage' } }))).toEqual([]);
  });

  it('the limit comes from the rule configuration, not a constant', () => {
    const config = { ...resolveRuleConfig(klVoksen21), paymentDeadline: { field: 'payment.deadlineDays', days: 20 } };
    expect(pairs(fillInputCrossFieldFindings(klVoksen21, input(), config))).toEqual([['payment.deadline-over-limit', 'payment.deadlineDays']]);
  });

  it('extended payment after moving out, with its days in the message', () => {
    const found = run(input({ choices: { 'termination.paymentPeriod': 'extended' }, fields: { 'termination.extendedDays': '60' } }));
    expect(pairs(found)).toEqual([['termination.extended-payment', 'termination.paymentPeriod']]);
    expect(found[0]!.message).toContain('(60 dage)');
  });

  it('says word for word what the checker says about the same values in a document', () => {
    const form = run(input({ fields: { 'payment.deadlineDays': '14' }, services: [{ startDate: '01-03-2026', endDate: '28-02-2026', firstFollowUpDate: '01-06-2026' }] }));
    const doc = checkWith((c) => { setText(c, 'services[0].endDate', '28-02-2026'); setText(c, 'payment.deadlineDays', '14'); });
    const key = (f: { rule: string }) => f.rule;
    expect([...form].sort((a, b) => key(a).localeCompare(key(b))).map((f) => f.message))
      .toEqual(doc.findings.filter((f) => f.rule !== 'contract.open-ended').sort((a, b) => key(a).localeCompare(key(b))).map((f) => f.message));
  });
});
