import { TextDecoder, TextEncoder } from 'node:util';

// react-router 7 needs TextEncoder at import, which jsdom lacks; the shared test setup does not add it, so
// specs that render a router import this first.
Object.assign(globalThis, { TextEncoder, TextDecoder });
