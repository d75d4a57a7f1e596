import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { errorMessage } from '../common/error-message';
import { startOfBeijingDay } from '../common/format';
import { RecordTaskActivityDocument } from '../graphql/generated/graphql';

interface ActivityValues {
  method: string;
  startsOn: Dayjs;
  endsOn?: Dayjs;
  location: string;
  summary: string;
  members?: number;
  deputies?: number;
  experts?: number;
  staff?: number;
  covert: boolean;
}

/** A calendar day picked in the form, as the start of that day in Beijing. */
function beijingDay(day: Dayjs): string {
  return startOfBeijingDay(day.format('YYYY-MM-DD'));
}

/** 记录监督活动: method, date, place, who took part, and whether it was an unannounced visit (暗访). */
export function ActivityForm({
  assignmentId,
  methods,
  onDone,
}: {
  assignmentId: string;
  methods: ReadonlyArray<{ code: string; name: string }>;
  onDone: () => void;
}) {
  const [form] = Form.useForm<ActivityValues>();
  const [state, record] = useMutation(RecordTaskActivityDocument);

  const submit = async (values: ActivityValues) => {
    const result = await record({
      assignmentId,
      input: {
        method: values.method,
        startsAt: beijingDay(values.startsOn),
        endsAt: values.endsOn ? beijingDay(values.endsOn) : null,
        location: values.location,
        summary: values.summary,
        covert: values.covert,
        participants: {
          members: values.members ?? 0,
          deputies: values.deputies ?? 0,
          experts: values.experts ?? 0,
          staff: values.staff ?? 0,
        },
      },
    });
    if (!result.error) {
      form.resetFields();
      onDone();
    }
  };

  return (
    <Form<ActivityValues>
      form={form}
      layout="vertical"
      initialValues={{ covert: false }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="method" label="监督方式" rules={[{ required: true, message: '请选择监督方式' }]}>
        <Select options={methods.map((method) => ({ value: method.code, label: method.name }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label="结束日期"
          dependencies={['startsOn']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | undefined) => {
                const starts = getFieldValue('startsOn') as Dayjs | undefined;
                return !value || !starts || !value.isBefore(starts, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error('结束日期不能早于开始日期'));
              },
            }),
          ]}
        >
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item
        name="location"
        label="地点"
        rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="summary"
        label="活动概况"
        rules={[{ required: true, whitespace: true, message: '请填写活动概况' }]}
      >
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="members" label="常委会组成人员">
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="deputies" label="人大代表">
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="experts" label="专家">
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="staff" label="工作人员">
          <InputNumber min={0} precision={0} />
        </Form.Item>
      </Space>
      <Form.Item name="covert" label="暗访(交办前对承办单位保密)" valuePropName="checked">
        <Switch />
      </Form.Item>
      {state.error && (
        <Alert type="error" showIcon message={errorMessage(state.error)} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" loading={state.fetching}>
        保存活动
      </Button>
    </Form>
  );
}
