import { toFieldProblems } from '@liandong/errors';
import { toStoredUnifications, unificationsInputSchema } from './unifications';

function input(): Record<string, unknown> {
  return {
    leadership: { leadBody: '市人大常委会教科文卫工委', leader: '李主任', office: null },
    scheme: {
      objectives: '推动高中教育提质增效',
      startsAt: new Date('2023-03-01T00:00:00Z'),
      endsAt: new Date('2023-10-31T00:00:00Z'),
      milestones: [{ name: '方案报备', dueAt: new Date('2023-03-31T00:00:00Z') }],
    },
    methods: ['INSPECTION', 'SPECIAL_REPORT'],
    policy: { legalBasis: ['《教育法》'], checklist: [{ code: 'C1', text: '师资配备' }] },
    effect: { indicators: [{ code: 'I1', name: '问题整改率', target: 95 }] },
  };
}

function fields(value: Record<string, unknown>): string[] {
  const result = unificationsInputSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the five unifications', () => {
  it('accepts a complete plan and stores dates as ISO strings', () => {
    const parsed = unificationsInputSchema.parse(input());
    expect(toStoredUnifications(parsed).scheme.startsAt).toBe('2023-03-01T00:00:00.000Z');
  });

  it('requires at least one method', () => {
    expect(fields({ ...input(), methods: [] })).toEqual(['methods']);
  });

  it('refuses a repeated method', () => {
    expect(fields({ ...input(), methods: ['INSPECTION', 'INSPECTION'] })).toEqual(['methods.1']);
  });

  it('requires endsAt after startsAt', () => {
    const value = input();
    const scheme = value['scheme'] as Record<string, unknown>;
    expect(fields({ ...value, scheme: { ...scheme, endsAt: scheme['startsAt'] } })).toEqual([
      'scheme.endsAt',
    ]);
  });

  it('requires unique checklist codes', () => {
    const checklist = [
      { code: 'C1', text: '师资配备' },
      { code: 'C1', text: '办学条件' },
    ];
    expect(fields({ ...input(), policy: { legalBasis: [], checklist } })).toEqual([
      'policy.checklist.1.code',
    ]);
  });

  it('requires unique indicator codes', () => {
    const indicators = [
      { code: 'I1', name: 'a', target: 1 },
      { code: 'I1', name: 'b', target: 2 },
    ];
    expect(fields({ ...input(), effect: { indicators } })).toEqual(['effect.indicators.1.code']);
  });

  it('requires a lead body', () => {
    expect(fields({ ...input(), leadership: { leadBody: ' ', leader: '李主任' } })).toEqual([
      'leadership.leadBody',
    ]);
  });

  it.each([
    ['a repeated method', { methods: ['INSPECTION', 'INSPECTION'] }, 'methods.1', 'DUPLICATE_METHOD'],
    [
      'a repeated checklist code',
      {
        policy: {
          legalBasis: [],
          checklist: [
            { code: 'C1', text: '师资配备' },
            { code: 'C1', text: '经费保障' },
          ],
        },
      },
      'policy.checklist.1.code',
      'DUPLICATE_CODE',
    ],
  ])('names why it refuses %s', (_label, change, field, reason) => {
    const result = unificationsInputSchema.safeParse({ ...input(), ...change });
    expect(result.success).toBe(false);
    expect(result.error && toFieldProblems(result.error)).toContainEqual(
      expect.objectContaining({ field, reason }),
    );
  });
});
