import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { formProblems } from '../admin/form-refusal';
import { useCurrentUser } from '../auth/auth-context';
import {
  AddExpertDocument,
  DepartmentsDocument,
  ExpertFieldsDocument,
  UpdateExpertDocument,
  type ExpertRowFragment,
} from '../graphql/generated/graphql';

interface ExpertValues {
  name: string;
  fields: string[];
  organisation: string;
  departmentId?: string | null;
  title?: string;
  term: [Dayjs, Dayjs];
}

const FIELDS = ['name', 'fields', 'organisation', 'departmentId', 'title', 'term'] as const;

/** 新增 / 编辑专家: fields from the catalogue or typed in, the unit when it is one of the office's own. */
export function ExpertDialog({
  expert,
  open,
  onClose,
  onSaved,
}: {
  expert: ExpertRowFragment | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const user = useCurrentUser();
  const [form] = Form.useForm<ExpertValues>();
  const [catalogue] = useQuery({ query: ExpertFieldsDocument });
  const [departments] = useQuery({ query: DepartmentsDocument, variables: { tenantId: user.tenant.id } });
  const [adding, add] = useMutation(AddExpertDocument);
  const [updating, update] = useMutation(UpdateExpertDocument);

  const submit = async (values: ExpertValues) => {
    const input = {
      name: values.name.trim(),
      fields: values.fields.map((field) => field.trim()).filter(Boolean),
      organisation: values.organisation.trim(),
      departmentId: values.departmentId ?? null,
      title: values.title?.trim() || null,
      termStartsOn: values.term[0].format('YYYY-MM-DD'),
      termEndsOn: values.term[1].format('YYYY-MM-DD'),
    };
    const result = expert ? await update({ id: expert.id, input }) : await add({ input });
    if (result.error) {
      const problems = formProblems(result.error, [...FIELDS, 'termStartsOn', 'termEndsOn'] as const, 'name');
      form.setFields(
        problems.map((p) => ({
          ...p,
          name: p.name === 'termStartsOn' || p.name === 'termEndsOn' ? 'term' : p.name,
        })),
      );
      return;
    }
    onSaved();
  };

  return (
    <Modal
      title={expert ? `编辑专家「${expert.name}」` : '新增专家'}
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={adding.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ExpertValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          expert
            ? {
                name: expert.name,
                fields: expert.fields,
                organisation: expert.organisation,
                departmentId: expert.departmentId,
                title: expert.title ?? undefined,
                term: [dayjs(expert.termStartsOn), dayjs(expert.termEndsOn)],
              }
            : { fields: [] }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="fields"
          label="领域"
          extra="可从目录中选择,也可直接输入新的领域"
          rules={[{ required: true, type: 'array', min: 1, message: '至少填写一个领域' }]}
        >
          <Select
            mode="tags"
            placeholder="如 财政预算、法律"
            options={(catalogue.data?.expertFields ?? []).map((field) => ({ value: field, label: field }))}
          />
        </Form.Item>
        <Form.Item
          name="organisation"
          label="工作单位"
          rules={[{ required: true, whitespace: true, message: '请填写工作单位' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="departmentId" label="本级单位" extra="专家在本级某承办单位任职时选择,推荐时自动回避">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="不在本级单位任职则不选"
            options={(departments.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label="职称">
          <Input maxLength={50} placeholder="如 教授、高级会计师" />
        </Form.Item>
        <Form.Item name="term" label="聘期" rules={[{ required: true, message: '请选择聘期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
