/**
 * Control areas: the `<AREA>` part of a control id and the category name shown for it. Adding an area means adding
 * it here first; `validateCatalog` rejects ids whose area is unknown and categories that do not match their area.
 */
export const CONTROL_AREAS = {
  GOV: 'Governance',
  HR: 'Human resources',
  RISK: 'Risk management',
  MON: 'Monitoring',
  AC: 'Access control',
  NET: 'Network security',
  CRYPTO: 'Cryptography',
  OPS: 'Operations',
  CHG: 'Change management',
  VULN: 'Vulnerability management',
  IR: 'Incident response',
  BCP: 'Business continuity',
  VEND: 'Vendor management',
  DATA: 'Data management',
  PRIV: 'Privacy',
} as const satisfies Record<string, string>;

export type ControlArea = keyof typeof CONTROL_AREAS;

export const CONTROL_ID_PATTERN = /^KSM-([A-Z]+)-(\d{2})$/;

export function isControlArea(value: string): value is ControlArea {
  return Object.prototype.hasOwnProperty.call(CONTROL_AREAS, value);
}
