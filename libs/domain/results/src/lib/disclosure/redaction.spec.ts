import { MASK, needsRedaction, redact, RedactionSubject } from './redaction';

const nobody: RedactionSubject = { names: [], covertTexts: [] };

describe('redaction', () => {
  it('masks mobile numbers, with or without separators and country code', () => {
    expect(redact('联系电话13812345678。', nobody)).toBe(`联系电话${MASK.repeat(6)}。`);
    expect(redact('电话 138-1234-5678', nobody)).not.toContain('5678');
    expect(redact('+86 13812345678', nobody)).not.toContain('1234');
  });

  it('masks landlines, ID-card numbers and e-mail addresses', () => {
    expect(redact('座机0379-63212345', nobody)).not.toContain('63212345');
    expect(redact('身份证41030219800101123X', nobody)).not.toContain('19800101');
    expect(redact('身份证410302198001011234号', nobody)).not.toContain('1234');
    expect(redact('邮箱 wang.fang@example.com', nobody)).not.toContain('example');
  });

  it('leaves numbers that are not personal: dates, counts, letter numbers', () => {
    const text = '2023年共发现问题372个,整改113个,洛人常交〔2023〕12号';
    expect(redact(text, nobody)).toBe(text);
  });

  it('masks the names the subject lists, wherever they appear', () => {
    const text = '核查人王建国、李芳到现场,王建国确认已整改';
    const out = redact(text, { names: ['王建国', '李芳'], covertTexts: [] });
    expect(out).not.toContain('王建国');
    expect(out).not.toContain('李芳');
    expect(out).toContain('到现场');
  });

  it('ignores one-character names, which would mask ordinary words', () => {
    expect(redact('王主任到场', { names: ['王'], covertTexts: [] })).toBe('王主任到场');
  });

  it('masks a covert text whole and each long-enough clause of it', () => {
    const subject = { names: [], covertTexts: ['线人反映:老城区西关夜市南口烧烤摊,每晚十点后占道'] };
    expect(redact('据线人反映:老城区西关夜市南口烧烤摊,每晚十点后占道经营', subject)).not.toContain(
      '西关夜市',
    );
    // A clause copied by hand into another sentence is still masked.
    expect(redact('经查老城区西关夜市南口烧烤摊已整改', subject)).not.toContain('西关夜市南口');
  });

  it('is idempotent and reports whether anything is left to mask', () => {
    const subject = { names: ['张伟'], covertTexts: [] };
    const once = redact('张伟 13912345678', subject);
    expect(redact(once, subject)).toBe(once);
    expect(needsRedaction(once, subject)).toBe(false);
    expect(needsRedaction('张伟', subject)).toBe(true);
  });
});
