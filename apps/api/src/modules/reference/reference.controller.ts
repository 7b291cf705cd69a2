import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ZMunicipalityListResponse, ZProgrammeListResponse } from '@kopa/shared';
import { Public } from '../../common/auth/authenticated.decorator';
import { ReferenceRepository } from './reference.repository';

class MunicipalityListDto extends createZodDto(ZMunicipalityListResponse) {}
class ProgrammeListDto extends createZodDto(ZProgrammeListResponse) {}

const latvianOrder = new Intl.Collator('lv');

@ApiTags('reference')
@Controller('public')
export class ReferenceController {
  constructor(private readonly reference: ReferenceRepository) {}

  @Get('municipalities')
  @Public()
  @ZodResponse({ type: MunicipalityListDto })
  async municipalities() {
    const rows = await this.reference.municipalities();
    const items = rows
      .map((row) => ({ code: row.code, nameLv: row.nameLv, nameEn: row.nameEn, partner: row.partner }))
      .sort((a, b) => latvianOrder.compare(a.nameLv, b.nameLv));
    return { items };
  }

  @Get('programmes')
  @Public()
  @ZodResponse({ type: ProgrammeListDto })
  async programmes() {
    const rows = await this.reference.programmes();
    return { items: rows.map((row) => ({ id: row.id, slug: row.slug, name: { lv: row.nameLv, en: row.nameEn } })) };
  }
}
