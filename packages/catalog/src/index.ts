export * from './types';
export { CONTROL_AREAS, CONTROL_ID_PATTERN, isControlArea, type ControlArea } from './areas';
export { CRITERION_FAMILY_TITLES, familyOfCriterionId } from './criteria/families';
export { soc2Criteria } from './criteria/soc2-criteria';
export { kushimControls } from './controls';
export { soc2Framework, SOC2_FRAMEWORK_ID } from './framework';
export { catalog } from './catalog';
export { validateCatalog } from './validate-catalog';
