import { THREE_JUDGES } from './appraisal.fixture';
import {
  appraisalFormProblems,
  missingVotes,
  rankedSubjects,
  tallyText,
  toAppraisalInput,
  toVotesInput,
} from './appraisal-values';

describe('toAppraisalInput', () => {
  const BASE = {
    title: ' 2026 年员额法官履职评议 ',
    kind: 'PERFORMANCE' as const,
    scheme: 'THREE_GRADE' as const,
    heldOn: '2026-11-20',
  };

  it('keeps every subject and group row in order, trimmed, with a post only for a person', () => {
    expect(
      toAppraisalInput({
        ...BASE,
        subjects: [
          { kind: 'PERSON', name: ' 张三 ', post: ' 员额法官 ', departmentId: 'court' },
          { kind: 'UNIT', name: '市中级人民法院', post: '不该送出', departmentId: 'court' },
          { kind: 'PERSON', name: '', departmentId: 'court' },
        ],
        groups: [
          { kind: 'MEMBERS', name: ' 常委会组成人员 ', eligible: 30 },
          { kind: 'DEPUTIES', name: '人大代表', eligible: 45 },
        ],
      }),
    ).toEqual({
      title: '2026 年员额法官履职评议',
      kind: 'PERFORMANCE',
      scheme: 'THREE_GRADE',
      heldOn: '2026-11-20',
      subjects: [
        { kind: 'PERSON', name: '张三', post: '员额法官', departmentId: 'court' },
        { kind: 'UNIT', name: '市中级人民法院', departmentId: 'court' },
        // A blank row is sent as is: the refusal then names subjects.2, the row the person sees.
        { kind: 'PERSON', name: '', departmentId: 'court' },
      ],
      groups: [
        { kind: 'MEMBERS', name: '常委会组成人员', eligible: 30 },
        { kind: 'DEPUTIES', name: '人大代表', eligible: 45 },
      ],
    });
  });

  it('sends the session or the project it is held under, never both', () => {
    expect(toAppraisalInput({ ...BASE, under: 'session:s9' })).toMatchObject({ sessionId: 's9' });
    expect(toAppraisalInput({ ...BASE, under: 'session:s9' })).not.toHaveProperty('projectId');
    expect(toAppraisalInput({ ...BASE, under: 'project:p3' })).toMatchObject({ projectId: 'p3' });
    expect(toAppraisalInput({ ...BASE, under: 'project:p3' })).not.toHaveProperty('sessionId');
    const neither = toAppraisalInput(BASE);
    expect(neither).not.toHaveProperty('projectId');
    expect(neither).not.toHaveProperty('sessionId');
  });
});

describe('toVotesInput', () => {
  it('sends the three counts of a three-grade appraisal', () => {
    expect(toVotesInput('THREE_GRADE', { satisfied: 20, basicallySatisfied: 7, unsatisfied: 3 })).toEqual({
      votes: { satisfied: 20, basicallySatisfied: 7, unsatisfied: 3 },
    });
  });

  it('sends no 基本满意 for a two-grade appraisal, whatever the form held', () => {
    expect(toVotesInput('BINARY', { satisfied: 20, basicallySatisfied: 4, unsatisfied: 3 })).toEqual({
      votes: { satisfied: 20, basicallySatisfied: 0, unsatisfied: 3 },
    });
  });

  it('sends the scores of a 百分制 appraisal, and names a score it cannot read', () => {
    expect(toVotesInput('SCORE_100', { scores: '90, 85\n72' })).toEqual({
      votes: { satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, scores: [90, 85, 72] },
    });
    expect(toVotesInput('SCORE_100', { scores: '90 120' })).toEqual({
      error: '评分「120」无效,每个评分须为 0–100 的数',
    });
  });
});

describe('tallyText', () => {
  const tally = { satisfied: 20, basicallySatisfied: 7, unsatisfied: 3, averageScore: null };

  it('words each scheme’s tally', () => {
    expect(tallyText('THREE_GRADE', tally)).toBe('满意 20 / 基本满意 7 / 不满意 3');
    expect(tallyText('BINARY', tally)).toBe('满意 20 / 不满意 3');
    expect(tallyText('SCORE_100', { ...tally, averageScore: 82.456 })).toBe('平均 82.46 分');
    expect(tallyText('SCORE_100', tally)).toBe('—');
  });
});

describe('rankedSubjects', () => {
  it('orders the subjects as the ranking does and leaves out those without a result', () => {
    expect(rankedSubjects(THREE_JUDGES).map((subject) => [subject.rank, subject.name])).toEqual([
      [1, '李四'],
      [2, '张三'],
      [3, '王五'],
    ]);
  });
});

describe('missingVotes', () => {
  it('names each subject and group still without votes', () => {
    expect(missingVotes(THREE_JUDGES)).toEqual([{ subjectId: 's4', groupId: 'g2' }]);
  });
});

describe('appraisalFormProblems', () => {
  it('puts each refusal beside its row and field, and keeps the rest for the top of the form', () => {
    expect(
      appraisalFormProblems([
        { field: 'input.subjects.2.post', message: '评议个人须填写职务' },
        { field: 'input.groups.1.eligible', message: '应参评人数须为 1–10000' },
        { field: 'input.sessionId', message: '会议不是本机关的' },
        { field: 'input.title', message: '评议名称不能为空' },
        { field: 'input.subjects', message: '至少一个评议对象' },
      ]),
    ).toEqual({
      fields: [
        { name: ['subjects', 2, 'post'], errors: ['评议个人须填写职务'] },
        { name: ['groups', 1, 'eligible'], errors: ['应参评人数须为 1–10000'] },
        { name: ['under'], errors: ['会议不是本机关的'] },
        { name: ['title'], errors: ['评议名称不能为空'] },
      ],
      other: ['至少一个评议对象'],
    });
  });
});
