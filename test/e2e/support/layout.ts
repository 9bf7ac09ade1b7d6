import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { expect } from "vitest";
import type { Page } from "playwright-core";

/** Where the screenshots for review go; CI keeps the folder as an artifact (see .ci/run). */
export const SCREENSHOT_DIR = join(process.cwd(), "test-results", "screenshots");

/** The widths every checked page is looked at: a phone (and 400 % zoom), a tablet, a laptop. */
export const WIDTHS = [1280, 768, 320] as const;

/**
 * What axe does not see: content cut off by its box (a control's label, a clipped column), and the
 * terms and values of a description list that do not line up. Each problem is named so that a failed
 * assertion says where to look.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const problems: string[] = [];
    const name = (e: Element) => {
      const classes = Array.from(e.classList).slice(0, 3).join(".");
      const text = (e.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      return `${e.tagName.toLowerCase()}${classes ? `.${classes}` : ""} "${text}"`;
    };
    const shown = (e: Element) => e.getClientRects().length > 0 && !e.closest(".visually-hidden, [hidden], dialog:not([open])");
    // Inputs scroll their own text, and the editor its own content: that is not clipping.
    const scrollsItself = (e: Element) => e.matches("input, textarea, select, [contenteditable], [contenteditable] *");
    const CONTROLS = "button, a.button, .badge, .tag, label";

    for (const e of Array.from(document.querySelectorAll("body *"))) {
      if (!shown(e) || scrollsItself(e)) continue;
      const style = getComputedStyle(e);
      const hides = (overflow: string) => overflow === "hidden" || overflow === "clip";
      const wider = e.scrollWidth > e.clientWidth + 1;
      const taller = e.scrollHeight > e.clientHeight + 1;
      if ((hides(style.overflowX) && wider) || (hides(style.overflowY) && taller)) {
        problems.push(`clipped: ${name(e)} shows ${e.clientWidth}×${e.clientHeight} of ${e.scrollWidth}×${e.scrollHeight}`);
      } else if (e.matches(CONTROLS) && wider) {
        problems.push(`overflows its box: ${name(e)} is ${e.clientWidth}px wide, its content ${e.scrollWidth}px`);
      }
    }

    // Each dd belongs to the nearest dt before it: beside it on its row, or under it in its column.
    for (const list of Array.from(document.querySelectorAll("dl"))) {
      if (!shown(list)) continue;
      let term: Element | null = null;
      for (const item of Array.from(list.querySelectorAll("dt, dd"))) {
        if (item.closest("dl") !== list || !shown(item)) continue;
        if (item.tagName === "DT") {
          term = item;
          continue;
        }
        if (!term) continue;
        const t = term.getBoundingClientRect();
        const d = item.getBoundingClientRect();
        const beside = Math.abs(d.top - t.top) < Math.max(t.height, 8) && d.left >= t.right - 1;
        const under = d.top >= t.bottom - 2 && d.top - t.bottom < 32 && Math.abs(d.left - t.left) <= 4;
        if (!beside && !under) problems.push(`misaligned: ${name(term)} and its value ${name(item)}`);
      }
    }
    return problems;
  });
}

const shots = new Map<string, number>();

/** A full-page screenshot named after the test file, the test and the width, for review. */
export async function screenshot(page: Page, width: number): Promise<void> {
  const state = expect.getState();
  const testName = (state.currentTestName ?? "page").split(" > ").pop();
  const test = `${basename(state.testPath ?? "e2e").replace(/\.e2e\.test\.ts$/, "")}--${testName}`;
  const n = (shots.get(`${test}@${width}`) ?? 0) + 1;
  shots.set(`${test}@${width}`, n);
  const slug = test
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .slice(0, 90);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // From the top: a full-page shot of a scrolled page draws sticky bars where they stuck.
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${slug}-${n}-${width}.png`), fullPage: true, animations: "disabled" });
  await page.evaluate((y) => window.scrollTo(0, y), scrolled);
}
