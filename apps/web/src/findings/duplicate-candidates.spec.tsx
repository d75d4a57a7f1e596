import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { refusedWith } from '../common/refusal.fixture';
import type { FindingDuplicateCandidatesQuery } from '../graphql/generated/graphql';
import { DuplicateCandidates } from './duplicate-candidates';
import { fakeClient, withClient } from './test-client';

const CANDIDATES: FindingDuplicateCandidatesQuery = {
  duplicateCandidates: [
    {
      score: 0.92,
      reasons: ['同一责任单位', '描述相近'],
      finding: {
        id: 'f0',
        title: '便民服务中心中午空岗',
        status: 'ACCEPTED',
        tenant: { id: 't0', name: '老城区' },
      },
    },
    {
      score: 0.41,
      reasons: ['同一地点'],
      finding: {
        id: 'f9',
        title: '大厅叫号机故障',
        status: 'REPORTED',
        tenant: { id: 't1', name: '西关街道' },
      },
    },
  ],
};

function itemOf(title: string): HTMLElement {
  const item = screen.getByText(title).closest('.ant-list-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no candidate ${title}`);
  return item;
}

async function confirmMerge(title: string) {
  await userEvent.click(within(itemOf(title)).getByRole('button', { name: /合\s*并/ }));
  const confirm = await screen.findByRole('tooltip');
  await userEvent.click(within(confirm).getByRole('button', { name: /合\s*并/ }));
}

describe('DuplicateCandidates', () => {
  it('lists the candidates best first, with their likeness and reasons', () => {
    render(
      withClient(
        fakeClient(CANDIDATES, jest.fn()),
        <DuplicateCandidates findingId="f1" onMerged={jest.fn()} />,
      ),
    );
    expect(itemOf('便民服务中心中午空岗')).toHaveTextContent('相似度 92%');
    expect(itemOf('便民服务中心中午空岗')).toHaveTextContent('同一责任单位;描述相近');
  });

  it('merges the finding under review into the chosen candidate', async () => {
    const mutate = jest.fn(() =>
      fromValue({ data: { mergeFindings: { id: 'f0', status: 'ACCEPTED', reporters: [] } } }),
    );
    const onMerged = jest.fn();
    render(
      withClient(fakeClient(CANDIDATES, mutate), <DuplicateCandidates findingId="f1" onMerged={onMerged} />),
    );
    await confirmMerge('便民服务中心中午空岗');
    await waitFor(() => expect(onMerged).toHaveBeenCalled());
    const [operation] = mutate.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({ canonicalId: 'f0', duplicateIds: ['f1'] });
  });

  it('shows a refused merge beside the candidate it concerns', async () => {
    const refusal = refusedWith({
      code: 'CONFLICT',
      reason: 'MERGE_INTO_UNREVIEWED',
      zh: '不能合并到未审核的问题',
      en: 'cannot merge',
    });
    const mutate = jest.fn(() => fromValue({ data: undefined, error: refusal }));
    const onMerged = jest.fn();
    render(
      withClient(fakeClient(CANDIDATES, mutate), <DuplicateCandidates findingId="f1" onMerged={onMerged} />),
    );
    await confirmMerge('大厅叫号机故障');
    expect(await within(itemOf('大厅叫号机故障')).findByText('不能合并到未审核的问题')).toBeInTheDocument();
    expect(within(itemOf('便民服务中心中午空岗')).queryByText('不能合并到未审核的问题')).toBeNull();
    expect(onMerged).not.toHaveBeenCalled();
  });
});
