import { Alert, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import {
  PlansCreateJointProjectDocument,
  PlansCreateJointProjectFromItemDocument,
} from '../graphql/generated/graphql';
import { fieldProblems } from './field-problems';
import { showFieldProblems } from './form-problems';
import { UnificationsFields } from './unifications-fields';
import {
  emptyUnificationsValues,
  toUnificationsInput,
  unificationsProblems,
  type UnificationsValues,
} from './unifications-values';

interface ProjectValues extends UnificationsValues {
  title: string;
  year: number;
  isKey: boolean;
}

/** An annual-plan item marked joint: the project takes its title and key flag from it. */
export interface FromItem {
  id: string;
  title: string;
}

/**
 * 新建联动项目: the title and the five unifications. Made from an annual-plan item, the project takes the
 * item's title; otherwise it is written here. Opens the new project's page once created.
 */
export function CreateProjectModal({
  year,
  fromItem,
  onClose,
}: {
  year: number;
  fromItem: FromItem | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ProjectValues>();
  const navigate = useNavigate();
  const [created, create] = useMutation(PlansCreateJointProjectDocument);
  const [createdFromItem, createFromItem] = useMutation(PlansCreateJointProjectFromItemDocument);
  const [failure, setFailure] = useState<CombinedError | undefined>();

  const submit = async () => {
    const values = form.getFieldsValue(true) as ProjectValues;
    const problems = unificationsProblems(values);
    if (!fromItem && !values.title?.trim()) {
      problems.push({ name: ['title'], message: '请填写项目名称' });
    }
    showFieldProblems(form, problems);
    if (problems.length > 0) {
      return;
    }
    const unifications = toUnificationsInput(values);
    const result = fromItem
      ? await createFromItem({ planItemId: fromItem.id, unifications })
      : await create({
          input: { title: values.title.trim(), year: values.year, isKey: values.isKey, unifications },
        });
    setFailure(result.error);
    showFieldProblems(form, fieldProblems(result.error));
    const id =
      result.data &&
      ('createJointProject' in result.data
        ? result.data.createJointProject.id
        : result.data.createJointProjectFromItem.id);
    if (id) {
      onClose();
      void navigate(`/plans/projects/${id}`);
    }
  };

  return (
    <Modal
      open
      width={880}
      title={fromItem ? `由计划项目创建联动项目:${fromItem.title}` : '新建联动项目'}
      okText="创建"
      cancelText="取消"
      confirmLoading={created.fetching || createdFromItem.fetching}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnClose
    >
      <Form<ProjectValues>
        form={form}
        layout="vertical"
        initialValues={{ ...emptyUnificationsValues(), title: fromItem?.title ?? '', year, isKey: true }}
        data-testid="project-form"
      >
        {failure && (
          <Alert type="error" showIcon message={errorMessage(failure)} style={{ marginBottom: 16 }} />
        )}
        {!fromItem && (
          <>
            <Form.Item name="title" label="项目名称" required>
              <Input placeholder="如:优化营商环境联动监督" />
            </Form.Item>
            <Form.Item name="year" label="年度">
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item name="isKey" label="重点项目" valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
        <UnificationsFields />
      </Form>
    </Modal>
  );
}
