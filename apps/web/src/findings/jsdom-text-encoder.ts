import { TextDecoder, TextEncoder } from 'node:util';

// react-router reads TextEncoder when it loads, and jsdom has none; Node's is the same API. Imported first by
// the component tests that render links (the shared test setup does not provide it).
Object.assign(globalThis, { TextEncoder, TextDecoder });
