/** Rules about bodies and their membership. */
import type { Body } from '../schemas';
import type { FieldErrors } from '../validation/record-validator';

export function checkBody(body: Body): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  body.memberships.forEach((membership, index) => {
    if (seen.has(membership.memberId)) errors[`memberships.${index}.memberId`] = 'This member is already on the body.';
    seen.add(membership.memberId);
  });
  const chairs = body.memberships.filter((m) => m.role === 'chairperson').length;
  if (chairs > 1) errors.memberships = 'A body has one chairperson.';
  if (body.quorumRule === 'fixed' && !body.quorumFixed) errors.quorumFixed = 'Enter the number of members that form a quorum.';
  if (body.quorumRule === 'fixed' && (body.quorumFixed ?? 0) > body.memberships.length) {
    errors.quorumFixed = 'The quorum cannot be more than the number of members.';
  }
  return errors;
}

const KIND_ORDER: Record<Body['kind'], number> = {
  council: 0,
  mayoral_committee: 1,
  portfolio_committee: 2,
  mpac: 3,
  ad_hoc: 4,
  other: 5,
};

/** Council first, then the Mayoral Committee, portfolio committees, MPAC and the rest; by name within each. */
export function compareBodies(a: Pick<Body, 'kind' | 'name'>, b: Pick<Body, 'kind' | 'name'>): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'en-ZA');
}
