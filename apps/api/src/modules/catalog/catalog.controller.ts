import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FrameworkList } from '@kushim/contracts';
import { CatalogService } from './catalog.service';

@ApiTags('catalog')
@Controller('frameworks')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({ summary: 'Compliance frameworks with their criteria, in report order' })
  @ApiOkResponse({ description: '{ items: [{ id, name, version, criteria: [...] }] }' })
  async list(): Promise<FrameworkList> {
    return { items: [...(await this.catalog.frameworks())] };
  }
}
