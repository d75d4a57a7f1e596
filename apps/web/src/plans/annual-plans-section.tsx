import { Alert, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { ANNUAL_PLAN_STATUS_LABEL } from '../common/labels';
import {
  PlansAdoptAnnualPlanDocument,
  PlansAnnualPlansDocument,
  type PlansAnnualPlansQuery,
} from '../graphql/generated/graphql';
import { AnnualPlanModal } from './annual-plan-modal';
import { CreateProjectModal, type FromItem } from './create-project-modal';
import { canIssue } from './plan-permissions';
import { ANNUAL_PLAN_STATUS_COLOR } from './plan-labels';

type AnnualPlan = PlansAnnualPlansQuery['annualPlans'][number];

// Every annual-plan query refreshes after a plan, its adoption or a project made from one of its items.
const CONTEXT = { additionalTypenames: ['AnnualPlan', 'PlanItem', 'JointProject'] };

/** 年度监督工作计划 of the year: each plan with its items; the issuer drafts, adopts and makes joint projects. */
export function AnnualPlansSection({ year }: { year: number }) {
  const user = useCurrentUser();
  const [plans] = useQuery({ query: PlansAnnualPlansDocument, variables: { year }, context: CONTEXT });
  const [drafting, setDrafting] = useState(false);
  const [fromItem, setFromItem] = useState<FromItem | null>(null);
  const issuing = canIssue(user);
  const list = plans.data?.annualPlans ?? [];

  return (
    <Card
      title="年度监督工作计划"
      size="small"
      data-testid="annual-plans"
      extra={
        issuing && (
          <Button type="primary" onClick={() => setDrafting(true)}>
            制定年度计划
          </Button>
        )
      }
    >
      {plans.error && <Alert type="error" showIcon message={errorMessage(plans.error)} />}
      {!plans.error && list.length === 0 && (
        <Empty description={plans.fetching ? '加载中…' : `${year} 年暂无年度监督工作计划`} />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        {list.map((plan) => (
          <AnnualPlanCard
            key={plan.id}
            plan={plan}
            mine={issuing && plan.issuer.id === user.tenant.id}
            onMakeProject={setFromItem}
          />
        ))}
      </Space>
      {drafting && <AnnualPlanModal year={year} onClose={() => setDrafting(false)} />}
      {fromItem && <CreateProjectModal year={year} fromItem={fromItem} onClose={() => setFromItem(null)} />}
    </Card>
  );
}

function AnnualPlanCard({
  plan,
  mine,
  onMakeProject,
}: {
  plan: AnnualPlan;
  mine: boolean;
  onMakeProject: (item: FromItem) => void;
}) {
  const [adoption, adopt] = useMutation(PlansAdoptAnnualPlanDocument);
  const keyCount = plan.items.filter((item) => item.isKey).length;
  const jointCount = plan.items.filter((item) => item.isJoint).length;
  return (
    <Card
      type="inner"
      size="small"
      title={
        <Space>
          <span>{plan.title}</span>
          <Tag color={ANNUAL_PLAN_STATUS_COLOR[plan.status]}>{ANNUAL_PLAN_STATUS_LABEL[plan.status]}</Tag>
          <Typography.Text type="secondary">
            {plan.issuer.name} · 共 {plan.items.length} 项,重点 {keyCount} 项,联动 {jointCount} 项
          </Typography.Text>
        </Space>
      }
      extra={
        mine &&
        plan.status === 'DRAFT' && (
          <Popconfirm
            title="通过后计划即冻结,不能再修改。确定通过?"
            okText="通过"
            cancelText="取消"
            onConfirm={() => void adopt({ id: plan.id }, CONTEXT)}
          >
            <Button loading={adoption.fetching}>通过计划</Button>
          </Popconfirm>
        )
      }
    >
      {adoption.error && <Alert type="error" showIcon message={errorMessage(adoption.error)} />}
      <Table
        rowKey="id"
        size="small"
        pagination={plan.items.length > 20 ? { pageSize: 20 } : false}
        dataSource={plan.items}
        columns={[
          { title: '监督项目', dataIndex: 'title' },
          {
            title: '类别',
            width: 140,
            render: (_, item) => (
              <Space size={4}>
                {item.isKey && <Tag color="red">重点</Tag>}
                {item.isJoint && <Tag color="blue">联动</Tag>}
              </Space>
            ),
          },
          {
            title: '联动项目',
            width: 260,
            render: (_, item) => {
              if (item.jointProject) {
                return (
                  <Link to={`/plans/projects/${item.jointProject.id}`}>
                    {item.jointProject.title}(第 {item.jointProject.version} 版)
                  </Link>
                );
              }
              if (item.isJoint && mine) {
                return (
                  <Button size="small" onClick={() => onMakeProject({ id: item.id, title: item.title })}>
                    创建联动项目
                  </Button>
                );
              }
              return item.isJoint ? <Typography.Text type="secondary">尚未创建</Typography.Text> : '—';
            },
          },
        ]}
      />
    </Card>
  );
}
