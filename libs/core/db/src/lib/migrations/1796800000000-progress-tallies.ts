import { MigrationInterface, QueryRunner } from 'typeorm';
import { unwallStatements, wallStatements } from '../tenant-wall';

/**
 * Progress from maintained tallies. Each finding counts at every node from its root down to its own tenant,
 * under each grouping the tallies keep ('' none, TENANT = the child of the node it lies under, LEVEL, STATUS,
 * METHOD, CATEGORY, DEPARTMENT), once for its project and once in the all-projects row (the nil project).
 * Statement-level triggers on finding, handoff and assignment move the tallies in the transaction that moves
 * the rows, so `progress` reads a handful of rows at any node and still equals a count over the findings.
 *
 * The status names below mirror the findings and handoffs libraries (UNCOUNTED_STATUSES, HANDED_OVER_STATUSES,
 * the CLOSED states); the progress system test compares the tallies with a direct count after random
 * operations, so the two cannot drift apart unnoticed.
 */
const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const COUNTED = `NOT (status = ANY (ARRAY['MERGED', 'DISMISSED']))`;

const TALLY_FIGURES = ['findings', 'handed_over', 'closed', 'handoffs', 'handoffs_closed', 'assignments'];
const sumOf = (columns: string[], source = ''): string =>
  columns.map((column) => `sum(${source}${column})::int AS ${column}`).join(', ');
const addExcluded = (table: string, columns: string[]): string =>
  columns.map((column) => `${column} = ${table}.${column} + EXCLUDED.${column}`).join(', ');

/**
 * The statement triggers of one table for its inserts, updates and deletes, each handing the rows before and
 * after the statement to `changed(old_rows, new_rows)`; an update passes only the rows `updated` holds for.
 */
function statementTriggers(table: string, changed: string, updated = 'true'): string[] {
  const rows = (alias: 'o' | 'n', from: string): string =>
    `ARRAY(SELECT ROW(${alias}.*)::${table} FROM ${from})`;
  const none = `'{}'::${table}[]`;
  const pairs = 'old_rows o JOIN new_rows n ON n.id = o.id WHERE ' + updated;
  return [
    ['insert', 'NEW TABLE AS new_rows', none, rows('n', 'new_rows n')],
    ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', rows('o', pairs), rows('n', pairs)],
    ['delete', 'OLD TABLE AS old_rows', rows('o', 'old_rows o'), none],
  ].flatMap(([event, referencing, oldRows, newRows]) => {
    const name = `progress_${table}_${event}`;
    return [
      `CREATE FUNCTION ${name}() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       BEGIN
         PERFORM ${changed}(${oldRows}, ${newRows});
         RETURN NULL;
       END $$`,
      `CREATE TRIGGER ${name} AFTER ${event?.toUpperCase()} ON ${table} REFERENCING ${referencing}
       FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`,
    ];
  });
}

export class ProgressTallies1796800000000 implements MigrationInterface {
  name = 'ProgressTallies1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string): Promise<unknown> => queryRunner.query(sql);
    await run(`
      CREATE TABLE progress_tally (
        node text NOT NULL,
        dims text NOT NULL,
        k text NOT NULL,
        project_id uuid NOT NULL,
        findings integer NOT NULL DEFAULT 0,
        handed_over integer NOT NULL DEFAULT 0,
        closed integer NOT NULL DEFAULT 0,
        handoffs integer NOT NULL DEFAULT 0,
        handoffs_closed integer NOT NULL DEFAULT 0,
        assignments integer NOT NULL DEFAULT 0,
        finding_projects integer NOT NULL DEFAULT 0,
        assigned_projects integer NOT NULL DEFAULT 0,
        CONSTRAINT progress_tally_pkey PRIMARY KEY (node, dims, project_id, k))`);
    await run(`
      CREATE TABLE progress_due (
        node text NOT NULL,
        dims text NOT NULL,
        k text NOT NULL,
        project_id uuid NOT NULL,
        deadline timestamptz NOT NULL,
        findings integer NOT NULL DEFAULT 0,
        CONSTRAINT progress_due_pkey PRIMARY KEY (node, dims, project_id, k, deadline))`);
    // Read-only for the API: a node's figures are visible to that node and the tiers above it. The node is
    // text, not ltree, because text equality is leakproof: under row-level security only leakproof conditions
    // may reach the index, and a read of one node must be an index lookup, not a scan of every node's rows.
    for (const table of ['progress_tally', 'progress_due']) {
      for (const statement of wallStatements(table, {
        read: 'node::ltree <@ liandong_scope()',
        grant: 'SELECT',
      })) {
        await run(statement);
      }
    }

