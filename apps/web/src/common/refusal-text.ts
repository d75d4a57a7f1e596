/**
 * A refusal as the API sends it: the `extensions` of a GraphQL error, or the JSON body of a plain-HTTP route.
 * Both carry `{ code, reason, zh, en, ...details }`; each field or row problem `{ field, reason, zh, en }`.
 */
export type Refusal = Readonly<Record<string, unknown>>;

type Wording = string | ((refusal: Refusal) => string);

function isRecord(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function tryAgainIn(refusal: Refusal): string {
  const seconds = refusal['retryAfterSeconds'];
  if (typeof seconds !== 'number' || seconds <= 0) {
    return '请稍后再试';
  }
  return seconds > 120 ? `请 ${Math.ceil(seconds / 60)} 分钟后再试` : `请 ${Math.ceil(seconds)} 秒后再试`;
}

const SIGN_IN_AGAIN = '登录已失效,请重新登录';
const NOT_ALLOWED = '无权查看或执行此操作';
const NOT_FOUND = '未找到相关内容,或无权查看';
const TOO_MANY = (refusal: Refusal): string => `操作过于频繁,${tryAgainIn(refusal)}`;

function serverFailed(refusal: Refusal): string {
  const id = text(refusal['correlationId']);
  return id ? `服务器出错,请稍后重试;如仍失败,请联系管理员并提供编号 ${id}` : '服务器出错,请稍后重试';
}

/** What the console says for each contract code, when a refusal has no reason it words and no Chinese. */
const BY_CODE: Readonly<Record<string, Wording>> = {
  UNAUTHENTICATED: SIGN_IN_AGAIN,
  FORBIDDEN: NOT_ALLOWED,
  NOT_FOUND,
  BAD_USER_INPUT: '填写的内容有误,请检查后重试',
  CONFLICT: '当前状态下不能执行此操作',
  TOO_MANY_REQUESTS: TOO_MANY,
  INTERNAL_SERVER_ERROR: serverFailed,
  // Refusals of the request itself, before any rule of the API is asked.
  BAD_REQUEST: '请求无法处理,请刷新页面后重试',
  GRAPHQL_VALIDATION_FAILED: '请求无法处理,请刷新页面后重试',
  PAYLOAD_TOO_LARGE: '文件或内容过大,超过了上传上限',
  UNSUPPORTED_MEDIA_TYPE: '不支持的文件或内容格式',
};

/** The console's own text for the problems a BAD_USER_INPUT refusal lists, in the order sent. */
function problemTexts(problems: unknown): string[] {
  return Array.isArray(problems) ? problems.filter(isRecord).map(problemText) : [];
}

/**
 * The reasons the console words itself, for refusals and for field or row problems alike. A reason not
 * listed here shows the API's Chinese (`zh`): the map is for what the console wants to phrase, not a copy of
 * every reason the API knows.
 */
const BY_REASON: Readonly<Record<string, Wording>> = {
  UNAUTHENTICATED: SIGN_IN_AGAIN,
  FORBIDDEN: NOT_ALLOWED,
  // NOT_FOUND, REASON_REQUIRED and TEXT_TOO_LONG are left to the API's Chinese, which names the kind of
  // thing, the decision that needs a reason, or the limit.
  TOO_MANY_REQUESTS: TOO_MANY,
  INVALID_INPUT: (refusal) => {
    const problems = problemTexts(refusal['fields']);
    return problems.length > 0 ? `填写的内容有误:${problems.join(';')}` : '填写的内容有误,请检查后重试';
  },
  INVALID_ROWS: (refusal) => {
    const rows = refusal['rows'];
    return Array.isArray(rows) && rows.length > 0
      ? `${rows.length} 处错误,未保存任何数据,请按提示修改`
      : '有内容填写有误,未保存任何数据';
  },
  // Signing in, and a session that has ended.
  WRONG_CREDENTIALS: '用户名或密码错误',
  WRONG_CURRENT_PASSWORD: '当前密码不正确',
  SIGN_IN_THROTTLED: (refusal) => `登录失败次数过多,${tryAgainIn(refusal)}`,
  TOKEN_INVALID: SIGN_IN_AGAIN,
  SESSION_ENDED: '登录已失效或账号已停用,请重新登录',
  REFRESH_REFUSED: SIGN_IN_AGAIN,
  // An issued (initial or reset) password: the console sends the person to change it.
  PASSWORD_CHANGE_REQUIRED: '请先修改管理员发放的初始密码,修改后才能使用其他功能',
  // A failure of the server's own: the console words it (OPERATION_TIMED_OUT keeps the API's advice).
  INTERNAL_ERROR: serverFailed,
};

function worded(wording: Wording | undefined, refusal: Refusal): string | null {
  if (wording === undefined) {
    return null;
  }
  return typeof wording === 'string' ? wording : wording(refusal);
}

/**
 * What a person is told about a refusal: the console's wording of its reason, else the API's Chinese, else the
 * sentence for its code, else `otherwise`. The API's `message` is never read.
 */
export function refusalText(refusal: unknown, otherwise = '请求失败,请稍后重试'): string {
  if (!isRecord(refusal)) {
    return otherwise;
  }
  const reason = text(refusal['reason']);
  const code = text(refusal['code']);
  return (
    worded(reason ? BY_REASON[reason] : undefined, refusal) ??
    text(refusal['zh']) ??
    worded(code ? BY_CODE[code] : undefined, refusal) ??
    otherwise
  );
}

/** What a person is told beside the field or row a problem names: its reason worded, else the API's Chinese. */
export function problemText(problem: Refusal): string {
  const reason = text(problem['reason']);
  return worded(reason ? BY_REASON[reason] : undefined, problem) ?? text(problem['zh']) ?? '填写有误';
}
