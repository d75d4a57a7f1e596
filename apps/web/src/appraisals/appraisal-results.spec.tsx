import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeClient, renderSignedIn, testUser } from '../handoffs/test-providers';
import { THREE_JUDGES } from './appraisal.fixture';
import { AppraisalRanking, AppraisalVotesTable } from './appraisal-results';

describe('AppraisalVotesTable', () => {
  it('shows each group’s result per subject, and offers to enter the votes still missing', async () => {
    const enter = jest.fn();
    renderSignedIn(
      <AppraisalVotesTable appraisal={THREE_JUDGES} onEnterVotes={enter} />,
      testUser(['COORDINATOR']),
      fakeClient(jest.fn()),
    );
    const table = screen.getByTestId('appraisal-votes');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(
      expect.arrayContaining(['常委会组成人员(应参评 30 人)', '人大代表(应参评 30 人)', '总体结果']),
    );
    const wang = within(table).getByText('王五(员额法官)').closest('tr') as HTMLElement;
    expect(within(wang).getAllByText('不满意')).toHaveLength(3);
    expect(within(wang).getAllByText('满意 5 / 基本满意 5 / 不满意 20')).toHaveLength(2);
    const zhao = within(table).getByText('赵六(员额法官)').closest('tr') as HTMLElement;
    expect(within(zhao).getByText('待计票')).toBeInTheDocument();
    await userEvent.click(within(zhao).getByRole('button', { name: '录入票数' }));
    expect(enter).toHaveBeenCalledWith(expect.objectContaining({ id: 's4' }), 'g2');
  });

  it('offers no entry to those who only read', () => {
    renderSignedIn(
      <AppraisalVotesTable appraisal={THREE_JUDGES} />,
      testUser(['VIEWER']),
      fakeClient(jest.fn()),
    );
    expect(screen.queryByRole('button', { name: '录入票数' })).toBeNull();
    expect(screen.getByText('未计票')).toBeInTheDocument();
  });
});

describe('AppraisalRanking', () => {
  it('lists the subjects with a result best first, with their rank', () => {
    renderSignedIn(
      <AppraisalRanking appraisal={THREE_JUDGES} />,
      testUser(['VIEWER']),
      fakeClient(jest.fn()),
    );
    const rows = within(screen.getByTestId('appraisal-ranking')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1', '李四(员额法官)', '满意'],
      ['2', '张三(员额法官)', '满意'],
      ['3', '王五(员额法官)', '不满意'],
    ]);
  });
});
