import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import type { FindingVerificationResult, VerificationMethod } from '../graphql/generated/enums';
import { VerifyHandoffFindingsDocument } from '../graphql/generated/graphql';
import { ActionModal, type FormValues } from './action-modal';
import type { DialogProps } from './department-dialogs';
import { text } from './form-values';
import { FINDING_VERIFICATION_RESULT_LABEL, VERIFICATION_METHOD_LABEL } from './verification-labels';

const METHODS = Object.entries(VERIFICATION_METHOD_LABEL).map(([value, label]) => ({ value, label }));
const RESULTS = Object.entries(FINDING_VERIFICATION_RESULT_LABEL) as Array<
  [FindingVerificationResult, string]
>;

/** The findings still to verify: those not yet closed out by an earlier verification. */
export function findingsToVerify(handoff: DialogProps['handoff']): DialogProps['handoff']['findings'] {
  return handoff.findings.filter((finding) => finding.status !== 'CLOSED');
}

/** The mutation's input from the dialog's values. */
export function verificationInput(handoff: DialogProps['handoff'], values: FormValues) {
  const verifiers = (values['verifiers'] as Array<{ name?: string; deputy?: boolean }> | undefined) ?? [];
  return {
    method: values['method'] as VerificationMethod,
    verifiers: verifiers.map((one) => ({ name: (one.name ?? '').trim(), deputy: one.deputy === true })),
    results: findingsToVerify(handoff).map((finding) => ({
      findingId: finding.id,
      result: values[`result-${finding.id}`] as FindingVerificationResult,
      opinion: text(values, `opinion-${finding.id}`) || null,
    })),
    opinion: text(values, 'opinion') || null,
  };
}

/**
 * 核查销号: how it was checked, by whom (deputies marked), and a result for each finding still open; the
 * item closes when every finding has passed, and goes back for rectification when one has not.
 */
export function VerifyFindingsDialog({ handoff, open, onClose }: DialogProps) {
  const [, verify] = useMutation(VerifyHandoffFindingsDocument);
  const pending = findingsToVerify(handoff);
  return (
    <ActionModal
      open={open}
      title="核查销号"
      okText="提交核查结果"
      success="核查结果已提交"
      onClose={onClose}
      initialValues={{
        method: 'ON_SITE',
        verifiers: [{ name: '', deputy: false }],
        ...Object.fromEntries(pending.map((finding) => [`result-${finding.id}`, 'PASSED'])),
      }}
      onSubmit={(values) => verify({ handoffId: handoff.id, input: verificationInput(handoff, values) })}
    >
      <Form.Item name="method" label="核查方式" rules={[{ required: true, message: '请选择核查方式' }]}>
        <Select
          options={METHODS}
          style={{ width: 200 }}
          aria-label="核查方式"
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
      <Form.Item label="核查人员" required>
        <Form.List
          name="verifiers"
          rules={[
            {
              validator: (_, value: unknown[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error('至少填写一名核查人员')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                  >
                    <Input
                      placeholder="姓名"
                      aria-label={`核查人员${index + 1}姓名`}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'deputy']} valuePropName="checked">
                    <Checkbox>代表</Checkbox>
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined aria-label="移除核查人员" onClick={() => remove(field.name)} />
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', deputy: false })}>
                添加核查人员
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
      {pending.map((finding) => (
        <div key={finding.id} data-testid={`verify-finding-${finding.id}`}>
          <Typography.Text strong>{finding.title}</Typography.Text>
          <Form.Item name={`result-${finding.id}`} style={{ marginBottom: 4 }}>
            <Radio.Group aria-label={`${finding.title} 核查结果`}>
              {RESULTS.map(([value, label]) => (
                <Radio key={value} value={value}>
                  {label}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name={`opinion-${finding.id}`}
            dependencies={[`result-${finding.id}`, 'opinion']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: unknown) =>
                  getFieldValue(`result-${finding.id}`) === 'PASSED' ||
                  (typeof value === 'string' && value.trim()) ||
                  String(getFieldValue('opinion') ?? '').trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error('未整改到位或部分到位的问题须填写核查意见')),
              }),
            ]}
          >
            <Input placeholder="该问题的核查意见" aria-label={`${finding.title} 核查意见`} />
          </Form.Item>
        </div>
      ))}
      <Form.Item name="opinion" label="核查意见">
        <Input.TextArea rows={3} aria-label="核查意见" />
      </Form.Item>
    </ActionModal>
  );
}
