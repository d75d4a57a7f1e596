import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// react-router reads TextEncoder when it loads, and jsdom has none; Node's is the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks the layout APIs antd's responsive grid and tables ask for; these answer "no match, no size".
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = NoResizeObserver;

// `findBy…` and `waitFor` wait on what the page shows, never on a fixed time. Their default bound of 1 s is
// shorter than antd's validation and portals take when the machine is busy with the system tests beside
// them, so a slow machine failed a test whose page was right; the bound only decides how long a broken page waits.
configure({ asyncUtilTimeout: 20_000 });

// rc-util measures the scrollbar by asking for a pseudo-element's style, which jsdom does not implement and
// reports as an error on every dialog; the element's own style is the answer jsdom can give.
const elementStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => elementStyle(element);
