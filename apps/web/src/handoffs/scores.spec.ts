import { parseScores } from './scores';

describe('parseScores', () => {
  it('reads scores separated by spaces, commas and new lines', () => {
    expect(parseScores('90, 85.5\n88,77')).toEqual({ scores: [90, 85.5, 88, 77] });
  });

  it('names the first score that is not a number from 0 to 100', () => {
    expect(parseScores('90 105 abc')).toEqual({ error: '评分「105」无效,每个评分须为 0–100 的数' });
  });

  it('asks for scores when the box is empty', () => {
    expect(parseScores('  ')).toEqual({ error: '请填写各参评人员的评分' });
  });
});
