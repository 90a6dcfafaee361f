import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LedgerKeys } from '@kushim/contracts';
import { publishKeys } from '@kushim/ledger';
import { Public } from '@/common/auth';
import { LedgerKeysService } from '@/infra/ledger/ledger-keys.service';

/** Public: anyone holding a checkpoint or an export can fetch the keys to verify it (they are not secret). */
@ApiTags('audit')
@Controller('ledger/keys')
export class LedgerKeysController {
  constructor(private readonly keys: LedgerKeysService) {}

  @Public()
  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'The Ed25519 public keys of the ledger checkpoints, by key id (retired keys included)',
  })
  @ApiOkResponse({ description: '{ keys: [{ keyId, algorithm: "Ed25519", publicKeyPem }] }' })
  async list(): Promise<LedgerKeys> {
    return publishKeys(await this.keys.publicKeys());
  }
}
