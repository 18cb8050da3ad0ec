import { categoryLabel, formatAge, formatDate, formatDateTime, formatKr, formatPercent, sectionLabel } from '../../src/ui/format';
import { luminance, officeTheme, teamsTheme, teamsThemeName } from '../../src/ui/theme';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

describe('Danish formatting', () => {
  it('writes dates dd-mm-åååå and amounts with . thousands and , decimals', () => {
    expect(formatDate('2026-03-01')).toBe('01-03-2026');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-03-01T08:05:00')).toBe('01-03-2026 08:05');
    expect(formatKr(2450)).toBe('2.450,00 kr.');
    expect(formatKr(1234567.5)).toBe('1.234.567,50 kr.');
    expect(formatPercent(5.25)).toBe('5,3 %');
    expect(sectionLabel('108')).toBe('§ 108');
  });

  it('says how old a value is', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(formatAge('2026-11-23T08:00:00Z', now)).toBe('i dag');
    expect(formatAge('2026-11-22T08:00:00Z', now)).toBe('i går');
    expect(formatAge('2026-11-01T08:00:00Z', now)).toBe('for 22 dage siden');
    expect(formatAge(null, now)).toBe('aldrig');
  });

  it('labels categories the way the audit does', () => {
    expect(categoryLabel('fejl-med-oekonomisk-risiko')).toBe('Fejl med økonomisk risiko');
    expect(categoryLabel(null)).toBe('Anbefaling');
  });
});

describe('theme', () => {
  it('maps the Teams theme names to Fluent themes, unknown to light', () => {
    expect(teamsTheme('dark')).toBe(teamsDarkTheme);
    expect(teamsTheme('contrast')).toBe(teamsHighContrastTheme);
    expect(teamsTheme('default')).toBe(teamsLightTheme);
    expect(teamsTheme('something-new')).toBe(teamsLightTheme);
    expect(teamsThemeName(undefined)).toBe('default');
  });

  it('picks the Office theme from the body background', () => {
    expect(officeTheme('#1f1f1f')).toBe(webDarkTheme);
    expect(officeTheme('#ffffff')).toBe(webLightTheme);
    expect(officeTheme(null, true)).toBe(webDarkTheme);
    expect(luminance('not a colour')).toBeNull();
  });
});
