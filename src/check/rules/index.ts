import type { Rule } from '../rule.js'
import { ratioPercent } from './ratio-percent.js'
import { changePercent } from './change-percent.js'
import { sumTotal } from './sum-total.js'
import { listCount } from './list-count.js'
import { conflictingValues } from './conflicting-values.js'
import { thresholdStatus } from './threshold-status.js'
import { derivedRate } from './derived-rate.js'
import { timeArithmetic } from './time-arithmetic.js'
import { impossibleValue } from './impossible-value.js'
import { aggregate } from './aggregate.js'
import { metricMismatch } from './metric-mismatch.js'
import { writtenArithmetic } from './written-arithmetic.js'
import { rankOrder } from './rank-order.js'

/** Every rule; each verifies the claims of its kinds. */
export const RULES: Rule[] = [ratioPercent, changePercent, sumTotal, listCount, conflictingValues, thresholdStatus, derivedRate, timeArithmetic, impossibleValue, aggregate, metricMismatch, writtenArithmetic, rankOrder]
