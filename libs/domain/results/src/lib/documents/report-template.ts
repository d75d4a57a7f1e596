import { Block, centered, heading, pack, paragraph, table, title } from './docx-blocks';

/** A count under a name (a checklist point, a tier, a status, a method). */
export interface NamedCount {
  name: string;
  count: number;
}

export interface ReportIndicator {
  code: string;
  name: string;
  target: number;
  actual: number | null;
}

/** Everything a joint project's result report says, already in words and Asia/Shanghai dates. */
export interface ReportContent {
  projectTitle: string;
  /** The node the report covers (its subtree) and the body that issues it. */
  scope: string;
  issuer: string;
  date: string;
  objectives: string;
  unifications: {
    leadership: string;
    scheme: string;
    milestones: string[];
    methods: string[];
    legalBasis: string[];
    checklist: string[];
  };
  /** Activities by method; covert visits (暗访) are counted, never described. */
  activities: NamedCount[];
  findingsByChecklist: NamedCount[];
  findingsByTier: Array<NamedCount & { level: string }>;
  findingTotal: number;
  rectification: NamedCount[];
  indicators: ReportIndicator[];
  evaluations: NamedCount[];
}

function counts(header: [string, string], rows: readonly NamedCount[]): Block {
  return rows.length > 0
    ? table(
        header,
        rows.map((row) => [row.name, String(row.count)]),
      )
    : paragraph('(暂无)', { indent: true });
}

function list(items: readonly string[]): Block[] {
  return items.length > 0
    ? items.map((item, index) => paragraph(`${index + 1}. ${item}`, { indent: true }))
    : [paragraph('(无)', { indent: true })];
}

/** The .docx of a joint project's result report (联动监督成果报告). */
export function renderReport(content: ReportContent): Promise<Buffer> {
  const u = content.unifications;
  const blocks: Block[] = [
    title(`${content.projectTitle}`),
    title('联动监督成果报告'),
    centered(`${content.issuer}(范围:${content.scope})`),
    heading('一、工作目标'),
    paragraph(content.objectives, { indent: true }),
    heading('二、五个统一'),
    paragraph(`统一领导:${u.leadership}`, { indent: true }),
    paragraph(`统一方案:${u.scheme}`, { indent: true }),
    ...list(u.milestones),
    paragraph(`统一方法:${u.methods.join('、') || '(无)'}`, { indent: true }),
    paragraph('统一政策(法律依据):', { indent: true }),
    ...list(u.legalBasis),
    paragraph('统一政策(检查要点):', { indent: true }),
    ...list(u.checklist),
    paragraph('统一效果:见第六部分效果指标。', { indent: true }),
    heading('三、监督方式与活动'),
    counts(['监督方式', '活动次数'], content.activities),
    heading('四、发现问题'),
    paragraph(`共发现问题 ${content.findingTotal} 个。`, { indent: true }),
    paragraph('按检查要点:', { indent: true }),
    counts(['检查要点', '问题数'], content.findingsByChecklist),
    paragraph('按层级:', { indent: true }),
    content.findingsByTier.length > 0
      ? table(
          ['人大机关', '层级', '问题数'],
          content.findingsByTier.map((row) => [row.name, row.level, String(row.count)]),
        )
      : paragraph('(暂无)', { indent: true }),
    heading('五、整改情况'),
    counts(['状态', '事项数'], content.rectification),
    heading('六、效果指标'),
    content.indicators.length > 0
      ? table(
          ['编码', '指标', '目标值', '实际值'],
          content.indicators.map((row) => [
            row.code,
            row.name,
            String(row.target),
            row.actual === null ? '—' : String(row.actual),
          ]),
        )
      : paragraph('(未设效果指标)', { indent: true }),
    heading('七、满意度测评'),
    counts(['测评结果', '事项数'], content.evaluations),
    paragraph(content.issuer, { right: true }),
    paragraph(content.date, { right: true }),
  ];
  return pack({ title: `${content.projectTitle} 联动监督成果报告`, creator: content.issuer }, blocks);
}
