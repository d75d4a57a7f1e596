import { planYears } from './plan-years';

describe('planYears', () => {
  it('opens on the latest year that has plans or projects, even when it is not the current year', () => {
    expect(planYears([2023, 2023, 2021], 2026)).toEqual({ years: [2027, 2026, 2023, 2021], initial: 2023 });
  });

  it('opens on the current year when nothing has been planned yet', () => {
    expect(planYears([], 2026)).toEqual({ years: [2027, 2026], initial: 2026 });
  });
});
