import { Alert, Breadcrumb, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { HandoffDocument } from '../graphql/generated/graphql';
import { HandoffActionsBar } from './handoff-actions-bar';
import { HandoffFindings } from './handoff-findings';
import { HandoffHistory } from './handoff-history';
import { HandoffOpinion } from './handoff-opinion';
import { HandoffReports, HandoffVerifications } from './handoff-proof';
import { HandoffSummary } from './handoff-summary';
import { HandoffLettersCard } from '../results/handoff-letters-card';
import { HandoffReferralsCard } from '../referrals/referrals-cards';

/** 交办详情: one handoff with its history, its findings and what this account may do on it. */
export default function HandoffPage() {
  const { handoffId = '' } = useParams();
  const user = useCurrentUser();
  const [result] = useQuery({ query: HandoffDocument, variables: { id: handoffId } });
  const handoff = result.data?.handoff;
  const listName = user.roles.includes('DEPARTMENT') ? '交办件' : '交办';

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Breadcrumb items={[{ title: <Link to="/handoffs">{listName}</Link> }, { title: '交办详情' }]} />
        <Typography.Title level={3} style={{ marginTop: 8 }} data-testid="handoff-title">
          {handoff ? `交办详情 · ${handoff.letterNo ?? '(未编号)'}` : '交办详情'}
        </Typography.Title>
      </div>
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {!result.error && !result.fetching && !handoff && (
        <Alert type="warning" showIcon message="未找到该交办事项,或无权查看" />
      )}
      {!handoff && result.fetching && <Skeleton active />}
      {handoff && (
        <>
          <Card size="small">
            <HandoffSummary handoff={handoff} />
            <div style={{ marginTop: 16 }}>
              <HandoffActionsBar handoff={handoff} />
            </div>
          </Card>
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Card size="small" title="办理过程">
                <HandoffHistory handoff={handoff} />
              </Card>
              <Card size="small" title="整改报告与佐证" style={{ marginTop: 16 }}>
                <HandoffReports handoff={handoff} />
              </Card>
              <Card size="small" title="核查销号记录" style={{ marginTop: 16 }}>
                <HandoffVerifications handoff={handoff} />
              </Card>
              <div style={{ marginTop: 16 }}>
                <HandoffLettersCard handoffId={handoff.id} />
              </div>
              {!user.roles.includes('DEPARTMENT') && (
                <div style={{ marginTop: 16 }}>
                  <HandoffReferralsCard handoffId={handoff.id} />
                </div>
              )}
            </Col>
            <Col xs={24} lg={10}>
              {handoff.opinion ? (
                <Card size="small" title={handoff.kind === 'RESOLUTION' ? '决议' : '审议意见'}>
                  <HandoffOpinion opinion={handoff.opinion} itemId={handoff.id} />
                </Card>
              ) : (
                <Card size="small" title="涉及问题">
                  <HandoffFindings findings={handoff.findings} />
                </Card>
              )}
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
