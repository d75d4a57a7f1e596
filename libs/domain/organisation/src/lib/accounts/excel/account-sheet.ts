import { AppException, ErrorCode, Said } from '@liandong/errors';
import { columnLetters, normalizeHeader } from '@liandong/spreadsheets';
import { Role } from '@liandong/tenancy';
import {
  AccountPlacement,
  displayNameProblems,
  firstUngrantableRole,
  normalRoles,
  placementProblems,
  ROLE_NAMES,
  usernameProblems,
} from '../account-rules';

/** The accounts template (账号导入模板): one staff member or unit login a row. */
export type AccountSheetField = 'username' | 'displayName' | 'roles' | 'departmentCode' | 'committeeCode';

export interface AccountSheetColumn {
  field: AccountSheetField;
  header: string;
  width: number;
  /** How to fill it in, shown on the header's note and the 说明 sheet. */
  hint: string;
}

export const ACCOUNT_SHEET_NAME = '账号导入';
export const GUIDE_SHEET_NAME = '说明';
/** Each account's temporary password is hashed with argon2 (deliberately slow): an office imports its staff in parts. */
export const MAX_IMPORT_ROWS = 500;
/** Title rows a person may put above the header (e.g. a merged "XX人大常委会机关账号" line). */
export const MAX_ROWS_BEFORE_HEADER = 5;

export const ACCOUNT_SHEET_COLUMNS: readonly AccountSheetColumn[] = [
  {
    field: 'username',
    header: '用户名',
    width: 22,
    hint: '必填,3–40 位字母、数字或 . _ -,以字母或数字开头,全平台唯一 / required: 3–40 letters, digits, . _ -; unique',
  },
  {
    field: 'displayName',
    header: '姓名',
    width: 18,
    hint: '必填,最多 60 字 / required, at most 60 characters',
  },
  {
    field: 'roles',
    header: '角色',
    width: 22,
    hint: '必填:管理员、联络员、工作人员、只读、承办单位,多个以“、”或“,”分隔;承办单位账号只能有这一个角色 / required: one or more role names separated by 、 or ,',
  },
  {
    field: 'departmentCode',
    header: '承办单位编码',
    width: 18,
    hint: '承办单位账号必填,其他账号不填:本机关承办单位的编码(如 market) / DEPARTMENT accounts only: a unit code of your tenant',
  },
  {
    field: 'committeeCode',
    header: '委室编码',
    width: 16,
    hint: '选填,承办单位账号不填:本机关委室的编码(如 caijing) / optional, not for DEPARTMENT accounts: a committee code of your tenant',
  },
];

const COLUMN_BY_FIELD = new Map<string, AccountSheetColumn>(
  ACCOUNT_SHEET_COLUMNS.map((column) => [column.field, column]),
);

/** Where each template column sits in a row that may be the header, or null when it is not the header. */
export function matchHeader(cells: readonly string[]): Map<AccountSheetField, number> | null {
  const wanted = new Map(
    ACCOUNT_SHEET_COLUMNS.map((column) => [normalizeHeader(column.header), column.field]),
  );
  const columns = new Map<AccountSheetField, number>();
  for (const [index, text] of cells.entries()) {
    const field = wanted.get(normalizeHeader(text ?? ''));
    if (field === undefined) {
      continue;
    }
    if (columns.has(field)) {
      return null;
    }
    columns.set(field, index);
  }
  return columns.size === ACCOUNT_SHEET_COLUMNS.length ? columns : null;
}

/** A filled-in row: its spreadsheet row number and the text of each template column. */
export interface AccountSheetRow {
  rowNumber: number;
  cells: Partial<Record<AccountSheetField, string>>;
}

/** A unit or committee the sheet may name by code: the caller's own tenant's, retired ones included. */
export interface CodedPlace {
  id: string;
  code: string;
  name: string;
  retiredAt: Date | null;
}

export interface AccountSheetContext {
  grantorRoles: readonly Role[];
  departments: readonly CodedPlace[];
  committees: readonly CodedPlace[];
}

