import { describe, expect, it } from "vitest";
import { quotePageOffset } from "./quote-page";

describe("quotePageOffset", () => {
  it("is the server's page when nothing is pasted", () => {
    expect(quotePageOffset(0, 0, 5)).toBe(0);
    expect(quotePageOffset(4, 0, 5)).toBe(0);
    expect(quotePageOffset(5, 0, 5)).toBe(5);
    expect(quotePageOffset(13, 0, 5)).toBe(10);
  });
  it("counts the pasted quotes listed before the saved ones", () => {
    expect(quotePageOffset(4, 2, 5)).toBe(5);
    expect(quotePageOffset(2, 2, 5)).toBe(0);
    expect(quotePageOffset(3, 2, 5)).toBe(5);
    expect(quotePageOffset(0, 7, 5)).toBe(5);
  });
});
