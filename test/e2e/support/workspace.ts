import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";

export type Part = "Text" | "Balans" | "Indikatorer" | "Uppföljning" | "Tvister" | "Historik" | "Beslut";

/** The link to one part of the open agreement (Tvister may carry a count: ", 1 öppen tvist"). */
export const partLink = (page: Page, part: Part): Locator =>
  page.getByRole("navigation", { name: "Överenskommelsens delar" }).getByRole("link", { name: new RegExp(`^${part}\\b`) });

/** Opens a part of the agreement page as a user would, by its link, and waits for its address. */
export async function openPart(page: Page, part: Part): Promise<void> {
  await partLink(page, part).click();
  await expect.poll(() => partLink(page, part).getAttribute("aria-current")).toBe("page");
}

/** The agreement page follows its events once its live feed is asked for (whichever part is open). */
export async function waitUntilLive(page: Page): Promise<void> {
  await expect.poll(() => page.getByTestId("agreement-workspace").getAttribute("data-live"), { timeout: 15_000 }).toBe("true");
}

/** The header's account menu: the user's name opens it (Mitt konto, Logga ut). */
export async function openAccountMenu(page: Page): Promise<void> {
  const button = page.getByTestId("account-menu");
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}
