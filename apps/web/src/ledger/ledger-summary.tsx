import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { LEDGER_ITEM_KIND_LABEL } from '../common/labels';
import { LedgerSummaryDocument, type LedgerFilter } from '../graphql/generated/graphql';
import { ledgerTotals, type KindFigures } from './ledger-totals';

type Figures = Pick<KindFigures, 'total' | 'closed' | 'overdue' | 'closureRate'>;

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function FiguresCard({ label, figures, testId }: { label: string; figures: Figures; testId: string }) {
  return (
    <Card size="small" title={label} data-testid={testId}>
      <Row gutter={8}>
        <Col span={6}>
          <Statistic title="事项" value={figures.total} />
        </Col>
        <Col span={6}>
          <Statistic title="已销号" value={figures.closed} />
        </Col>
        <Col span={6}>
          <Statistic
            title="逾期"
            value={figures.overdue}
            valueStyle={figures.overdue > 0 ? { color: '#cf1322' } : undefined}
          />
        </Col>
        <Col span={6}>
          <Statistic title="销号率" value={percent(figures.closureRate)} />
        </Col>
      </Row>
    </Card>
  );
}

/** 台账 by kind above the table: 合计 and each of 问题交办, 审议意见, 决议 under the ledger's own filter. */
export function LedgerSummary({ filter }: { filter: LedgerFilter }) {
  const [result] = useQuery({
    query: LedgerSummaryDocument,
    variables: { filter },
    requestPolicy: 'cache-and-network',
  });
  if (result.error) {
    return <Alert type="error" showIcon message={errorMessage(result.error)} />;
  }
  const kinds = result.data?.ledgerSummary;
  if (!kinds) {
    return <Card size="small" loading />;
  }
  return (
    <Row gutter={[16, 16]} data-testid="ledger-summary">
      <Col xs={24} xl={6}>
        <FiguresCard label="合计" figures={ledgerTotals(kinds)} testId="ledger-summary-ALL" />
      </Col>
      {kinds.map((figures) => (
        <Col key={figures.kind} xs={24} md={8} xl={6}>
          <FiguresCard
            label={LEDGER_ITEM_KIND_LABEL[figures.kind]}
            figures={figures}
            testId={`ledger-summary-${figures.kind}`}
          />
        </Col>
      ))}
      {kinds.length === 0 && (
        <Col xs={24} xl={18}>
          <Typography.Text type="secondary">台账中没有符合条件的事项</Typography.Text>
        </Col>
      )}
    </Row>
  );
}
