import { extractRawText } from 'mammoth';
import { TenantLevel } from '@liandong/tenancy';
import { LetterKind } from './document-kind';
import { issuingBody, LetterContent, renderLetter } from './letter-template';

const content: LetterContent = {
  kind: LetterKind.HANDOFF,
  number: '4103-2026-0007',
  handoffNumber: '4103-2026-0007',
  issuer: '洛阳市人大常委会',
  department: '洛阳市市场监督管理局',
  subject: '优化营商环境联动监督',
  findings: [
    { title: '涉企收费未公示', location: '西工区政务服务中心', checklistPoint: 'C1 涉企收费是否规范' },
  ],
  deadline: '2026年12月31日',
  date: '2026年12月6日',
  escalation: null,
};

async function textOf(letter: LetterContent): Promise<string> {
  return (await extractRawText({ buffer: await renderLetter(letter) })).value;
}

describe('issuingBody', () => {
  it('is the standing committee of a city or county, the presidium of a township', () => {
    expect(issuingBody({ name: '洛阳市', level: TenantLevel.CITY })).toBe('洛阳市人大常委会');
    expect(issuingBody({ name: '西工区', level: TenantLevel.COUNTY })).toBe('西工区人大常委会');
    expect(issuingBody({ name: '红山乡', level: TenantLevel.TOWNSHIP })).toBe('红山乡人大主席团');
  });
});

describe('renderLetter', () => {
  it('writes a 交办函 with its number, issuer, unit, findings and deadline', async () => {
    const text = await textOf(content);
    for (const part of [
      '交办函',
      '4103-2026-0007',
      '洛阳市人大常委会',
      '洛阳市市场监督管理局',
      '涉企收费未公示',
      '西工区政务服务中心',
      'C1 涉企收费是否规范',
      '2026年12月31日',
      '2026年12月6日',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('督办');
  });

  it('writes a 督办函 citing the handoff number, the escalation level and the reason', async () => {
    const text = await textOf({
      ...content,
      kind: LetterKind.PRESSING,
      number: '4103-2026-0007-督2',
      escalation: { level: 2, name: '督办', reason: '逾期未整改' },
    });
    expect(text).toContain('督办函');
    expect(text).toContain('4103-2026-0007-督2');
    expect(text).toContain('交办函号 4103-2026-0007');
    expect(text).toContain('第2级(督办)');
    expect(text).toContain('逾期未整改');
  });
});
