import { Alert, App, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrorsByName } from './mutation-errors';

/** Any form's values; each action reads its own fields. */
export type FormValues = Record<string, unknown>;

/**
 * A dialog holding one action's form. On submit it runs the mutation; the API's field errors are shown
 * under the fields that caused them, any other error at the top of the form, and the dialog stays open
 * until the action succeeds.
 */
export function ActionModal({
  open,
  title,
  okText,
  onClose,
  onSubmit,
  success,
  children,
  initialValues,
  form: givenForm,
}: {
  open: boolean;
  title: string;
  okText: string;
  onClose: () => void;
  onSubmit: (values: FormValues) => Promise<{ error?: CombinedError }>;
  success: string;
  children: ReactNode;
  initialValues?: FormValues;
  form?: FormInstance<FormValues>;
}) {
  const [ownForm] = Form.useForm<FormValues>();
  const form = givenForm ?? ownForm;
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (values: FormValues) => {
    setRunning(true);
    setFormError(null);
    const result = await onSubmit(values);
    setRunning(false);
    if (!result.error) {
      void message.success(success);
      form.resetFields();
      onClose();
      return;
    }
    const byField = fieldErrorsByName(result.error);
    const registered = Object.keys(form.getFieldsValue());
    const known = Object.keys(byField).filter((name) => registered.includes(name));
    form.setFields(known.map((name) => ({ name, errors: [byField[name] ?? ''] })));
    if (known.length === 0) {
      setFormError(errorMessage(result.error));
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={running}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {formError && (
        <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}
