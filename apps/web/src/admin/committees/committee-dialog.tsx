import { App, Checkbox, Form, Input, Modal } from 'antd';
import { useMutation } from 'urql';
import {
  CreateCommitteeDocument,
  UpdateCommitteeDocument,
  type CommitteeRowFragment,
} from '../../graphql/generated/graphql';
import { formProblems } from '../form-refusal';
import { ORGANISATION_CODE_PATTERN, ORGANISATION_CODE_RULE } from '../organisation-codes';

interface CommitteeValues {
  code: string;
  name: string;
  coordinates: boolean;
}

const COMMITTEE_FIELDS = ['code', 'name'] as const;

/** 新增 a committee, or 改名 one: its code and whether it is the 统筹办 are set once. */
export function CommitteeDialog({
  committee,
  open,
  onClose,
  onSaved,
}: {
  /** The committee to rename, or null to add one. */
  committee: CommitteeRowFragment | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CommitteeValues>();
  const [creating, create] = useMutation(CreateCommitteeDocument);
  const [updating, update] = useMutation(UpdateCommitteeDocument);

  const submit = async (values: CommitteeValues) => {
    const name = values.name.trim();
    const result = committee
      ? await update({ id: committee.id, input: { name } })
      : await create({
          input: { code: values.code.trim(), name, coordinates: values.coordinates },
        });
    if (result.error) {
      form.setFields(formProblems(result.error, COMMITTEE_FIELDS, committee ? 'name' : 'code'));
      return;
    }
    void message.success(committee ? `已改名为「${name}」` : `已新增委室「${name}」`);
    onSaved();
    onClose();
  };

  return (
    <Modal
      title={committee ? `委室改名 ${committee.code}` : '新增委室'}
      open={open}
      okText="保存"
      cancelText="取消"
      confirmLoading={creating.fetching || updating.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CommitteeValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          committee
            ? { code: committee.code, name: committee.name, coordinates: committee.coordinates }
            : { coordinates: false }
        }
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="code"
          label="编码"
          extra={committee ? '编码不可修改' : '本机关内唯一,如 caijing'}
          rules={[
            { required: true, message: '请填写编码' },
            { pattern: ORGANISATION_CODE_PATTERN, message: ORGANISATION_CODE_RULE },
          ]}
        >
          <Input disabled={committee !== null} placeholder="如 caijing" />
        </Form.Item>
        <Form.Item
          name="name"
          label="名称"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 60, message: '名称最多 60 字' },
          ]}
        >
          <Input placeholder="如 财政经济委员会" />
        </Form.Item>
        {!committee && (
          <Form.Item
            name="coordinates"
            valuePropName="checked"
            extra="统筹办可查看各委室的工作进度,并督促各委室"
          >
            <Checkbox>统筹办</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
