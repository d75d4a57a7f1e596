import type { FindingDetailQuery } from '../graphql/generated/graphql';

export type FindingDetail = NonNullable<FindingDetailQuery['finding']>;
