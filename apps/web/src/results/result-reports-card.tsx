import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatMinute } from '../common/format';
import {
  GenerateProjectReportDocument,
  ProjectResultReportsDocument,
  RecordReportDeliveryDocument,
  RecordReportFeedbackDocument,
  type ResultReportRowFragment,
} from '../graphql/generated/graphql';
import type { DeliveryRecipient } from '../graphql/generated/enums';
import { ActionModal, type FormValues } from '../handoffs/action-modal';
import { RECIPIENT_LABEL } from './document-labels';
import { DownloadButton } from './download-button';

const REPORTS_CONTEXT = { additionalTypenames: ['GeneratedDocument', 'ReportDelivery'] };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const day = (value: unknown): string => (value as Dayjs | undefined)?.format('YYYY-MM-DD') ?? '';

type Dialog = { kind: 'delivery'; documentId: string } | { kind: 'feedback'; deliveryId: string } | null;

/** 成果报告: generate the report of the caller's node, download it, record to whom it went and the feedback. */
export function ResultReportsCard({ projectId }: { projectId: string }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [result] = useQuery({
    query: ProjectResultReportsDocument,
    variables: { id: projectId },
    context: REPORTS_CONTEXT,
  });
  const [generating, generate] = useMutation(GenerateProjectReportDocument);
  const [, deliver] = useMutation(RecordReportDeliveryDocument);
  const [, recordFeedback] = useMutation(RecordReportFeedbackDocument);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const reports = result.data?.jointProject?.resultReports ?? [];
  const mayWrite = user.roles.includes('COORDINATOR');

  const run = async () => {
    setError(null);
    const outcome = await generate({ projectId }, REPORTS_CONTEXT);
    if (outcome.error) {
      setError(errorMessage(outcome.error));
      return;
    }
    void message.success('已生成成果报告');
  };

  return (
    <Card size="small" title="成果报告" data-testid="result-reports-card">
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {mayWrite && (
        <Button
          type="primary"
          loading={generating.fetching}
          onClick={() => void run()}
          style={{ marginBottom: 12 }}
        >
          生成本级成果报告
        </Button>
      )}
      <Table<ResultReportRowFragment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={reports}
        loading={result.fetching && !result.data}
        locale={{ emptyText: '尚未生成成果报告' }}
        expandable={{
          rowExpandable: (row) => row.deliveries.length > 0,
          expandedRowRender: (row) => (
            <List
              size="small"
              dataSource={row.deliveries}
              renderItem={(delivery) => (
                <List.Item
                  actions={
                    !delivery.feedback && mayWrite && row.authorTenantId === user.tenant.id
                      ? [
                          <Button
                            key="feedback"
                            size="small"
                            onClick={() => setDialog({ kind: 'feedback', deliveryId: delivery.id })}
                          >
                            登记反馈
                          </Button>,
                        ]
                      : []
                  }
                >
                  <Space direction="vertical" size={0}>
                    <Typography.Text>
                      {delivery.deliveredOn} 报送{RECIPIENT_LABEL[delivery.recipientKind]}:
                      {delivery.recipient}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {delivery.feedback
                        ? `反馈(${delivery.feedbackReceivedOn ?? ''}):${delivery.feedback}`
                        : '尚无反馈'}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { title: '文号', dataIndex: 'number' },
          { title: '版本', key: 'version', render: (_, row) => `第${row.version}版` },
          { title: '生成时间', key: 'at', render: (_, row) => formatMinute(row.generatedAt) },
          { title: '报送', key: 'deliveries', render: (_, row) => `${row.deliveries.length} 次` },
          {
            title: '',
            key: 'actions',
            render: (_, row) => (
              <Space>
                <DownloadButton url={row.downloadUrl} name={row.file.name} />
                {mayWrite && row.authorTenantId === user.tenant.id && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setDialog({ kind: 'delivery', documentId: row.id })}
                  >
                    登记报送
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ActionModal
        open={dialog?.kind === 'delivery'}
        title="登记报送"
        okText="登记"
        success="已登记报送"
        onClose={() => setDialog(null)}
        initialValues={{ recipientKind: 'PARTY_COMMITTEE' }}
        onSubmit={(values: FormValues) =>
          deliver(
            {
              documentId: dialog?.kind === 'delivery' ? dialog.documentId : '',
              input: {
                recipient: text(values['recipient']),
                recipientKind: values['recipientKind'] as DeliveryRecipient,
                deliveredOn: day(values['deliveredOn']),
              },
            },
            REPORTS_CONTEXT,
          )
        }
      >
        <Form.Item name="recipientKind" label="报送对象类别" rules={[{ required: true }]}>
          <Select
            options={Object.entries(RECIPIENT_LABEL).map(([value, label]) => ({ value, label }))}
            aria-label="报送对象类别"
          />
        </Form.Item>
        <Form.Item name="recipient" label="报送对象" rules={[{ required: true, message: '请填写报送对象' }]}>
          <Input placeholder="如:中共洛阳市委" />
        </Form.Item>
        <Form.Item
          name="deliveredOn"
          label="报送日期"
          rules={[{ required: true, message: '请选择报送日期' }]}
        >
          <DatePicker />
        </Form.Item>
      </ActionModal>
      <ActionModal
        open={dialog?.kind === 'feedback'}
        title="登记反馈"
        okText="登记"
        success="已登记反馈"
        onClose={() => setDialog(null)}
        onSubmit={(values: FormValues) =>
          recordFeedback(
            {
              deliveryId: dialog?.kind === 'feedback' ? dialog.deliveryId : '',
              feedback: text(values['feedback']),
              receivedOn: day(values['receivedOn']),
            },
            REPORTS_CONTEXT,
          )
        }
      >
        <Form.Item name="feedback" label="反馈意见" rules={[{ required: true, message: '请填写反馈意见' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="receivedOn" label="反馈日期" rules={[{ required: true, message: '请选择反馈日期' }]}>
          <DatePicker />
        </Form.Item>
      </ActionModal>
    </Card>
  );
}
