// Benchmark: a 10,000-row findings import (POST /imports/findings) and the 问题清单 export of the same rows,
// with the API's memory. Self-contained: throwaway PostgreSQL and Redis, migrate, seed the Luoyang demo,
// start the built API, publish a project to a county, write the spreadsheet with exceljs, then time.
// Prints wall time, throughput and the API's resident memory (sampled every 10 ms, and the kernel's
// high-water mark). Not part of `npm test`. BENCH_ROWS changes the row count (at most 10,000 an import).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { openAssignment } from './ingest.mjs';
import { graphqlAt, startBenchPlatform } from './platform.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const COUNTY = '410302';
const TOWNSHIP = '410302001';

const HEADERS = [
  '问题标题',
  '问题描述',
  '监督方式',
  '检查要点编码',
  '问题类别',
  '严重程度(一般/较重/严重)',
  '地点',
  '责任单位编码',
];
const METHODS = ['暗访', '听取审议专项工作报告', 'APPRAISAL'];
const SEVERITIES = ['一般', '较重', '严重'];
const DEPARTMENTS = ['market', 'education', `${TOWNSHIP}-gov`, ''];

const status = (pid) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kb = (text, field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
const mb = (kilobytes) => (kilobytes / 1024).toFixed(0);

/** Samples the API's RSS while `work` runs; returns its result, the time and the peak seen. */
async function measured(pid, work) {
  let peak = kb(status(pid), 'VmRSS');
  const before = peak;
  const timer = setInterval(() => {
    peak = Math.max(peak, kb(status(pid), 'VmRSS'));
  }, 10);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    peak = Math.max(peak, kb(status(pid), 'VmRSS'));
    return { result, ms, before, peak };
  } finally {
    clearInterval(timer);
  }
}

async function spreadsheet(rows, bad) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('问题导入');
  sheet.addRow(HEADERS);
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow([
      bad ? '' : `第${i + 1}项 涉企服务窗口午间无人值守,群众办事需往返多次`,
      '政务服务大厅午间无人值守,群众反映办事需往返多次;部分事项材料要求与清单不一致,存在重复提交、多头跑的情况。'.repeat(
        2,
      ),
      METHODS[i % METHODS.length],
      `C${(i % 3) + 1}`,
      ['服务质效', '执法规范', '收费管理'][i % 3],
      SEVERITIES[i % SEVERITIES.length],
      `${['西工区', '王城路', '凯旋路'][i % 3]}政务服务中心${i % 50}号窗口`,
      DEPARTMENTS[i % DEPARTMENTS.length],
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const { base, api, stop } = await startBenchPlatform();
try {
  const graphql = graphqlAt(base);
  const gql = (token, query, variables = {}) => graphql(query, variables, token);
  const login = async (username) =>
    (
      await gql(
        null,
        'mutation ($u: String!) { login(username: $u, password: "liandong-demo") { accessToken } }',
        {
          u: username,
        },
      )
    ).login.accessToken;
  const city = await login('4103');
  const county = await login(COUNTY);
  const { projectId, assignmentId } = await openAssignment({
    base,
    issuerToken: city,
    reporterToken: county,
    tenantCode: COUNTY,
  });

  const upload = async (file) => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'findings.xlsx');
    const response = await fetch(`${base}/imports/findings?assignmentId=${assignmentId}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${county}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  };

  const results = [];
  const record = (name, run, extra) =>
    results.push({
      run: name,
      ms: run.ms.toFixed(0),
      'rows/s': extra.rows ? Math.round(extra.rows / (run.ms / 1000)) : '',
      'RSS before MB': mb(run.before),
      'RSS peak MB': mb(run.peak),
      ...extra,
    });

  const badFile = await spreadsheet(ROWS, true);
  const bad = await measured(api.pid, () => upload(badFile));
  if (bad.result.status !== 400 || bad.result.body.rows?.length !== ROWS) {
    throw new Error(`bad import: ${bad.result.status} ${JSON.stringify(bad.result.body).slice(0, 300)}`);
  }
  record('import, every row bad (400)', bad, { rows: ROWS, 'file KB': Math.round(badFile.length / 1024) });

  const goodFile = await spreadsheet(ROWS, false);
  const good = await measured(api.pid, () => upload(goodFile));
  if (good.result.status !== 201 || good.result.body.imported !== ROWS) {
    throw new Error(`import: ${good.result.status} ${JSON.stringify(good.result.body).slice(0, 300)}`);
  }
  record('import (201)', good, { rows: ROWS, 'file KB': Math.round(goodFile.length / 1024) });

  const { findings } = await gql(
    county,
    'query ($p: ID) { findings(filter: { projectId: $p }, first: 1) { totalCount } }',
    { p: projectId },
  );
  if (findings.totalCount !== ROWS) {
    throw new Error(`stored ${findings.totalCount}, expected ${ROWS}`);
  }

  const exported = await measured(api.pid, async () => {
    const response = await fetch(`${base}/exports/problem-list.xlsx?projectId=${projectId}`, {
      headers: { authorization: `Bearer ${county}` },
    });
    return Buffer.from(await response.arrayBuffer());
  });
  const check = new ExcelJS.Workbook();
  await check.xlsx.load(exported.result);
  const listed = check.getWorksheet('问题清单').rowCount - 1;
  if (listed !== ROWS) {
    throw new Error(`exported ${listed} rows, expected ${ROWS}`);
  }
  record('export 问题清单', exported, { rows: ROWS, 'file KB': Math.round(exported.result.length / 1024) });

  const template = await measured(api.pid, async () => {
    const response = await fetch(`${base}/templates/findings.xlsx?assignmentId=${assignmentId}`, {
      headers: { authorization: `Bearer ${county}` },
    });
    return Buffer.from(await response.arrayBuffer());
  });
  record('template (with 说明)', template, { rows: 0, 'file KB': Math.round(template.result.length / 1024) });

  console.table(results);
  console.log(
    `API peak RSS over its whole life (VmHWM) ${mb(kb(status(api.pid), 'VmHWM'))} MB; ${findings.totalCount} findings stored in one transaction.`,
  );
} finally {
  await stop();
}
