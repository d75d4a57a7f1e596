import { DisclosureSubjectKind } from './disclosure-kinds';
import { draftOf, DraftFinding, SubjectFacts } from './disclosure-drafts';

const overt: DraftFinding = {
  title: '窗口排队时间过长',
  description: '群众王小明(13812345678)反映午间无人值守',
  location: '政务服务中心',
  covert: false,
  activityLocation: '政务服务中心',
  activitySummary: '视察政务服务',
  activityCovert: false,
};
const covert: DraftFinding = {
  title: '夜市占道经营',
  description: '线人张大海反映西关夜市南口烧烤摊每晚占道',
  location: '西关夜市南口',
  covert: true,
  activityLocation: '老城区西关夜市',
  activitySummary: '四不两直暗访西关夜市南口',
  activityCovert: true,
};

function facts(overrides: Partial<SubjectFacts> = {}): SubjectFacts {
  return {
    kind: DisclosureSubjectKind.CLOSURE,
    tenantPath: 'c',
    title: '关于窗口服务问题整改销号情况的公告',
    lines: ['整改措施:已安排专人值守,联系人王小明'],
    findings: [overt, covert],
    covertTexts: [],
    names: ['王小明'],
    ...overrides,
  };
}

describe('drafting a disclosure', () => {
  it('tells an overt finding with its place and account, personal data masked', () => {
    const { body } = draftOf(facts());
    expect(body).toContain('窗口排队时间过长(政务服务中心)');
    expect(body).toContain('午间无人值守');
    expect(body).not.toContain('王小明');
    expect(body).not.toContain('13812345678');
  });

  it('tells a covert finding by its title only: no source, place or informant', () => {
    const { body } = draftOf(facts());
    expect(body).toContain('夜市占道经营(暗访发现,线索来源不予公开)');
    expect(body).not.toContain('西关夜市');
    expect(body).not.toContain('张大海');
  });

  it('masks covert text quoted in other parts of the subject, such as a report’s measures', () => {
    const { body } = draftOf(facts({ lines: ['已取缔西关夜市南口烧烤摊'] }));
    expect(body).not.toContain('西关夜市南口');
  });

  it('keeps the redaction rules for later hand edits', () => {
    const { redaction } = draftOf(facts());
    expect(redaction.names).toEqual(['王小明']);
    expect(redaction.covertTexts).toEqual(
      expect.arrayContaining(['西关夜市南口', '线人张大海反映西关夜市南口烧烤摊每晚占道']),
    );
  });

  it('takes a given title, redacted too, or the subject’s', () => {
    expect(draftOf(facts(), '王小明反映的问题已整改').title).not.toContain('王小明');
    expect(draftOf(facts(), '  ').title).toBe('关于窗口服务问题整改销号情况的公告');
  });
});
