/**
 * Lists of findings refetch after any mutation that returns findings or handoffs, even when the list held
 * none of them (an empty list carries no typename for the cache to match). Module-level, so the context
 * object stays the same between renders, as urql expects.
 */
export const FINDING_LIST_CONTEXT = { additionalTypenames: ['Finding', 'Handoff'] };
