import { Injectable } from '@nestjs/common';
import { AccountRepository, NewAccount, UNUSABLE_PASSWORD_HASH } from '@liandong/auth';
import { Db } from '@liandong/db';
import { assertXlsxFile } from '@liandong/spreadsheets';
import {
  assertPermission,
  Caller,
  CommitteeRepository,
  DepartmentRepository,
  Permission,
} from '@liandong/tenancy';
import { AccountsService } from '../accounts.service';
import { AccountRowProblem, importRefusal, readAccountRows, sheetProblems } from './account-sheet';
import { readAccountSheet } from './account-sheet-reader';

/** One imported account with the temporary password to hand its holder (shown in this answer only). */
export interface ImportedAccount {
  id: string;
  username: string;
  displayName: string;
  temporaryPassword: string;
}

export interface AccountsImportResult {
  imported: number;
  accounts: ImportedAccount[];
}

/**
 * Imports a filled-in accounts template into the caller's own tenant, by the rules `createAccount` applies,
 * all or nothing: any bad cell (a username taken anywhere included) and no account is created, every bad
 * cell named by row and column. Each account gets its own temporary password, to be changed at sign-in.
 */
@Injectable()
export class AccountsImportService {
  constructor(
    private readonly db: Db,
    private readonly accounts: AccountRepository,
    private readonly departments: DepartmentRepository,
    private readonly committees: CommitteeRepository,
    private readonly service: AccountsService,
  ) {}

  async importAccounts(caller: Caller, path: string): Promise<AccountsImportResult> {
    assertPermission(caller, Permission.ADMINISTER_ORGANISATION);
    await assertXlsxFile(path);
    const sheet = await readAccountSheet(path);
    const [departments, committees] = await Promise.all([
      this.departments.listOfTenant(caller.tenantId, true),
      this.committees.listOfTenant(caller.tenantId, true),
    ]);
    const read = readAccountRows(sheet.rows, { grantorRoles: caller.roles, departments, committees });
    return this.db.transaction(async () => {
      // Whether a username is taken in another tenant is not for the caller to read: the unique index
      // answers, as each row is stored (unable to sign in until its password is set below).
      const named = new Set(read.problems.filter((p) => p.field === 'username').map((p) => p.index));
      const candidates = read.drafts
        .map((draft, index) => ({ draft, index }))
        .filter(({ index }) => !named.has(index));
      const stored = await this.accounts.insertWhereUsernameFree(
        candidates.map(({ draft }): NewAccount => ({
          tenantId: caller.tenantId,
          tenantPath: caller.tenantPath,
          username: draft.username,
          displayName: draft.displayName,
          passwordHash: UNUSABLE_PASSWORD_HASH,
          roles: [...draft.roles],
          departmentId: draft.departmentId,
          committeeId: draft.committeeId,
          mustChangePassword: true,
        })),
      );
      const storedNames = new Set(stored.map((row) => row.username));
      const taken = candidates
        .filter(({ draft }) => !storedNames.has(draft.username))
        .map(({ draft, index }): AccountRowProblem => ({
          index,
          field: 'username',
          reason: 'DUPLICATE_USERNAME',
          zh: `用户名 ${draft.username} 已被使用`,
          en: `the username ${draft.username} is taken`,
        }));
      const problems = sheetProblems(sheet.rows, sheet.columns, [...read.problems, ...taken]);
      if (problems.length > 0) {
        throw importRefusal(problems);
      }
      // Every row is stored now: hand out the passwords in sheet order.
      const rowOf = new Map(read.drafts.map((draft, index) => [draft.username, index]));
      const issued = await this.service.issuePasswords(
        [...stored].sort((a, b) => (rowOf.get(a.username) ?? 0) - (rowOf.get(b.username) ?? 0)),
      );
      await this.accounts.setPasswordHashes(issued.map(({ id, hash }) => ({ id, passwordHash: hash })));
      const accounts = issued.map(({ id, username, password }): ImportedAccount => ({
        id,
        username,
        displayName: read.drafts[rowOf.get(username) ?? 0]?.displayName ?? '',
        temporaryPassword: password,
      }));
      return { imported: accounts.length, accounts };
    });
  }
}
