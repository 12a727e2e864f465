// Who can attest what in the example lab (examples/frontier-lab): the members of its policy's owner teams, and one
// owner for each safeguard frontier-8 needs, for the tests that simulate the owners' attestations.

export const EXAMPLE_TEAMS: Record<string, string[]> = {
  '@acme/safeguards': ['sofia'],
  '@acme/red-team': ['rey'],
  '@acme/trust-safety': ['tess'],
  '@acme/partnerships': ['pat'],
  '@acme/security': ['sid'],
  '@acme/rso-office': ['rso-jordan'],
};

export const EXAMPLE_OWNERS: Record<string, string> = {
  'risk-report': 'rso-jordan',
  'asl3-classifiers': 'dana-ml',
  'asl3-threat-modeling': 'sofia',
  'asl3-red-teaming': 'rey',
  'asl3-rapid-remediation': 'sofia',
  'asl3-monitoring': 'tess',
  'asl3-trusted-users': 'tess',
  'asl3-third-party-environments': 'pat',
  'asl3-security-threat-model': 'sid',
  'asl3-access-controls': 'sam-sec',
  'asl3-lifecycle-security': 'sid',
  'asl3-security-monitoring': 'sid',
  'asl3-security-resourcing': 'rso-jordan',
  'asl3-security-audits': 'sid',
};
