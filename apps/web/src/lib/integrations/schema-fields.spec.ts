import { describe, expect, it } from 'vitest';

import { humanize, parseFields, schemaFields } from './schema-fields';

const awsCredentials = {
  type: 'object',
  properties: {
    accessKeyId: { type: 'string', minLength: 1, description: 'Access key id' },
    secretAccessKey: { type: 'string', minLength: 1 },
    roleArn: { type: 'string', pattern: '^arn:aws[a-z-]*:iam::\\d{12}:role\\/.+$' },
  },
  required: ['accessKeyId', 'secretAccessKey'],
};

const awsSettings = {
  type: 'object',
  properties: {
    region: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-\\d$' },
    endpoint: { type: 'string', format: 'uri' },
    versionedBuckets: { type: 'array', items: { type: 'string' } },
    maxAttempts: { type: 'integer', minimum: 1, maximum: 10 },
    accessKeyMaxAgeDays: { type: 'integer', minimum: 1, maximum: 9007199254740991 },
    passwordRequireComplexity: { type: 'boolean' },
    nested: { type: 'object' },
  },
};

describe('schemaFields', () => {
  it('labels fields, marks secrets and puts required fields first', () => {
    const fields = schemaFields(awsCredentials, { secrets: true });
    expect(fields.map((field) => [field.name, field.label, field.kind, field.required])).toEqual([
      ['accessKeyId', 'Access key ID', 'text', true],
      ['secretAccessKey', 'Secret access key', 'secret', true],
      ['roleArn', 'Role ARN', 'text', false],
    ]);
  });

  it('maps formats and types, drops absurd bounds and skips what it cannot render', () => {
    const fields = schemaFields(awsSettings, { secrets: false });
    expect(fields.map((field) => field.kind)).toEqual([
      'text',
      'url',
      'list',
      'integer',
      'integer',
      'boolean',
    ]);
    expect(fields.find((field) => field.name === 'accessKeyMaxAgeDays')?.maximum).toBeUndefined();
  });
});

describe('parseFields', () => {
  const fields = schemaFields(awsSettings, { secrets: false });

  it('builds the settings object, leaving empty optional fields out', () => {
    expect(
      parseFields(fields, {
        region: ' us-east-1 ',
        endpoint: 'http://127.0.0.1:4010/aws',
        versionedBuckets: 'acme-prod-backups,\nacme-web-assets',
        maxAttempts: '',
        passwordRequireComplexity: false,
      }),
    ).toEqual({
      values: {
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:4010/aws',
        versionedBuckets: ['acme-prod-backups', 'acme-web-assets'],
        passwordRequireComplexity: false,
      },
      errors: {},
    });
  });

  it('names each field that is wrong', () => {
    const { errors } = parseFields(fields, { region: 'Mars', endpoint: 'not a url', maxAttempts: '11' });
    expect(errors).toEqual({
      region: 'is not in the expected format',
      endpoint: 'must be a URL such as https://example.com',
      maxAttempts: 'must be at most 10',
    });
    expect(parseFields(schemaFields(awsCredentials, { secrets: true }), {}).errors).toEqual({
      accessKeyId: 'is required',
      secretAccessKey: 'is required',
    });
  });

  it('humanizes acronyms', () => {
    expect(humanize('orgUrl')).toBe('Org URL');
    expect(humanize('apiToken')).toBe('API token');
  });
});
