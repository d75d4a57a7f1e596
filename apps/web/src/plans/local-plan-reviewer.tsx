import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { LEVEL_LABEL, LOCAL_PLAN_STATUS_LABEL } from '../common/labels';
import type { LocalPlanStatus } from '../graphql/generated/enums';
import type { LocalPlanReviewRowFragment } from '../graphql/generated/graphql';
import { issuesBySection } from './conformance';
import { ConformanceSummary } from './conformance-summary';
import { canReviewLocalPlan } from './plan-permissions';
import { LOCAL_PLAN_STATUS_COLOR, SECTION_LABEL, SECTIONS } from './plan-labels';
import { ReviewActions } from './review-actions';
import { SectionIssues } from './section-issues';

/**
 * The reviewing tier's view of a filed local plan: who filed it, against which version, and its conformance
 * report section by section, with 通过 / 退回.
 */
export function LocalPlanReviewer({ plan }: { plan: LocalPlanReviewRowFragment }) {
  const user = useCurrentUser();
  // The decision taken here, while the plan (no longer waiting for review) drops out of the review list.
  const [decided, setDecided] = useState<LocalPlanStatus | null>(null);
  const status = decided ?? plan.status;
  const grouped = issuesBySection(plan.conformance.issues);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label="报备单位">
          {plan.assignment.tenant.name}({LEVEL_LABEL[plan.assignment.tenant.level]})
        </Descriptions.Item>
        <Descriptions.Item label="联动项目">
          <Link to={`/plans/projects/${plan.assignment.project.id}`}>{plan.assignment.project.title}</Link>
        </Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={LOCAL_PLAN_STATUS_COLOR[status]} data-testid="local-plan-status">
            {LOCAL_PLAN_STATUS_LABEL[status]}(依据第 {plan.basedOnVersion} 版)
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="符合性">
          <ConformanceSummary issues={plan.conformance.issues} />
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title="符合性检查(对照统一方案)">
        {SECTIONS.map((section) => (
          <div key={section}>
            <Typography.Title level={5}>{SECTION_LABEL[section]}</Typography.Title>
            {grouped[section] ? (
              <SectionIssues issues={grouped[section]} />
            ) : (
              <Typography.Paragraph type="secondary">未发现问题</Typography.Paragraph>
            )}
          </div>
        ))}
      </Card>
      {canReviewLocalPlan(user, status) && (
        <ReviewActions localPlanId={plan.id} conforms={plan.conformance.conforms} onDecided={setDecided} />
      )}
    </Space>
  );
}
