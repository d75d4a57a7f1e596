import { INestApplicationContext } from '@nestjs/common';
import { ExpertConflictKind, ExpertsService } from '@liandong/people';
import { CITY_CODE, DemoDirectory } from './directory';
import { DeptCode } from './year-data.schema';

interface DemoExpert {
  name: string;
  fields: string[];
  organisation: string;
  title: string;
  /** Set when the expert works at one of the city's own units. */
  worksAt?: DeptCode;
  /** A unit the expert declared a conflict with (兼职 there). */
  declaresSameUnit?: { dept: DeptCode; note: string };
}

/** The city's expert pool (专家库): fictional people, mixed fields. */
const EXPERTS: readonly DemoExpert[] = [
  { name: '周立新', fields: ['财政预算', '审计'], organisation: '河南科技大学经济学院', title: '教授' },
  { name: '韩雪梅', fields: ['财政预算'], organisation: '洛阳某会计师事务所', title: '高级会计师' },
  { name: '郑国栋', fields: ['法律'], organisation: '洛阳某律师事务所', title: '一级律师' },
  {
    name: '冯卫东',
    fields: ['营商环境', '法律'],
    organisation: '洛阳市市场监督管理局',
    title: '高级经济师',
    worksAt: 'market',
  },
  {
    name: '宋婉清',
    fields: ['教育'],
    organisation: '洛阳师范学院教育科学学院',
    title: '副教授',
    declaresSameUnit: { dept: 'education', note: '兼任市教育局特约督学' },
  },
  { name: '谢振华', fields: ['医疗卫生'], organisation: '洛阳某三甲医院', title: '主任医师' },
  { name: '邓海燕', fields: ['生态环境'], organisation: '河南科技大学环境工程学院', title: '教授' },
  {
    name: '曹文博',
    fields: ['城乡建设', '营商环境'],
    organisation: '洛阳某建筑设计研究院',
    title: '正高级工程师',
  },
  { name: '彭秀兰', fields: ['社会保障'], organisation: '洛阳某社会工作服务中心', title: '高级社会工作师' },
  { name: '蒋志远', fields: ['农业农村'], organisation: '洛阳市农业科学研究院', title: '研究员' },
];

/**
 * Loads the city's expert pool through the service, as its coordinator would: ten experts, one working at
 * the city's market regulation bureau and one who declared a part-time post at its education bureau, so a
 * proposal for an activity supervising either unit shows the exclusion and its reason.
 */
export async function seedCityExperts(
  app: INestApplicationContext,
  directory: DemoDirectory,
): Promise<number> {
  const experts = app.get(ExpertsService);
  const caller = await directory.caller(CITY_CODE);
  for (const expert of EXPERTS) {
    const added = await experts.add(caller, {
      name: expert.name,
      fields: expert.fields,
      organisation: expert.organisation,
      title: expert.title,
      departmentId: expert.worksAt ? await directory.departmentId(CITY_CODE, expert.worksAt) : null,
      termStartsOn: '2023-01-01',
      // A five-year engagement (聘期), so the pool is still serving when the demo is opened after its year.
      termEndsOn: '2027-12-31',
    });
    if (expert.declaresSameUnit) {
      await experts.declareConflict(caller, added.id, {
        kind: ExpertConflictKind.SAME_UNIT,
        departmentId: await directory.departmentId(CITY_CODE, expert.declaresSameUnit.dept),
        note: expert.declaresSameUnit.note,
        declaredOn: '2023-02-01',
      });
    }
  }
  return EXPERTS.length;
}
