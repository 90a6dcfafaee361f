/**
 * The shape of Kushim's compliance catalog: frameworks, their criteria, Kushim's controls and the
 * control → criterion mapping. Pure data; the database seed and the API read these types.
 */

/** The Prisma `Role` values a control can default its owner to (never a read-only role). */
export const CONTROL_OWNER_ROLES = ['OWNER', 'ADMIN', 'COMPLIANCE_MANAGER'] as const;
export type ControlOwnerRole = (typeof CONTROL_OWNER_ROLES)[number];

/** How often a control operates or is re-tested. `event-driven` = on each occurrence (hire, change, incident). */
export const CONTROL_FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'semi-annual',
  'annual',
  'event-driven',
] as const;
export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];

/**
 * Criterion families. The common criteria keep their series (CC1 … CC9); each additional Trust Services Category is
 * one family (A, C, PI, P), so P1 … P8 all belong to family `P`. Dashboards group by this value directly.
 */
export const CRITERION_FAMILIES = [
  'CC1',
  'CC2',
  'CC3',
  'CC4',
  'CC5',
  'CC6',
  'CC7',
  'CC8',
  'CC9',
  'A',
  'C',
  'PI',
  'P',
] as const;
export type CriterionFamily = (typeof CRITERION_FAMILIES)[number];

export interface FrameworkDefinition {
  id: string;
  name: string;
  version: string;
}

export interface CriterionDefinition {
  id: string;
  frameworkId: string;
  family: CriterionFamily;
  /** A short paraphrase in Kushim's own words (the official criterion text is copyrighted). */
  title: string;
  sortOrder: number;
  /** Defaults to true. A criterion no Kushim control addresses must be marked false with a reason. */
  inScope?: boolean;
  outOfScopeReason?: string;
}

/** One control → criterion link, with the one-line reason an auditor would accept. */
export interface CriterionMapping {
  criterionId: string;
  rationale: string;
}

export interface ControlDefinition {
  /** `KSM-<AREA>-<NN>`, e.g. `KSM-AC-01`. */
  id: string;
  title: string;
  description: string;
  /** How the control is tested: which automated check kinds run, or which manual evidence is reviewed. */
  testProcedure: string;
  frequency: ControlFrequency;
  defaultOwnerRole: ControlOwnerRole;
  /** The human name of the control's area (see `CONTROL_AREAS`). */
  category: string;
  criteria: readonly CriterionMapping[];
}

/** A control as it is seeded and served: with its position in the catalog. */
export interface CatalogControl extends ControlDefinition {
  sortOrder: number;
}

export interface Catalog {
  frameworks: readonly FrameworkDefinition[];
  criteria: readonly CriterionDefinition[];
  controls: readonly CatalogControl[];
}
