import { Turns } from './statement-turns';

describe('Turns', () => {
  it('lets each taker go only once every earlier one has given its turn back, first come first served', async () => {
    const turns = new Turns();
    const went: string[] = [];
    const taken = ['a', 'b', 'c'].map((name) => turns.take().then(() => went.push(name)));
    await taken[0];
    expect(went).toEqual(['a']);
    turns.give();
    await taken[1];
    expect(went).toEqual(['a', 'b']);
    turns.give();
    await taken[2];
    expect(went).toEqual(['a', 'b', 'c']);
  });

  it('keeps a late taker waiting while the current turn is held', async () => {
    const turns = new Turns();
    await turns.take();
    let late = false;
    const next = turns.take().then(() => {
      late = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(late).toBe(false);
    turns.give();
    await next;
    expect(late).toBe(true);
  });
});
