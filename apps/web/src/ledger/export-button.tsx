import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiFetch } from '../auth/auth-context';
import { downloadFile } from '../common/download';
import { ledgerExportPath, type LedgerChoices } from './ledger-filter';

/** 导出 Excel: the ledger under the same filter, as the office keeps it; a failure shows beside the button. */
export function ExportButton({ choices }: { choices: LedgerChoices }) {
  const apiFetch = useApiFetch();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setExporting(true);
    setError(null);
    setError(await downloadFile(apiFetch, ledgerExportPath(choices), '整改台账.xlsx'));
    setExporting(false);
  };

  return (
    <Space>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
      <Button loading={exporting} onClick={() => void download()}>
        导出 Excel
      </Button>
    </Space>
  );
}
