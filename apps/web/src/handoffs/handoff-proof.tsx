import { Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { formatMinute } from '../common/format';
import { FindingEvidence } from '../findings/finding-evidence';
import type { HandoffDetailFragment } from '../graphql/generated/graphql';
import {
  FINDING_VERIFICATION_RESULT_COLOR,
  FINDING_VERIFICATION_RESULT_LABEL,
  VERIFICATION_METHOD_LABEL,
} from './verification-labels';

type Findings = HandoffDetailFragment['findings'];

function findingTitle(findings: Findings, findingId: string | null | undefined): string {
  if (!findingId) {
    return '整体佐证';
  }
  return findings.find((finding) => finding.id === findingId)?.title ?? '(无权查看的问题)';
}

/** 整改报告与佐证: each report with the files it cites, grouped by the finding each proves. */
export function HandoffReports({ handoff }: { handoff: HandoffDetailFragment }) {
  if (handoff.reports.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未报告整改情况" />;
  }
  return (
    <List
      data-testid="handoff-reports"
      dataSource={handoff.reports}
      renderItem={(report) => {
        const groups = [...new Set(report.evidence.map((one) => one.findingId ?? null))];
        return (
          <List.Item key={report.id}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space>
                <Tag color={report.final ? 'green' : 'blue'}>{report.final ? '办结报告' : '进展报告'}</Tag>
                <Typography.Text type="secondary">
                  完成 {report.percentDone}% · {formatMinute(report.at)}
                </Typography.Text>
              </Space>
              <div style={{ whiteSpace: 'pre-wrap' }}>{report.measures}</div>
              {groups.length === 0 && <Typography.Text type="secondary">未附整改佐证</Typography.Text>}
              {groups.map((findingId) => (
                <div key={findingId ?? 'whole'}>
                  <Typography.Text strong>{findingTitle(handoff.findings, findingId)}</Typography.Text>
                  <FindingEvidence
                    evidence={report.evidence
                      .filter((one) => (one.findingId ?? null) === findingId)
                      .map((one) => one.file)}
                  />
                </div>
              ))}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

/** 核查销号记录: each verification's method, verifiers and result per finding, oldest first. */
export function HandoffVerifications({ handoff }: { handoff: HandoffDetailFragment }) {
  if (handoff.verifications.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未核查" />;
  }
  return (
    <List
      data-testid="handoff-verifications"
      dataSource={handoff.verifications}
      renderItem={(verification, index) => (
        <List.Item key={verification.id}>
          <Descriptions
            size="small"
            column={1}
            title={
              <Space>
                <span>第 {index + 1} 次核查</span>
                <Tag color={verification.closed ? 'green' : 'orange'}>
                  {verification.closed ? '已销号' : '未销号'}
                </Tag>
              </Space>
            }
            items={[
              {
                key: 'method',
                label: '核查方式',
                children: verification.method
                  ? VERIFICATION_METHOD_LABEL[verification.method]
                  : '验收(通过/不通过)',
              },
              {
                key: 'verifiers',
                label: '核查人员',
                children:
                  verification.verifiers.length > 0
                    ? verification.verifiers
                        .map((one) => (one.deputy ? `${one.name}(代表)` : one.name))
                        .join('、')
                    : '—',
              },
              {
                key: 'results',
                label: '逐项结果',
                children: (
                  <Space direction="vertical" size={2}>
                    {verification.results.map((one) => (
                      <span key={one.findingId}>
                        {findingTitle(handoff.findings, one.findingId)}{' '}
                        <Tag color={FINDING_VERIFICATION_RESULT_COLOR[one.result]}>
                          {FINDING_VERIFICATION_RESULT_LABEL[one.result]}
                        </Tag>
                        {one.opinion && <Typography.Text type="secondary">{one.opinion}</Typography.Text>}
                      </span>
                    ))}
                  </Space>
                ),
              },
              { key: 'opinion', label: '核查意见', children: verification.opinion ?? '—' },
              { key: 'at', label: '核查时间', children: formatMinute(verification.verifiedAt) },
            ]}
          />
        </List.Item>
      )}
    />
  );
}
