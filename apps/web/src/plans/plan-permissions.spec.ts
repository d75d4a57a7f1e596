import {
  canIssue,
  canPublishProject,
  canReviewLocalPlan,
  canReviseProject,
  type PlanUser,
} from './plan-permissions';

const city: PlanUser = { roles: ['COORDINATOR'], tenant: { id: 'city', level: 'CITY' } };
const cityViewer: PlanUser = { roles: ['VIEWER'], tenant: { id: 'city', level: 'CITY' } };
const county: PlanUser = { roles: ['COORDINATOR'], tenant: { id: 'county', level: 'COUNTY' } };

describe('who may do what with plans', () => {
  it('lets a city coordinator write plans and projects, but not a viewer nor a county', () => {
    expect(canIssue(city)).toBe(true);
    expect(canIssue(cityViewer)).toBe(false);
    expect(canIssue(county)).toBe(false);
  });

  it('lets only the issuer revise a project', () => {
    expect(canReviseProject(city, 'city')).toBe(true);
    expect(canReviseProject(county, 'city')).toBe(false);
  });

  it('lets the issuer publish, and a county pass a project on to its townships', () => {
    expect(canPublishProject(city, 'city')).toBe(true);
    expect(canPublishProject(county, 'city')).toBe(true);
    expect(canPublishProject(cityViewer, 'city')).toBe(false);
  });

  it('offers a review only for a submitted plan', () => {
    expect(canReviewLocalPlan(city, 'SUBMITTED')).toBe(true);
    expect(canReviewLocalPlan(city, 'ACCEPTED')).toBe(false);
    expect(canReviewLocalPlan(city, 'RETURNED')).toBe(false);
    expect(canReviewLocalPlan(cityViewer, 'SUBMITTED')).toBe(false);
  });
});
