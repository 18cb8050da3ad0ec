import { Dropdown, Field, Input, Option, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { LEGAL_SECTIONS, LIST_STATUSES, OPERATING_FORMS, SUPERVISION_COLOURS, TARGET_GROUPS } from '../../domain/providers/offer';
import type { OfferFilters } from '../../ui/api/types';
import { LIST_STATUS_LABELS, SUPERVISION_LABELS, operatingFormLabel, sectionLabel } from '../../ui/format';
import { SUGGESTED_MUNICIPALITIES } from '../../ui/municipalities';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  search: { minWidth: '220px', flexGrow: 1 },
  dropdown: { minWidth: '150px' },
});

interface Choice { value: string; label: string }

function FilterDropdown({ label, value, choices, onChange }: { label: string; value: string | undefined; choices: Choice[]; onChange: (v: string | undefined) => void }) {
  const styles = useStyles();
  const selected = choices.find((c) => c.value === value);
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        value={selected?.label ?? 'Alle'}
        selectedOptions={[value ?? '']}
        onOptionSelect={(_, d) => onChange(d.optionValue ? d.optionValue : undefined)}
      >
        <Option value="">Alle</Option>
        {choices.map((c) => <Option key={c.value} value={c.value}>{c.label}</Option>)}
      </Dropdown>
    </Field>
  );
}

export const sectionChoices: Choice[] = LEGAL_SECTIONS.map((s) => ({ value: s, label: sectionLabel(s) }));
export const targetGroupChoices: Choice[] = TARGET_GROUPS.map((g) => ({ value: g, label: g }));
export const municipalityChoices: Choice[] = SUGGESTED_MUNICIPALITIES.map((m) => ({ value: m, label: m }));

/** Free-text search and the list's filters (legal section, target group, municipality, …). */
export function OfferFiltersBar({ filters, onChange }: { filters: OfferFilters; onChange: (f: OfferFilters) => void }) {
  const styles = useStyles();
  const set = <K extends keyof OfferFilters>(k: K, v: OfferFilters[K]) => onChange({ ...filters, [k]: v });
  return (
    <div className={styles.bar} role="search" aria-label="Søg og filtrér tilbud">
      <Field label="Søg" className={styles.search}>
        <Input
          type="search"
          contentBefore={<SearchRegular aria-hidden />}
          placeholder="Navn, leverandør, CVR, adresse"
          value={filters.q ?? ''}
          onChange={(_, d) => set('q', d.value || undefined)}
        />
      </Field>
      <FilterDropdown label="Paragraf" value={filters.section} choices={sectionChoices} onChange={(v) => set('section', v)} />
      <FilterDropdown label="Målgruppe" value={filters.targetGroup} choices={targetGroupChoices} onChange={(v) => set('targetGroup', v)} />
      <FilterDropdown label="Kommune" value={filters.municipality} choices={municipalityChoices} onChange={(v) => set('municipality', v)} />
      <FilterDropdown label="Driftsform" value={filters.operatingForm} choices={OPERATING_FORMS.map((f) => ({ value: f, label: operatingFormLabel(f) }))} onChange={(v) => set('operatingForm', v as OfferFilters['operatingForm'])} />
      <FilterDropdown label="Ledige pladser" value={filters.hasFreePlaces === undefined ? undefined : String(filters.hasFreePlaces)} choices={[{ value: 'true', label: 'Har ledige' }, { value: 'false', label: 'Ingen ledige' }]} onChange={(v) => set('hasFreePlaces', v === undefined ? undefined : v === 'true')} />
      <FilterDropdown label="Tilsyn" value={filters.supervision} choices={SUPERVISION_COLOURS.map((c) => ({ value: c, label: SUPERVISION_LABELS[c] }))} onChange={(v) => set('supervision', v as OfferFilters['supervision'])} />
      <FilterDropdown label="Status på listen" value={filters.listStatus} choices={LIST_STATUSES.map((s) => ({ value: s, label: LIST_STATUS_LABELS[s] }))} onChange={(v) => set('listStatus', v as OfferFilters['listStatus'])} />
    </div>
  );
}
