import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useApiFetch } from '../auth/auth-context';
import { downloadFile } from '../common/download';

/** Downloads a generated document through the file route, under its stored name. */
export function DownloadButton({ url, name }: { url: string; name: string }) {
  const apiFetch = useApiFetch();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setError(null);
    setError(await downloadFile(apiFetch, url, name));
    setBusy(false);
  };

  return (
    <>
      <Button
        size="small"
        type="link"
        loading={busy}
        onClick={() => void download()}
        aria-label={`下载 ${name}`}
      >
        下载
      </Button>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </>
  );
}
