import type { FindingVerificationResult, VerificationMethod } from '../graphql/generated/enums';

export const VERIFICATION_METHOD_LABEL: Record<VerificationMethod, string> = {
  ON_SITE: '实地核查',
  DOCUMENTARY: '书面审查',
  COVERT_REVISIT: '暗访回访',
  DEPUTY_EVALUATION: '代表评价',
};

export const FINDING_VERIFICATION_RESULT_LABEL: Record<FindingVerificationResult, string> = {
  PASSED: '整改到位',
  PARTLY: '部分到位',
  FAILED: '未整改到位',
};

export const FINDING_VERIFICATION_RESULT_COLOR: Record<FindingVerificationResult, string> = {
  PASSED: 'green',
  PARTLY: 'orange',
  FAILED: 'red',
};
