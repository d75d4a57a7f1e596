import { Alert, Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Chart } from '../charts/chart';
import { errorMessage } from '../common/error-message';
import { DashboardByMonthDocument } from '../graphql/generated/graphql';
import { trendOption, trendPoints } from './trend';

/** 按月趋势: its own query, so the month-by-month chart never holds up the figures above it. */
export function ProgressTrend({ scopeTenantId }: { scopeTenantId: string | null }) {
  const [result] = useQuery({ query: DashboardByMonthDocument, variables: { scopeTenantId } });
  const points = useMemo(() => trendPoints(result.data?.progressByMonth ?? []), [result.data]);
  const option = useMemo(() => trendOption(points), [points]);
  return (
    <Card title="按月趋势" size="small" loading={!result.data && !result.error}>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {points.length > 0 ? (
        <Chart option={option} height={280} testId="chart-by-month" />
      ) : (
        !result.error && <Empty description="暂无数据" />
      )}
    </Card>
  );
}
