import { Module } from '@nestjs/common';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsExcelController } from './accounts/excel/accounts-excel.controller';
import { CommitteesResolver } from './committees/committees.resolver';
import { OrganisationModule } from './organisation.module';
import { UnitsExcelController } from './units/excel/units-excel.controller';
import { UnitsImportService } from './units/excel/units-import.service';
import { UnitsTemplateService } from './units/excel/units-template.service';
import { UnitsResolver } from './units/units.resolver';

@Module({
  imports: [OrganisationModule],
  controllers: [AccountsExcelController, UnitsExcelController],
  providers: [AccountsResolver, UnitsResolver, UnitsImportService, UnitsTemplateService, CommitteesResolver],
})
export class OrganisationApiModule {}
