import type { ReportDocument } from '../parse/document.js';
import type { Claim, MetricValueClaim } from './model.js';
export declare function readSameMetrics(doc: ReportDocument, values: MetricValueClaim[]): Claim[];
