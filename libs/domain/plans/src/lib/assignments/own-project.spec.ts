import { AppException } from '@liandong/errors';
import { ownProjectUnifications } from './own-project';

const source = {
  title: '听取和审议市政府关于财政决算的报告',
  year: 2023,
  leadBody: '财政经济委员会',
  office: '洛阳市',
  activeMethods: ['COVERT_VISIT', 'SPECIAL_REPORT', 'INSPECTION'],
};

describe('the unified plan of a project made from a tier’s own plan item', () => {
  it('takes the item’s title as its objectives and the Beijing calendar year as its span', () => {
    const unified = ownProjectUnifications(source);
    expect(unified.scheme).toEqual({
      objectives: source.title,
      startsAt: '2022-12-31T16:00:00.000Z',
      endsAt: '2023-12-31T15:59:59.999Z',
      milestones: [],
    });
    expect(unified.leadership).toEqual({ leadBody: '财政经济委员会', leader: '洛阳市', office: '洛阳市' });
  });

  it('names every active method, with an empty checklist, legal basis and indicators', () => {
    const unified = ownProjectUnifications(source);
    expect(unified.methods).toEqual(['COVERT_VISIT', 'SPECIAL_REPORT', 'INSPECTION']);
    expect(unified.policy).toEqual({ legalBasis: [], checklist: [] });
    expect(unified.effect).toEqual({ indicators: [] });
  });

  it('keeps to the twenty methods a unified plan may name', () => {
    const many = Array.from({ length: 25 }, (_, index) => `M${index}`);
    expect(ownProjectUnifications({ ...source, activeMethods: many }).methods).toEqual(many.slice(0, 20));
  });

  it('is refused like any unified plan when the catalogue has no active method', () => {
    expect(() => ownProjectUnifications({ ...source, activeMethods: [] })).toThrow(AppException);
  });
});
