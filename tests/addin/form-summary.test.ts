import { klVoksen21 } from '../../src/domain/contract/kl-voksen-2.1';
import { emptyInput, formSections, validateForm } from '../../src/addin/form/form-model';
import { formProblems, sectionProgress } from '../../src/addin/form/form-summary';

describe('the Udfyld form summary', () => {
  const sections = formSections(klVoksen21);

  test('an empty form lists every required field with its section, and no section is complete', () => {
    const input = emptyInput();
    const problems = formProblems(sections, validateForm(klVoksen21, input), input);
    expect(problems.length).toBe(validateForm(klVoksen21, input).count);
    expect(problems.every((p) => /^\d+\. \S/.test(p.section) && p.message.length > 0)).toBe(true);
    expect(problems.some((p) => p.id.startsWith('services[0].') && p.label.startsWith('Indsats 1: '))).toBe(true);
    const progress = sectionProgress(sections, problems);
    expect(progress.total).toBe(sections.length);
    expect(progress.text).toBe(`${progress.done} af ${sections.length} afsnit udfyldt`);
    expect(progress.done).toBeLessThan(progress.total);
  });

  test('no problems: every section is complete', () => {
    expect(sectionProgress(sections, [])).toEqual({ done: sections.length, total: sections.length, text: `${sections.length} af ${sections.length} afsnit udfyldt` });
  });
});