    // What one counted finding (or assignment) contributes to, as fact rows carrying their sign.
    await run(`
      CREATE TYPE progress_fact AS (
        sign integer, tenant_path ltree, level text, project_id uuid, status text, method_code text,
        category text, department_id uuid, handoff_id uuid, handoff_closed boolean, deadline timestamptz)`);
    await run(`
      CREATE TYPE progress_delta AS (
        node text, dims text, k text, project_id uuid, findings integer, handed_over integer, closed integer,
        handoffs integer, handoffs_closed integer, assignments integer)`);

    // The one home of the tally keys: every node on the path, each grouping, for the fact's project.
    await run(`
      CREATE FUNCTION progress_keys(fact progress_fact, groupings text[])
      RETURNS TABLE (node text, dims text, k text, project_id uuid)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT ltree2text(subpath(fact.tenant_path, 0, depth)), grouping,
               CASE grouping
                 WHEN 'TENANT' THEN ltree2text(subpath(fact.tenant_path, 0,
                                               least(nlevel(fact.tenant_path), depth + 1)))
                 WHEN 'LEVEL' THEN fact.level
                 WHEN 'STATUS' THEN fact.status
                 WHEN 'METHOD' THEN fact.method_code
                 WHEN 'CATEGORY' THEN fact.category
                 WHEN 'DEPARTMENT' THEN coalesce(fact.department_id::text, '')
                 ELSE ''
               END,
               fact.project_id
          FROM generate_series(1, nlevel(fact.tenant_path)) AS depth, unnest(groupings) AS grouping
      $$`);
    await run(`
      CREATE FUNCTION progress_finding_groupings() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
        SELECT ARRAY['', 'TENANT', 'LEVEL', 'STATUS', 'METHOD', 'CATEGORY', 'DEPARTMENT'] $$`);
    await run(`
      CREATE FUNCTION progress_assignment_groupings() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
        SELECT ARRAY['', 'TENANT', 'LEVEL'] $$`);

    // Adds deltas to the per-project rows, then to the all-projects rows, counting projects that start or
    // stop having findings (or assignments) under a key. Writers to one tree take its lock first, so two
    // transactions never hold tally rows in crossed order.
    await run(`
      CREATE FUNCTION progress_tally_add(deltas progress_delta[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        root text;
      BEGIN
        FOR root IN SELECT DISTINCT split_part(d.node, '.', 1) FROM unnest(deltas) d ORDER BY 1 LOOP
          PERFORM pg_advisory_xact_lock(hashtext('progress:' || root));
        END LOOP;
        WITH delta AS (
          SELECT d.node, d.dims, d.k, d.project_id, ${sumOf(TALLY_FIGURES, 'd.')}
            FROM unnest(deltas) d
           GROUP BY d.node, d.dims, d.k, d.project_id
          HAVING ${TALLY_FIGURES.map((column) => `sum(d.${column}) <> 0`).join(' OR ')}
        ),
        moved AS (
          INSERT INTO progress_tally AS t (node, dims, k, project_id, ${TALLY_FIGURES.join(', ')})
          SELECT * FROM delta ORDER BY node, dims, project_id, k
          ON CONFLICT (node, dims, project_id, k) DO UPDATE SET ${addExcluded('t', TALLY_FIGURES)}
          RETURNING t.node, t.dims, t.k, t.project_id, t.findings, t.assignments
        )
        INSERT INTO progress_tally AS t
               (node, dims, k, project_id, ${TALLY_FIGURES.join(', ')}, finding_projects, assigned_projects)
        SELECT d.node, d.dims, d.k, ${NIL}, ${sumOf(TALLY_FIGURES, 'd.')},
               sum(sign(m.findings) - sign(m.findings - d.findings))::int,
               sum(sign(m.assignments) - sign(m.assignments - d.assignments))::int
          FROM delta d
          JOIN moved m ON m.node = d.node AND m.dims = d.dims AND m.k = d.k AND m.project_id = d.project_id
         GROUP BY d.node, d.dims, d.k
         ORDER BY d.node, d.dims, d.k
        ON CONFLICT (node, dims, project_id, k) DO UPDATE
           SET ${addExcluded('t', [...TALLY_FIGURES, 'finding_projects', 'assigned_projects'])};
      END $$`);

