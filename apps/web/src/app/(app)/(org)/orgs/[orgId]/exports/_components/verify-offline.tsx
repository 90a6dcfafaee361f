import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@kushim/ui/components/card';

/** How an auditor checks a package without trusting this server (docs/auditors.md). */
export function VerifyOffline() {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Verify a package offline</h2>
        </CardTitle>
        <CardDescription>No database, no network, no trust in this service.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <ol className="grid list-decimal gap-2 pl-5">
          <li>
            Fetch the signing keys once:{' '}
            <code className="text-xs break-all">curl -o keys.json {'<kushim>'}/api/v1/ledger/keys</code>
          </li>
          <li>
            Run <code className="text-xs">pnpm exec kushim-verify export.zip --keys keys.json</code> from a
            Kushim checkout.
          </li>
          <li>
            It checks every file against the manifest, the signed checkpoints and the hash chain, every result
            against its seal, and re-runs each check on the evidence in the package. One line says OK, or
            which file, event or check does not match.
          </li>
        </ol>
      </CardContent>
    </Card>
  );
}
