import { Injectable } from '@nestjs/common';
import { assertXlsxFile } from '@liandong/spreadsheets';
import { assertPermission, Caller, Permission } from '@liandong/tenancy';
import { DeputiesService } from '../deputies.service';
import { deputyImportRefusal, deputySheetProblems, readDeputyRows } from './deputy-sheet';
import { readDeputySheet } from './deputy-sheet-reader';

export interface DeputiesImportResult {
  imported: number;
  deputyIds: string[];
}

/**
 * Imports a filled-in roster template into the caller's own roster: every row checked as addDeputy checks
 * one, all or nothing, every bad cell named; a person already on the roster (name, level, term) is refreshed.
 */
@Injectable()
export class DeputiesImportService {
  constructor(private readonly deputies: DeputiesService) {}

  async importDeputies(caller: Caller, path: string): Promise<DeputiesImportResult> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    await assertXlsxFile(path);
    const sheet = await readDeputySheet(path);
    const { problems, deputies } = readDeputyRows(sheet.rows);
    if (problems.length > 0) {
      throw deputyImportRefusal(deputySheetProblems(sheet.rows, sheet.columns, problems));
    }
    const ids = await this.deputies.addOrRefreshAll(caller, deputies);
    return { imported: ids.length, deputyIds: ids };
  }
}
