import { Injectable } from '@nestjs/common';
import { assertXlsxFile } from '@liandong/spreadsheets';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { UnitsService } from '../units.service';
import { readUnitRows, unitImportRefusal, unitSheetProblems } from './unit-sheet';
import { readUnitSheet } from './unit-sheet-reader';

export interface UnitsImportResult {
  imported: number;
  departmentIds: string[];
}

/**
 * Imports a filled-in units template into the caller's own tenant: every row checked as createDepartment
 * checks one, codes unique in the sheet and in the tenant, all or nothing, every bad cell named.
 */
@Injectable()
export class UnitsImportService {
  constructor(private readonly units: UnitsService) {}

  async importUnits(caller: Caller, path: string): Promise<UnitsImportResult> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    await assertXlsxFile(path);
    const sheet = await readUnitSheet(path);
    const codes = sheet.rows.map((row) => row.cells.code?.trim() ?? '').filter((code) => code !== '');
    const taken = await this.units.takenCodes(caller, codes);
    const { problems, units } = readUnitRows(sheet.rows, taken);
    if (problems.length > 0) {
      throw unitImportRefusal(unitSheetProblems(sheet.rows, sheet.columns, problems));
    }
    // A code taken meanwhile by another request is refused whole by addAll.
    const added = await this.units.addAll(caller, units);
    return { imported: added.length, departmentIds: added.map((unit) => unit.id) };
  }
}
