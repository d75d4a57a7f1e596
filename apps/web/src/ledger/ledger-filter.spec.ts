import { ledgerExportPath, ledgerFilter, NO_CHOICES } from './ledger-filter';

describe('ledgerFilter', () => {
  it('leaves out every choice not made, so the API applies no filter', () => {
    expect(ledgerFilter(NO_CHOICES)).toEqual({});
  });

  it('passes every choice made', () => {
    expect(
      ledgerFilter({
        projectId: 'p1',
        status: ['ISSUED', 'CLOSED'],
        kinds: ['REVIEW_OPINION'],
        overdueOnly: true,
        escalatedToMe: true,
        scopeTenantId: 't9',
      }),
    ).toEqual({
      projectId: 'p1',
      status: ['ISSUED', 'CLOSED'],
      kinds: ['REVIEW_OPINION'],
      overdueOnly: true,
      escalatedToMe: true,
      scopeTenantId: 't9',
    });
  });
});

describe('ledgerExportPath', () => {
  it('asks the export for the whole ledger when nothing is chosen', () => {
    expect(ledgerExportPath(NO_CHOICES)).toBe('/exports/ledger.xlsx?');
  });

  it('gives the export the same filter as query parameters, statuses comma-separated', () => {
    const path = ledgerExportPath({
      ...NO_CHOICES,
      projectId: 'p 1',
      status: ['REPLIED', 'CLOSED'],
      overdueOnly: true,
    });
    const params = new URL(path, 'http://console').searchParams;
    expect(new URL(path, 'http://console').pathname).toBe('/exports/ledger.xlsx');
    expect(params.get('projectId')).toBe('p 1');
    expect(params.get('status')).toBe('REPLIED,CLOSED');
    expect(params.get('overdueOnly')).toBe('true');
    expect(params.has('escalatedToMe')).toBe(false);
  });

  it('gives the export the kinds chosen as kind=, comma-separated', () => {
    const path = ledgerExportPath({ ...NO_CHOICES, kinds: ['REVIEW_OPINION', 'RESOLUTION'] });
    expect(new URL(path, 'http://console').searchParams.get('kind')).toBe('REVIEW_OPINION,RESOLUTION');
    expect(new URL(ledgerExportPath(NO_CHOICES), 'http://console').searchParams.has('kind')).toBe(false);
  });

  it('carries a responsible unit from the dashboard into the query and the export alike', () => {
    const choices = { ...NO_CHOICES, departmentId: 'd-1' };
    expect(ledgerFilter(choices)).toEqual({ departmentId: 'd-1' });
    expect(new URL(ledgerExportPath(choices), 'http://console').searchParams.get('departmentId')).toBe('d-1');
    expect(ledgerFilter(NO_CHOICES)).toEqual({});
  });
});
