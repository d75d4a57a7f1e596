import { MigrationInterface, QueryRunner } from 'typeorm';
import {
  APP_ROLE,
  OWN_PATH,
  OWN_TENANT,
  parentOwned,
  parentVisible,
  SYSTEM_ROLE,
  unwallStatements,
  WallRule,
  wallStatements,
} from '../tenant-wall';

const own: WallRule = { read: OWN_PATH, write: OWN_PATH };
const ownTenant: WallRule = { read: OWN_TENANT, write: OWN_TENANT };
const childOf = (parent: string, key: string): WallRule => ({
  read: parentVisible(parent, key),
  write: parentOwned(parent, key),
});

/** Every tenant-owned table as it stood at this migration, and its rule. Later tables wall themselves. */
const WALL: Record<string, WallRule> = {
  // Tenants are the division tree: a caller sees its subtree and its ancestors (issuers, parents), and the
  // tenant of an account it may read (so a login can load the account with its tenant). Nobody writes them.
  tenant: {
    read: `path <@ liandong_scope() OR path @> liandong_scope() OR EXISTS (SELECT 1 FROM account a WHERE a.tenant_id = tenant.id)`,
    grant: 'SELECT',
  },
  // A department is also seen by whoever sees a handoff or a finding sent to it.
  department: {
    read: `${OWN_PATH} OR EXISTS (SELECT 1 FROM handoff h WHERE h.department_id = department.id)
      OR EXISTS (SELECT 1 FROM finding f WHERE f.department_id = department.id)`,
    write: OWN_PATH,
  },
  // Signing in reads an account before its tenant is known: the one named by the login attempt, the token
  // being checked, or the refresh token being renewed.
  account: {
    read: `${OWN_PATH} OR id::text = liandong_setting('account_id') OR username = liandong_setting('login')
      OR EXISTS (SELECT 1 FROM auth_session s WHERE s.account_id = account.id
        AND s.refresh_token_hash = liandong_setting('refresh_token_hash'))`,
    write: OWN_PATH,
  },
  auth_session: {
    read: `${OWN_PATH} OR account_id::text = liandong_setting('account_id')
      OR refresh_token_hash = liandong_setting('refresh_token_hash')`,
    write: OWN_PATH,
  },
  // An adopted annual plan is read down its own branch (by the tenants below its author).
  annual_plan: {
    read: `${OWN_PATH} OR (status = 'ADOPTED' AND tenant_path @> liandong_scope())`,
    write: OWN_PATH,
  },
  plan_item: childOf('annual_plan', 'plan_id'),
  // A joint project is also seen by the tenants it is published to: an assignment they can see names it.
  joint_project: {
    read: `${OWN_PATH} OR EXISTS (SELECT 1 FROM assignment a WHERE a.project_id = joint_project.id)`,
    write: OWN_PATH,
  },
  joint_project_version: childOf('joint_project', 'project_id'),
  // An assignment is also seen from below by the tenants it was passed on to (their `parent`).
  assignment: {
    read: `${OWN_PATH} OR (tenant_path @> liandong_scope() AND liandong_passed_on_to_scope(id))`,
    write: OWN_PATH,
  },
  assignment_milestone: childOf('assignment', 'assignment_id'),
  local_plan: own,
  local_plan_decision: childOf('local_plan', 'local_plan_id'),
  activity: own,
  finding: own,
  finding_review: childOf('finding', 'finding_id'),
  finding_evidence: childOf('finding', 'finding_id'),
  finding_submission: ownTenant,
  // A file is seen by its uploader's subtree and by whoever sees a finding that cites it.
  evidence_file: {
    read: `${OWN_TENANT} OR ${parentVisible('finding_evidence', 'evidence_file.sha256', 'sha256')}`,
    write: OWN_TENANT,
  },
  // A handoff is also seen by the tenants whose findings it carries.
  handoff: {
    read: `${OWN_PATH} OR EXISTS (SELECT 1 FROM finding f WHERE f.handoff_id = handoff.id)`,
    write: OWN_PATH,
  },
  handoff_milestone: childOf('handoff', 'handoff_id'),
  rectification_report: childOf('handoff', 'handoff_id'),
  verification: childOf('handoff', 'handoff_id'),
  extension_request: childOf('handoff', 'handoff_id'),
  transfer_request: childOf('handoff', 'handoff_id'),
  evaluation: childOf('handoff', 'handoff_id'),
  look_back: childOf('handoff', 'handoff_id'),
  // An escalation is seen with its handoff and by the tenant it was raised to.
  escalation: {
    read: `${parentVisible('handoff', 'handoff_id')} OR ${OWN_TENANT}`,
    write: parentOwned('handoff', 'handoff_id'),
  },
  notification: ownTenant,
  escalation_ladder: ownTenant,
};

