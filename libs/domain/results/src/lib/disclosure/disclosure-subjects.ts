import { Injectable } from '@nestjs/common';
import { AppException, parseId } from '@liandong/errors';
import { Caller, canSeeSubtreeOf } from '@liandong/tenancy';
import { formatShanghai } from '@liandong/time';
import { DisclosureSubjectKind } from './disclosure-kinds';
import { covertTextsOf, SubjectFacts } from './disclosure-drafts';
import { DisclosureRepository } from './disclosure.repository';

const SUBJECT_NAMES: Record<DisclosureSubjectKind, { zh: string; en: string }> = {
  [DisclosureSubjectKind.PROJECT_SUMMARY]: { zh: '联动监督项目', en: 'Joint project' },
  [DisclosureSubjectKind.REPORT]: { zh: '联动监督项目', en: 'Joint project' },
  [DisclosureSubjectKind.CLOSURE]: { zh: '交办事项', en: 'Handoff' },
  [DisclosureSubjectKind.EVALUATION_RESULT]: { zh: '满意度测评', en: 'Evaluation' },
};

const RESULT_NAMES: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  PASSED: '通过',
  FAILED: '未通过',
};

const FINDING_STATUS_NAMES: Record<string, string> = {
  CONFIRMED: '已核实',
  HANDED_OVER: '已交办',
  RECTIFYING: '整改中',
  SUBMITTED: '申请销号',
  CLOSED: '已销号',
  OVERDUE: '逾期',
  REOPENED: '重新整改',
  DISMISSED: '不属实',
};

/**
 * Reads what a subject says for a draft, as the caller may see it: a closed handoff (整改销号), a voted
 * evaluation, or a joint project's summary or result within the caller's subtree. Refuses a subject the
 * caller cannot see (NOT_FOUND) or one not ready to be told (CONFLICT).
 */
@Injectable()
export class DisclosureSubjects {
  constructor(private readonly repository: DisclosureRepository) {}

  async factsOf(caller: Caller, kind: DisclosureSubjectKind, subjectId: string): Promise<SubjectFacts> {
    const id = parseId(subjectId, 'input.subjectId');
    switch (kind) {
      case DisclosureSubjectKind.CLOSURE:
        return this.closure(caller, id);
      case DisclosureSubjectKind.EVALUATION_RESULT:
        return this.evaluation(caller, id);
      case DisclosureSubjectKind.PROJECT_SUMMARY:
      case DisclosureSubjectKind.REPORT:
        return this.project(caller, kind, id);
    }
  }

  private async closure(caller: Caller, id: string): Promise<SubjectFacts> {
    const handoff = await this.repository.closure(id);
    if (!handoff || !canSeeSubtreeOf(caller, handoff.tenantPath)) {
      throw AppException.notFound(SUBJECT_NAMES[DisclosureSubjectKind.CLOSURE], id);
    }
    if (handoff.status !== 'CLOSED' || !handoff.closedAt) {
      throw AppException.conflict('DISCLOSURE_SUBJECT_NOT_CLOSED', {
        zh: '只能公开已销号的交办事项',
        en: 'Only a closed handoff can be disclosed.',
      });
    }
    const [findings, reports, verifications, names] = await Promise.all([
      this.repository.findingsOfHandoff(id),
      this.repository.reportsOfHandoff(id),
      this.repository.verificationsOfHandoff(id),
      this.namesOfHandoff(id),
    ]);
    const subject = handoff.title ?? handoff.projectTitle ?? handoff.letterNo;
    return {
      kind: DisclosureSubjectKind.CLOSURE,
      tenantPath: handoff.tenantPath,
      title: `关于${subject}整改销号情况的公告`,
      lines: [
        `交办文号:${handoff.letterNo}`,
        `承办单位:${handoff.departmentName}`,
        ...(handoff.projectTitle ? [`监督项目:${handoff.projectTitle}`] : []),
        `销号日期:${formatShanghai(handoff.closedAt, 'yyyy年M月d日')}`,
        ...reports.map((measures) => `整改情况:${measures}`),
        ...verifications.map((opinion) => `核查意见:${opinion}`),
      ],
      findings,
      covertTexts: [],
      names,
    };
  }

