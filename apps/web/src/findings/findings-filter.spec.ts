import { findingFilter } from './findings-filter';

describe('findingFilter', () => {
  it('leaves out what was not chosen', () => {
    expect(findingFilter({ status: [] })).toEqual({ projectId: null, scopeTenantId: null, status: null });
  });

  it('passes the project, the lower unit and every chosen status', () => {
    expect(findingFilter({ projectId: 'p1', scopeTenantId: 't2', status: ['REPORTED', 'RETURNED'] })).toEqual(
      {
        projectId: 'p1',
        scopeTenantId: 't2',
        status: ['REPORTED', 'RETURNED'],
      },
    );
  });
});
