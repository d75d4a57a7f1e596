import { Alert, App, AutoComplete, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { SEVERITY_LABEL } from '../common/labels';
import type { Severity } from '../graphql/generated/enums';
import { UpdateReportedFindingDocument, type FindingUpdateInput } from '../graphql/generated/graphql';
import { fieldErrors } from '../common/field-errors';
import type { FindingDetail } from './finding-detail-types';

/** The usual 问题类别 (any other text is allowed too). */
const CATEGORIES = ['制度缺失', '落实不到位', '执法不规范', '资金', '生态环境', '服务质效', '司法', '其他'];

interface EditValues {
  title: string;
  description: string;
  category: string;
  severity: Severity;
  location?: string;
}

const EDIT_FIELDS: ReadonlyArray<keyof EditValues> = [
  'title',
  'description',
  'category',
  'severity',
  'location',
];

function isEditField(name: string): name is keyof EditValues {
  return (EDIT_FIELDS as readonly string[]).includes(name);
}

/**
 * 修改问题, for the reporting tenant while the finding waits for review or was returned; saving a returned
 * finding sends it back for review. The API's field errors show beside their inputs.
 */
export function FindingEditDialog({
  finding,
  open,
  onClose,
}: {
  finding: FindingDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [{ fetching }, update] = useMutation(UpdateReportedFindingDocument);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    let values: EditValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows each field's error beside it
    }
    setFailure(null);
    const input: FindingUpdateInput = {
      title: values.title.trim(),
      description: values.description.trim(),
      category: values.category.trim(),
      severity: values.severity,
      location: values.location?.trim() || null,
    };
    const result = await update({ id: finding.id, input });
    if (result.error) {
      const fields = fieldErrors(result.error).flatMap((e) => {
        const name = e.field.replace(/^input\./, '');
        return isEditField(name) ? [{ name, errors: [e.message] }] : [];
      });
      form.setFields(fields);
      if (fields.length === 0) {
        setFailure(errorMessage(result.error));
      }
      return;
    }
    void message.success(finding.status === 'RETURNED' ? '已修改并重新报送' : '已保存修改');
    onClose();
  };

  return (
    <Modal
      title="修改问题"
      open={open}
      okText={finding.status === 'RETURNED' ? '保存并重新报送' : '保存'}
      cancelText="取消"
      okButtonProps={{ loading: fetching }}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<EditValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          title: finding.title,
          description: finding.description,
          category: finding.category,
          severity: finding.severity,
          location: finding.location ?? undefined,
        }}
      >
        <Form.Item
          name="title"
          label="问题标题"
          rules={[{ required: true, whitespace: true, message: '请填写问题标题' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label="问题描述"
          rules={[{ required: true, whitespace: true, message: '请填写问题描述' }]}
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="category"
          label="问题类别"
          rules={[{ required: true, whitespace: true, message: '请填写问题类别' }]}
        >
          <AutoComplete options={CATEGORIES.map((value) => ({ value }))} />
        </Form.Item>
        <Form.Item name="severity" label="严重程度" rules={[{ required: true, message: '请选择严重程度' }]}>
          <Select
            options={(Object.keys(SEVERITY_LABEL) as Severity[]).map((value) => ({
              value,
              label: SEVERITY_LABEL[value],
            }))}
          />
        </Form.Item>
        <Form.Item name="location" label="地点">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
