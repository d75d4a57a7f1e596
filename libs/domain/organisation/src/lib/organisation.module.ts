import { Module } from '@nestjs/common';
import { AuthModule } from '@liandong/auth';
import { HandoffsModule } from '@liandong/handoffs';
import { TenancyModule } from '@liandong/tenancy';
import { AccountsService } from './accounts/accounts.service';
import { AccountsImportService } from './accounts/excel/accounts-import.service';
import { AccountsTemplateService } from './accounts/excel/accounts-template.service';
import { CommitteesRepository } from './committees/committees.repository';
import { CommitteesService } from './committees/committees.service';
import { UnitsRepository } from './units/units.repository';
import { UnitsService } from './units/units.service';

/** The office's own organisation: its responsible units, its committees and its staff accounts. */
@Module({
  imports: [AuthModule, HandoffsModule, TenancyModule],
  providers: [
    AccountsService,
    AccountsImportService,
    AccountsTemplateService,
    UnitsRepository,
    UnitsService,
    CommitteesRepository,
    CommitteesService,
  ],
  exports: [AccountsService, AccountsImportService, AccountsTemplateService, UnitsService, CommitteesService],
})
export class OrganisationModule {}
