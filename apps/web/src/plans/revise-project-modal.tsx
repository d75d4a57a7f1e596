import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  PlansReviseJointProjectDocument,
  type UnificationsDetailFragment,
} from '../graphql/generated/graphql';
import { fieldProblems } from './field-problems';
import { showFieldProblems } from './form-problems';
import { UnificationsFields } from './unifications-fields';
import {
  toUnificationsInput,
  unificationsProblems,
  unificationsValues,
  type UnificationsValues,
} from './unifications-values';

interface ReviseValues extends UnificationsValues {
  note: string;
}

/**
 * 修订统一方案: starts from the current version; saving makes the next one, which the tenants already holding
 * the project must acknowledge again.
 */
export function ReviseProjectModal({
  projectId,
  unified,
  onClose,
}: {
  projectId: string;
  unified: UnificationsDetailFragment;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ReviseValues>();
  const [state, revise] = useMutation(PlansReviseJointProjectDocument);
  const [failure, setFailure] = useState<CombinedError | undefined>();

  const submit = async () => {
    const values = form.getFieldsValue(true) as ReviseValues;
    const problems = unificationsProblems(values);
    if (!values.note?.trim()) {
      problems.push({ name: ['note'], message: '请说明修订内容和理由' });
    }
    showFieldProblems(form, problems);
    if (problems.length > 0) {
      return;
    }
    const result = await revise(
      { id: projectId, note: values.note.trim(), unifications: toUnificationsInput(values) },
      { additionalTypenames: ['JointProject', 'Assignment'] },
    );
    setFailure(result.error);
    showFieldProblems(form, fieldProblems(result.error));
    if (result.data) {
      onClose();
    }
  };

  return (
    <Modal
      open
      width={880}
      title="修订统一方案"
      okText="保存为新版本"
      cancelText="取消"
      confirmLoading={state.fetching}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnClose
    >
      <Form<ReviseValues>
        form={form}
        layout="vertical"
        initialValues={{ ...unificationsValues(unified), note: '' }}
      >
        {failure && (
          <Alert type="error" showIcon message={errorMessage(failure)} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="note" label="修订说明" required>
          <Input.TextArea rows={2} placeholder="说明修订了什么、为什么修订" />
        </Form.Item>
        <UnificationsFields />
      </Form>
    </Modal>
  );
}
