/**
 * Layout shared by the pane's generated forms (contract Udfyld and order Udfyld bestilling):
 * one fieldset per template section, one bordered group per repeating block instance.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useFormStyles = makeStyles({
  section: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  instance: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // The action bar stays in view at the bottom of the pane, with the last action's outcome above its button.
  actions: {
    position: 'sticky', bottom: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS,
  },
  status: { flexBasis: '100%', minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, outlineStyle: 'none' },
  hint: { color: tokens.colorNeutralForeground3 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
});

/** A template label without its trailing colon, as a form field label. */
export const labelText = (label: string): string => label.replace(/:\s*$/, '');

/** A field id ('services[0].quantity') as a valid, unique form control name. */
export const inputName = (id: string): string => id.replace(/[[\].]/g, '_');
