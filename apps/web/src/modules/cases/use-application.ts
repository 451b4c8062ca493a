// The state of an application being filled in (a draft case), shared by the portal and the phone pages:
// form answers, situation answers, delivery choice; saving the draft; submitting, with the API's field
// errors sorted back onto the form, the materials and the delivery choice.
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
  fieldProblemsOf,
  formDataToSave,
  type SortedProblems,
  sortProblems,
} from './form-rules.ts';

export interface ApplicationState {
  formData: Record<string, unknown>;
  situation: Record<string, string[]>;
  delivery: DeliveryMethod | null;
  postalAddress: string;
}

export function useApplication(view: CaseView) {
  const [state, setState] = useState<ApplicationState>(() => ({
    formData: view.formData,
    situation: view.situation,
    delivery: view.deliveryPreference,
    postalAddress: view.postalAddress ?? '',
  }));
  const [problems, setProblems] = useState<SortedProblems | null>(null);
  /** a failure that is not about one field (network, state changed, …) */
  const [failure, setFailure] = useState<string | null>(null);
  const saveDraft = useSaveDraft(view.id);
  const action = usePerformAction(view.id);

  const draftInput = (): DraftInput => ({
    formData: formDataToSave(view.form.schema, state.formData),
    situation: state.situation,
    ...(state.delivery ? { deliveryPreference: state.delivery } : {}),
    ...(state.delivery === 'post' || state.postalAddress
      ? { postalAddress: state.postalAddress.trim() }
      : {}),
  });

  const fail = (error: unknown): void => {
    const fields = error instanceof ApiError ? fieldProblemsOf(error.details) : [];
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
      await saveDraft.mutateAsync(draftInput());
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  /** Saves, then submits; the case as it now stands, or null with the problems set. */
  const submit = async (): Promise<CaseView | null> => {
    if (!(await save())) return null;
    try {
      const submitted = await action.mutateAsync({ action: 'submit' });
      setProblems(null);
      return submitted;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  return {
    state,
    update: (patch: Partial<ApplicationState>) => {
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
    saving: saveDraft.isPending,
    submitting: action.isPending,
    save,
    submit,
  };
}

export type Application = ReturnType<typeof useApplication>;

/** The problems minus those about what `patch` changed. */
function withoutAnswered(
  problems: SortedProblems,
  before: ApplicationState,
  patch: Partial<ApplicationState>,
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
