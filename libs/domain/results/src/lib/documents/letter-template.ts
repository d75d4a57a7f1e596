import { TenantLevel } from '@liandong/tenancy';
import { Block, centered, pack, paragraph, table, title } from './docx-blocks';
import { LetterKind } from './document-kind';

/** One finding a letter names. */
export interface LetterFinding {
  title: string;
  location: string | null;
  /** The checklist point (检查要点) as `code text`; null when the finding names none. */
  checklistPoint: string | null;
}

/** Everything a 交办函 or 督办函 says, already in words and Asia/Shanghai dates. */
export interface LetterContent {
  kind: LetterKind;
  /** 文号 */
  number: string;
  /** 交办函号: the handoff's own number, which a 督办函 cites. */
  handoffNumber: string;
  /** The issuing body (洛阳市人大常委会). */
  issuer: string;
  /** The responsible unit it is sent to. */
  department: string;
  /** The joint project, or the opinion item's text for a ledger item without findings. */
  subject: string | null;
  findings: LetterFinding[];
  /** 办理时限, e.g. 2026年12月31日 */
  deadline: string;
  /** 成文日期 */
  date: string;
  /** For a 督办函: the step up the ladder and why. */
  escalation: { level: number; name: string; reason: string } | null;
}

/** The issuing body of a tier: a township's presidium, any other tier's standing committee. */
export function issuingBody(tenant: { name: string; level: TenantLevel }): string {
  return tenant.level === TenantLevel.TOWNSHIP ? `${tenant.name}人大主席团` : `${tenant.name}人大常委会`;
}

export const LETTER_TITLES: Record<LetterKind, string> = {
  [LetterKind.HANDOFF]: '交办函',
  [LetterKind.PRESSING]: '督办函',
};

function findingRows(findings: readonly LetterFinding[]): string[][] {
  return findings.map((finding, index) => [
    String(index + 1),
    finding.title,
    finding.location ?? '—',
    finding.checklistPoint ?? '—',
  ]);
}

function body(content: LetterContent): Block[] {
  const about = content.subject ? `在“${content.subject}”联动监督中` : '经监督';
  if (content.kind === LetterKind.HANDOFF) {
    return [
      paragraph(
        `${about},发现以下问题,现交你单位办理。请认真研究,逐项整改,并于${content.deadline}前将整改情况书面报告${content.issuer}。`,
        { indent: true },
      ),
    ];
  }
  const step = content.escalation;
  return [
    paragraph(
      `${about}交你单位办理的问题(交办函号 ${content.handoffNumber}),办理时限为${content.deadline},至今未办结。`,
      { indent: true },
    ),
    paragraph(`督办层级:第${step?.level ?? ''}级(${step?.name ?? ''})。`, { indent: true }),
    paragraph(`督办理由:${step?.reason ?? ''}`, { indent: true }),
    paragraph(`请你单位高度重视,抓紧整改,并将办理情况书面报告${content.issuer}。`, { indent: true }),
  ];
}

/** The .docx of a 交办函 or 督办函. */
export function renderLetter(content: LetterContent): Promise<Buffer> {
  const name = LETTER_TITLES[content.kind];
  const blocks: Block[] = [
    title(content.issuer),
    title(name),
    centered(content.number),
    paragraph(`${content.department}:`),
    ...body(content),
  ];
  if (content.findings.length > 0) {
    blocks.push(table(['序号', '问题', '地点', '检查要点'], findingRows(content.findings)));
  }
  blocks.push(
    paragraph(`办理时限:${content.deadline}`),
    paragraph(content.issuer, { right: true }),
    paragraph(content.date, { right: true }),
  );
  return pack({ title: `${name} ${content.number}`, creator: content.issuer }, blocks);
}
