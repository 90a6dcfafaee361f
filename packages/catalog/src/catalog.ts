import { kushimControls } from './controls';
import { soc2Criteria } from './criteria/soc2-criteria';
import { soc2Framework } from './framework';
import type { Catalog } from './types';

/** The catalog Kushim ships: seeded into the database and cached in memory by the API. */
export const catalog: Catalog = {
  frameworks: [soc2Framework],
  criteria: soc2Criteria,
  controls: kushimControls.map((control, index) => ({ ...control, sortOrder: index + 1 })),
};
