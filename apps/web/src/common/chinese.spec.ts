import { chineseHalf } from './chinese';

describe('chineseHalf', () => {
  it('keeps the Chinese half of a bilingual message', () => {
    expect(chineseHalf('缺少统一时间节点「方案报备」 / missing unified milestone')).toBe(
      '缺少统一时间节点「方案报备」',
    );
    expect(chineseHalf('只能交办给本级承办单位(下级的单位由下级人大交办)/ hand over only…')).toBe(
      '只能交办给本级承办单位(下级的单位由下级人大交办)',
    );
  });

  it('keeps a message without an English half whole, and a slash inside Chinese text', () => {
    expect(chineseHalf('请选择承办单位')).toBe('请选择承办单位');
    expect(chineseHalf('满意/基本满意/不满意')).toBe('满意/基本满意/不满意');
    expect(chineseHalf('only english')).toBe('only english');
  });
});
