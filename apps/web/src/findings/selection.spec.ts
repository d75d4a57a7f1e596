import { sameProject } from './selection';

describe('sameProject', () => {
  it('holds for no selection and for findings of one project', () => {
    expect(sameProject([])).toBe(true);
    expect(sameProject([{ project: { id: 'p1' } }, { project: { id: 'p1' } }])).toBe(true);
  });

  it('fails when the selection spans projects', () => {
    expect(sameProject([{ project: { id: 'p1' } }, { project: { id: 'p2' } }])).toBe(false);
  });
});
