import { Injectable } from '@nestjs/common';
import { PlansRepository } from '@liandong/plans';
import { assertXlsxFile } from '@liandong/spreadsheets';
import { Caller } from '@liandong/tenancy';
import { FindingSource } from '../findings/finding-status';
import { FindingSubmissionService } from '../findings/finding-submission.service';
import { importRefusal, readSheetRows, sheetProblems, tenantCodeOf } from './finding-sheet';
import { readFindingSheet } from './finding-sheet-reader';
import { FindingsExcelRepository } from './findings-excel.repository';

export interface ImportResult {
  imported: number;
  findingIds: string[];
}

/**
 * Imports a filled-in findings template under the caller's working assignment through the one submission
 * path `submitFindings` takes: the same refusals and checks, all or nothing, the same first status and
 * recurrence flags. Its own: up to 10,000 rows in one transaction, and every bad cell named by row and column.
 */
@Injectable()
export class FindingsImportService {
  constructor(
    private readonly submissions: FindingSubmissionService,
    private readonly plansRepository: PlansRepository,
    private readonly excel: FindingsExcelRepository,
  ) {}

  /**
   * `source` is the source of every row that names none: AUDIT_REPORT imports an audit report's problem
   * list (审计报告问题清单) as findings.
   */
  async importFindings(
    caller: Caller,
    assignmentId: string,
    path: string,
    source: FindingSource = FindingSource.OWN_SUPERVISION,
  ): Promise<ImportResult> {
    const target = await this.submissions.open(caller, assignmentId);
    await assertXlsxFile(path);
    const sheet = await readFindingSheet(path);
    const { project } = target;
    const [methods, departments] = await Promise.all([
      this.plansRepository.activeMethods(),
      this.excel.departmentsInSubtree(caller.tenantPath),
    ]);
    const projectMethods = await this.plansRepository.methodsByCodes(project.unifications.methods);
    const read = readSheetRows(sheet.rows, {
      methodNames: new Map([...methods, ...projectMethods].map((method) => [method.code, method.name])),
      projectMethods: new Set(project.unifications.methods),
      departments,
      callerTenantCode: tenantCodeOf(caller.tenantPath),
      defaultSource: source,
    });
    const checked = await this.submissions.check(caller, target, read.batch);
    // The sheet's own problems first: where a cell is named twice, the person's words are kept.
    const problems = sheetProblems(sheet.rows, sheet.columns, [...read.problems, ...checked.problems]);
    if (problems.length > 0) {
      throw importRefusal(problems);
    }
    const stored = await this.submissions.store(caller, target, checked.rows);
    return { imported: stored.length, findingIds: stored.map((finding) => finding.id) };
  }
}