    // Findings open past a deadline are counted by deadline, so "overdue" is a sum up to now.
    await run(`
      CREATE FUNCTION progress_due_add(facts progress_fact[]) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        INSERT INTO progress_due AS t (node, dims, k, project_id, deadline, findings)
        SELECT key.node, key.dims, key.k, p.project_id, f.deadline, sum(f.sign)::int
          FROM unnest(facts) f
          CROSS JOIN LATERAL progress_keys(f, progress_finding_groupings()) key
          CROSS JOIN LATERAL (VALUES (key.project_id), (${NIL})) p (project_id)
         WHERE f.deadline IS NOT NULL
         GROUP BY key.node, key.dims, key.k, p.project_id, f.deadline
        HAVING sum(f.sign) <> 0
         ORDER BY 1, 2, 4, 3, 5
        ON CONFLICT (node, dims, project_id, k, deadline) DO UPDATE SET findings = t.findings + EXCLUDED.findings
      $$`);

    // A finding as a fact: counted only when neither merged nor dismissed; due only while handed over and
    // open on an open handoff.
    await run(`
      CREATE FUNCTION progress_finding_fact(sign integer, f finding, h handoff) RETURNS progress_fact
      LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
        SELECT ROW(sign, f.tenant_path, (SELECT t.level FROM tenant t WHERE t.id = f.tenant_id), f.project_id,
                   f.status, f.method_code, f.category, f.department_id, f.handoff_id,
                   coalesce(h.status = 'CLOSED', false),
                   CASE WHEN f.status IN ('HANDED_OVER', 'RECTIFYING') AND h.status <> 'CLOSED'
                        THEN h.deadline END)::progress_fact
      $$`);

    // Moves the tallies from the facts before to the facts after. Handoffs count once per key however many
    // of their findings share it, so they move by the difference between the sets of (key, handoff) pairs
    // their findings make before and after.
    await run(`
      CREATE FUNCTION progress_move(before progress_fact[], after progress_fact[],
                                    members_before progress_fact[], members_after progress_fact[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        deltas progress_delta[];
      BEGIN
        WITH facts AS (
          SELECT * FROM unnest(before) UNION ALL SELECT * FROM unnest(after)
        ),
        counted AS (
          SELECT key.node, key.dims, key.k, key.project_id,
                 sum(f.sign)::int AS findings,
                 sum(f.sign) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS handed_over,
                 sum(f.sign) FILTER (WHERE f.status = 'CLOSED')::int AS closed
            FROM facts f
            CROSS JOIN LATERAL progress_keys(f, progress_finding_groupings()) key
           WHERE ${COUNTED.replace('status', 'f.status')}
           GROUP BY key.node, key.dims, key.k, key.project_id
          -- an edit that moves nothing (a title, a flag) leaves the tallies and their lock alone
          HAVING sum(f.sign) <> 0
              OR sum(f.sign) FILTER (WHERE f.status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED')) <> 0
              OR sum(f.sign) FILTER (WHERE f.status = 'CLOSED') <> 0
        ),
        pairs_before AS (
          SELECT DISTINCT key.*, m.handoff_id, m.handoff_closed
            FROM unnest(members_before) m
            CROSS JOIN LATERAL progress_keys(m, progress_finding_groupings()) key
           WHERE m.handoff_id IS NOT NULL AND ${COUNTED.replace('status', 'm.status')}
        ),
        pairs_after AS (
          SELECT DISTINCT key.*, m.handoff_id, m.handoff_closed
            FROM unnest(members_after) m
            CROSS JOIN LATERAL progress_keys(m, progress_finding_groupings()) key
           WHERE m.handoff_id IS NOT NULL AND ${COUNTED.replace('status', 'm.status')}
        ),
        pairs AS (
          SELECT *, 1 AS sign FROM (SELECT * FROM pairs_after EXCEPT SELECT * FROM pairs_before) added
          UNION ALL
          SELECT *, -1 FROM (SELECT * FROM pairs_before EXCEPT SELECT * FROM pairs_after) removed
        )
        SELECT array_agg(ROW(node, dims, k, project_id, coalesce(findings, 0), coalesce(handed_over, 0),
                             coalesce(closed, 0), coalesce(handoffs, 0), coalesce(handoffs_closed, 0), 0)::progress_delta)
          INTO deltas
          FROM (SELECT node, dims, k, project_id, findings, handed_over, closed,
                       NULL::int AS handoffs, NULL::int AS handoffs_closed
                  FROM counted
                UNION ALL
                SELECT node, dims, k, project_id, NULL, NULL, NULL, sign,
                       CASE WHEN handoff_closed THEN sign ELSE 0 END
                  FROM pairs) moves;
        IF deltas IS NOT NULL THEN
          PERFORM progress_tally_add(deltas);
        END IF;
        PERFORM progress_due_add(before || after);
      END $$`);

