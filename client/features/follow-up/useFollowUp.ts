import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  AcceptFollowUpDocument,
  AddActionPlanDocument,
  AgreementFollowUpDocument,
  ReportDeliveryDocument,
  ReportIndicatorDocument,
  ReturnFollowUpDocument,
  SetActionStepDoneDocument,
  UpdateActionPlanDocument,
  type ActionPlanInput,
  type ActionPlanStatus,
  type AgreementFollowUpQuery,
} from '../../gql/graphql';
import { toAppError } from '../../errors';
import { useActionRunner } from '../../composables/useActionRunner';
import { useAgreementEventFeed } from '../comments/useAgreementEventFeed';
import { latestRefetch } from '../../latestRefetch';

export type FollowUpAgreement = AgreementFollowUpQuery['agreement'];
export type FollowUpPeriod = FollowUpAgreement['followUp']['periods'][number];
export type IndicatorReport = FollowUpPeriod['reports'][number];
export type ActionPlan = FollowUpAgreement['followUp']['openActionPlans'][number];
export type Indicator = FollowUpAgreement['indicators'][number];

/**
 * An agreement's follow-up: periods, values, deliveries, forecast, plans and what the caller may do. Live:
 * every `followUp.*` event (a report, a plan, an acceptance), a lifecycle step and a dispute (which changes
 * who may raise one) refetch, so both parties see each other's steps and stale actions go away.
 */
export function useFollowUp(agreementId: () => string) {
  const query = useQuery(AgreementFollowUpDocument, () => ({ id: agreementId() }));
  const refetchLatest = latestRefetch(() => query.refetch());
  const refresh = async (): Promise<void> => {
    await refetchLatest();
  };
  useAgreementEventFeed(agreementId, ['followUp.', 'agreement.', 'approval.', 'dispute.'], () => void refresh());

  const runner = useActionRunner(refresh);
  const opts = { throws: 'always' } as const;
  const report = useMutation(ReportIndicatorDocument, opts);
  const delivery = useMutation(ReportDeliveryDocument, opts);
  const addPlan = useMutation(AddActionPlanDocument, opts);
  const updatePlan = useMutation(UpdateActionPlanDocument, opts);
  const stepDone = useMutation(SetActionStepDoneDocument, opts);
  const accept = useMutation(AcceptFollowUpDocument, opts);
  const giveBack = useMutation(ReturnFollowUpDocument, opts);

  const agreement = computed(() => query.result.value?.agreement ?? null);
  return {
    agreement,
    loading: query.loading,
    loadError: computed(() => (query.error.value ? toAppError(query.error.value) : null)),
    busy: runner.busy,
    error: runner.error,
    clearError: () => (runner.error.value = null),
    refresh,
    /** Each value and delivery of a period is its own report; they are sent one after another, the first refusal stops the rest. */
    reportPeriod: (
      period: string,
      values: ReadonlyArray<{ indicatorId: string; value: string; comment: string | null }>,
      deliveries: ReadonlyArray<{ balanceLineId: string; deliveredVolume: string; actualCost: string; comment: string | null }>,
    ) =>
      runner.attempt(async () => {
        const reported = [];
        for (const v of values) reported.push((await report.mutate({ ...v, period }))!.data!.reportIndicator);
        for (const d of deliveries) await delivery.mutate({ ...d, period, agreementId: agreementId() });
        return reported;
      }),
    addPlan: (reportId: string, input: ActionPlanInput) => runner.attempt(() => addPlan.mutate({ reportId, input })),
    setPlanStatus: (planId: string, version: number, status: ActionPlanStatus) =>
      runner.attempt(() => updatePlan.mutate({ planId, version, status, changes: null })),
    setStepDone: (stepId: string, done: boolean) => runner.attempt(() => stepDone.mutate({ stepId, done })),
    accept: (period: string) => runner.attempt(() => accept.mutate({ agreementId: agreementId(), period })),
    giveBack: (period: string, remarks: string) => runner.attempt(() => giveBack.mutate({ agreementId: agreementId(), period, remarks })),
  };
}

export type FollowUpActions = ReturnType<typeof useFollowUp>;
