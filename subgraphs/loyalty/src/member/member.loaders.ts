import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, oneByKey } from '@member-graph/common/graphql';
import { MemberEntity } from './member.entity';

export type MemberLoader = DataLoader<string, MemberEntity | null>;

/** Members by customer id, one query per request tick. */
export function memberById(dataSource: DataSource): MemberLoader {
  const repo = dataSource.getRepository(MemberEntity);
  return oneByKey<string, MemberEntity>((ids) => {
    const valid = ids.filter(isUuid);
    return valid.length ? repo.findBy({ customerId: In(valid) }) : Promise.resolve([]);
  }, (m) => m.customerId);
}
