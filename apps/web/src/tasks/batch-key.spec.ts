import { newBatchKey } from './batch-key';

describe('newBatchKey', () => {
  it('is 32 hex digits, new every time', () => {
    const first = newBatchKey();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newBatchKey()).not.toBe(first);
  });
});
