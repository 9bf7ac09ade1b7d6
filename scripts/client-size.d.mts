export interface PageSize {
  page: string;
  gzipBytes: number;
  chunks: { file: string; gzipBytes: number }[];
}
export const PAGES: { name: string; component: string | null }[];
export const BUDGET_BYTES: number;
export function initialSizes(distClient?: string): PageSize[];
