import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import type { ConformanceDetailFragment, UnificationsDetailFragment } from '../graphql/generated/graphql';
import { LocalPlanForm } from './local-plan-form';

const UNIFIED: UnificationsDetailFragment = {
  leadership: { leadBody: '市人大常委会', leader: '王主任', office: null },
  scheme: {
    objectives: '目标',
    startsAt: '2023-03-01T00:00:00.000Z',
    endsAt: '2023-11-30T00:00:00.000Z',
    milestones: [{ name: '方案报备', dueAt: '2023-03-31T00:00:00.000Z' }],
  },
  methods: [{ code: 'COVERT_VISIT', name: '暗访' }],
  policy: { legalBasis: [], checklist: [{ code: 'C1', text: '涉企收费是否规范' }] },
  effect: { indicators: [{ code: 'I1', name: '问题整改完成率', target: 90 }] },
};

const BLOCKED: ConformanceDetailFragment = {
  conforms: false,
  issues: [
    {
      section: 'METHODS',
      severity: 'BLOCKING',
      path: 'methods.COVERT_VISIT',
      message: '缺少统一监督方式「暗访」 / missing unified method',
    },
  ],
};

function fakeClient(report: ConformanceDetailFragment) {
  const executeMutation = jest.fn(() => never);
  const query = jest.fn(() => ({ toPromise: () => Promise.resolve({ data: { checkLocalPlan: report } }) }));
  const client = {
    executeQuery: () => fromValue({ data: { supervisionMethods: [{ code: 'COVERT_VISIT', name: '暗访' }] } }),
    executeMutation,
    executeSubscription: () => never,
    query,
  } as unknown as Client;
  return { client, executeMutation, query };
}

function renderForm(client: Client, storedReport: ConformanceDetailFragment | null = null) {
  render(
    <Provider value={client}>
      <LocalPlanForm assignmentId="a1" unified={UNIFIED} storedReport={storedReport} canFile />
    </Provider>,
  );
}

describe('LocalPlanForm', () => {
  it('starts from the unified requirements', () => {
    renderForm(fakeClient(BLOCKED).client);
    expect(screen.getByDisplayValue('涉企收费是否规范')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2023-03-31')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '暗访' })).toBeChecked();
  });

  it('shows each conformance problem in the section it concerns', async () => {
    const { client, query } = fakeClient(BLOCKED);
    renderForm(client);
    await userEvent.click(screen.getByRole('button', { name: /^检\s*查$/ }));
    const methods = screen.getByTestId('local-plan-section-METHODS');
    expect(await within(methods).findByText('【阻断】缺少统一监督方式「暗访」')).toBeInTheDocument();
    expect(within(screen.getByTestId('local-plan-section-LEADERSHIP')).queryByRole('alert')).toBeNull();
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('does not file a plan the check finds blocking, and says why beside the form', async () => {
    const { client, executeMutation } = fakeClient(BLOCKED);
    renderForm(client);
    await userEvent.click(screen.getByRole('button', { name: /^报\s*备$/ }));
    expect(await screen.findByTestId('local-plan-error')).toHaveTextContent('1 个阻断性问题');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('files a conforming plan after checking it', async () => {
    const { client, executeMutation } = fakeClient({ conforms: true, issues: [] });
    renderForm(client);
    await userEvent.click(screen.getByRole('button', { name: /^报\s*备$/ }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
  });
});
