import { Button, List, Typography } from 'antd';
import { useState } from 'react';
import { useApiFetch } from '../auth/auth-context';
import { downloadFile } from '../common/download';
import type { FindingDetail } from './finding-detail-types';

function fileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 证据材料: each file downloads with the session's token; a failed download says why beside its file. */
export function FindingEvidence({ evidence }: { evidence: FindingDetail['evidence'] }) {
  const apiFetch = useApiFetch();
  const [downloading, setDownloading] = useState<string | null>(null);
  const [failures, setFailures] = useState<Record<string, string>>({});

  const download = async (file: FindingDetail['evidence'][number]) => {
    setDownloading(file.sha256);
    const failure = await downloadFile(apiFetch, file.url, file.name);
    setDownloading(null);
    setFailures((all) => {
      const others = Object.fromEntries(Object.entries(all).filter(([sha256]) => sha256 !== file.sha256));
      return failure ? { ...others, [file.sha256]: failure } : others;
    });
  };

  return (
    <List
      size="small"
      dataSource={evidence}
      locale={{ emptyText: '未附证据材料' }}
      renderItem={(file) => (
        <List.Item
          actions={[
            <Button
              key="download"
              type="link"
              size="small"
              loading={downloading === file.sha256}
              onClick={() => void download(file)}
            >
              下载
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={file.name}
            description={
              <>
                {fileSize(file.size)}
                {failures[file.sha256] && (
                  <Typography.Text type="danger" style={{ marginLeft: 8 }}>
                    {failures[file.sha256]}
                  </Typography.Text>
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
