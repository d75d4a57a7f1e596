import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { PlanFiguresDocument, type PlanFiguresQuery } from '../graphql/generated/graphql';

type Figures = PlanFiguresQuery['planFigures'];

// 已启动 counts the items started so far, completed ones included (the article: 已启动 18 项,完成 8 项).
const FIGURES: Array<{ key: keyof Omit<Figures, 'year' | 'notStarted' | '__typename'>; label: string }> = [
  { key: 'items', label: '计划项目' },
  { key: 'key', label: '重点' },
  { key: 'joint', label: '联动' },
  { key: 'started', label: '已启动' },
  { key: 'completed', label: '已完成' },
  { key: 'adjusted', label: '已调整' },
  { key: 'overdue', label: '逾期' },
];

const CONTEXT = { additionalTypenames: ['AnnualPlan', 'PlanItem', 'PlanFigures'] };

/** The year's figures over the office's adopted annual plans, above the plans themselves. */
export function PlanFigures({ year }: { year: number }) {
  const [result] = useQuery({ query: PlanFiguresDocument, variables: { year }, context: CONTEXT });
  if (result.error) {
    return <Alert type="error" showIcon message={errorMessage(result.error)} />;
  }
  const figures = result.data?.planFigures;
  return (
    <Card size="small" title={`${year} 年计划执行情况`} data-testid="plan-figures">
      <Row gutter={[16, 8]}>
        {FIGURES.map(({ key, label }) => (
          <Col key={key} xs={8} md={6} xl={3} data-testid={`plan-figure-${key}`}>
            <Statistic
              title={label}
              loading={!figures}
              value={figures ? figures[key] : '—'}
              valueStyle={
                key === 'overdue' && figures && figures.overdue > 0 ? { color: '#cf1322' } : undefined
              }
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
