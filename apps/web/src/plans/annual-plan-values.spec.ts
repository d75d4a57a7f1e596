import { annualPlanProblems, toAnnualPlanInput } from './annual-plan-values';

describe('annual plan values', () => {
  it('need a title and a name for every item', () => {
    const problems = annualPlanProblems({
      title: ' ',
      items: [
        { title: '优化营商环境', isKey: true, isJoint: true },
        { title: '', isKey: false, isJoint: false },
      ],
    });
    expect(problems.map((p) => p.name.join('.'))).toEqual(['title', 'items.1.title']);
  });

  it('become the API input for the picked year, trimmed', () => {
    expect(
      toAnnualPlanInput(2024, {
        title: ' 2024年度计划 ',
        items: [{ title: ' 牡丹保护 ', isKey: true, isJoint: false }],
      }),
    ).toEqual({
      year: 2024,
      title: '2024年度计划',
      items: [{ title: '牡丹保护', isKey: true, isJoint: false }],
    });
  });
});
