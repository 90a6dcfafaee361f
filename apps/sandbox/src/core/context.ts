import type { BehaviourGate } from './behaviour';
import type { Recorder } from './recorder';
import type { Scenario } from './scenario';

/** What every provider's routes receive. */
export interface SandboxContext {
  scenarios: Map<string, Scenario>;
  /** The scenario a credential names (`sbx_<scenario>_…`), or undefined for an unknown credential. */
  scenarioFor(credential: string | undefined): Scenario | undefined;
  gate: BehaviourGate;
  recorder: Recorder;
}
