import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AppException } from '@liandong/errors';
import { Caller, CurrentCaller } from '@liandong/tenancy';
import { HandoffStatus } from '../handoff-status';
import { LedgerItemKind } from '../ledger-item-kind';
import { LedgerExportService } from './ledger-export.service';
import { LedgerService } from './ledger.service';

/** One value of a query parameter: absent or empty is undefined, a repeated one is refused. */
function single(value: unknown, field: string): string | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw AppException.badInput(field, 'REPEATED_PARAMETER', {
      zh: `参数 ${field} 只能给一个值`,
      en: `Give one ${field}.`,
    });
  }
  return value;
}

function flag(value: unknown, field: string): boolean | undefined {
  const text = single(value, field)?.toLowerCase();
  if (text === undefined) {
    return undefined;
  }
  if (text === 'true' || text === '1') {
    return true;
  }
  if (text === 'false' || text === '0') {
    return false;
  }
  throw AppException.badInput(field, 'INVALID_FLAG', {
    zh: `参数 ${field} 须为 true 或 false`,
    en: `${field} must be true or false.`,
  });
}

/** `status=ISSUED,SIGNED` or `status=ISSUED&status=SIGNED`; the same for `kind`. */
function list<T extends string>(value: unknown, field: string): T[] | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  const values = Array.isArray(value) ? value : [value];
  if (values.some((item) => typeof item !== 'string')) {
    throw AppException.badInput(field, field === 'status' ? 'INVALID_STATUS' : 'INVALID_KIND', {
      zh: `参数 ${field} 有误`,
      en: `Malformed ${field}.`,
    });
  }
  const items = (values as string[])
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 ? (items as T[]) : undefined;
}

/** The ledger export: the same view and filters as `ledger`, as a spreadsheet. */
@Controller()
export class LedgerExcelController {
  constructor(
    private readonly ledger: LedgerService,
    private readonly exporter: LedgerExportService,
  ) {}

  @Get('exports/ledger.xlsx')
  async ledgerExport(
    @CurrentCaller() caller: Caller,
    @Query('scopeTenantId') scopeTenantId: unknown,
    @Query('projectId') projectId: unknown,
    @Query('departmentId') departmentId: unknown,
    @Query('status') status: unknown,
    @Query('overdueOnly') overdueOnly: unknown,
    @Query('escalatedToMe') escalatedToMe: unknown,
    @Query('kind') kind: unknown,
    @Res() res: Response,
  ): Promise<void> {
    // Every refusal happens here, before the first byte of the workbook is written.
    const criteria = await this.ledger.criteria(caller, {
      scopeTenantId: single(scopeTenantId, 'scopeTenantId'),
      projectId: single(projectId, 'projectId'),
      departmentId: single(departmentId, 'departmentId'),
      status: list<HandoffStatus>(status, 'status'),
      overdueOnly: flag(overdueOnly, 'overdueOnly'),
      escalatedToMe: flag(escalatedToMe, 'escalatedToMe'),
      kinds: list<LedgerItemKind>(kind, 'kind'),
    });
    await this.exporter.write(criteria, res);
  }
}
