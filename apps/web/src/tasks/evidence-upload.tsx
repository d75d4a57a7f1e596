import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import type { ApiFetch } from '../auth/api-fetch';
import { useApiFetch } from '../auth/auth-context';
import { responseError } from '../common/download';

/** POST /files answers the stored file's SHA-256, by which a finding cites it. */
async function uploadEvidence(apiFetch: ApiFetch, file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await apiFetch('/files', { method: 'POST', body });
  } catch {
    throw new Error('无法连接服务器,请检查网络后重试');
  }
  if (!response.ok) {
    throw new Error(await responseError(response));
  }
  const stored = (await response.json()) as { sha256?: unknown };
  if (typeof stored.sha256 !== 'string') {
    throw new Error('上传失败,请重试');
  }
  return stored.sha256;
}

/** The SHA-256 of every file uploaded in the list. */
export function evidenceHashes(files: readonly UploadFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) =>
    file.status === 'done' && typeof file.response === 'string' ? [file.response] : [],
  );
}

/**
 * 证据材料: each file goes to POST /files as soon as it is picked; a refused one (too large, a type not
 * allowed) stays in the list in red with the API's reason.
 */
export function EvidenceUpload({
  value,
  onChange,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) {
  const apiFetch = useApiFetch();
  return (
    <Upload
      multiple
      fileList={value}
      onChange={({ fileList }) => onChange?.(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        uploadEvidence(apiFetch, file as File).then(
          (sha256) => onSuccess?.(sha256),
          (error: Error) => onError?.(error),
        );
      }}
    >
      <Button icon={<UploadOutlined />}>上传证据材料</Button>
    </Upload>
  );
}
