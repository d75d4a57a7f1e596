import { useCallback, useState } from 'react';

/**
 * Page-by-cursor over a connection: the cursors that start each page seen so far, so 上一页 goes back without
 * asking the API to count offsets. The first page starts at no cursor.
 */
export interface CursorPages {
  starts: Array<string | null>;
}

export const FIRST_PAGE: CursorPages = { starts: [null] };

export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  return endCursor ? { starts: [...pages.starts, endCursor] } : pages;
}

export function previousPage(pages: CursorPages): CursorPages {
  return pages.starts.length > 1 ? { starts: pages.starts.slice(0, -1) } : pages;
}

export function currentCursor(pages: CursorPages): string | null {
  return pages.starts[pages.starts.length - 1] ?? null;
}

export function useCursorPages() {
  const [pages, setPages] = useState<CursorPages>(FIRST_PAGE);
  return {
    after: currentCursor(pages),
    pageNumber: pages.starts.length,
    next: useCallback((endCursor: string | null | undefined) => setPages((p) => nextPage(p, endCursor)), []),
    previous: useCallback(() => setPages(previousPage), []),
    reset: useCallback(() => setPages(FIRST_PAGE), []),
  };
}
