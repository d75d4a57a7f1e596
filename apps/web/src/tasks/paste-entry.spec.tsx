import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError, Provider, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { problem, refusedWith } from '../common/refusal.fixture';
import { PasteEntry } from './paste-entry';
import type { PasteContext } from './paste-rows';

const CONTEXT: PasteContext = {
  methods: [{ code: 'COVERT_VISIT', name: '暗访' }],
  checklistCodes: ['C1'],
  departments: [{ id: 'dep-1', code: 'gov', name: '人民政府' }],
};

const PASTED =
  '问题标题\t问题描述\t监督方式\t检查要点编码\t问题类别\t严重程度\n窗口无人\t午间\t暗访\tC1\t服务质效\t一般\n收费未公示\t\t暗访\t\t落实不到位\t较重';

function renderEntry(result: { data?: unknown; error?: CombinedError }) {
  const executeMutation = jest.fn(() => fromValue(result));
  const client = { executeQuery: () => never, executeMutation, executeSubscription: () => never };
  const onSubmitted = jest.fn();
  render(
    <Provider value={client as unknown as Client}>
      <PasteEntry assignmentId="a1" context={CONTEXT} onSubmitted={onSubmitted} />
    </Provider>,
  );
  return { executeMutation, onSubmitted };
}

async function pasteAndPreview(text: string) {
  await userEvent.click(screen.getByLabelText('粘贴问题'));
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole('button', { name: '解析预览' }));
}

describe('PasteEntry', () => {
  it('sends every row at once with an idempotency key and reports how many were stored', async () => {
    const { executeMutation, onSubmitted } = renderEntry({
      data: { submitFindings: [{ id: 'f1' }, { id: 'f2' }] },
    });
    await pasteAndPreview(PASTED);
    await userEvent.click(screen.getByRole('button', { name: /全部提交\(2 条\)/ }));
    expect(executeMutation).toHaveBeenCalledTimes(1);
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: Record<string, unknown> }];
    expect(operation.variables['findings']).toHaveLength(2);
    expect(operation.variables['idempotencyKey']).toEqual(expect.any(String));
    expect(onSubmitted).toHaveBeenCalledWith(2);
  });

  it('shows the API’s objection beside the row it names, and tells that nothing was stored', async () => {
    const error = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ROWS',
      zh: '1 处错误,未保存任何数据',
      en: '1 problem(s), nothing was stored',
      rows: [{ index: 1, ...problem('checklistCode', 'CHECKLIST_RETIRED', '检查要点 C1 已停用', 'retired') }],
    });
    const { onSubmitted } = renderEntry({ error });
    await pasteAndPreview(PASTED);
    await userEvent.click(screen.getByRole('button', { name: /全部提交/ }));
    expect(screen.getByTestId('paste-row-1')).toHaveTextContent('检查要点 C1 已停用');
    expect(screen.getByTestId('paste-row-0')).not.toHaveTextContent('已停用');
    expect(screen.getByTestId('paste-error')).toHaveTextContent('未保存任何问题');
    expect(onSubmitted).not.toHaveBeenCalled();
  });

  it('holds back a batch with a row it finds wrong itself', async () => {
    const { executeMutation } = renderEntry({ data: { submitFindings: [] } });
    await pasteAndPreview('窗口无人\t\t飞行检查\t\t服务质效\t一般');
    expect(screen.getByTestId('paste-row-0')).toHaveTextContent('不是本项目的监督方式');
    expect(screen.getByRole('button', { name: /全部提交/ })).toBeDisabled();
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
