import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fromValue } from 'wonka';
import { problem, refusedWith } from '../common/refusal.fixture';
import type { DepartmentsQuery } from '../graphql/generated/graphql';
import { HandoffDialog } from './handoff-dialog';
import { fakeClient, withClient } from './test-client';

const DEPARTMENTS: DepartmentsQuery = {
  departments: [
    { id: 'd-gov', code: 'gov', name: '老城区人民政府' },
    { id: 'd-market', code: 'market', name: '老城区市场监督管理局' },
  ],
};

function setup(mutate: jest.Mock) {
  const onHandedOver = jest.fn();
  render(
    withClient(
      fakeClient(DEPARTMENTS, mutate),
      <HandoffDialog
        tenantId="t1"
        findingIds={['f1', 'f2']}
        open
        onClose={jest.fn()}
        onHandedOver={onHandedOver}
      />,
    ),
  );
  return { onHandedOver };
}

/** The form item (label, input and its error) of a field. */
function fieldOf(label: string): HTMLElement {
  const item = screen.getByText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no field ${label}`);
  return item;
}

async function fillValidForm() {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: '承办单位' }));
  await userEvent.click(await screen.findByTitle('老城区市场监督管理局'));
  await userEvent.click(screen.getByText('按工作日'));
  await userEvent.type(screen.getByLabelText('交办函号'), '洛人常交〔2026〕7号');
}

const submit = () => userEvent.click(screen.getByRole('button', { name: /交\s*办$/ }));

describe('HandoffDialog', () => {
  it('says beside each field what is missing, and sends nothing', async () => {
    const mutate = jest.fn();
    setup(mutate);
    await submit();
    expect(await screen.findByText('请选择承办单位')).toBeInTheDocument();
    expect(fieldOf('承办单位')).toHaveTextContent('请选择承办单位');
    expect(fieldOf('截止日期')).toHaveTextContent('请选择整改时限');
    expect(mutate).not.toHaveBeenCalled();
  });

  it('hands the findings over by working days with the letter number', async () => {
    const mutate = jest.fn(() =>
      fromValue({
        data: {
          handOffFindings: {
            id: 'h1',
            letterNo: '洛人常交〔2026〕7号',
            deadline: '2026-06-30T15:59:59Z',
            status: 'ISSUED',
            department: { id: 'd-market', name: '老城区市场监督管理局' },
          },
        },
      }),
    );
    const { onHandedOver } = setup(mutate);
    await fillValidForm();
    await submit();
    await waitFor(() => expect(onHandedOver).toHaveBeenCalled());
    const [operation] = mutate.mock.calls[0] as unknown as [{ variables: unknown }];
    expect(operation.variables).toEqual({
      input: {
        findingIds: ['f1', 'f2'],
        departmentId: 'd-market',
        workingDays: 15,
        letterNo: '洛人常交〔2026〕7号',
      },
    });
  });

  it('shows the API’s refusal beside the field it names', async () => {
    const refusal = refusedWith({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      zh: '输入有误',
      en: 'Invalid input',
      fields: [
        problem('input.departmentId', 'DEPARTMENT_NOT_OWN', '只能交办给本级承办单位', 'own departments only'),
      ],
    });
    const { onHandedOver } = setup(jest.fn(() => fromValue({ data: undefined, error: refusal })));
    await fillValidForm();
    await submit();
    await waitFor(() => expect(fieldOf('承办单位')).toHaveTextContent('只能交办给本级承办单位'));
    expect(onHandedOver).not.toHaveBeenCalled();
  });
});
