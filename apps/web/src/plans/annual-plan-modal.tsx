import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { errorMessage } from '../common/error-message';
import { PlansCreateAnnualPlanDocument } from '../graphql/generated/graphql';
import { annualPlanProblems, toAnnualPlanInput, type AnnualPlanValues } from './annual-plan-values';
import { fieldProblems } from './field-problems';
import { showFieldProblems } from './form-problems';

/** 制定年度监督工作计划: a draft listing the year's projects, key and joint ones marked. */
export function AnnualPlanModal({ year, onClose }: { year: number; onClose: () => void }) {
  const [form] = Form.useForm<AnnualPlanValues>();
  const [state, createPlan] = useMutation(PlansCreateAnnualPlanDocument);
  const [failure, setFailure] = useState<CombinedError | undefined>();

  const submit = async () => {
    const values = form.getFieldsValue(true) as AnnualPlanValues;
    const problems = annualPlanProblems(values);
    showFieldProblems(form, problems);
    if (problems.length > 0) {
      return;
    }
    const result = await createPlan({ input: toAnnualPlanInput(year, values) });
    setFailure(result.error);
    showFieldProblems(form, fieldProblems(result.error));
    if (result.data) {
      onClose();
    }
  };

  return (
    <Modal
      open
      width={760}
      title={`制定 ${year} 年度监督工作计划`}
      okText="保存草稿"
      cancelText="取消"
      confirmLoading={state.fetching}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnClose
    >
      <Form<AnnualPlanValues>
        form={form}
        layout="vertical"
        initialValues={{
          title: `${year}年度监督工作计划`,
          items: [{ title: '', isKey: true, isJoint: true }],
        }}
      >
        {failure && (
          <Alert type="error" showIcon message={errorMessage(failure)} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="title" label="计划名称" required>
          <Input />
        </Form.Item>
        <Form.Item label="监督项目">
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                    <Form.Item name={[field.name, 'title']}>
                      <Input placeholder="项目名称" aria-label="项目名称" style={{ width: 340 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'isKey']} valuePropName="checked">
                      <Checkbox>重点</Checkbox>
                    </Form.Item>
                    <Form.Item name={[field.name, 'isJoint']} valuePropName="checked">
                      <Checkbox>联动</Checkbox>
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除项目" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ title: '', isKey: false, isJoint: false })}
                >
                  添加项目
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
