import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type SchemaEngineGlue = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

let glue: Promise<SchemaEngineGlue> | undefined;

/** The slice of the WebAssembly global used here (the project's TS lib has no DOM/WebAssembly declarations). */
interface WebAssemblyApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/**
 * The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load
 * (ESM WebAssembly integration is behind a flag there). Instantiate it by hand with the package's own JS glue,
 * exactly what that entry does. Once per process: the glue keeps the instance in module state.
 */
function loadGlue(): Promise<SchemaEngineGlue> {
  glue ??= (async () => {
    const bindings: SchemaEngineGlue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await wasmApi.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings;
  })();
  return glue;
}

/** A Prisma schema engine (WebAssembly build) that talks to PostgreSQL through `adapter`. */
export async function loadSchemaEngine(
  adapter: object,
  datamodels?: [path: string, content: string][],
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadGlue();
  return SchemaEngine.new({ datamodels }, log, adapter);
}

export async function schemaEngineVersion(): Promise<string> {
  return (await loadGlue()).version();
}
