import { Alert, Button, Input, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { SubmitTaskFindingsDocument } from '../graphql/generated/graphql';
import { newBatchKey } from './batch-key';
import { PastePreview } from './paste-preview';
import {
  hasErrors,
  MAX_PASTE_ROWS,
  PASTE_COLUMNS,
  parsePaste,
  toFindingInput,
  validateRow,
  type PasteContext,
  type PasteField,
  type PasteRow,
  type RowErrors,
} from './paste-rows';
import { apiRowErrors, type ApiRowError } from './row-errors';

/**
 * 批量粘贴: rows copied from Excel are checked here row by row, corrected in the preview, then sent in one
 * all-or-nothing submitFindings. The idempotency key stands for one exact batch: a retry of the same rows
 * after a lost answer cannot store them twice, and any edit makes a new batch.
 */
export function PasteEntry({
  assignmentId,
  context,
  onSubmitted,
}: {
  assignmentId: string;
  context: PasteContext;
  onSubmitted: (count: number) => void;
}) {
  const [text, setText] = useState('');
  const [rows, setRows] = useState<PasteRow[]>([]);
  const [apiErrors, setApiErrors] = useState<ApiRowError[]>([]);
  const [batchKey, setBatchKey] = useState(() => newBatchKey());
  const [state, submitFindings] = useMutation(SubmitTaskFindingsDocument);

  const changeRows = (next: PasteRow[]) => {
    setRows(next);
    setApiErrors([]);
    setBatchKey(newBatchKey());
  };

  const { errors, rowMessages } = useMemo(() => {
    const local: RowErrors[] = rows.map((row) => validateRow(row, context));
    const messages: string[][] = rows.map(() => []);
    for (const error of apiErrors) {
      if (error.field && local[error.index]) {
        local[error.index][error.field] = error.message;
      } else {
        messages[error.index]?.push(error.message);
      }
    }
    return { errors: local, rowMessages: messages };
  }, [rows, apiErrors, context]);
  const badRows = errors.filter(hasErrors).length;
  const tooMany = rows.length > MAX_PASTE_ROWS;

  const submit = async () => {
    const result = await submitFindings({
      assignmentId,
      findings: rows.map((row) => toFindingInput(row, context)),
      idempotencyKey: batchKey,
    });
    if (result.error) {
      setApiErrors(apiRowErrors(result.error));
      return;
    }
    setText('');
    changeRows([]);
    onSubmitted(result.data?.submitFindings.length ?? rows.length);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        从 Excel 复制问题行粘贴到下方(可带表头),列顺序:
        {PASTE_COLUMNS.map((column) => column.header).join('、')}。 监督方式可填名称或编码,严重程度填
        一般/较重/严重,责任单位填名称或编码。
      </Typography.Text>
      <Input.TextArea
        rows={5}
        value={text}
        aria-label="粘贴问题"
        placeholder="在此粘贴从 Excel 复制的问题行"
        onChange={(event) => setText(event.target.value)}
      />
      <Button disabled={!text.trim()} onClick={() => changeRows(parsePaste(text))}>
        解析预览
      </Button>
      {rows.length > 0 && (
        <>
          <PastePreview
            rows={rows}
            errors={errors}
            rowMessages={rowMessages}
            onEdit={(index: number, field: PasteField, value: string) =>
              changeRows(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)))
            }
            onRemove={(index) => changeRows(rows.filter((_, i) => i !== index))}
          />
          {tooMany && (
            <Alert type="warning" showIcon message={`一次最多提交 ${MAX_PASTE_ROWS} 条,请分批粘贴`} />
          )}
          {state.error && (
            <Alert
              type="error"
              showIcon
              data-testid="paste-error"
              message={
                apiErrors.length > 0
                  ? `${apiErrors.length} 处错误,未保存任何问题,请按提示修改`
                  : errorMessage(state.error)
              }
            />
          )}
          <Space>
            <Button
              type="primary"
              disabled={badRows > 0 || tooMany}
              loading={state.fetching}
              onClick={() => void submit()}
            >
              全部提交({rows.length} 条)
            </Button>
            {badRows > 0 && <Typography.Text type="danger">{badRows} 行有误,请修改后提交</Typography.Text>}
          </Space>
        </>
      )}
    </Space>
  );
}
