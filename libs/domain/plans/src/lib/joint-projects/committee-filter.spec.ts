import { Caller } from '@liandong/tenancy';
import { committeeFilter, isLedFor } from './committee-filter';

function caller(committee: Caller['committee']): Pick<Caller, 'committee'> {
  return { committee };
}

const CAIJING = { id: 'c-4103-caijing', code: 'caijing', coordinates: false };
const TONGCHOU = { id: 'c-4103-tongchou', code: 'tongchou', coordinates: true };

describe('committeeFilter: whose projects a caller is narrowed to', () => {
  it('narrows a committee’s staff to their committee’s code', () => {
    expect(committeeFilter(caller(CAIJING))).toBe('caijing');
  });

  it('does not narrow the coordination office (统筹办)', () => {
    expect(committeeFilter(caller(TONGCHOU))).toBeNull();
  });

  it('does not narrow an account outside any committee', () => {
    expect(committeeFilter(caller(null))).toBeNull();
  });
});

describe('isLedFor: whether a project passes the filter', () => {
  it('lets a committee’s staff see a project their own committee leads', () => {
    expect(isLedFor('caijing', { code: 'caijing' })).toBe(true);
  });

  it('lets a county committee see a project led by the committee of the same code above it', () => {
    // The lead is the city's 财经委, a different row of the same code: the code is what matches.
    const cityCaijing = { id: 'c-4103-caijing', code: 'caijing' };
    expect(committeeFilter(caller({ id: 'c-410322-caijing', code: 'caijing', coordinates: false }))).toBe(
      'caijing',
    );
    expect(isLedFor('caijing', cityCaijing)).toBe(true);
  });

  it('hides a project another committee leads', () => {
    expect(isLedFor('caijing', { code: 'jiaokewenwei' })).toBe(false);
  });

  it('hides a project with no lead committee from committee staff', () => {
    expect(isLedFor('caijing', null)).toBe(false);
    expect(isLedFor('caijing', undefined)).toBe(false);
  });

  it('shows every project, led or not, when there is no filter', () => {
    expect(isLedFor(null, { code: 'jiaokewenwei' })).toBe(true);
    expect(isLedFor(null, null)).toBe(true);
  });
});
