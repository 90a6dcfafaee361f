import { Global, Module } from '@nestjs/common';
import { CredentialVault } from './credential-vault.service';

/** The credential vault, for the API (connect, test) and the worker (collect). */
@Global()
@Module({ providers: [CredentialVault], exports: [CredentialVault] })
export class CredentialVaultModule {}
