// The ASL-3 Security Standard of RSP v2.2 (section 4.2), which both Anthropic presets require at ASL-3: one text, so
// the two presets cannot drift apart. YAML list entries, indented to sit under a preset's `safeguards:`.
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
