import { Module } from '@nestjs/common';
import { OrganisationModule } from './organisation.module';

@Module({ imports: [OrganisationModule], providers: [] })
export class OrganisationApiModule {}
