// The system-test harness: the platform started in-process on the throwaway PostgreSQL and Redis of the
// global setup, or whole by the launcher (launcher.ts); tenant and plan fixtures, the contract's error checks,
// polling, ports and the tenant-wall fuzzer. Jest's global setup and teardown (global-setup.ts,
// global-teardown.ts) are named by path in jest.config.js and are not part of this API.
export * from './platform';
export * from './fixtures';
export * from './contract';
export * from './poll';
export * from './ports';
export * from './faults';
export * from './handoff-scenario';
export * from './plans-operations';
export * from './duplicate-findings';
export * from './stored-files';
export * from './isolation/digest';
export * from './isolation/fuzz';
export * from './isolation/leaks';
export * from './isolation/schema-walk';
export * from './isolation/values';
export * from './isolation/world';
export * from './launcher';
export * from './faults';
export * from './fault-services';
