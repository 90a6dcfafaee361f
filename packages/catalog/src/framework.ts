import type { FrameworkDefinition } from './types';

export const SOC2_FRAMEWORK_ID = 'SOC2';

export const soc2Framework: FrameworkDefinition = {
  id: SOC2_FRAMEWORK_ID,
  name: 'SOC 2 — Trust Services Criteria (2017, revised points of focus 2022)',
  version: '2017 (2022 points of focus)',
};
