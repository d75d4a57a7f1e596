// Benchmark: the conformance checker and the version diff on a large unified plan (500 checklist points,
// 50 milestones, 100 indicators), the cost a county pays each time it checks or files its local plan.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
const require = createRequire(import.meta.url);
const { checkConformance } = require(
  resolve(root, 'dist/libs/domain/plans/src/lib/conformance/conformance.js'),
);
const { diffUnifications } = require(
  resolve(root, 'dist/libs/domain/plans/src/lib/joint-projects/version-diff.js'),
);

const methods = [
  'SPECIAL_REPORT',
  'INSPECTION',
  'RESEARCH',
  'LAW_ENFORCEMENT_CHECK',
  'COVERT_VISIT',
  'FOLLOW_UP',
];
const day = (n) => new Date(Date.UTC(2023, 2, 1) + n * 86_400_000).toISOString();
const unified = {
  leadership: { leadBody: '市人大常委会社会建设工委', leader: '张主任', office: '监督统筹办公室' },
  scheme: {
    objectives: '《河南省职业培训条例》贯彻实施情况执法检查',
    startsAt: day(0),
    endsAt: day(270),
    milestones: Array.from({ length: 50 }, (_, i) => ({ name: `节点${i + 1}`, dueAt: day(5 * i + 10) })),
  },
  methods,
  policy: {
    legalBasis: ['《中华人民共和国职业教育法》', '《河南省职业培训条例》'],
    checklist: Array.from({ length: 500 }, (_, i) => ({
      code: `T${String(i + 1).padStart(3, '0')}`,
      text: `重点任务${i + 1}`,
    })),
  },
  effect: {
    indicators: Array.from({ length: 100 }, (_, i) => ({
      code: `I${i + 1}`,
      name: `指标${i + 1}`,
      target: 80 + (i % 20),
    })),
  },
};
const local = {
  leadership: { leadBody: '县人大常委会', leader: '李主任', office: null },
  methods: [...methods.slice(1), 'CASE_REVIEW', 'LOCAL_METHOD'],
  checklist: [...unified.policy.checklist.slice(3), { code: 'L01', text: '本地要点' }],
  milestones: unified.scheme.milestones.map((m, i) => ({
    name: m.name,
    dueAt: i % 10 === 0 ? day(300) : m.dueAt,
  })),
  indicators: unified.effect.indicators.map((x, i) => ({
    ...x,
    target: i % 25 === 0 ? x.target - 5 : x.target + 1,
  })),
};
const revised = {
  ...unified,
  methods: [...methods.slice(1), 'CASE_REVIEW'],
  policy: {
    ...unified.policy,
    checklist: unified.policy.checklist.map((c, i) => (i % 50 === 0 ? { ...c, text: `${c.text}(修订)` } : c)),
  },
};
const context = { knownMethodCodes: new Set([...methods, 'CASE_REVIEW', 'THEMATIC_INQUIRY']) };

function time(name, run, rounds = 2_000) {
  for (let i = 0; i < 200; i += 1) {
    run();
  }
  const started = process.hrtime.bigint();
  let result;
  for (let i = 0; i < rounds; i += 1) {
    result = run();
  }
  const micros = Number(process.hrtime.bigint() - started) / 1e3 / rounds;
  console.log(`${name}: ${micros.toFixed(1)} µs per call (${rounds} calls), ${result.length} entries`);
}

time('checkConformance (500 points, 50 milestones, 100 indicators)', () =>
  checkConformance(unified, local, context),
);
time('diffUnifications (same plan, revised)', () => diffUnifications(unified, revised));
