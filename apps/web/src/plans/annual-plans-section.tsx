import { Alert, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { ANNUAL_PLAN_STATUS_LABEL, PLAN_ITEM_STATUS_COLOR, PLAN_ITEM_STATUS_LABEL } from '../common/labels';
import {
  PlansAdoptAnnualPlanDocument,
  PlansAnnualPlansDocument,
  type PlanItemRowFragment,
  type PlansAnnualPlansQuery,
} from '../graphql/generated/graphql';
import { AnnualPlanModal } from './annual-plan-modal';
import { CreateProjectModal, type FromItem } from './create-project-modal';
import { planItemActions, scheduleText } from './plan-item-actions';
import { PlanItemActionsCell } from './plan-item-actions-cell';
import { canIssue } from './plan-permissions';
import { ANNUAL_PLAN_STATUS_COLOR } from './plan-labels';

type AnnualPlan = PlansAnnualPlansQuery['annualPlans'][number];

// Every annual-plan query refreshes after a plan, its adoption or a project made from one of its items.
const CONTEXT = { additionalTypenames: ['AnnualPlan', 'PlanItem', 'JointProject', 'Assignment'] };

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
  const user = useCurrentUser();
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
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '监督项目', dataIndex: 'title' },
          {
            title: '类别',
            width: 110,
            render: (_, item) => (
              <Space size={4}>
                {item.isKey && <Tag color="red">重点</Tag>}
                {item.isJoint && <Tag color="blue">联动</Tag>}
              </Space>
            ),
          },
          { title: '计划月份/会议', key: 'schedule', render: (_, item) => scheduleText(item) },
          { title: '监督方式', key: 'method', render: (_, item) => item.method ?? '—' },
          { title: '牵头委室', key: 'leadCommittee', render: (_, item) => item.leadCommittee?.name ?? '—' },
          {
            title: '状态',
            key: 'status',
            render: (_, item) => <PlanItemStatusCell item={item} />,
          },
          {
            title: '联动项目',
            width: 220,
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
          {
            title: '操作',
            key: 'actions',
            render: (_, item) => (
              <PlanItemActionsCell
                item={item}
                actions={planItemActions(user, {
                  status: item.status,
                  leadCommitteeId: item.leadCommittee?.id ?? null,
                  plan: { status: plan.status, issuerId: plan.issuer.id },
                })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** 未启动 / 已启动 / 已完成 / 已调整, 逾期 beside it; an adjusted item says why and by what decision. */
function PlanItemStatusCell({ item }: { item: PlanItemRowFragment }) {
  return (
    <Space direction="vertical" size={0}>
      <Space size={4}>
        <Tag color={PLAN_ITEM_STATUS_COLOR[item.status]} data-testid="plan-item-status">
          {PLAN_ITEM_STATUS_LABEL[item.status]}
        </Tag>
        {item.overdue && <Tag color="red">逾期</Tag>}
      </Space>
      {item.status === 'ADJUSTED' && (
        <Typography.Text
          type="secondary"
          ellipsis={{ tooltip: true }}
          style={{ fontSize: 12, maxWidth: 220 }}
          data-testid="plan-item-adjustment"
        >
          {item.adjustDecision}:{item.adjustReason}
        </Typography.Text>
      )}
    </Space>
  );
}
