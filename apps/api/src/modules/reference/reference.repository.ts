import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

@Injectable()
export class ReferenceRepository {
  constructor(private readonly prisma: PrismaService) {}

  municipalities() {
    return this.prisma.municipality.findMany({ orderBy: { nameLv: 'asc' } });
  }

  programmes() {
    return this.prisma.programme.findMany({ orderBy: { nameLv: 'asc' } });
  }

  async municipalityCodes(): Promise<Set<string>> {
    const rows = await this.prisma.municipality.findMany({ select: { code: true } });
    return new Set(rows.map((row) => row.code));
  }
}
