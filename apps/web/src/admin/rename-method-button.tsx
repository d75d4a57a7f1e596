import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { RenameSupervisionMethodDocument } from '../graphql/generated/graphql';
import type { CatalogueRow } from './method-catalogue';

/** 重命名: the code stays, so every finding that names the method keeps it. */
export function RenameMethodButton({ method, onRenamed }: { method: CatalogueRow; onRenamed: () => void }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const [renaming, rename] = useMutation(RenameSupervisionMethodDocument);

  const submit = async ({ name }: { name: string }) => {
    const result = await rename({ code: method.code, name: name.trim() });
    if (result.error) {
      form.setFields([{ name: 'name', errors: [errorMessage(result.error)] }]);
      return;
    }
    setOpen(false);
    void message.success('已重命名');
    onRenamed();
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        重命名
      </Button>
      <Modal
        title={`重命名监督方式 ${method.code}`}
        open={open}
        okText="保存"
        cancelText="取消"
        confirmLoading={renaming.fetching}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: method.name }}
          onFinish={(values) => void submit(values)}
          preserve={false}
        >
          <Form.Item
            name="name"
            label="名称"
            rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
          >
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
