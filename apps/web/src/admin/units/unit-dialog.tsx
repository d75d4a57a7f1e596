import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation } from 'urql';
import { DEPARTMENT_KIND_LABEL } from '../../common/labels';
import type { DepartmentKind } from '../../graphql/generated/enums';
import {
  CreateDepartmentDocument,
  UpdateDepartmentDocument,
  type UnitRowFragment,
} from '../../graphql/generated/graphql';
import { ORGANISATION_CODE_PATTERN, ORGANISATION_CODE_RULE } from '../organisation-codes';
import { formProblems } from '../form-refusal';

interface UnitValues {
  code: string;
  name: string;
  kind: DepartmentKind;
}

const UNIT_FIELDS = ['code', 'name', 'kind'] as const;
const KIND_OPTIONS = Object.entries(DEPARTMENT_KIND_LABEL).map(([value, label]) => ({ value, label }));

/** 新增 or 修改 a unit: the code is given once and stays; the name and the kind may change. */
export function UnitDialog({
  unit,
  open,
  onClose,
  onSaved,
}: {
  /** The unit to change, or null to add one. */
  unit: UnitRowFragment | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitValues>();
  const [creating, create] = useMutation(CreateDepartmentDocument);
  const [updating, update] = useMutation(UpdateDepartmentDocument);

  const submit = async (values: UnitValues) => {
    const name = values.name.trim();
    const result = unit
      ? await update({ id: unit.id, input: { name, kind: values.kind } })
      : await create({ input: { code: values.code.trim(), name, kind: values.kind } });
    if (result.error) {
      form.setFields(formProblems(result.error, UNIT_FIELDS, unit ? 'name' : 'code'));
      return;
    }
    void message.success(unit ? `已修改「${name}」` : `已新增承办单位「${name}」`);
    onSaved();
    onClose();
  };

  return (
    <Modal
      title={unit ? `修改承办单位 ${unit.code}` : '新增承办单位'}
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<UnitValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={unit ? { code: unit.code, name: unit.name, kind: unit.kind } : undefined}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="code"
          label="编码"
          extra={unit ? '编码不可修改' : '本机关内唯一,如 water'}
          rules={[
            { required: true, message: '请填写编码' },
            { pattern: ORGANISATION_CODE_PATTERN, message: ORGANISATION_CODE_RULE },
          ]}
        >
          <Input disabled={unit !== null} placeholder="如 water" />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 60, message: '名称最多 60 字' },
          ]}
        >
          <Input placeholder="如 洛阳市水利局" />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={KIND_OPTIONS} placeholder="请选择" showSearch optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
