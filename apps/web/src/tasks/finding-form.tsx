import { Alert, Button, Form, Input, Select, Space, type UploadFile } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { SEVERITY_LABEL } from '../common/labels';
import type { Severity } from '../graphql/generated/enums';
import { SubmitTaskFindingsDocument } from '../graphql/generated/graphql';
import { EvidenceUpload, evidenceHashes } from './evidence-upload';
import type { PasteContext } from './paste-rows';
import { apiRowErrors } from './row-errors';

interface FindingValues {
  title: string;
  description?: string;
  category: string;
  severity: Severity;
  method: string;
  location?: string;
  departmentId?: string;
  checklistCode?: string;
  evidence?: UploadFile[];
}

/** The form's fields by the names the API gives them in its row errors. */
const FORM_FIELD: Record<string, keyof FindingValues> = {
  title: 'title',
  description: 'description',
  category: 'category',
  severity: 'severity',
  method: 'method',
  location: 'location',
  departmentId: 'departmentId',
  checklistCode: 'checklistCode',
  department: 'departmentId',
  evidence: 'evidence',
};

const SEVERITIES: Severity[] = ['NORMAL', 'SERIOUS', 'CRITICAL'];

/** 逐条填报: one finding with its evidence; the API's objections land on the fields they name. */
export function FindingForm({
  assignmentId,
  context,
  onSubmitted,
}: {
  assignmentId: string;
  context: PasteContext & { checklist: ReadonlyArray<{ code: string; text: string }> };
  onSubmitted: (count: number) => void;
}) {
  const [form] = Form.useForm<FindingValues>();
  const [state, submitFindings] = useMutation(SubmitTaskFindingsDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const uploading = Form.useWatch('evidence', form)?.some((file) => file.status === 'uploading') ?? false;

  const submit = async (values: FindingValues) => {
    setFormError(null);
    const result = await submitFindings({
      assignmentId,
      findings: [
        {
          title: values.title.trim(),
          description: values.description?.trim() ?? '',
          category: values.category.trim(),
          severity: values.severity,
          method: values.method,
          location: values.location?.trim() || null,
          departmentId: values.departmentId ?? null,
          checklistCode: values.checklistCode ?? null,
          evidence: evidenceHashes(values.evidence),
        },
      ],
    });
    if (!result.error) {
      form.resetFields();
      onSubmitted(result.data?.submitFindings.length ?? 1);
      return;
    }
    const rows = apiRowErrors(result.error);
    const onFields = rows.filter((row) => row.field && FORM_FIELD[row.field]);
    form.setFields(onFields.map((row) => ({ name: FORM_FIELD[row.field!], errors: [row.message] })));
    if (onFields.length === 0) {
      setFormError(errorMessage(result.error));
    }
  };

  return (
    <Form<FindingValues>
      form={form}
      layout="vertical"
      initialValues={{ severity: 'NORMAL' }}
      onFinish={(values) => void submit(values)}
      data-testid="finding-form"
      style={{ maxWidth: 720 }}
    >
      <Form.Item
        name="title"
        label="问题标题"
        rules={[{ required: true, whitespace: true, message: '请填写问题标题' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label="问题描述">
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="category"
          label="问题类别"
          rules={[{ required: true, whitespace: true, message: '请填写问题类别' }]}
        >
          <Input maxLength={50} placeholder="如:落实不到位" />
        </Form.Item>
        <Form.Item name="severity" label="严重程度" rules={[{ required: true, message: '请选择严重程度' }]}>
          <Select
            style={{ width: 120 }}
            options={SEVERITIES.map((value) => ({ value, label: SEVERITY_LABEL[value] }))}
          />
        </Form.Item>
        <Form.Item name="method" label="监督方式" rules={[{ required: true, message: '请选择监督方式' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            options={context.methods.map((method) => ({ value: method.code, label: method.name }))}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="checklistCode" label="检查要点">
          <Select
            allowClear
            style={{ width: 280 }}
            options={context.checklist.map((item) => ({
              value: item.code,
              label: `${item.code} ${item.text}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label="责任单位">
          <Select
            allowClear
            style={{ width: 220 }}
            options={context.departments.map((department) => ({
              value: department.id,
              label: department.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="location" label="地点">
          <Input maxLength={200} />
        </Form.Item>
      </Space>
      <Form.Item name="evidence" label="证据材料" valuePropName="value">
        <EvidenceUpload />
      </Form.Item>
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={state.fetching} disabled={uploading}>
        提交问题
      </Button>
    </Form>
  );
}
