// The plan checks: what the plan half of an analysis runs on commitments (the pane runs it in a worker, with the
// copy-paste corpus).
import { duplicate } from './duplicate';
import { missingField } from './missing-field';
import type { PlanCheck } from './types';

export const PLAN_CHECKS: readonly PlanCheck[] = [missingField, duplicate];
