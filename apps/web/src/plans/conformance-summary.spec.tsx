import { render, screen } from '@testing-library/react';
import { ConformanceSummary } from './conformance-summary';
import { SectionIssues } from './section-issues';

describe('ConformanceSummary', () => {
  it('says a plan without problems conforms', () => {
    render(<ConformanceSummary issues={[]} />);
    expect(screen.getByText('符合统一方案')).toBeInTheDocument();
  });

  it('counts blocking problems and warnings apart', () => {
    render(
      <ConformanceSummary
        issues={[
          { section: 'METHODS', severity: 'BLOCKING', path: 'methods.A', message: '缺少' },
          { section: 'SCHEME', severity: 'BLOCKING', path: 'scheme.m', message: '晚于' },
          { section: 'METHODS', severity: 'WARNING', path: 'methods.X', message: '未知' },
        ]}
      />,
    );
    expect(screen.getByText('阻断 2 项')).toBeInTheDocument();
    expect(screen.getByText('提示 1 项')).toBeInTheDocument();
    expect(screen.queryByText('符合统一方案')).toBeNull();
  });
});

describe('SectionIssues', () => {
  it('shows each problem in Chinese with its severity', () => {
    render(
      <SectionIssues
        issues={[
          {
            section: 'SCHEME',
            severity: 'WARNING',
            path: 'scheme.milestones.自查',
            message: '本地时间节点「自查」晚于统一方案结束日期 / local milestone after the end',
          },
        ]}
      />,
    );
    expect(screen.getByTestId('conformance-issue')).toHaveTextContent(
      '【提示】本地时间节点「自查」晚于统一方案结束日期',
    );
    expect(screen.getByTestId('conformance-issue')).not.toHaveTextContent('local milestone');
  });
});
