/**
 * Two municipalities' Entra tenants on one server, for the tenancy tests (flags-tenant, my-flags):
 * TENANT files for the region's municipalities except Holbæk; OTHER_TENANT is Holbæk's.
 */
import { DEFAULT_MUNICIPALITIES } from '../../../src/server/config';
import { OTHER_TENANT, TENANT } from './entra';

export const TWO_TENANTS_ENV = {
  ENTRA_TENANT_IDS: `${TENANT},${OTHER_TENANT}`,
  TENANT_MUNICIPALITIES: JSON.stringify({ [TENANT]: DEFAULT_MUNICIPALITIES.filter((m) => m !== 'Holbæk'), [OTHER_TENANT]: ['Holbæk'] }),
};

/** A flag's findings: one missing signature (an error with financial risk). */
export const MISSING_SIGNATURE = [{ rule: 'signature.missing', category: 'fejl-med-oekonomisk-risiko', field: null, message: 'Kontrakten mangler underskrift.' }];
