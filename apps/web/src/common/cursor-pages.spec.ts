import { currentCursor, FIRST_PAGE, nextPage, previousPage } from './cursor-pages';

describe('page-by-cursor', () => {
  it('starts with no cursor and moves forward by each page’s end cursor', () => {
    expect(currentCursor(FIRST_PAGE)).toBeNull();
    const third = nextPage(nextPage(FIRST_PAGE, 'c20'), 'c40');
    expect(currentCursor(third)).toBe('c40');
    expect(currentCursor(previousPage(third))).toBe('c20');
  });

  it('stays on the first page when going back from it', () => {
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });

  it('stays put when the API gives no end cursor', () => {
    const second = nextPage(FIRST_PAGE, 'c20');
    expect(nextPage(second, null)).toBe(second);
  });
});