  private async evaluation(caller: Caller, id: string): Promise<SubjectFacts> {
    const evaluation = await this.repository.evaluation(id);
    if (!evaluation || !canSeeSubtreeOf(caller, evaluation.tenantPath)) {
      throw AppException.notFound(SUBJECT_NAMES[DisclosureSubjectKind.EVALUATION_RESULT], id);
    }
    if (!evaluation.result || !evaluation.votedAt) {
      throw AppException.conflict('DISCLOSURE_SUBJECT_NOT_VOTED', {
        zh: '只能公开已表决的测评结果',
        en: 'Only a voted evaluation can be disclosed.',
      });
    }
    const subject = evaluation.title ?? evaluation.letterNo;
    const score = evaluation.averageScore === null ? [] : [`平均得分:${evaluation.averageScore.toFixed(1)}`];
    return {
      kind: DisclosureSubjectKind.EVALUATION_RESULT,
      tenantPath: evaluation.tenantPath,
      title: `关于${evaluation.departmentName}${subject}整改情况满意度测评结果的公告`,
      lines: [
        `测评对象:${evaluation.departmentName}(${evaluation.letterNo})`,
        `测评日期:${formatShanghai(evaluation.votedAt, 'yyyy年M月d日')}`,
        `应参加 ${evaluation.eligible} 人;满意 ${evaluation.satisfied} 票,基本满意 ${evaluation.basicallySatisfied} 票,不满意 ${evaluation.unsatisfied} 票`,
        ...score,
        `测评结果:${RESULT_NAMES[evaluation.result] ?? evaluation.result}`,
      ],
      findings: [],
      covertTexts: [],
      names: await this.namesOfHandoff(evaluation.handoffId),
    };
  }

  /** Everyone a handoff names: the accounts that worked on it and the verifiers its 核查销号 lists. */
  private async namesOfHandoff(handoffId: string): Promise<string[]> {
    const [people, verifiers] = await Promise.all([
      this.repository.peopleOfHandoff(handoffId),
      this.repository.verifierNamesOfHandoff(handoffId),
    ]);
    return [...(await this.repository.namesOf(people)), ...verifiers];
  }

  private async project(caller: Caller, kind: DisclosureSubjectKind, id: string): Promise<SubjectFacts> {
    const project = await this.repository.project(id);
    if (!project) {
      throw AppException.notFound(SUBJECT_NAMES[kind], id);
    }
    const scope = caller.tenantPath;
    const [counts, covert, summaries, people] = await Promise.all([
      this.repository.findingCounts(id, scope),
      this.repository.findingsOfProject(id, scope),
      this.repository.summariesOfProject(id, scope),
      this.repository.peopleOfProject(id, scope),
    ]);
    const total = counts.reduce((sum, row) => sum + row.count, 0);
    const closed = counts.find((row) => row.status === 'CLOSED')?.count ?? 0;
    const byStatus = counts
      .map((row) => `${FINDING_STATUS_NAMES[row.status] ?? row.status} ${row.count} 个`)
      .join(',');
    const heading = kind === DisclosureSubjectKind.REPORT ? '成果报告' : '工作总结';
    return {
      kind,
      tenantPath: project.tenantPath,
      title: `${project.year}年${project.title}${heading}`,
      lines: [
        ...(project.objectives ? [`监督目标:${project.objectives}`] : []),
        `共发现问题 ${total} 个,已整改销号 ${closed} 个${byStatus ? `(${byStatus})` : ''}。`,
        ...summaries.map((row) => `${row.tenantName}:${row.summary}`),
      ],
      findings: [],
      // Only the covert findings are read: their texts are masked in the summaries, none is told.
      covertTexts: covertTextsOf(covert),
      names: await this.repository.namesOf(people),
    };
  }
}
