import { tenantNodes, withChildren } from './tenant-tree';

describe('the tenant tree', () => {
  const counties = tenantNodes([
    { id: 'c1', name: '老城区', level: 'COUNTY' },
    { id: 'c2', name: '西工区', level: 'COUNTY' },
  ]);

  it('lets counties open and townships not', () => {
    expect(counties.map((node) => node.isLeaf)).toEqual([false, false]);
    expect(tenantNodes([{ id: 't', name: '西关街道', level: 'TOWNSHIP' }])[0]?.isLeaf).toBe(true);
  });

  it('hangs loaded children under the opened node only', () => {
    const towns = tenantNodes([{ id: 't1', name: '西关街道', level: 'TOWNSHIP' }]);
    const tree = withChildren(counties, 'c1', towns);
    expect(tree[0]?.children).toEqual(towns);
    expect(tree[1]?.children).toBeUndefined();
  });

  it('marks a node with nothing below it as a leaf once opened', () => {
    expect(withChildren(counties, 'c2', [])[1]?.isLeaf).toBe(true);
  });
});
