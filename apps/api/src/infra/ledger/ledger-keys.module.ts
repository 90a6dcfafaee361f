import { Module } from '@nestjs/common';
import { ApiConfig } from '@/config/api-config';
import { LEDGER_KEY_SETTINGS, ledgerKeySettingsFrom } from './ledger-key-settings';
import { LedgerKeysService } from './ledger-keys.service';

/** The checkpoint keys (LEDGER_SIGNING_KEY, LEDGER_SIGNING_KEY_ID, LEDGER_KEYS_DIR). */
@Module({
  providers: [
    {
      provide: LEDGER_KEY_SETTINGS,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ledgerKeySettingsFrom(config.env),
    },
    LedgerKeysService,
  ],
  exports: [LedgerKeysService],
})
export class LedgerKeysModule {}
