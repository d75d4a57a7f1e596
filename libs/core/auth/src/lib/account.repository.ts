import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccountEntity } from './account.entity';

@Injectable()
export class AccountRepository {
  constructor(@InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>) {}

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { username }, relations: { tenant: true } });
  }

  findByIds(ids: readonly string[]): Promise<AccountEntity[]> {
    return ids.length === 0
      ? Promise.resolve([])
      : this.accounts.find({ where: { id: In([...ids]) }, relations: { tenant: true } });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { id }, relations: { tenant: true } });
  }
}
