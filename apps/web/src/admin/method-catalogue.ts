import type { SupervisionMethodCatalogueQuery } from '../graphql/generated/graphql';

export interface CatalogueRow {
  code: string;
  name: string;
  retired: boolean;
}

/** Every method, active ones first: a retired method is one the full list has and the active list lacks. */
export function catalogueRows(data: SupervisionMethodCatalogueQuery): CatalogueRow[] {
  const active = new Set(data.active.map((method) => method.code));
  return data.all
    .map((method) => ({ ...method, retired: !active.has(method.code) }))
    .sort((a, b) => Number(a.retired) - Number(b.retired) || a.code.localeCompare(b.code));
}

/** The API's rule for a new code, checked before sending so the mistake shows beside the field. */
export const METHOD_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,39}$/;
