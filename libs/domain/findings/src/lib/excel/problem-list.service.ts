import { Injectable, Logger } from '@nestjs/common';
import { once } from 'node:events';
import type { Response } from 'express';
import { stream } from 'exceljs';
import { shanghaiWallClock } from '@liandong/time';
import { AppException } from '@liandong/errors';
import { contentDisposition, safeFileName } from '@liandong/files';
import { JointProjectEntity, PlansRepository, PlansService } from '@liandong/plans';
import { Caller, isDepartmentCaller } from '@liandong/tenancy';
import { SEVERITY_LABELS, STATUS_LABELS } from './finding-sheet';
import { FindingsExcelRepository, ProblemListLine } from './findings-excel.repository';

const PROJECT = '联动项目 Joint project';
const BATCH = 1_000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COLUMNS: ReadonlyArray<{ header: string; width: number; numFmt?: string }> = [
  { header: '序号', width: 7 },
  { header: '问题标题', width: 32 },
  { header: '问题描述', width: 48 },
  { header: '报送机关', width: 18 },
  { header: '监督方式', width: 16 },
  { header: '检查要点', width: 30 },
  { header: '问题类别', width: 14 },
  { header: '严重程度', width: 9 },
  { header: '地点', width: 20 },
  { header: '责任单位', width: 26 },
  { header: '状态', width: 9 },
  { header: '交办函号', width: 18 },
  { header: '整改时限', width: 17, numFmt: 'yyyy-mm-dd hh:mm' },
  { header: '报送时间', width: 17, numFmt: 'yyyy-mm-dd hh:mm' },
];

export const PROBLEM_LIST_HEADERS = COLUMNS.map((column) => column.header);

/** Excel has no time zones: a date cell shows the time a person in the congress office read on their clock. */
function shanghaiClock(date: Date | null): Date | null {
  return date ? shanghaiWallClock(date) : null;
}

/** The 问题清单 of a project, of the caller's subtree (department accounts: their handed-over findings). */
@Injectable()
export class ProblemListService {
  private readonly logger = new Logger('ProblemList');

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

  /**
   * Streams the list into the response in keyset batches, so 10,000 rows or 100,000 cost one batch of
   * memory; it waits for a slow client to drain and stops if it goes away.
   */
  async write(caller: Caller, project: JointProjectEntity, res: Response): Promise<void> {
    // The catalogue as well as the project's own: a finding keeps the method of the version it was reported under.
    const [catalogue, unified] = await Promise.all([
      this.plansRepository.activeMethods(),
      this.plansRepository.methodsByCodes(project.unifications.methods),
    ]);
    const methods = new Map([...catalogue, ...unified].map((method) => [method.code, method.name]));
    const checklist = new Map(project.unifications.policy.checklist.map((item) => [item.code, item.text]));
    res.status(200);
    res.setHeader('Content-Type', XLSX_MIME);
    res.setHeader(
      'Content-Disposition',
      contentDisposition(safeFileName(`问题清单-${project.title}.xlsx`), {
        fallback: 'problem-list.xlsx',
      }),
    );
    res.setHeader('Cache-Control', 'no-store');
    try {
      const workbook = new stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = COLUMNS.map((column) => ({
        width: column.width,
        style: column.numFmt ? { numFmt: column.numFmt } : {},
      }));
      const header = sheet.addRow(PROBLEM_LIST_HEADERS);
      header.font = { bold: true };
      header.commit();
      let after: ProblemListLine | undefined;
      let number = 0;
      for (;;) {
        const batch = await this.excel.problemListBatch({
          projectId: project.id,
          scopePath: caller.tenantPath,
          departmentId: isDepartmentCaller(caller) ? (caller.departmentId ?? undefined) : undefined,
          after,
          limit: BATCH,
        });
        for (const line of batch) {
          number += 1;
          sheet
            .addRow([
              number,
              line.title,
              line.description,
              line.tenantName,
              methods.get(line.methodCode) ?? line.methodCode,
              line.checklistCode
                ? `${line.checklistCode} ${checklist.get(line.checklistCode) ?? ''}`.trim()
                : null,
              line.category,
              SEVERITY_LABELS[line.severity] ?? line.severity,
              line.location,
              line.departmentName,
              STATUS_LABELS[line.status] ?? line.status,
              line.letterNo,
              shanghaiClock(line.deadline),
              shanghaiClock(line.reportedAt),
            ])
            .commit();
        }
        after = batch.at(-1);
        if (batch.length < BATCH || res.destroyed) {
          break;
        }
        if (res.writableNeedDrain) {
          await Promise.race([once(res, 'drain'), once(res, 'close')]);
        }
      }
      if (res.destroyed) {
        return;
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      // Half a zip is not a spreadsheet: break the download rather than end it as if complete.
      this.logger.error({
        message: 'problem list export failed',
        projectId: project.id,
        error: String(error),
      });
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
