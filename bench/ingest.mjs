// Benchmark: how fast findings are stored, against the floor of PostgreSQL's own bulk load. Measures rows/s
// for (a) `submitFindings` over GraphQL, 1,000 rows a call, (b) the Excel import of a 10,000-row workbook over
// HTTP, (c) a raw COPY FROM STDIN of rows like them into the same finding table, its triggers firing as for
// the others; prints each and the ratios ingest/COPY. Self-contained when run (throwaway PostgreSQL and Redis,
// migrate, seed the Luoyang demo, start the built API); `measureIngest` is exported for larger benchmarks
// that start their own platform. Not part of `npm test`. BENCH_CALLS, BENCH_ROWS_PER_CALL and
// BENCH_IMPORT_ROWS change the sizes.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { graphqlAt, startBenchPlatform } from './platform.mjs';

const METHODS = ['COVERT_VISIT', 'SPECIAL_REPORT', 'APPRAISAL'];
const SEVERITIES = ['NORMAL', 'SERIOUS', 'CRITICAL'];
const SEVERITY_LABELS = { NORMAL: '一般', SERIOUS: '较重', CRITICAL: '严重' };
const CATEGORIES = ['服务质效', '执法规范', '收费管理'];
const SHEET_HEADERS = [
  '问题标题',
  '问题描述',
  '监督方式',
  '检查要点编码',
  '问题类别',
  '严重程度(一般/较重/严重)',
  '地点',
  '责任单位编码',
];

/** The `i`th finding of run `run`, with a department from `departments` for three rows in four. */
function findingRow(run, i, departments) {
  const department = i % 4 === 3 ? null : (departments[i % departments.length] ?? null);
  return {
    title: `${run} 第${i + 1}项 涉企服务窗口午间无人值守,群众办事需往返多次`,
    description:
      '政务服务大厅午间无人值守,群众反映办事需往返多次;部分事项材料要求与清单不一致,存在重复提交、多头跑的情况。'.repeat(
        2,
      ),
    method: METHODS[i % METHODS.length],
    checklistCode: `C${(i % 3) + 1}`,
    category: CATEGORIES[i % CATEGORIES.length],
    severity: SEVERITIES[i % SEVERITIES.length],
    location: `${['西工区', '王城路', '凯旋路'][i % 3]}政务服务中心${i % 50}号窗口`,
    department,
  };
}

/** One GraphQL request to the API at `base`, as `token`'s account (the benchmarks' one client). */
function graphql(base, token, query, variables = {}) {
  return graphqlAt(base)(query, variables, token);
}

/**
 * A joint project issued by `issuerToken`'s tenant, published to the tenant coded `tenantCode` and
 * acknowledged there by `reporterToken`: an assignment findings can be reported under.
 */
export async function openAssignment({ base, issuerToken, reporterToken, tenantCode, year = 2024 }) {
  const { createJointProject } = await graphql(
    base,
    issuerToken,
    'mutation ($input: JointProjectInput!) { createJointProject(input: $input) { id } }',
    {
      input: {
        year,
        title: `优化营商环境联动监督(报送基准 ${randomUUID().slice(0, 8)})`,
        isKey: false,
        unifications: {
          leadership: { leadBody: '市人大常委会财经工委', leader: '王主任', office: '监督统筹办公室' },
          scheme: {
            objectives: '聚焦涉企服务、政务公开和执法规范',
            startsAt: `${year}-03-01T00:00:00.000Z`,
            endsAt: `${year}-11-30T00:00:00.000Z`,
            milestones: [{ name: '问题清单', dueAt: `${year}-08-31T00:00:00.000Z` }],
          },
          methods: METHODS,
          policy: {
            legalBasis: ['《优化营商环境条例》'],
            checklist: [
              { code: 'C1', text: '涉企收费是否规范' },
              { code: 'C2', text: '政务服务事项是否一网通办' },
              { code: 'C3', text: '行政执法是否规范' },
            ],
          },
          effect: { indicators: [{ code: 'I1', name: '问题整改完成率', target: 90 }] },
        },
      },
    },
  );
  const { tenantByCode } = await graphql(
    base,
    issuerToken,
    'query ($c: String!) { tenantByCode(code: $c) { id } }',
    {
      c: tenantCode,
    },
  );
  const { publishJointProject } = await graphql(
    base,
    issuerToken,
    'mutation ($id: ID!, $ids: [ID!]!) { publishJointProject(id: $id, targets: { tenantIds: $ids, includeDescendants: false }) { id } }',
    { id: createJointProject.id, ids: [tenantByCode.id] },
  );
  const assignmentId = publishJointProject[0].id;
  await graphql(base, reporterToken, 'mutation ($id: ID!) { acknowledgeAssignment(id: $id) { id } }', {
    id: assignmentId,
  });
  return { projectId: createJointProject.id, assignmentId };
}

