import { App, Button, Card, DatePicker, Divider, Form, Input, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../common/error-message';
import { fieldErrors } from '../common/field-errors';
import { startOfBeijingDay } from '../common/format';
import {
  ClearCalendarDayDocument,
  SetCalendarDayDocument,
  WorkingDaysBetweenDocument,
} from '../graphql/generated/graphql';

interface DayOverride {
  day: Dayjs;
  working: boolean;
  note: string;
}

/** The Beijing calendar day a picked date stands for, as the API takes it. */
const dayOf = (value: Dayjs): string => value.format('YYYY-MM-DD');
/** Midnight in Beijing of a picked date, for counting working days between two dates. */
const beijingMidnight = (value: Dayjs): string => startOfBeijingDay(dayOf(value));

/**
 * 工作日历: deadlines given in working days follow the national holiday calendar; when the State Council
 * announces a change (or a local day off), the administrator sets that day here.
 */
export function CalendarCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<DayOverride>();
  const [setting, setDay] = useMutation(SetCalendarDayDocument);
  const [clearing, clearDay] = useMutation(ClearCalendarDayDocument);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [count, refetchCount] = useQuery({
    query: WorkingDaysBetweenDocument,
    variables: range
      ? { from: beijingMidnight(range[0]), to: beijingMidnight(range[1]) }
      : { from: '', to: '' },
    pause: !range,
    requestPolicy: 'network-only',
  });

  const showErrors = (error: Parameters<typeof fieldErrors>[0]) => {
    const fields = fieldErrors(error).filter((f) => f.field === 'day' || f.field === 'note');
    form.setFields(
      fields.length > 0
        ? fields.map((f) => ({ name: f.field as keyof DayOverride, errors: [f.message] }))
        : [{ name: 'day', errors: [errorMessage(error)] }],
    );
  };

  const save = async (values: DayOverride) => {
    const result = await setDay({
      day: dayOf(values.day),
      working: values.working,
      note: values.note.trim(),
    });
    if (result.error) {
      showErrors(result.error);
      return;
    }
    void message.success(`已将 ${dayOf(values.day)} 设为${values.working ? '工作日' : '休息日'}`);
    if (range) {
      refetchCount({ requestPolicy: 'network-only' });
    }
  };

  const clear = async () => {
    const day = form.getFieldValue('day') as Dayjs | undefined;
    if (!day) {
      form.setFields([{ name: 'day', errors: ['请选择要取消设定的日期'] }]);
      return;
    }
    const result = await clearDay({ day: dayOf(day) });
    if (result.error) {
      showErrors(result.error);
      return;
    }
    void message.info(
      result.data?.clearCalendarDay ? `已取消 ${dayOf(day)} 的设定` : `${dayOf(day)} 没有单独设定`,
    );
    if (range) {
      refetchCount({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Card title="工作日历" size="small" data-testid="calendar-card">
      <Typography.Paragraph type="secondary">
        按工作日计算的整改时限遵循国家法定节假日安排(含调休上班日)。如有调整,在此单独设定某一天。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ working: false }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="working" label="设为">
          <Radio.Group
            options={[
              { label: '休息日', value: false },
              { label: '工作日(调休上班)', value: true },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="说明"
          rules={[{ required: true, whitespace: true, message: '请填写说明,如“国务院办公厅通知调休”' }]}
        >
          <Input style={{ width: 240 }} maxLength={200} />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={setting.fetching}>
              设定
            </Button>
            <Button onClick={() => void clear()} loading={clearing.fetching}>
              取消设定
            </Button>
          </Space>
        </Form.Item>
      </Form>
      <Divider plain orientation="left">
        工作日计算
      </Divider>
      <Space wrap>
        <DatePicker.RangePicker
          onChange={(values) => setRange(values?.[0] && values[1] ? [values[0], values[1]] : null)}
        />
        <Typography.Text data-testid="working-days">
          {!range
            ? '选择起止日期,查看其间的工作日数(含起始日,不含截止日)'
            : count.error
              ? errorMessage(count.error)
              : count.data
                ? `共 ${count.data.workingDaysBetween} 个工作日`
                : '计算中…'}
        </Typography.Text>
      </Space>
    </Card>
  );
}
