import { Alert, Card, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import {
  DashboardBreakdownDocument,
  DashboardTotalsDocument,
  ScopeTenantDocument,
} from '../graphql/generated/graphql';
import { DepartmentTable } from './department-table';
import { FigureCards } from './figure-cards';
import { ProgressCharts } from './progress-charts';
import { ProgressTrend } from './progress-trend';
import { ProjectTenantMatrix } from './project-tenant-matrix';
import { ScopeBreadcrumb } from './scope-breadcrumb';
import { TenantTable } from './tenant-table';

/**
 * 看板: the live figures of the signed-in tenant, or of a unit below it after drilling down
 * (/dashboard/:scopeTenantId). Each scope gets a fresh dashboard, so one scope's figures never linger under
 * another's title while the new ones load.
 */
export default function DashboardPage() {
  const { scopeTenantId } = useParams();
  return <ScopeDashboard key={scopeTenantId ?? ''} scopeTenantId={scopeTenantId} />;
}

/**
 * The totals are a small query of their own so they paint first; every section shows its own loading state
 * and its own error, so nothing blocks the page.
 */
function ScopeDashboard({ scopeTenantId }: { scopeTenantId: string | undefined }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const isDepartment = user.roles.includes('DEPARTMENT');
  const scopeId = scopeTenantId ?? user.tenant.id;
  const variables = { scopeTenantId: scopeTenantId ?? null };

  const [totals] = useQuery({ query: DashboardTotalsDocument, variables });
  const [breakdown] = useQuery({ query: DashboardBreakdownDocument, variables });
  const [scope] = useQuery({
    query: ScopeTenantDocument,
    variables: { id: scopeTenantId ?? '' },
    pause: !scopeTenantId,
  });
  const drill = useCallback((tenantId: string) => void navigate(`/dashboard/${tenantId}`), [navigate]);
  // A unit's figures are its ledger items: drilling down to a department opens them in the ledger.
  const drillToDepartment = useCallback(
    (departmentId: string) => void navigate(`/ledger?departmentId=${departmentId}`),
    [navigate],
  );

  const scopeName = scopeTenantId ? (scope.data?.tenant?.name ?? '…') : user.tenant.name;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <ScopeBreadcrumb home={user.tenant} scope={scopeTenantId ? scope.data?.tenant : null} />
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="dashboard-title">
          {isDepartment ? `${user.displayName} · 交办整改统计` : `${scopeName} · 联动监督进度`}
        </Typography.Title>
      </div>

      {totals.error && <Alert type="error" showIcon message={errorMessage(totals.error)} />}
      <FigureCards figures={totals.data?.progress[0]} loading={totals.fetching} />

      {breakdown.error && <Alert type="error" showIcon message={errorMessage(breakdown.error)} />}
      <ProgressCharts breakdown={breakdown.data} />
      <ProgressTrend scopeTenantId={variables.scopeTenantId} />

      {!isDepartment && (
        <Card title="项目 × 下级单位(问题数)" size="small">
          <ProjectTenantMatrix
            breakdown={breakdown.data}
            scopeId={scopeId}
            loading={breakdown.fetching && !breakdown.data}
            onDrill={drill}
          />
        </Card>
      )}
      {!isDepartment && (
        <Card title="下级单位" size="small">
          <TenantTable
            rows={breakdown.data?.byTenant ?? []}
            scopeId={scopeId}
            loading={breakdown.fetching && !breakdown.data}
            onDrill={drill}
          />
        </Card>
      )}
      <Card title="承办单位" size="small">
        <DepartmentTable
          rows={breakdown.data?.byDepartment ?? []}
          loading={breakdown.fetching && !breakdown.data}
          onDrill={isDepartment ? undefined : drillToDepartment}
        />
      </Card>
    </Space>
  );
}
