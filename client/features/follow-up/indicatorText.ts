import type { IndicatorStatus } from '../../gql/graphql';
import { withUnit } from './measure';

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** "Mål 90 %, varning vid 85 %" in the current language. */
export function goalText(t: Translate, locale: string, indicator: { target: string; warnAt: string | null; unit: string }): string {
  const target = withUnit(indicator.target, indicator.unit, locale);
  return indicator.warnAt === null
    ? t('followUp.goal', { target })
    : t('followUp.goalWithWarning', { target, warnAt: withUnit(indicator.warnAt, indicator.unit, locale) });
}

/**
 * The shape that carries a status besides its colour (WCAG 1.4.1): the same in the chart, its legend and
 * the tables. ● reaches the target, ▲ a warning, ■ below the threshold.
 */
export const STATUS_SYMBOL: Record<IndicatorStatus, string> = { GREEN: '●', YELLOW: '▲', RED: '■' };
