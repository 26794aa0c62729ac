import { formatMoney, splitEvenly } from "./money";

describe("splitEvenly", () => {
  it("gives the extra cents to the first shares", () => {
    const shares = splitEvenly({ amountCents: 1000, currency: "EUR" }, 3);
    expect(shares.map((share) => share.amountCents)).toEqual([334, 333, 333]);
  });

  it("always adds up to the total", () => {
    const shares = splitEvenly({ amountCents: 9999, currency: "USD" }, 7);
    expect(shares.reduce((sum, share) => sum + share.amountCents, 0)).toBe(9999);
  });

  it("rejects zero parts", () => {
    expect(() => splitEvenly({ amountCents: 100, currency: "EUR" }, 0)).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it("formats minor units in the given locale", () => {
    expect(formatMoney({ amountCents: 1250, currency: "USD" }, "en-US")).toBe("$12.50");
  });
});
