import { Controller, Get, Query } from '@nestjs/common';
import { ClientAddress, Public } from '@liandong/auth';
import { AppException } from '@liandong/errors';
import { DisclosuresService, PublicDisclosurePage } from './disclosures.service';
import { PublicReadThrottle } from './public-throttle';

function wholeNumber(value: string | undefined, field: string): number | null {
  if (value === undefined || value === '') {
    return null;
  }
  if (!/^\d{1,6}$/.test(value)) {
    throw AppException.badInput(field, 'NOT_A_NUMBER', { zh: '须为整数', en: 'a whole number' });
  }
  return Number(value);
}

/** GET /public/disclosures: the published items as JSON, for anyone, without signing in. */
@Controller('public')
export class PublicDisclosuresController {
  constructor(
    private readonly disclosures: DisclosuresService,
    private readonly throttle: PublicReadThrottle,
  ) {}

  @Public()
  @Get('disclosures')
  async list(
    @ClientAddress() address: string,
    @Query('year') year?: string,
    @Query('tenantId') tenantId?: string,
    @Query('first') first?: string,
    @Query('after') after?: string,
  ): Promise<PublicDisclosurePage> {
    await this.throttle.take(address);
    return this.disclosures.publicPage(
      wholeNumber(year, 'year'),
      tenantId || null,
      wholeNumber(first, 'first'),
      after || null,
    );
  }
}
