// Preset `gdm-fsf-v3`: Google DeepMind's Frontier Safety Framework v3, as YAML (bundled as a string).
export const gdmFsfV3 = `# Google DeepMind Frontier Safety Framework, version 3.0 (2025-09-22) and 3.1 (2026-04-17).
# Sources:
#   [F30] https://storage.googleapis.com/deepmind-media/DeepMind.com/Blog/strengthening-our-frontier-safety-framework/frontier-safety-framework_3.pdf
#         (Critical Capability Levels and their recommended security levels)
#   [F31] Frontier Safety Framework v3.1 (SL2+ defined in section 2.1.1; alert thresholds in the glossary)
# "SET" marks a number no source publishes: rsp-gate reports each one (PRESET_VALUE_UNSET) until your policy sets it.
# The framework publishes no numeric alert thresholds and no evaluation thresholds at all: every number is SET.
#
# Levels: the framework attaches a recommended security level (after RAND's SL1-SL5) to each Critical Capability
# Level (CCL), so the levels here are those security levels: a model that reaches a CCL must be handled at the
# security level that CCL recommends. "baseline" is a model that has reached no CCL. SL2+ follows v3.1; v3.0
# recommended SL2 for the same CCLs.
# Not here: the exploratory CCLs (harmful manipulation, instrumental reasoning), for which no evaluation or
# acceptance criterion is published, and v3.1's Tracked Capability Levels; add your own if you gate on them.
# Owners: every safeguard ships with no owners. Name them in your policy (entries are matched by id); a safeguard
# without owners can only be satisfied by a model's ledger.
# Sign-off: the safety case goes to "the appropriate governance function"; list it under approvals.policy.
version: 1
levels: [baseline, SL2+, SL3, SL4]

evals:   # names that result files use for the eval ids below (harness task names)
  wmdp-bio: [wmdp_bio, inspect_evals/wmdp_bio]
  cybench: [inspect_evals/cybench]
  mle-bench: [inspect_evals/mle_bench]

capabilities:
  - id: cbrn-uplift-1
    title: Uplift for low- to medium-resourced actors in reference scenarios that adds expected harm at severe scale
    requires: SL2+
    source: Frontier Safety Framework v3.0 CCL table (CBRN uplift 1; SL2, SL2+ in v3.1)
    evidence:
      # WMDP, a commonly cited hazardous-knowledge proxy: https://wmdp.ai/
      - eval: wmdp-bio
        metric: accuracy
        alert: SET
        threshold: SET
        source: WMDP biosecurity subset; alert and threshold unpublished

  - id: cyber-uplift-1
    title: Enough uplift for high-impact cyber attacks to add expected harm at severe scale
    requires: SL2+
    source: Frontier Safety Framework v3.0 CCL table (Cyber uplift 1; SL2, SL2+ in v3.1)
    evidence:
      # Cybench: https://cybench.github.io/ (Gemini 2.5 Pro reportedly reached this CCL's alert threshold; the
      # value was not disclosed).
      - eval: cybench
        metric: accuracy
        alert: SET
        threshold: SET
        source: Cybench; alert and threshold unpublished

  - id: ml-rnd-acceleration-1
    title: Has been used to make AI progress accelerate substantially beyond historical rates
    requires: SL3
    source: Frontier Safety Framework v3.0 CCL table (Machine learning R&D acceleration 1; SL3)
    evidence:
      # RE-Bench, METR's AI R&D task suite: https://metr.org/blog/2024-11-22-evaluating-r-d-capabilities-of-llms
      - eval: re-bench
        metric: score
        alert: SET
        threshold: SET
        source: RE-Bench (METR, 2024); alert and threshold unpublished

  - id: ml-rnd-automation-1
    title: Can fully automate the work of any team of AI-capabilities researchers at comparable all-inclusive cost
    requires: SL4
    source: Frontier Safety Framework v3.0 CCL table (Machine learning R&D automation 1; SL4)
    evidence:
      # MLE-bench: machine learning engineering tasks from Kaggle competitions, https://arxiv.org/abs/2410.07095
      - eval: mle-bench
        metric: accuracy
        alert: SET
        threshold: SET
        source: MLE-bench; alert and threshold unpublished

safeguards:
  # Before any external deployment the framework asks for an assessment of every CCL.
  - id: ccl-assessment
    level: baseline
    kind: governance
    title: Early-warning evaluations run for every CCL before external deployment or after a material capability change
    owners: []
    source: Frontier Safety Framework v3 (assessment before first external deployment and on material change)

  # SL2+ security [F31 section 2.1.1]: the goals of RAND SL2 plus the listed additions.
  - id: sl2-security
    level: SL2+
    kind: security
    title: Security controls meeting the goals of RAND SL2
    owners: []
    source: Frontier Safety Framework v3.0 CCL table (recommended security level)
  - id: sl2plus-insider-risk
    level: SL2+
    kind: security
    title: An insider-risk team and background checks for staff with access to the weights
    owners: []
    source: Frontier Safety Framework v3.1 section 2.1.1 (SL2+)
  - id: sl2plus-training-data-review
    level: SL2+
    kind: security
    title: Training data reviewed for tampering
    owners: []
    source: Frontier Safety Framework v3.1 section 2.1.1 (SL2+)
  - id: sl2plus-sandboxed-inputs
    level: SL2+
    kind: security
    title: Untrusted inputs are processed in sandboxes
    owners: []
    source: Frontier Safety Framework v3.1 section 2.1.1 (SL2+)
  - id: sl2plus-apt-red-teaming
    level: SL2+
    kind: security
    title: Red-teaming by an adversary emulating an advanced persistent threat
    owners: []
    source: Frontier Safety Framework v3.1 section 2.1.1 (SL2+)
  - id: sl2plus-incident-response
    level: SL2+
    kind: security
    title: Incident response available around the clock (24/7)
    owners: []
    source: Frontier Safety Framework v3.1 section 2.1.1 (SL2+)

  # Deployment mitigations, once a CCL is reached.
  - id: deploy-safety-training
    level: SL2+
    kind: deployment
    title: Safety post-training against the CCL's harms
    owners: []
    source: Frontier Safety Framework v3 (deployment mitigations)
  - id: deploy-monitoring
    level: SL2+
    kind: deployment
    title: Input, output and chain-of-thought monitoring
    owners: []
    source: Frontier Safety Framework v3 (deployment mitigations)
  - id: deploy-account-moderation
    level: SL2+
    kind: deployment
    title: Account moderation, user verification and rapid jailbreak patching
    owners: []
    source: Frontier Safety Framework v3 (deployment mitigations)
  - id: deploy-bug-bounty
    level: SL2+
    kind: deployment
    title: A bug bounty for safeguard bypasses
    owners: []
    source: Frontier Safety Framework v3 (deployment mitigations)
  - id: safety-case
    level: SL2+
    kind: governance
    title: Safety case approved by the appropriate governance function before deployment
    owners: []
    source: Frontier Safety Framework v3 (safety case once a CCL is reached)

  # SL3 and SL4: the machine learning R&D CCLs.
  - id: sl3-security
    level: SL3
    kind: security
    title: Security controls meeting the goals of RAND SL3
    owners: []
    source: Frontier Safety Framework v3.0 CCL table (ML R&D acceleration 1 -> SL3)
  - id: internal-deployment-safety-case
    level: SL3
    kind: governance
    title: Safety case covers high-risk internal deployment, approved before it starts
    owners: []
    source: Frontier Safety Framework v3 (for ML R&D CCLs the safety case also covers high-risk internal deployment)
  - id: sl4-security
    level: SL4
    kind: security
    title: Security controls meeting the goals of RAND SL4
    owners: []
    source: Frontier Safety Framework v3.0 CCL table (ML R&D automation 1 -> SL4, for the field as a whole)

assessment:
  # The framework re-assesses on "meaningful new capabilities or material increases in performance" and names
  # no compute ratio. Choose the effective-compute ratio that you treat as a material increase.
  notable_increase: SET
`;