/** A row read into the account it asks for. */
export interface AccountRowDraft extends AccountPlacement {
  username: string;
  displayName: string;
}

/** A bad cell of the sheet: its index among the data rows, the template field and why. */
export interface AccountRowProblem extends Said {
  index: number;
  field: AccountSheetField;
  reason: string;
}

const ROLE_BY_TEXT = new Map<string, Role>(
  Object.values(Role).flatMap((role): Array<[string, Role]> => [
    [ROLE_NAMES[role], role],
    [role, role],
  ]),
);

/** 联络员、工作人员 or COORDINATOR,MEMBER: separated by 、 , , ; ; or spaces. */
export function parseRoles(text: string): { roles: Role[]; unknown: string[] } {
  const parts = text
    .split(/[、,,;;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const role = ROLE_BY_TEXT.get(part) ?? ROLE_BY_TEXT.get(part.toUpperCase());
    if (role) {
      roles.push(role);
    } else {
      unknown.push(part);
    }
  }
  return { roles: normalRoles(roles), unknown };
}

const PLACEMENT_FIELD: Record<string, AccountSheetField> = {
  roles: 'roles',
  departmentId: 'departmentCode',
  committeeId: 'committeeCode',
};

/**
 * Reads the sheet's rows as the accounts they ask for, by the same rules `createAccount` applies: username
 * and name, role names (and only roles the importer may grant), the unit and committee by code of the
 * importer's own tenant, active. Usernames repeated within the sheet are named at each repeat; whether a
 * username is taken elsewhere is for the store to say.
 */
export function readAccountRows(
  rows: readonly AccountSheetRow[],
  context: AccountSheetContext,
): { problems: AccountRowProblem[]; drafts: AccountRowDraft[] } {
  const byCode = (places: readonly CodedPlace[]) =>
    new Map(places.map((place) => [place.code.toLowerCase(), place]));
  const departments = byCode(context.departments);
  const committees = byCode(context.committees);
  const firstRowOf = new Map<string, number>();
  const problems: AccountRowProblem[] = [];
  const drafts = rows.map((row, index): AccountRowDraft => {
    const text = (field: AccountSheetField): string => row.cells[field]?.trim() ?? '';
    const problem = (field: AccountSheetField, reason: string, said: Said): void => {
      problems.push({ index, field, reason, zh: said.zh, en: said.en });
    };

    const username = text('username');
    const displayName = text('displayName');
    for (const found of [...usernameProblems(username), ...displayNameProblems(displayName)]) {
      problem(found.field as AccountSheetField, found.reason, found);
    }
    const earlier = firstRowOf.get(username);
    if (username && earlier !== undefined) {
      problem('username', 'DUPLICATE_USERNAME', {
        zh: `用户名 ${username} 与第 ${rows[earlier]?.rowNumber ?? earlier + 2} 行重复`,
        en: `the username ${username} repeats row ${rows[earlier]?.rowNumber ?? earlier + 2}`,
      });
    } else if (username) {
      firstRowOf.set(username, index);
    }

    const { roles, unknown } = parseRoles(text('roles'));
    if (unknown.length > 0) {
      problem('roles', 'UNKNOWN_ROLE', {
        zh: `无法识别的角色:${unknown.join('、')}(可填 管理员、联络员、工作人员、只读、承办单位)`,
        en: `unknown role(s) ${unknown.join(', ')}`,
      });
    }
    const ungrantable = firstUngrantableRole(context.grantorRoles, roles);
    if (ungrantable) {
      problem('roles', 'ROLE_NOT_GRANTABLE', {
        zh: `无权授予“${ROLE_NAMES[ungrantable]}”角色`,
        en: `you may not grant the role ${ungrantable}`,
      });
    }

    const place = (
      field: 'departmentCode' | 'committeeCode',
      places: ReadonlyMap<string, CodedPlace>,
      said: { what: string; unknown: string; retired: string },
    ): CodedPlace | null => {
      const code = text(field);
      if (!code) {
        return null;
      }
      const found = places.get(code.toLowerCase());
      if (!found) {
        problem(field, said.unknown, {
          zh: `${said.what}编码 ${code} 不存在(须为本机关的${said.what})`,
          en: `no ${field === 'departmentCode' ? 'unit' : 'committee'} of your tenant has the code ${code}`,
        });
      } else if (found.retiredAt) {
        problem(field, said.retired, {
          zh: `${said.what}“${found.name}”已撤销`,
          en: `${found.name} is retired`,
        });
      }
      return found ?? null;
    };
    const department = place('departmentCode', departments, {
      what: '承办单位',
      unknown: 'UNKNOWN_DEPARTMENT_CODE',
      retired: 'DEPARTMENT_RETIRED',
    });
    const committee = place('committeeCode', committees, {
      what: '委室',
      unknown: 'UNKNOWN_COMMITTEE_CODE',
      retired: 'COMMITTEE_RETIRED',
    });
    // A code given is a unit or committee asked for, found or not: the placement rules judge the asking.
    const placement: AccountPlacement = {
      roles,
      departmentId: text('departmentCode') ? (department?.id ?? text('departmentCode')) : null,
      committeeId: text('committeeCode') ? (committee?.id ?? text('committeeCode')) : null,
    };
    for (const found of placementProblems(placement)) {
      // An unreadable role cell is already named; "at least one role" would only repeat it.
      if (!(found.reason === 'ROLES_REQUIRED' && unknown.length > 0)) {
        problem(PLACEMENT_FIELD[found.field] ?? 'roles', found.reason, found);
      }
    }
    return {
      username,
      displayName,
      roles,
      departmentId: department?.id ?? null,
      committeeId: committee?.id ?? null,
    };
  });
  return { problems, drafts };
}

/** A bad cell, the way a person finds it: row number, Chinese column header, cell reference. */
export interface ImportProblem {
  row: number;
  column: string;
  cell: string;
  field: AccountSheetField;
  reason: string;
  zh: string;
  en: string;
}

/**
 * Names each problem by its cell, in sheet order; a cell named twice is reported once, in the words of its
 * first problem (the sheet's own, before the store's).
 */
export function sheetProblems(
  rows: readonly AccountSheetRow[],
  columns: ReadonlyMap<AccountSheetField, number>,
  problems: readonly AccountRowProblem[],
): ImportProblem[] {
  const named = new Set<string>();
  const once = problems.filter((problem) => {
    const cell = `${problem.index}:${problem.field}`;
    if (named.has(cell)) {
      return false;
    }
    named.add(cell);
    return true;
  });
  const order = new Map<string, number>(
    ACCOUNT_SHEET_COLUMNS.map((column, position) => [column.field, position]),
  );
  return once
    .sort((a, b) => a.index - b.index || (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
    .map(({ index, field, reason, zh, en }): ImportProblem => {
      const rowNumber = rows[index]?.rowNumber ?? index + 2;
      const column = COLUMN_BY_FIELD.get(field);
      return {
        row: rowNumber,
        column: column?.header ?? field,
        cell: `${columnLetters(columns.get(field) ?? 0)}${rowNumber}`,
        field,
        reason,
        zh,
        en,
      };
    });
}

/** An import refused whole: every bad cell, the first few in the sentence, each with its row and column. */
export function importRefusal(problems: readonly ImportProblem[]): AppException {
  const listed = (pick: (problem: ImportProblem) => string, separator: string): string =>
    problems.slice(0, 5).map(pick).join(separator) +
    (problems.length > 5 ? ` …(+${problems.length - 5})` : '');
  return new AppException(
    ErrorCode.BAD_USER_INPUT,
    'INVALID_ROWS',
    {
      zh: `${problems.length} 处错误,未导入任何账号 — ${listed((p) => `第 ${p.row} 行「${p.column}」${p.zh}`, ';')}`,
      en: `${problems.length} problem(s), no account was imported — ${listed((p) => `row ${p.row} ${p.field}: ${p.en}`, '; ')}`,
    },
    { rows: problems.map((problem) => ({ ...problem, message: `${problem.zh} / ${problem.en}` })) },
  );
}
