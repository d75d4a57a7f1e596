import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { beijingYear } from '../common/format';
import { EVALUATION_SCHEME_LABEL } from '../common/labels';
import type { AppraisalKind } from '../graphql/generated/enums';
import { AppraisalsDocument, type AppraisalDetailFragment } from '../graphql/generated/graphql';
import { CreateAppraisalDialog } from './appraisal-dialogs';
import {
  APPRAISAL_KIND_LABEL,
  APPRAISAL_STATUS_COLOR,
  APPRAISAL_STATUS_LABEL,
  optionsOf,
} from './appraisal-labels';
import { ResultTag } from './appraisal-results';
import { rankedSubjects } from './appraisal-values';

const CURRENT_YEAR = beijingYear();
const YEARS = Array.from({ length: 7 }, (_, index) => CURRENT_YEAR + 1 - index);
// urql re-runs a query whenever its context object changes: one object for every render.
const CONTEXT = { additionalTypenames: ['Appraisal'] };

/**
 * 评议: the appraisals of the office's subtree held in a year (履职评议、营商环境评议、“四个满意”评议 …), each
 * with its subjects' results in ranking order; the coordinator organises a new one here.
 */
export default function AppraisalsPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [year, setYear] = useState(CURRENT_YEAR);
  const [kind, setKind] = useState<AppraisalKind | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [result] = useQuery({
    query: AppraisalsDocument,
    variables: { filter: { year, ...(kind && { kind }) } },
    context: CONTEXT,
  });
  const acting = user.roles.includes('COORDINATOR');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space align="center" wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="appraisals-title">
            评议
          </Typography.Title>
          <Select
            aria-label="年度"
            value={year}
            style={{ width: 120 }}
            options={YEARS.map((option) => ({ value: option, label: `${option} 年` }))}
            onChange={setYear}
          />
          <Select
            aria-label="评议类别"
            allowClear
            placeholder="全部类别"
            value={kind}
            style={{ width: 220 }}
            options={optionsOf(APPRAISAL_KIND_LABEL)}
            onChange={(value?: AppraisalKind) => setKind(value)}
          />
        </Space>
        {acting && (
          <Button type="primary" onClick={() => setCreating(true)}>
            新建评议
          </Button>
        )}
      </Space>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      <Table<AppraisalDetailFragment>
        rowKey="id"
        size="small"
        data-testid="appraisals"
        loading={result.fetching && !result.data}
        dataSource={result.data?.appraisals ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: `${year} 年没有评议` }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '评议',
            key: 'title',
            render: (_, appraisal) => <Link to={`/appraisals/${appraisal.id}`}>{appraisal.title}</Link>,
          },
          { title: '类别', key: 'kind', render: (_, appraisal) => APPRAISAL_KIND_LABEL[appraisal.kind] },
          {
            title: '测评方式',
            key: 'scheme',
            render: (_, appraisal) => EVALUATION_SCHEME_LABEL[appraisal.scheme],
          },
          { title: '评议日期', key: 'heldOn', render: (_, appraisal) => appraisal.heldOn },
          {
            title: '状态',
            key: 'status',
            render: (_, appraisal) => (
              <Tag color={APPRAISAL_STATUS_COLOR[appraisal.status]}>
                {APPRAISAL_STATUS_LABEL[appraisal.status]}
              </Tag>
            ),
          },
          {
            title: '结果(按排名)',
            key: 'results',
            render: (_, appraisal) => <ResultsInBrief appraisal={appraisal} />,
          },
        ]}
      />
      {creating && (
        <CreateAppraisalDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(`/appraisals/${id}`)}
        />
      )}
    </Space>
  );
}

/** The ranked subjects' results in a line; before any result, how many subjects there are. */
function ResultsInBrief({ appraisal }: { appraisal: AppraisalDetailFragment }) {
  const ranked = rankedSubjects(appraisal);
  if (ranked.length === 0) {
    return (
      <Typography.Text type="secondary">{appraisal.subjects.length} 个评议对象,尚无结果</Typography.Text>
    );
  }
  return (
    <Space size={4} wrap>
      {ranked.map((subject) => (
        <span key={subject.id}>
          {subject.rank}. {subject.name} <ResultTag result={subject.result} />
        </span>
      ))}
    </Space>
  );
}
