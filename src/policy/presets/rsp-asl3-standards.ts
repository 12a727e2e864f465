// The parts of RSP v2.2's ASL-3 Deployment (section 4.1) and Security (section 4.2) Standards that both Anthropic presets
// require at ASL-3: one text each, so the two presets cannot drift apart. YAML list entries, indented to sit under a
// preset's `safeguards:`; each preset adds its own version-specific entries beside them.
export const ASL3_SECURITY_STANDARD = `  - id: asl3-security-threat-model
    level: ASL-3
    kind: security
    title: Security threat model of attacks on model weights (MITRE ATT&CK)
    owners: []
    source: RSP v2.2 section 4.2 (threat modeling)
  - id: asl3-access-controls
    level: ASL-3
    kind: security
    title: Security perimeters and access controls around model weights
    owners: []
    source: RSP v2.2 section 4.2 (perimeters and access controls)
  - id: asl3-lifecycle-security
    level: ASL-3
    kind: security
    title: Secure development lifecycle and supply chain for training and serving
    owners: []
    source: RSP v2.2 section 4.2 (lifecycle security)
  - id: asl3-security-monitoring
    level: ASL-3
    kind: security
    title: Security monitoring of systems that hold the weights
    owners: []
    source: RSP v2.2 section 4.2 (monitoring)
  - id: asl3-security-resourcing
    level: ASL-3
    kind: security
    title: Security is resourced (about 5-10% of staff) and follows RAND, CISA, ISO 42001, SOC 2 or NIST 800-53 guidance
    owners: []
    source: RSP v2.2 section 4.2 (resourcing, existing guidance)
  - id: asl3-security-audits
    level: ASL-3
    kind: security
    title: Independent audits of the security program
    owners: []
    source: RSP v2.2 section 4.2 (audits)`;

/** The v2.2 ASL-3 Deployment Standard entries both presets carry word for word. */
export const ASL3_DEPLOYMENT_STANDARD = `  - id: asl3-threat-modeling
    level: ASL-3
    kind: deployment
    title: Misuse threat model covering the ways the model could be misused
    owners: []
    source: RSP v2.2 section 4.1 (threat modeling)
  - id: asl3-rapid-remediation
    level: ASL-3
    kind: deployment
    title: Jailbreaks found in use or by red-teaming are remediated rapidly
    owners: []
    source: RSP v2.2 section 4.1 (rapid remediation)
  - id: asl3-monitoring
    level: ASL-3
    kind: deployment
    title: Usage monitoring detects attempts to misuse the model
    owners: []
    source: RSP v2.2 section 4.1 (monitoring)
  - id: asl3-third-party-environments
    level: ASL-3
    kind: deployment
    title: Deployments in third-party environments meet the same standard
    owners: []
    source: RSP v2.2 section 4.1 (third-party environments)`;
