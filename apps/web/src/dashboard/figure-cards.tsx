import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { FiguresFragment } from '../graphql/generated/graphql';

interface FigureSpec {
  key: keyof FiguresFragment;
  label: string;
  hint: string;
  percent?: boolean;
}

// The first four are the figures a city reads at a glance (12 / 372 / 129 / 113 for Luoyang's 2023).
const FIGURES: FigureSpec[] = [
  { key: 'projects', label: '联动项目', hint: '在本级及下级开展的联动监督项目' },
  { key: 'findings', label: '发现问题', hint: '已报送的问题(合并、不予采纳的除外)' },
  { key: 'handoffs', label: '整改台账', hint: '交办件(每件交办函为台账一项)' },
  { key: 'handoffsClosed', label: '台账已销号', hint: '已验收销号的交办件' },
  { key: 'handedOver', label: '已交办问题', hint: '已交办、整改中或已销号的问题' },
  { key: 'closed', label: '已销号问题', hint: '整改到位并销号的问题' },
  { key: 'overdue', label: '逾期未销号', hint: '超过整改时限仍未销号的问题' },
  { key: 'closureRate', label: '销号率', hint: '已销号问题 ÷ 已交办问题', percent: true },
];

function FigureValue({
  spec,
  figures,
  loading,
}: {
  spec: FigureSpec;
  figures?: FiguresFragment;
  loading: boolean;
}) {
  if (!figures) {
    // A dash, never a zero, when the figures could not be had: no one should read "0 overdue" from an error.
    return <Statistic loading={loading} value="—" />;
  }
  const value = figures[spec.key];
  return (
    <Statistic
      // Rounded here: Statistic's own `precision` truncates (2/3 would read 66.6%).
      value={spec.percent ? (value * 100).toFixed(1) : value}
      suffix={spec.percent ? '%' : undefined}
      valueStyle={spec.key === 'overdue' && value > 0 ? { color: '#cf1322' } : undefined}
    />
  );
}

/** The live figures of the scope; while they load the cards keep their place and show a placeholder. */
export function FigureCards({
  figures,
  loading,
}: {
  figures: FiguresFragment | undefined;
  loading: boolean;
}) {
  return (
    <Row gutter={[16, 16]}>
      {FIGURES.map((spec) => (
        <Col key={spec.key} xs={12} md={6}>
          <Card
            size="small"
            title={spec.label}
            extra={
              <Tooltip title={spec.hint}>
                <QuestionCircleOutlined style={{ color: '#999' }} />
              </Tooltip>
            }
          >
            <div data-testid={`figure-${spec.key}`}>
              <FigureValue spec={spec} figures={figures} loading={loading} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
