import type { Page } from 'playwright-core';
import type { GraphqlClient } from '@liandong/testing';

export const FIGURE_KEYS = [
  'projects',
  'findings',
  'handoffs',
  'handoffsClosed',
  'handedOver',
  'closed',
  'overdue',
  'closureRate',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];
export type Figures = Record<FigureKey, string>;

const PROGRESS = `query ($scopeTenantId: ID) { progress(scopeTenantId: $scopeTenantId) {
  ${FIGURE_KEYS.join(' ')} } }`;

/** The API's totals for the caller (or a scope below it), written the way the dashboard shows them. */
export async function apiFigures(client: GraphqlClient, scopeTenantId?: string): Promise<Figures> {
  const data = await client.ok<{ progress: Array<Record<FigureKey, number>> }>(PROGRESS, { scopeTenantId });
  const totals = data.progress[0]!;
  return Object.fromEntries(
    FIGURE_KEYS.map((key) => [
      key,
      key === 'closureRate' ? (totals[key] * 100).toFixed(1) : totals[key].toLocaleString('en-US'),
    ]),
  ) as Figures;
}

/** The figure cards as the page shows them now ('' while one is still loading). */
export async function pageFigures(page: Page): Promise<Figures> {
  const entries = await Promise.all(
    FIGURE_KEYS.map(async (key) => {
      const value = page.getByTestId(`figure-${key}`).locator('.ant-statistic-content-value');
      return [key, (await value.count()) ? (await value.innerText()).trim() : ''] as const;
    }),
  );
  return Object.fromEntries(entries) as Figures;
}
