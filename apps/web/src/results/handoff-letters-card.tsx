import { Alert, App, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useCurrentUser } from '../auth/auth-context';
import { errorMessage } from '../common/error-message';
import { formatMinute } from '../common/format';
import {
  GenerateHandoffLetterDocument,
  HandoffLettersDocument,
  type GeneratedDocumentRowFragment,
} from '../graphql/generated/graphql';
import { DOCUMENT_KIND_LABEL, fileSize } from './document-labels';
import { DownloadButton } from './download-button';

const LETTERS_CONTEXT = { additionalTypenames: ['GeneratedDocument'] };

/** 函件: the handoff's 交办函 and 督办函, every version; the handing-over tier generates them. */
export function HandoffLettersCard({ handoffId }: { handoffId: string }) {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const [result] = useQuery({
    query: HandoffLettersDocument,
    variables: { id: handoffId },
    context: LETTERS_CONTEXT,
  });
  const [generating, generate] = useMutation(GenerateHandoffLetterDocument);
  const [escalationId, setEscalationId] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const handoff = result.data?.handoff;
  const mayGenerate = Boolean(
    handoff && user.roles.includes('COORDINATOR') && handoff.fromTenant.id === user.tenant.id,
  );

  const run = async (kind: 'HANDOFF' | 'PRESSING') => {
    setError(null);
    const outcome = await generate(
      { handoffId, kind, escalationId: kind === 'PRESSING' ? escalationId : undefined },
      LETTERS_CONTEXT,
    );
    if (outcome.error) {
      setError(errorMessage(outcome.error));
      return;
    }
    void message.success(`已生成${kind === 'HANDOFF' ? '交办函' : '督办函'}`);
  };

  return (
    <Card size="small" title="函件" data-testid="letters-card">
      {result.error && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {mayGenerate && handoff && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" loading={generating.fetching} onClick={() => void run('HANDOFF')}>
            生成交办函
          </Button>
          {handoff.escalations.length > 0 && (
            <>
              <Select
                placeholder="选择督办记录"
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 200 }}
                value={escalationId}
                onChange={setEscalationId}
                aria-label="督办记录"
                options={handoff.escalations.map((step) => ({
                  value: step.id,
                  label: `第${step.level}级 · ${step.name}`,
                }))}
              />
              <Button
                disabled={!escalationId}
                loading={generating.fetching}
                onClick={() => void run('PRESSING')}
              >
                生成督办函
              </Button>
            </>
          )}
        </Space>
      )}
      <Table<GeneratedDocumentRowFragment>
        size="small"
        rowKey="id"
        pagination={false}
        loading={result.fetching && !handoff}
        dataSource={handoff?.letters ?? []}
        locale={{ emptyText: '暂无函件' }}
        columns={[
          { title: '类别', key: 'kind', render: (_, row) => <Tag>{DOCUMENT_KIND_LABEL[row.kind]}</Tag> },
          { title: '文号', dataIndex: 'number' },
          { title: '版本', key: 'version', render: (_, row) => `第${row.version}版` },
          { title: '生成时间', key: 'at', render: (_, row) => formatMinute(row.generatedAt) },
          { title: '大小', key: 'size', render: (_, row) => fileSize(row.file.size) },
          {
            title: '',
            key: 'download',
            render: (_, row) => <DownloadButton url={row.downloadUrl} name={row.file.name} />,
          },
        ]}
      />
    </Card>
  );
}
