// The types of peak-rss.mjs.
export function peakRssKb(): number;
