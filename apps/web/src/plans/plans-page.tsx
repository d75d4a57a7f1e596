import { Alert, Select, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { beijingYear } from '../common/format';
import { PlanYearsDocument } from '../graphql/generated/graphql';
import { AnnualPlansSection } from './annual-plans-section';
import { JointProjectsSection } from './joint-projects-section';
import { LocalPlansReviewSection } from './local-plans-review-section';
import { PlanFigures } from './plan-figures';
import { planYears } from './plan-years';

const CURRENT_YEAR = beijingYear();

// urql re-runs a query whenever its context object changes: one object for every render.
const YEARS_CONTEXT = { additionalTypenames: ['AnnualPlan', 'JointProject'] };
/**
 * 监督计划: the year's annual plans and joint projects, and the local plans waiting for this tier's review.
 * The page opens on the latest year with data; each section loads and fails on its own.
 */
export default function PlansPage() {
  const [years] = useQuery({
    query: PlanYearsDocument,
    context: YEARS_CONTEXT,
  });
  const [picked, setPicked] = useState<number | null>(null);
  const known = years.data
    ? [...years.data.annualPlans.map((plan) => plan.year), ...years.data.jointProjects.map((p) => p.year)]
    : [];
  const { years: options, initial } = planYears(known, CURRENT_YEAR);
  const year = picked ?? initial;
  // The year's sections wait for the years, so they never show an empty year before the one with data.
  const yearKnown = picked !== null || Boolean(years.data) || Boolean(years.error);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plans-title">
          监督计划
        </Typography.Title>
        <Select
          aria-label="年度"
          data-testid="year-picker"
          value={year}
          style={{ width: 120 }}
          options={options.map((option) => ({ value: option, label: `${option} 年` }))}
          onChange={setPicked}
        />
      </Space>
      {years.error && <Alert type="error" showIcon message={errorMessage(years.error)} />}
      {yearKnown ? (
        <>
          <PlanFigures year={year} />
          <AnnualPlansSection year={year} />
          <JointProjectsSection year={year} />
        </>
      ) : (
        <Skeleton active />
      )}
      <LocalPlansReviewSection />
    </Space>
  );
}