    // Finding statements: the rows before and after, each with its handoff as it stands; the handoffs they
    // touch with all their findings, before the statement and after it.
    await run(`
      CREATE FUNCTION progress_findings_changed(old_rows finding[], new_rows finding[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        touched uuid[];
        changed uuid[];
      BEGIN
        SELECT array_agg(DISTINCT r.handoff_id) INTO touched
          FROM (SELECT handoff_id FROM unnest(old_rows) UNION ALL SELECT handoff_id FROM unnest(new_rows)) r
         WHERE r.handoff_id IS NOT NULL;
        SELECT coalesce(array_agg(r.id), '{}') INTO changed FROM unnest(new_rows) r;
        PERFORM progress_move(
          ARRAY(SELECT progress_finding_fact(-1, o, h) FROM unnest(old_rows) o
                  LEFT JOIN handoff h ON h.id = o.handoff_id),
          ARRAY(SELECT progress_finding_fact(1, n, h) FROM unnest(new_rows) n
                  LEFT JOIN handoff h ON h.id = n.handoff_id),
          ARRAY(SELECT progress_finding_fact(1, m, h)
                  FROM (SELECT f FROM finding f
                         WHERE f.handoff_id = ANY (touched) AND NOT (f.id = ANY (changed))
                        UNION ALL
                        SELECT o FROM unnest(old_rows) o WHERE o.handoff_id = ANY (touched)) AS s (m)
                  JOIN handoff h ON h.id = (s.m).handoff_id),
          ARRAY(SELECT progress_finding_fact(1, f, h) FROM finding f
                  JOIN handoff h ON h.id = f.handoff_id
                 WHERE f.handoff_id = ANY (touched)));
      END $$`);
    for (const statement of statementTriggers('finding', 'progress_findings_changed')) {
      await run(statement);
    }

    // Handoff statements: a deadline or a closing moves what is due and which handoffs count as closed.
    await run(`
      CREATE FUNCTION progress_handoff_update() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        before progress_fact[];
        after progress_fact[];
      BEGIN
        SELECT array_agg(progress_finding_fact(-1, f, ROW(o.*)::handoff)),
               array_agg(progress_finding_fact(1, f, ROW(n.*)::handoff))
          INTO before, after
          FROM old_rows o
          JOIN new_rows n ON n.id = o.id
          JOIN finding f ON f.handoff_id = n.id
         WHERE o.status IS DISTINCT FROM n.status OR o.deadline IS DISTINCT FROM n.deadline;
        IF before IS NOT NULL THEN
          PERFORM progress_move(before, after, before, after);
        END IF;
        RETURN NULL;
      END $$`);
    await run(
      `CREATE TRIGGER progress_handoff_update AFTER UPDATE ON handoff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_handoff_update()`,
    );

    // Assignment statements: the projects a node takes part in, for the PROJECT, TENANT and LEVEL groupings.
    await run(`
      CREATE FUNCTION progress_assignments_changed(old_rows assignment[], new_rows assignment[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        deltas progress_delta[];
      BEGIN
        SELECT array_agg(ROW(key.node, key.dims, key.k, key.project_id, 0, 0, 0, 0, 0, a.sign)::progress_delta)
          INTO deltas
          FROM (SELECT -1 AS sign, o.* FROM unnest(old_rows) o
                UNION ALL SELECT 1, n.* FROM unnest(new_rows) n) a
          CROSS JOIN LATERAL progress_keys(
            ROW(a.sign, a.tenant_path, (SELECT t.level FROM tenant t WHERE t.id = a.tenant_id), a.project_id,
                NULL, NULL, NULL, NULL, NULL, false, NULL)::progress_fact,
            progress_assignment_groupings()) key;
        IF deltas IS NOT NULL THEN
          PERFORM progress_tally_add(deltas);
        END IF;
      END $$`);
    // An assignment counts again only when it moves to another tenant or project.
    const moved = '(o.tenant_path, o.project_id) IS DISTINCT FROM (n.tenant_path, n.project_id)';
    for (const statement of statementTriggers('assignment', 'progress_assignments_changed', moved)) {
      await run(statement);
    }

    // The lead committee of a project a tally row counts: the rows a caller reads are already walled to its
    // subtree, so the project's own wall need not be walked again for every row.
    await run(`
      CREATE FUNCTION progress_project_lead(project uuid) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT lead_committee_id FROM joint_project WHERE id = project $$`);

