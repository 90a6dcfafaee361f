/**
 * The part of the NIST OSCAL 1.0.4 assessment-results model Kushim writes (field names as in the JSON schema,
 * `apps/api/test/fixtures/oscal/`). Optional arrays are left out rather than empty: the schema wants minItems 1.
 */
export interface OscalProperty {
  name: string;
  ns?: string;
  value: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  'media-type'?: string;
  text?: string;
}

export interface OscalHash {
  algorithm: 'SHA-256';
  value: string;
}

export interface OscalResource {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  rlinks?: { href: string; 'media-type'?: string; hashes?: OscalHash[] }[];
}

export interface OscalObservation {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  links?: OscalLink[];
  methods: 'TEST'[];
  types: ('finding' | 'control-objective')[];
  'relevant-evidence'?: { href: string; description: string; props?: OscalProperty[] }[];
  collected: string;
  remarks?: string;
}

export type OscalObjectiveState = 'satisfied' | 'not-satisfied';

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  target: {
    type: 'objective-id';
    'target-id': string;
    status: { state: OscalObjectiveState; reason: 'pass' | 'fail' | 'other'; remarks?: string };
  };
  'related-observations': { 'observation-uuid': string }[];
}

export interface OscalControlSelection {
  description?: string;
  'include-all'?: Record<string, never>;
  'include-controls'?: { 'control-id': string }[];
}

export interface OscalResult {
  uuid: string;
  title: string;
  description: string;
  start: string;
  end: string;
  props?: OscalProperty[];
  'reviewed-controls': { 'control-selections': OscalControlSelection[] };
  observations?: OscalObservation[];
  findings?: OscalFinding[];
}

export interface AssessmentResultsDocument {
  'assessment-results': {
    uuid: string;
    metadata: {
      title: string;
      'last-modified': string;
      version: string;
      'oscal-version': string;
      props?: OscalProperty[];
    };
    'import-ap': { href: string; remarks?: string };
    results: OscalResult[];
    'back-matter': { resources: OscalResource[] };
  };
}
