import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useApiFetch } from '../auth/auth-context';
import { downloadFile } from '../common/download';
import { importOutcome, type ImportOutcome, type ImportProblem } from './import-result';

/**
 * Excel 导入: the template (with this project's checklist when downloaded for the assignment) and the upload
 * of a filled one. The import is all or nothing: a refusal lists every bad cell by row and column.
 */
export function ExcelImport({
  assignmentId,
  onImported,
}: {
  assignmentId: string;
  onImported: (count: number) => void;
}) {
  const apiFetch = useApiFetch();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const query = `assignmentId=${encodeURIComponent(assignmentId)}`;

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    setDownloadError(await downloadFile(apiFetch, `/templates/findings.xlsx?${query}`, '问题导入模板.xlsx'));
    setDownloading(false);
  };

  const upload = async (file: File) => {
    setImporting(true);
    setOutcome(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const response = await apiFetch(`/imports/findings?${query}`, { method: 'POST', body });
      const json: unknown = await response.json().catch(() => null);
      const result = importOutcome(response.ok, response.status, json);
      setOutcome(result);
      if (result.kind === 'imported') {
        onImported(result.count);
      }
    } catch {
      setOutcome({ kind: 'rejected', message: '无法连接服务器,请检查网络后重试', problems: [] });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        下载模板,按表头填写问题后上传。导入时逐行检查,有任何一处错误则整份文件都不导入。
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
            // The file is sent by upload() through the signed fetch, not by antd's own request.
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
        <Alert
          type="success"
          showIcon
          data-testid="import-result"
          message={`导入成功,共保存 ${outcome.count} 条问题`}
        />
      )}
      {outcome?.kind === 'rejected' && (
        <>
          <Alert
            type="error"
            showIcon
            data-testid="import-result"
            message={
              outcome.problems.length > 0
                ? `${outcome.problems.length} 处错误,未导入任何问题`
                : outcome.message
            }
            description={outcome.problems.length > 0 ? '请按下表修改文件后重新上传。' : '未导入任何问题。'}
          />
          {outcome.problems.length > 0 && (
            <Table<ImportProblem>
              size="small"
              rowKey={(problem) => `${problem.row}-${problem.column}-${problem.message}`}
              dataSource={outcome.problems}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              data-testid="import-problems"
              columns={[
                { title: '行号', dataIndex: 'row', width: 72, render: (row: number) => `第 ${row} 行` },
                { title: '列', dataIndex: 'column' },
                { title: '单元格', dataIndex: 'cell' },
                {
                  title: '原因',
                  dataIndex: 'message',
                  render: (message: string) => <Typography.Text type="danger">{message}</Typography.Text>,
                },
              ]}
            />
          )}
        </>
      )}
    </Space>
  );
}
