import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { AppException } from '@liandong/errors';
import { safeFileName } from '@liandong/files';
import { JointProjectEntity, PlansRepository, PlansService } from '@liandong/plans';
import { keysetBatches, SheetColumn, streamWorkbook } from '@liandong/spreadsheets';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import { SEVERITY_LABELS, STATUS_LABELS } from './finding-sheet';
import { FindingsExcelRepository, ProblemListLine } from './findings-excel.repository';

const PROJECT = { zh: '联动项目', en: 'Joint project' };
const BATCH = 1_000;

/** The columns of the list; a method and a checklist point are shown by their names in the project. */
function problemListColumns(
  methods: ReadonlyMap<string, string>,
  checklist: ReadonlyMap<string, string>,
): Array<SheetColumn<ProblemListLine>> {
  return [
    { header: '序号', width: 7, cell: (_line, number) => number },
    { header: '问题标题', width: 32, cell: (line) => line.title },
    { header: '问题描述', width: 48, cell: (line) => line.description },
    { header: '报送机关', width: 18, cell: (line) => line.tenantName },
    { header: '监督方式', width: 16, cell: (line) => methods.get(line.methodCode) ?? line.methodCode },
    {
      header: '检查要点',
      width: 30,
      cell: (line) =>
        line.checklistCode ? `${line.checklistCode} ${checklist.get(line.checklistCode) ?? ''}`.trim() : null,
    },
    { header: '问题类别', width: 14, cell: (line) => line.category },
    { header: '严重程度', width: 9, cell: (line) => SEVERITY_LABELS[line.severity] ?? line.severity },
    { header: '地点', width: 20, cell: (line) => line.location },
    { header: '责任单位', width: 26, cell: (line) => line.departmentName },
    { header: '状态', width: 9, cell: (line) => STATUS_LABELS[line.status] ?? line.status },
    { header: '交办函号', width: 18, cell: (line) => line.letterNo },
    { header: '整改时限', width: 17, dateTime: true, cell: (line) => line.deadline },
    { header: '报送时间', width: 17, dateTime: true, cell: (line) => line.reportedAt },
  ];
}

/** The 问题清单 of a project, of the caller's subtree (department accounts: their handed-over findings). */
@Injectable()
export class ProblemListService {
  constructor(
    private readonly plans: PlansService,
    private readonly plansRepository: PlansRepository,
    private readonly excel: FindingsExcelRepository,
  ) {}

  /** Refuses a project the caller may not see before anything is written. */
  async visibleProject(caller: Caller, projectId: string): Promise<JointProjectEntity> {
    if (!isDepartmentCaller(caller)) {
      return this.plans.getVisibleProject(caller, projectId);
    }
    const project = await this.plansRepository.findProject(projectId);
    if (!project || !(await this.excel.departmentHasFindingsOf(project.id, caller.departmentId ?? ''))) {
      throw AppException.notFound(PROJECT, projectId);
    }
    return project;
  }

  /** Streams the list into the response in keyset batches: 10,000 rows or 100,000 cost one batch of memory. */
  async write(caller: Caller, project: JointProjectEntity, res: Response): Promise<void> {
    // The catalogue as well as the project's own: a finding keeps the method of the version it was reported under.
    const [catalogue, unified] = await Promise.all([
      this.plansRepository.activeMethods(),
      this.plansRepository.methodsByCodes(project.unifications.methods),
    ]);
    const methods = new Map([...catalogue, ...unified].map((method) => [method.code, method.name]));
    const checklist = new Map(project.unifications.policy.checklist.map((item) => [item.code, item.text]));
    await streamWorkbook(res, {
      fileName: safeFileName(`问题清单-${project.title}.xlsx`),
      fallbackName: 'problem-list.xlsx',
      sheetName: '问题清单',
      columns: problemListColumns(methods, checklist),
      batches: keysetBatches<ProblemListLine>(
        (after) =>
          this.excel.problemListBatch({
            projectId: project.id,
            scopePath: caller.tenantPath,
            departmentId: isDepartmentCaller(caller) ? (caller.departmentId ?? undefined) : undefined,
            after,
            limit: BATCH,
          }),
        BATCH,
      ),
    });
  }
}
