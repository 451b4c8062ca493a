// The 一件事 application being filled in (a draft bundle case): the one merged form, the output mode and the
// postal address, on the same core as a single case's application (cases/use-application.ts). A refusal's
// field problems say which members ask the field. `useBundleApplicationSteps` adds the four steps the portal
// and the phone show it in.
import { BUNDLE_OUTPUT_LABELS, type BundleCaseView, type BundleOutputMode } from '@msb/contracts';
import { useMemo } from 'react';
import { ApiError } from '../../app/api.ts';
import { formDataToSave } from '../cases/form-rules.ts';
import { useDraftApplication } from '../cases/use-application.ts';
import { useApplicationSteps } from '../cases/use-application-steps.ts';
import { useBundleCommand, useSaveBundleDraft } from './bundle-api.ts';
import {
  bundleFieldProblemsOf,
  bundleForm,
  provenanceHelp,
  providedMaterials,
  withMembers,
} from './bundle-rules.ts';

/** The steps of a 一件事's application: a single case's, choosing the output mode instead of the delivery. */
export const BUNDLE_STEP_KEYS = [
  'case.step.form',
  'case.step.materials',
  'bundle.step.output',
  'case.step.submit',
] as const;

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

/**
 * The application with its steps, and what the steps show: the merged form with its help (which members ask
 * each field), the output modes offered, the materials provided. A submitted bundle case opens at
 * `<casesPath>/<id>?submitted=1`.
 */
export function useBundleApplicationSteps(view: BundleCaseView, casesPath: string) {
  const app = useBundleApplication(view);
  const provided = providedMaterials(view);
  const steps = useApplicationSteps(app, {
    provided: (id) => provided.has(id),
    submittedPath: (id) => `${casesPath}/${id}?submitted=1`,
  });
  const form = useMemo(() => bundleForm(view.plan), [view.plan]);
  const help = useMemo(() => provenanceHelp(view.plan), [view.plan]);
  const modes = view.outputModes.map((value) => ({ value, label: BUNDLE_OUTPUT_LABELS[value] }));
  return { app, steps, form, help, modes, provided };
}
