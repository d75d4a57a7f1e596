import { cellText, columnLetters, isBlankRow, normalizeHeader, rowTexts } from './sheet-cells';

describe('cellText', () => {
  it('reads what a person sees in rich text, formulas, links, numbers and errors', () => {
    expect(cellText({ richText: [{ text: '暗' }, { text: '访' }] })).toBe('暗访');
    expect(cellText({ formula: 'A1', result: '较重' })).toBe('较重');
    expect(cellText({ text: '链接', hyperlink: 'https://example.org' })).toBe('链接');
    expect(cellText(12)).toBe('12');
    expect(cellText(null)).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
  });
});

describe('rows', () => {
  it('gives each cell its column number, from an array or a sparse object', () => {
    expect(rowTexts([undefined, '标题', 3])).toEqual(['', '标题', '3']);
    expect(rowTexts({ 2: '描述', 4: { richText: [{ text: '暗访' }] } })).toEqual([
      '',
      undefined,
      '描述',
      undefined,
      '暗访',
    ]);
    expect(rowTexts(null)).toEqual(['']);
  });

  it('knows a row of nothing but blanks', () => {
    expect(isBlankRow(['', '  ', ''])).toBe(true);
    expect(isBlankRow(['', ' x'])).toBe(false);
  });
});

describe('spreadsheet addresses and headers', () => {
  it('spells column numbers as Excel does', () => {
    expect([1, 8, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'H', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('compares headers as a person reads them', () => {
    expect(normalizeHeader(' *严重程度（一般/较重/严重） ')).toBe('严重程度(一般/较重/严重)');
  });
});
