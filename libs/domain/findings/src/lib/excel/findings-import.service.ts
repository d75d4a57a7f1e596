import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AssignmentTransitions, checklistCodes, PlansRepository, PlansService } from '@liandong/plans';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { MAX_FINDINGS_PER_CALL } from '../finding-rows';
import { initialFindingStatus } from '../finding-transitions';
import { FindingsRepository } from '../findings.repository';
import { checkSheetRows, importRefusal, tenantCodeOf } from './finding-sheet';
import { readFindingSheet } from './finding-sheet-reader';
import { FindingsExcelRepository } from './findings-excel.repository';
import { assertXlsxFile } from './xlsx-file';

export interface ImportResult {
  imported: number;
  findingIds: string[];
}

/**
 * Imports a filled-in findings template under the caller's working assignment, the way `submitFindings`
 * takes a batch: the same refusals and checks, all or nothing, every bad cell named. Up to 10,000 rows
 * go in one transaction, inserted in slices of a submit's size.
 */
@Injectable()
export class FindingsImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly findings: FindingsRepository,
    private readonly plans: PlansService,
    private readonly plansRepository: PlansRepository,
    private readonly excel: FindingsExcelRepository,
    private readonly assignmentTransitions: AssignmentTransitions,
  ) {}

  async importFindings(caller: Caller, assignmentId: string, path: string): Promise<ImportResult> {
    assertPermission(caller, Permission.REPORT_FINDINGS);
    const { assignment, project } = await this.plans.getWorkingAssignment(caller, assignmentId);
    await assertXlsxFile(path);
    const sheet = await readFindingSheet(path);
    const [methods, departments] = await Promise.all([
      this.plansRepository.activeMethods(),
      this.excel.departmentsInSubtree(caller.tenantPath),
    ]);
    const projectMethods = await this.plansRepository.methodsByCodes(project.unifications.methods);
    const { problems, clean } = checkSheetRows(sheet.rows, sheet.columns, {
      methodNames: new Map([...methods, ...projectMethods].map((method) => [method.code, method.name])),
      projectMethods: new Set(project.unifications.methods),
      checklistCodes: checklistCodes(project.unifications),
      departments,
      callerTenantCode: tenantCodeOf(caller.tenantPath),
      callerPath: caller.tenantPath,
    });
    if (problems.length > 0) {
      throw importRefusal(problems);
    }
    // The issuer's own findings need no review above it.
    const status = initialFindingStatus(project.tenantId === caller.tenantId);
    const findingIds = await this.dataSource.transaction(async (manager) => {
      const ids: string[] = [];
      // One INSERT per slice keeps each statement well under PostgreSQL's 65,535 bind parameters.
      for (let start = 0; start < clean.length; start += MAX_FINDINGS_PER_CALL) {
        const stored = await this.findings.insertFindings(
          manager,
          clean.slice(start, start + MAX_FINDINGS_PER_CALL).map((row) => ({
            ...row,
            projectId: project.id,
            projectVersion: project.version,
            assignmentId: assignment.id,
            tenantId: caller.tenantId,
            tenantPath: caller.tenantPath,
            status,
            reportedBy: caller.userId,
          })),
        );
        ids.push(...stored.map((finding) => finding.id));
      }
      await this.assignmentTransitions.startWork(manager, assignment);
      return ids;
    });
    return { imported: findingIds.length, findingIds };
  }
}
