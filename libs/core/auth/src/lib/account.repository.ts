import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AccountEntity } from './account.entity';

@Injectable()
export class AccountRepository {
  constructor(@InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>) {}

  findByUsername(username: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { username }, relations: { tenant: true } });
  }

  findById(id: string): Promise<AccountEntity | null> {
    return this.accounts.findOne({ where: { id }, relations: { tenant: true } });
  }
}
