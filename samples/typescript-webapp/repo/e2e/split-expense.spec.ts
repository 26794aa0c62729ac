import { expect, test } from "@playwright/test";

test("@smoke a new expense appears in the group's list with each person's share", async ({
  page,
}) => {
  await page.goto("/groups/demo");

  await page.getByRole("button", { name: "Add expense" }).click();
  await page.getByLabel("Description").fill("Groceries");
  await page.getByLabel("Amount").fill("30.00");
  await page.getByRole("button", { name: "Save expense" }).click();

  const row = page.getByRole("row", { name: /Groceries/ });
  await expect(row).toContainText("€30.00");
  await expect(row).toContainText("€10.00 each");
});