    // The tallies recounted from scratch, for `liandong check-progress`: what the triggers must have kept.
    await run(`
      CREATE FUNCTION progress_expected_tally() RETURNS SETOF progress_tally
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH facts AS (
          SELECT progress_finding_fact(1, f, h) AS fact
            FROM finding f LEFT JOIN handoff h ON h.id = f.handoff_id
           WHERE ${COUNTED.replace('status', 'f.status')}
        ),
        counted AS (
          SELECT key.node, key.dims, key.k, key.project_id,
                 count(*)::int AS findings,
                 count(*) FILTER (WHERE (fact).status IN ('HANDED_OVER', 'RECTIFYING', 'CLOSED'))::int AS handed_over,
                 count(*) FILTER (WHERE (fact).status = 'CLOSED')::int AS closed,
                 count(DISTINCT (fact).handoff_id)::int AS handoffs,
                 count(DISTINCT (fact).handoff_id) FILTER (WHERE (fact).handoff_closed)::int AS handoffs_closed
            FROM facts CROSS JOIN LATERAL progress_keys(fact, progress_finding_groupings()) key
           GROUP BY 1, 2, 3, 4
        ),
        assigned AS (
          SELECT key.node, key.dims, key.k, key.project_id, count(*)::int AS assignments
            FROM assignment a
            CROSS JOIN LATERAL progress_keys(
              ROW(1, a.tenant_path, (SELECT t.level FROM tenant t WHERE t.id = a.tenant_id), a.project_id,
                  NULL, NULL, NULL, NULL, NULL, false, NULL)::progress_fact,
              progress_assignment_groupings()) key
           GROUP BY 1, 2, 3, 4
        ),
        per_project AS (
          SELECT node, dims, k, project_id,
                 coalesce(c.findings, 0) AS findings, coalesce(c.handed_over, 0) AS handed_over,
                 coalesce(c.closed, 0) AS closed, coalesce(c.handoffs, 0) AS handoffs,
                 coalesce(c.handoffs_closed, 0) AS handoffs_closed, coalesce(a.assignments, 0) AS assignments
            FROM counted c FULL JOIN assigned a USING (node, dims, k, project_id)
        )
        SELECT node, dims, k, project_id, findings, handed_over, closed, handoffs, handoffs_closed, assignments,
               0, 0
          FROM per_project
        UNION ALL
        SELECT node, dims, k, ${NIL}, ${sumOf(TALLY_FIGURES)},
               count(*) FILTER (WHERE findings > 0)::int, count(*) FILTER (WHERE assignments > 0)::int
          FROM per_project
         GROUP BY node, dims, k
      $$`);
    await run(`
      CREATE FUNCTION progress_expected_due() RETURNS SETOF progress_due
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT key.node, key.dims, key.k, p.project_id, (fact).deadline, count(*)::int
          FROM (SELECT progress_finding_fact(1, f, h) AS fact
                  FROM finding f JOIN handoff h ON h.id = f.handoff_id
                 WHERE ${COUNTED.replace('status', 'f.status')}) facts
          CROSS JOIN LATERAL progress_keys(fact, progress_finding_groupings()) key
          CROSS JOIN LATERAL (VALUES (key.project_id), (${NIL})) p (project_id)
         WHERE (fact).deadline IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5
      $$`);

    // Whatever is already stored counts from the start.
    await run(`SELECT progress_assignments_changed('{}', ARRAY(SELECT a FROM assignment a))`);
    await run(`SELECT progress_findings_changed('{}', ARRAY(SELECT f FROM finding f))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(`DROP TRIGGER progress_finding_${event} ON finding`);
      await queryRunner.query(`DROP FUNCTION progress_finding_${event}()`);
      await queryRunner.query(`DROP TRIGGER progress_assignment_${event} ON assignment`);
      await queryRunner.query(`DROP FUNCTION progress_assignment_${event}()`);
    }
    await queryRunner.query(`DROP TRIGGER progress_handoff_update ON handoff`);
    for (const fn of [
      'progress_project_lead(uuid)',
      'progress_expected_due()',
      'progress_expected_tally()',
      'progress_handoff_update()',
      'progress_assignments_changed(assignment[], assignment[])',
      'progress_findings_changed(finding[], finding[])',
      'progress_move(progress_fact[], progress_fact[], progress_fact[], progress_fact[])',
      'progress_finding_fact(integer, finding, handoff)',
      'progress_due_add(progress_fact[])',
      'progress_tally_add(progress_delta[])',
      'progress_assignment_groupings()',
      'progress_finding_groupings()',
      'progress_keys(progress_fact, text[])',
    ]) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TYPE progress_delta`);
    await queryRunner.query(`DROP TYPE progress_fact`);
    for (const table of ['progress_due', 'progress_tally']) {
      for (const statement of unwallStatements(table)) {
        await queryRunner.query(statement);
      }
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
