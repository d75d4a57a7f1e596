import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApiFetch } from '../auth/auth-context';
import { downloadFile } from '../common/download';
import { importOutcome, type ImportOutcome, type ImportProblem } from '../tasks/import-result';

interface Imported {
  outcome: ImportOutcome;
  /** The API's answer as sent: what was created, for the caller to show. */
  body: unknown;
}

/**
 * Excel 导入 of an office's units or accounts: the template, and the upload of a filled one. All or nothing,
 * as the findings import: a refusal lists every bad cell by row and column, and nothing is stored.
 */
export function SheetImport({
  what,
  templatePath,
  templateName,
  importPath,
  onImported,
  renderImported,
}: {
  /** What a row is, e.g. 承办单位. */
  what: string;
  templatePath: string;
  templateName: string;
  importPath: string;
  onImported: () => void;
  /** Shown under the success message, e.g. the accounts created with their temporary passwords. */
  renderImported?: (body: unknown) => ReactNode;
}) {
  const apiFetch = useApiFetch();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<Imported | null>(null);

  const download = async () => {
    setDownloading(true);
    setDownloadError(await downloadFile(apiFetch, templatePath, templateName));
    setDownloading(false);
  };

  const upload = async (file: File) => {
    setImporting(true);
    setImported(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const response = await apiFetch(importPath, { method: 'POST', body });
      const json: unknown = await response.json().catch(() => null);
      const outcome = importOutcome(response.ok, response.status, json);
      setImported({ outcome, body: json });
      if (outcome.kind === 'imported') {
        onImported();
      }
    } catch {
      setImported({
        outcome: { kind: 'rejected', message: '无法连接服务器,请检查网络后重试', problems: [] },
        body: null,
      });
    } finally {
      setImporting(false);
    }
  };

  const outcome = imported?.outcome;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        下载模板,按表头填写后上传。导入时逐行检查,有任何一处错误则整份文件都不导入。
      </Typography.Text>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
          下载模板
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            // Sent by upload() through the signed fetch, not by antd's own request.
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={importing} data-testid="import-upload">
            上传并导入
          </Button>
        </Upload>
        {downloadError && <Typography.Text type="danger">{downloadError}</Typography.Text>}
      </Space>
      {outcome?.kind === 'imported' && (
        <>
          <Alert
            type="success"
            showIcon
            data-testid="import-result"
            message={`导入成功,共新增 ${outcome.count} 个${what}`}
          />
          {renderImported?.(imported?.body)}
        </>
      )}
      {outcome?.kind === 'rejected' && (
        <>
          <Alert
            type="error"
            showIcon
            data-testid="import-result"
            message={
              outcome.problems.length > 0
                ? `${outcome.problems.length} 处错误,未导入任何${what}`
                : outcome.message
            }
            description={outcome.problems.length > 0 ? '请按下表修改文件后重新上传。' : `未导入任何${what}。`}
          />
          {outcome.problems.length > 0 && (
            <Table<ImportProblem>
              size="small"
              rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`}
              dataSource={outcome.problems}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              data-testid="import-problems"
              columns={[
                { title: '行号', dataIndex: 'row', width: 80, render: (row: number) => `第 ${row} 行` },
                { title: '列', dataIndex: 'column' },
                { title: '单元格', dataIndex: 'cell' },
                {
                  title: '原因',
                  dataIndex: 'message',
                  render: (text: string) => <Typography.Text type="danger">{text}</Typography.Text>,
                },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
