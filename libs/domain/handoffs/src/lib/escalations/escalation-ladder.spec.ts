import {
  automaticLevelDue,
  carryingTier,
  escalationName,
  raisedToParent,
  workingDaysUntilLevel,
} from './escalation-ladder';

const NOW = new Date('2023-09-01T08:00:00.000Z');

describe('escalation ladder', () => {
  it('reaches level 1 automatically at the deadline, not before, never when closed', () => {
    expect(automaticLevelDue({ deadline: NOW, closed: false }, NOW)).toBe(1);
    expect(automaticLevelDue({ deadline: new Date(NOW.getTime() + 1), closed: false }, NOW)).toBe(0);
    expect(automaticLevelDue({ deadline: new Date('2023-01-01T00:00:00Z'), closed: true }, NOW)).toBe(0);
  });

  it('climbs to 督办函 and 挂牌督办 after further working days, on the default or a tenant’s own ladder', () => {
    const overdue = { deadline: new Date('2023-08-01T00:00:00Z'), closed: false };
    expect(automaticLevelDue(overdue, NOW, 4)).toBe(1);
    expect(automaticLevelDue(overdue, NOW, 5)).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 14)).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 15)).toBe(3);
    expect(automaticLevelDue(overdue, NOW, 40)).toBe(3);
    expect(automaticLevelDue(overdue, NOW, 2, { level2AfterDays: 2, level3AfterDays: 3 })).toBe(2);
    expect(automaticLevelDue(overdue, NOW, 5, { level2AfterDays: 2, level3AfterDays: 3 })).toBe(3);
  });

  it('names the levels as the offices do', () => {
    expect(escalationName(1)).toBe('催办');
    expect(escalationName(3)).toBe('挂牌督办');
    expect(escalationName(9)).toBe('第9级督办');
  });

  it('falls due on the ladder’s working days, and not at all above the automatic part', () => {
    expect(workingDaysUntilLevel(1, { level2AfterDays: 5, level3AfterDays: 10 })).toBe(0);
    expect(workingDaysUntilLevel(2, { level2AfterDays: 5, level3AfterDays: 10 })).toBe(5);
    expect(workingDaysUntilLevel(3, { level2AfterDays: 5, level3AfterDays: 10 })).toBe(15);
    expect(workingDaysUntilLevel(4, { level2AfterDays: 5, level3AfterDays: 10 })).toBeNull();
  });
});

describe('the tier that carries a step', () => {
  const city = { id: 'city', path: '4103' };
  const county = { id: 'county', path: '4103.410302' };
  const township = { id: 'township', path: '4103.410302.410302001' };

  it('stays with the handing-over tenant below 挂牌督办 and goes to its parent from there up', () => {
    expect([1, 2, 3, 4, 6].map(raisedToParent)).toEqual([false, false, true, true, true]);
    expect(carryingTier(2, { handing: county, parent: city })).toBe(county);
    expect(carryingTier(3, { handing: county, parent: city })).toBe(city);
    expect(carryingTier(4, { handing: township, parent: county })).toBe(county);
  });

  it('is the tier above when that tier takes it up by hand, whatever the level', () => {
    expect(carryingTier(2, { handing: county, parent: city, by: city })).toBe(city);
    expect(carryingTier(3, { handing: township, parent: county, by: city })).toBe(city);
    expect(carryingTier(2, { handing: county, parent: city, by: county })).toBe(county);
    expect(carryingTier(3, { handing: county, parent: city, by: county })).toBe(city);
  });

  it('stays with a root tenant that has no parent', () => {
    expect(carryingTier(3, { handing: city, parent: null })).toBe(city);
  });
});
