// The 一件事 application being filled in (a draft bundle case): the one merged form, the output mode and the
// postal address, on the same core as a single case's application (cases/use-application.ts). A refusal's
// field problems say which members ask the field.
import type { BundleCaseView, BundleOutputMode } from '@msb/contracts';
import { ApiError } from '../../app/api.ts';
import { formDataToSave } from '../cases/form-rules.ts';
import { useDraftApplication } from '../cases/use-application.ts';
import { useBundleCommand, useSaveBundleDraft } from './bundle-api.ts';
import { bundleFieldProblemsOf, withMembers } from './bundle-rules.ts';

export function useBundleApplication(view: BundleCaseView) {
  const saveDraft = useSaveBundleDraft(view.id);
  const command = useBundleCommand(view.id);
  const schema = view.plan.form.schema;
  return useDraftApplication<BundleOutputMode, BundleCaseView>({
    initial: () => ({
      formData: view.formData,
      situation: {},
      delivery: view.outputMode,
      postalAddress: view.postalAddress ?? '',
    }),
    save: (state) =>
      saveDraft.mutateAsync({
        formData: formDataToSave(schema, state.formData),
        outputMode: state.delivery ?? view.outputMode,
        ...(state.delivery === 'post' || state.postalAddress
          ? { postalAddress: state.postalAddress.trim() }
          : {}),
      }),
    submit: () => command.mutateAsync({ kind: 'submit' }),
    problemsOf: (error) =>
      error instanceof ApiError ? withMembers(bundleFieldProblemsOf(error.details), view.plan) : [],
    saving: saveDraft.isPending,
    submitting: command.isPending,
  });
}

export type BundleApplication = ReturnType<typeof useBundleApplication>;