/**
 * The tenant wall in PostgreSQL itself: every tenant-owned table has row-level security enabled and forced;
 * the API connects as `liandong_app`, which owns nothing, bypasses nothing and reaches only the rows of its
 * caller's tenant path (set per transaction); the system role (worker, command line) keeps the whole
 * database through an explicit policy.
 */
export class RowLevelSecurity1795900000000 implements MigrationInterface {
  name = 'RowLevelSecurity1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${SYSTEM_ROLE}') THEN
          CREATE ROLE ${SYSTEM_ROLE} NOLOGIN;
        END IF;
      END $$`);
    // Whoever migrates owns the tables and runs the worker and the command line: it acts as the system.
    await queryRunner.query(`GRANT ${SYSTEM_ROLE} TO CURRENT_USER`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_scope() RETURNS ltree LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('liandong.tenant_path', true), '')::ltree $$`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_setting(name text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('liandong.' || name, true), '') $$`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_tenant_in_scope(tenant uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT EXISTS (SELECT 1 FROM tenant t WHERE t.id = tenant AND t.path <@ liandong_scope()) $$`);
    // Two facts about rows the caller may not read, each answered without showing the rows: run as the
    // owner (past the policies, which could not ask about their own table), scoped by the caller's settings.
    await queryRunner.query(`
      CREATE FUNCTION liandong_passed_on_to_scope(assignment uuid) RETURNS boolean LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT EXISTS (SELECT 1 FROM assignment c
                            WHERE c.parent_assignment_id = assignment AND c.tenant_path <@ liandong_scope()) $$`);
    await queryRunner.query(`
      CREATE FUNCTION liandong_merged_reporters(canonical uuid) RETURNS uuid[] LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public, pg_temp
      AS $$ SELECT coalesce(array_agg(m.tenant_id ORDER BY m.reported_at, m.id)
                              FILTER (WHERE m.tenant_id <> c.tenant_id), '{}')
              FROM finding c JOIN finding m ON m.canonical_id = c.id AND m.status = 'MERGED'
             WHERE c.id = canonical AND c.tenant_path <@ liandong_scope() $$`);
    // Under row-level security PostgreSQL estimates a filter from column statistics only when its operator
    // cannot leak values (is LEAKPROOF); ltree's subtree tests cannot (they compare, never raise), but are not
    // marked so, and without statistics every subtree looks like 1% of a table: a city-wide page would be
    // planned like a township's. Marking them takes a superuser; elsewhere the wall holds, only slower.
    await queryRunner.query(`
      DO $$ BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          ALTER FUNCTION ltree_risparent(ltree, ltree) LEAKPROOF;
          ALTER FUNCTION ltree_isparent(ltree, ltree) LEAKPROOF;
        ELSE
          RAISE NOTICE 'ltree subtree tests not marked LEAKPROOF (needs a superuser): row-level security plans may be slower';
        END IF;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT ON schema_migration TO ${APP_ROLE}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON outbox TO ${APP_ROLE}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON supervision_method, calendar_override TO ${APP_ROLE}`,
    );
    for (const [table, rule] of Object.entries(WALL)) {
      for (const statement of wallStatements(table, rule)) {
        await queryRunner.query(statement);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(WALL).reverse()) {
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
    }
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query('DROP FUNCTION liandong_merged_reporters(uuid)');
    await queryRunner.query('DROP FUNCTION liandong_passed_on_to_scope(uuid)');
    await queryRunner.query('DROP FUNCTION liandong_tenant_in_scope(uuid)');
    await queryRunner.query('DROP FUNCTION liandong_setting(text)');
    await queryRunner.query('DROP FUNCTION liandong_scope()');
  }
}
