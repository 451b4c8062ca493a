// The state of an application being filled in, shared by the portal and the phone pages: form answers,
// situation answers, delivery choice; saving the draft; submitting, with the API's field errors sorted back
// onto the form, the materials and the delivery choice. `useDraftApplication` is the core, used for a single
// case (`useApplication`) and for a 一件事 bundle case (modules/bundles/use-bundle-application.ts).
import { useState } from 'react';
import { ApiError } from '../../app/api.ts';
import {
  type CaseView,
  type DeliveryMethod,
  type DraftInput,
  usePerformAction,
  useSaveDraft,
} from './case-api.ts';
import {
  encodeKey,
  type FieldProblem,
  fieldProblemsOf,
  formDataToSave,
  type SortedProblems,
  sortProblems,
} from './form-rules.ts';

export interface ApplicationState<D extends string = DeliveryMethod> {
  formData: Record<string, unknown>;
  situation: Record<string, string[]>;
  delivery: D | null;
  postalAddress: string;
}

export interface DraftApplicationOptions<D extends string, V> {
  initial: () => ApplicationState<D>;
  /** saves the draft as it stands */
  save: (state: ApplicationState<D>) => Promise<unknown>;
  /** submits the saved draft */
  submit: () => Promise<V>;
  /** the field problems of a refusal (the API's 422 details), as the page words them */
  problemsOf?: (error: unknown) => FieldProblem[];
  saving: boolean;
  submitting: boolean;
}

const defaultProblemsOf = (error: unknown): FieldProblem[] =>
  error instanceof ApiError ? fieldProblemsOf(error.details) : [];

export function useDraftApplication<D extends string, V>(options: DraftApplicationOptions<D, V>) {
  const [state, setState] = useState<ApplicationState<D>>(options.initial);
  const [problems, setProblems] = useState<SortedProblems | null>(null);
  /** a failure that is not about one field (network, state changed, …) */
  const [failure, setFailure] = useState<string | null>(null);
  const problemsOf = options.problemsOf ?? defaultProblemsOf;

  const fail = (error: unknown): void => {
    const fields = problemsOf(error);
    if (fields.length > 0) {
      setProblems(sortProblems(fields));
      setFailure(error instanceof Error ? error.message : null);
    } else {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  /** Saves the draft; false (with the problems set) when the API refused it. */
  const save = async (): Promise<boolean> => {
    setFailure(null);
    try {
      await options.save(state);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  /** Saves, then submits; what the API answered, or null with the problems set. */
  const submit = async (): Promise<V | null> => {
    if (!(await save())) return null;
    try {
      const submitted = await options.submit();
      setProblems(null);
      return submitted;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  return {
    state,
    update: (patch: Partial<ApplicationState<D>>) => {
      setState((s) => ({ ...s, ...patch }));
      // a problem the applicant has just answered no longer shows
      setProblems((p) => (p ? withoutAnswered(p, state, patch) : p));
    },
    problems,
    clearProblems: () => {
      setProblems(null);
      setFailure(null);
    },
    failure,
    saving: options.saving,
    submitting: options.submitting,
    save,
    submit,
  };
}

export function useApplication(view: CaseView) {
  const saveDraft = useSaveDraft(view.id);
  const action = usePerformAction(view.id);
  const draftInput = (state: ApplicationState): DraftInput => ({
    formData: formDataToSave(view.form.schema, state.formData),
    situation: state.situation,
    ...(state.delivery ? { deliveryPreference: state.delivery } : {}),
    ...(state.delivery === 'post' || state.postalAddress
      ? { postalAddress: state.postalAddress.trim() }
      : {}),
  });
  return useDraftApplication<DeliveryMethod, CaseView>({
    initial: () => ({
      formData: view.formData,
      situation: view.situation,
      delivery: view.deliveryPreference,
      postalAddress: view.postalAddress ?? '',
    }),
    save: (state) => saveDraft.mutateAsync(draftInput(state)),
    submit: () => action.mutateAsync({ action: 'submit' }),
    saving: saveDraft.isPending,
    submitting: action.isPending,
  });
}

export type Application = ReturnType<typeof useApplication>;

/** The problems minus those about what `patch` changed. */
function withoutAnswered<D extends string>(
  problems: SortedProblems,
  before: ApplicationState<D>,
  patch: Partial<ApplicationState<D>>,
): SortedProblems {
  const form = { ...problems.form };
  if (patch.formData) {
    for (const [key, value] of Object.entries(patch.formData)) {
      if (value !== before.formData[key]) delete form[encodeKey(key)];
    }
  }
  return {
    ...problems,
    form,
    delivery: patch.delivery ? [] : problems.delivery,
    postalAddress: patch.postalAddress !== undefined ? [] : problems.postalAddress,
    situation: patch.situation ? [] : problems.situation,
  };
}
