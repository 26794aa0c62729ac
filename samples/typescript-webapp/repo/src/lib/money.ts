/** An amount in integer minor units (cents) with its ISO 4217 currency code. */
export type Money = {
  amountCents: number;
  currency: string;
};

/** Formats money for display, e.g. `formatMoney({ amountCents: 1250, currency: "EUR" }, "de-DE")` → "12,50 €". */
export function formatMoney(money: Money, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: money.currency }).format(
    money.amountCents / 100,
  );
}

/**
 * Splits an amount into `parts` shares that differ by at most one cent and add up to the total.
 * The first shares get the extra cents, so the result is deterministic.
 */
export function splitEvenly(money: Money, parts: number): Money[] {
  if (!Number.isInteger(parts) || parts < 1) {
    throw new RangeError(`parts must be a positive integer, got ${parts}`);
  }
  const base = Math.trunc(money.amountCents / parts);
  const remainder = money.amountCents - base * parts;
  return Array.from({ length: parts }, (_, index) => ({
    amountCents: base + (index < remainder ? 1 : 0),
    currency: money.currency,
  }));
}
