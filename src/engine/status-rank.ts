// The order of capability statuses, from least to most concerning: the order their schema lists them in.
import { CapabilityStatusSchema, type CapabilityStatus } from './verdict.ts';

const RANK = Object.fromEntries(CapabilityStatusSchema.options.map((s, i) => [s, i])) as Record<CapabilityStatus, number>;

export function statusRank(status: CapabilityStatus): number {
  return RANK[status];
}

export function worstStatus(statuses: readonly CapabilityStatus[]): CapabilityStatus | undefined {
  return statuses.reduce<CapabilityStatus | undefined>((w, s) => (w === undefined || RANK[s] > RANK[w] ? s : w), undefined);
}

export function leastStatus(statuses: readonly CapabilityStatus[]): CapabilityStatus | undefined {
  return statuses.reduce<CapabilityStatus | undefined>((w, s) => (w === undefined || RANK[s] < RANK[w] ? s : w), undefined);
}
