import { expect } from "vitest";
import type { Page } from "playwright-core";

/** The text of a section's editor, without the other people's carets and their name labels. */
export function sectionText(page: Page, title: string): Promise<string> {
  return page.getByRole("textbox", { name: title }).evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collab-caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
}

/**
 * Waits until everything typed so far in that section is stored, then checks the editor says so.
 * (The shown text lags behind on purpose: "Sparar…" appears only when saving takes 300 ms.)
 */
export async function saved(page: Page, title: string): Promise<void> {
  const status = page.locator(".section-editor", { has: page.getByRole("textbox", { name: title }) }).getByRole("status");
  await expect.poll(() => status.getAttribute("data-state")).toBe("saved");
  await expect.poll(() => status.innerText()).toBe("Sparat");
}
