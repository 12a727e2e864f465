// Which metrics are proportions (a share of samples, 0 to 1): only those have a 0–1 vs 0–100 scale to confuse, and
// only those get an interval from their sample count. Decided by the metric's name, as the harnesses write them.

// Metrics on their own scale: times, perplexities, losses, counts, ratings. Never proportions.
const NOT_PROPORTION =
  /(?:^|[_\-\s./])(?:perplexity|ppl|bits?_per_(?:byte|char)|bpb|bpc|loss|nll|entropy|seconds?|secs?|minutes?|hours?|time|latency|duration|runtime|tokens?|length|len|count|elo|rating|cost|usd|dollars?|steps|turns|bleu|chrf|ter|rouge\w*|mse|rmse|mae)(?:$|[_\-\s./@])/i;

/** What the policy's rule says (`proportion`), else false when the metric's name says it is no proportion. */
export function mayBeProportion(metric: string, declared: boolean | undefined): boolean {
  return declared ?? !NOT_PROPORTION.test(metric);
}

/** True when a value and the rule's lines all sit on the 0–1 scale of a proportion metric. */
export function isProportionReading(
  metric: string,
  declared: boolean | undefined,
  value: number,
  lines: readonly (number | undefined)[],
): boolean {
  const inUnit = (n: number) => n >= 0 && n <= 1;
  return mayBeProportion(metric, declared) && inUnit(value) && lines.every((n) => n === undefined || inUnit(n));
}