async function workbook(run, rows, departments) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('问题导入');
  sheet.addRow(SHEET_HEADERS);
  for (let i = 0; i < rows; i += 1) {
    const row = findingRow(run, i, departments);
    sheet.addRow([
      row.title,
      row.description,
      row.method,
      row.checklistCode,
      row.category,
      SEVERITY_LABELS[row.severity],
      row.location,
      row.department?.code ?? '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A COPY text-format field: backslash, tab and line ends escaped, null as \N. */
const copyField = (value) =>
  value === null || value === undefined
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

const rate = (rows, ms) => Math.round(rows / (ms / 1000));

/**
 * Measures rows/s of the three ways findings reach the finding table, on a running API at `base`:
 * `token` is an account of the assignment's tenant allowed to report findings; `assignmentId` an
 * acknowledged assignment of that tenant (see `openAssignment`); `databaseUrl` connects as the tables'
 * owner (COPY FROM is refused under row-level security, so the raw load cannot go through the app's role).
 * The COPY runs with the same tenant and account settings the API sets, so the audit trail chains the
 * same way. Returns the figures; prints nothing.
 */
export async function measureIngest({
  base,
  token,
  databaseUrl,
  assignmentId,
  calls = 5,
  rowsPerCall = 1_000,
  importRows = 10_000,
}) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: departments } = await db.query(
      `SELECT d.id, d.code FROM department d JOIN assignment a ON a.tenant_id = d.tenant_id
        WHERE a.id = $1 AND d.retired_at IS NULL ORDER BY d.code LIMIT 5`,
      [assignmentId],
    );
    const countOf = async () =>
      Number(
        (await db.query('SELECT count(*) FROM finding WHERE assignment_id = $1', [assignmentId])).rows[0]
          .count,
      );
    const before = await countOf();

    // (a) submitFindings, one call after the other as a client would send them.
    const submitted = Date.now();
    let submitMs = 0;
    for (let call = 0; call < calls; call += 1) {
      const findings = Array.from({ length: rowsPerCall }, (_, i) => {
        const { department, ...row } = findingRow(`S${submitted}-${call}`, i, departments);
        return { ...row, departmentId: department?.id ?? null };
      });
      const started = process.hrtime.bigint();
      const { submitFindings } = await graphql(
        base,
        token,
        'mutation ($a: ID!, $f: [FindingInput!]!) { submitFindings(assignmentId: $a, findings: $f) { id } }',
        { a: assignmentId, f: findings },
      );
      submitMs += Number(process.hrtime.bigint() - started) / 1e6;
      if (submitFindings.length !== rowsPerCall) {
        throw new Error(`submitFindings stored ${submitFindings.length}, expected ${rowsPerCall}`);
      }
    }
    const submitRows = calls * rowsPerCall;

    // (b) the Excel import: the upload and everything the API does with it, not the writing of the file.
    const file = await workbook(`X${Date.now()}`, importRows, departments);
    const form = new FormData();
    form.append('file', new Blob([file]), 'findings.xlsx');
    const importStarted = process.hrtime.bigint();
    const response = await fetch(`${base}/imports/findings?assignmentId=${assignmentId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const imported = await response.json();
    const importMs = Number(process.hrtime.bigint() - importStarted) / 1e6;
    if (response.status !== 201 || imported.imported !== importRows) {
      throw new Error(`import: ${response.status} ${JSON.stringify(imported).slice(0, 300)}`);
    }
    if ((await countOf()) !== before + submitRows + importRows) {
      throw new Error('the finding table does not hold every row submitted and imported');
    }

    // (c) COPY of as many rows as the import, under the origin the API gave the rows above.
    const {
      rows: [origin],
    } = await db.query(
      `SELECT tenant_id, tenant_path::text AS tenant_path, project_id, project_version, status, reported_by
         FROM finding WHERE assignment_id = $1 LIMIT 1`,
      [assignmentId],
    );
    const copyRows = importRows;
    const run = `C${Date.now()}`;
    const at = new Date().toISOString();
    const lines = function* () {
      for (let i = 0; i < copyRows; i += 1) {
        const row = findingRow(run, i, departments);
        yield `${[
          randomUUID(),
          origin.tenant_id,
          origin.tenant_path,
          origin.project_id,
          origin.project_version,
          assignmentId,
          origin.status,
          origin.reported_by,
          at,
          at,
          row.title,
          row.description,
          row.method,
          row.checklistCode,
          row.category,
          row.severity,
          row.location,
          row.department?.id ?? null,
          'OWN_SUPERVISION',
        ]
          .map(copyField)
          .join('\t')}\n`;
      }
    };
    const copyStarted = process.hrtime.bigint();
    await db.query('BEGIN');
    try {
      await db.query(
        `SELECT set_config('liandong.tenant_path', $1, true), set_config('liandong.tenant_id', $2, true),
                set_config('liandong.account_id', $3, true)`,
        [origin.tenant_path, origin.tenant_id, origin.reported_by],
      );
      await pipeline(
        Readable.from(lines()),
        db.query(
          copyFrom(`COPY finding (id, tenant_id, tenant_path, project_id, project_version, assignment_id, status,
                                  reported_by, reported_at, updated_at, title, description, method_code,
                                  checklist_code, category, severity, location, department_id, source)
                    FROM STDIN`),
        ),
      );
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK');
      throw error;
    }
    const copyMs = Number(process.hrtime.bigint() - copyStarted) / 1e6;
    if ((await countOf()) !== before + submitRows + importRows + copyRows) {
      throw new Error('the finding table does not hold every row copied');
    }

    const submit = {
      rows: submitRows,
      calls,
      ms: Math.round(submitMs),
      rowsPerSecond: rate(submitRows, submitMs),
    };
    const excel = { rows: importRows, ms: Math.round(importMs), rowsPerSecond: rate(importRows, importMs) };
    const copy = { rows: copyRows, ms: Math.round(copyMs), rowsPerSecond: rate(copyRows, copyMs) };
    return {
      submit,
      import: excel,
      copy,
      ratios: {
        submitToCopy: submit.rowsPerSecond / copy.rowsPerSecond,
        importToCopy: excel.rowsPerSecond / copy.rowsPerSecond,
      },
    };
  } finally {
    await db.end();
  }
}

/** The figures as a table, with the ratios ingest/COPY. */
export function printIngest(figures) {
  console.table([
    {
      path: 'submitFindings (GraphQL)',
      ...figures.submit,
      'of COPY': figures.ratios.submitToCopy.toFixed(2),
    },
    { path: 'Excel import (HTTP)', ...figures.import, 'of COPY': figures.ratios.importToCopy.toFixed(2) },
    { path: 'COPY FROM STDIN', ...figures.copy, 'of COPY': '1.00' },
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base, env, stop } = await startBenchPlatform();
  try {
    const login = async (username) =>
      (
        await graphql(
          base,
          null,
          'mutation ($u: String!) { login(username: $u, password: "liandong-demo") { accessToken } }',
          {
            u: username,
          },
        )
      ).login.accessToken;
    const reporterToken = await login('410302');
    const { assignmentId } = await openAssignment({
      base,
      issuerToken: await login('4103'),
      reporterToken,
      tenantCode: '410302',
    });
    printIngest(
      await measureIngest({
        base,
        token: reporterToken,
        databaseUrl: env.DATABASE_URL,
        assignmentId,
        calls: Number(process.env.BENCH_CALLS ?? 5),
        rowsPerCall: Number(process.env.BENCH_ROWS_PER_CALL ?? 1_000),
        importRows: Number(process.env.BENCH_IMPORT_ROWS ?? 10_000),
      }),
    );
  } finally {
    await stop();
  }
}
