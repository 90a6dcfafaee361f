import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

let validator: ValidateFunction | null = null;

/**
 * NIST's OSCAL 1.0.4 assessment-results JSON Schema (draft-07, `test/fixtures/oscal/`), compiled once by ajv's
 * draft-07 default export with formats on (date-time, uri, uri-reference). The schema compiles in strict mode.
 */
function compiled(): ValidateFunction {
  if (!validator) {
    const schemaPath = path.resolve(__dirname, '../fixtures/oscal/oscal_assessment-results_schema.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Every schema violation as `<JSON pointer> <message>`; `valid` only when there is none. */
export function validateAssessmentResults(document: unknown): { valid: boolean; errors: string[] } {
  const validate = compiled();
  const valid = validate(document) === true;
  return {
    valid,
    errors: valid
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim()),
  };
}
