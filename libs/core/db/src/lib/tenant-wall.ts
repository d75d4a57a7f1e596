/** The role the API connects as: owns nothing, bypasses nothing, sees what its caller's tenant path reaches. */
export const APP_ROLE = 'liandong_app';
/** The role of the worker and the command line (whoever migrates is a member): the whole database. */
export const SYSTEM_ROLE = 'liandong_system';

/** The per-transaction settings the policies read, through `liandong_setting(name)` and `liandong_scope()`. */
export interface WallSettings {
  /** The caller's tenant path: the subtree its rows may come from. */
  tenant_path?: string;
  tenant_id?: string;
  /** The signed-in account, so it can read itself before its tenant is known. */
  account_id?: string;
  /** The username of a login attempt, the one account a login may read. */
  login?: string;
  /** The refresh token hash of a refresh attempt, the one session it may read. */
  refresh_token_hash?: string;
}

/** How a table is walled: who may read a row and who may write one, as SQL over the row. */
export interface WallRule {
  read: string;
  /** Absent: the application may not write the table at all. */
  write?: string;
  /** The privileges the application role gets; all four by default. */
  grant?: string;
}

/** A row whose own tenant path lies in the caller's subtree. */
export const OWN_PATH = 'tenant_path <@ liandong_scope()';
/** A row of a tenant in the caller's subtree, for tables that store only the tenant id. */
export const OWN_TENANT = 'liandong_tenant_in_scope(tenant_id)';

/** A child row, visible when its parent row is (the parent's own policies decide). */
export function parentVisible(parent: string, key: string, parentKey = 'id'): string {
  return `EXISTS (SELECT 1 FROM "${parent}" p WHERE p.${parentKey} = ${key})`;
}

/** A child row, writable when its parent row lies in the caller's subtree. */
export function parentOwned(parent: string, key: string): string {
  return `EXISTS (SELECT 1 FROM "${parent}" p WHERE p.id = ${key} AND p.tenant_path <@ liandong_scope())`;
}

/** The statements that put one table behind the wall. */
export function wallStatements(table: string, rule: WallRule): string[] {
  const statements = [
    `GRANT ${rule.grant ?? 'SELECT, INSERT, UPDATE, DELETE'} ON "${table}" TO ${APP_ROLE}`,
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY "${table}_system" ON "${table}" FOR ALL TO ${SYSTEM_ROLE} USING (true) WITH CHECK (true)`,
    `CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_ROLE} USING (${rule.read})`,
  ];
  if (rule.write) {
    statements.push(
      `CREATE POLICY "${table}_insert" ON "${table}" FOR INSERT TO ${APP_ROLE} WITH CHECK (${rule.write})`,
      `CREATE POLICY "${table}_update" ON "${table}" FOR UPDATE TO ${APP_ROLE} USING (${rule.write}) WITH CHECK (${rule.write})`,
      `CREATE POLICY "${table}_delete" ON "${table}" FOR DELETE TO ${APP_ROLE} USING (${rule.write})`,
    );
  }
  return statements;
}

/** The statements that take a table out from behind the wall again (a migration's down). */
export function unwallStatements(table: string): string[] {
  return [
    ...['system', 'read', 'insert', 'update', 'delete'].map(
      (policy) => `DROP POLICY IF EXISTS "${table}_${policy}" ON "${table}"`,
    ),
    `ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`,
    `REVOKE ALL ON "${table}" FROM ${APP_ROLE}`,
  ];
}
