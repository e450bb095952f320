/**
 * The one flow behind every MFA form: find the user → prepare the request → confirm → run.
 *
 * Forms only describe their action; this hook owns the user field, the lookup, the target's
 * membership (for actions that depend on it), the pending confirmation, the outcome and the guard
 * against double submits.
 */
import { useRef, useState } from 'react';
import type {
  ActionInput,
  ActionOutcome,
  BodySource,
  Failure,
  PreparedRequest,
  ResolverBridge,
  Result,
  TabStatus,
  UserSummary,
} from '@/lib/protocol';
import type { ActionName } from '@/lib/resolver/knowledge';
import { useMembershipReader, type MembershipLookup, type MembershipRead } from './use-membership';
import { classifyUserQuery } from './user-query';

export type SignedInStatus = TabStatus & { session: NonNullable<TabStatus['session']> };

export type UserLookup =
  | { state: 'idle' }
  | { state: 'invalid'; message: string }
  | { state: 'searching'; query: string }
  | {
      state: 'done';
      query: string;
      candidates: UserSummary[];
      selected: UserSummary | null;
      /** The admin tried to go on without picking one of several candidates. */
      choiceMissing: boolean;
    };

export interface PendingAction {
  action: ActionName;
  input: ActionInput;
  request: PreparedRequest;
  target: UserSummary | null;
  /** The target's membership, read while preparing; null when the action does not depend on it. */
  membership: MembershipRead | null;
  /** Read again just before confirming, so the confirmation names the org the tab is in now. */
  status: SignedInStatus;
}

/**
 * A failure, and for one answered by Resolver after the admin confirmed, where the sent body came
 * from (a 400 to a guessed or pasted body says how to fix it).
 */
export type FlowFailure = Failure & { sentSource?: BodySource };
export type FlowOutcome = { ok: true; action: PendingAction; result: ActionOutcome } | FlowFailure;

/** What the admin may add when no API description gives the body: a pasted Example Value, or accepting the guess. */
export type BodyHelp = Pick<ActionInput, 'pastedExample' | 'acceptDefault'>;

/** editing: the form is usable; working: looking up or preparing; then confirming and sending. */
export type FlowPhase = 'editing' | 'working' | 'confirming' | 'sending';

export interface ActionFlowOptions {
  bridge: ResolverBridge;
  action: ActionName;
  /** Reads the tab's status again (and updates the header). */
  refreshStatus: () => Promise<Result<TabStatus>>;
  /** Read the found user's membership (current MFA opt-out), to show it on the form and in the confirmation. */
  readsMembership?: boolean;
  /** What the form adds to the confirmed action's request (the opt-out form's reminder). */
  runExtras?: (pending: PendingAction) => RunExtras;
}

/** The parts of runAction's request a form chooses besides the action and its target. */
export type RunExtras = Pick<Parameters<ResolverBridge['runAction']>[0], 'optOutReminderDays'>;

export type ActionFlow = ReturnType<typeof useActionFlow>;

export function useActionFlow({ bridge, action, refreshStatus, readsMembership = false, runExtras }: ActionFlowOptions) {
  const [phase, setPhase] = useState<FlowPhase>('editing');
  const [userText, setUserTextState] = useState('');
  const [lookup, setLookup] = useState<UserLookup>({ state: 'idle' });
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [outcome, setOutcome] = useState<FlowOutcome | null>(null);
  // The review that stopped for want of an API description, to try again with the admin's help.
  const [stalled, setStalled] = useState<{ input: ActionInput; target: UserSummary | null } | null>(null);
  const membership = useMembershipReader(bridge);
  // React state updates land after the event, so two quick clicks would both see "editing";
  // a ref is read synchronously and blocks the second one.
  const busy = useRef(false);

  async function exclusive(phaseWhileBusy: FlowPhase, task: () => Promise<FlowPhase>): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setPhase(phaseWhileBusy);
    let next: FlowPhase = 'editing';
    try {
      next = await task();
    } finally {
      busy.current = false;
      setPhase(next);
    }
  }

  async function findUser(): Promise<UserSummary | null> {
    const query = classifyUserQuery(userText);
    if (query.kind === 'invalid') {
      setLookup({ state: 'invalid', message: query.message });
      return null;
    }
    // A lookup for this exact text already happened (the field resets it on every edit):
    // keep the admin's pick from the candidate list instead of searching again.
    if (lookup.state === 'done' && lookup.query === query.query) {
      if (!lookup.selected && lookup.candidates.length > 1) setLookup({ ...lookup, choiceMissing: true });
      return lookup.selected;
    }
    setLookup({ state: 'searching', query: query.query });
    const found = await bridge.findUsers({ query: query.query });
    if (!found.ok) {
      setLookup({ state: 'idle' });
      setOutcome(found);
      return null;
    }
    // An id search must name exactly that user, whatever else the server's search returns.
    const candidates = query.kind === 'id' ? found.value.filter((user) => user.id === query.id) : found.value;
    const selected = candidates.length === 1 ? candidates[0] : null;
    setLookup({ state: 'done', query: query.query, candidates, selected, choiceMissing: false });
    return selected;
  }

  async function prepare(input: ActionInput, target: UserSummary | null): Promise<FlowPhase> {
    // Read afresh, so the confirmation shows the state as it is now; an unreadable membership does
    // not block the action, it shows as unknown.
    const [status, request, targetMembership] = await Promise.all([
      refreshStatus(),
      bridge.prepareAction({ action, input }),
      readsMembership && target ? membership.read(target.id) : null,
    ]);
    if (!status.ok) {
      setOutcome(status);
      return 'editing';
    }
    const { session } = status.value;
    if (!session) {
      setOutcome({ ok: false, kind: 'signed-out' });
      return 'editing';
    }
    if (!session.isAdmin) {
      setOutcome({ ok: false, kind: 'forbidden' });
      return 'editing';
    }
    if (!request.ok) {
      setOutcome(request);
      setStalled(request.kind === 'no-description' ? { input, target } : null);
      return 'editing';
    }
    setStalled(null);
    setPending({
      action,
      input,
      request: request.value,
      target,
      membership: targetMembership,
      status: { ...status.value, session },
    });
    return 'confirming';
  }

  function setUserText(text: string): void {
    setUserTextState(text);
    setLookup({ state: 'idle' });
    setStalled(null);
    membership.forget();
  }

  function chooseUser(userId: number): void {
    if (lookup.state !== 'done') return;
    const selected = lookup.candidates.find((user) => user.id === userId) ?? null;
    setLookup({ ...lookup, selected, choiceMissing: false });
    if (selected && readsMembership) void membership.read(selected.id);
  }

  /** Looks the user up only, and shows their membership when the action depends on it. */
  function lookUpUser(): Promise<void> {
    return exclusive('working', async () => {
      setOutcome(null);
      const user = await findUser();
      if (user && readsMembership) void membership.read(user.id);
      return 'editing';
    });
  }

  /**
   * Looks the user up and, when exactly one matches, prepares the request for confirmation.
   * `inputFor` answers null when the action does not apply to the user found (an SSO user): the
   * form then shows who was found and goes no further.
   */
  function lookUpAndReview(inputFor: (user: UserSummary) => ActionInput | null): Promise<void> {
    return exclusive('working', async () => {
      setOutcome(null);
      const user = await findUser();
      const input = user && inputFor(user);
      if (user && !input && readsMembership) void membership.read(user.id);
      return user && input ? prepare(input, user) : 'editing';
    });
  }

  /** Prepares the request for a known target (or none, for org-wide actions). */
  function review(input: ActionInput, target: UserSummary | null): Promise<void> {
    return exclusive('working', async () => {
      setOutcome(null);
      return prepare(input, target);
    });
  }

  /**
   * The review that stopped for want of an API description, again: with a pasted Example Value, the
   * admin's acceptance of the built-in guess (a sandbox only: the tab refuses it in production), or
   * nothing (the Swagger page may show the Example Value by now).
   */
  function retryWith(help: BodyHelp): Promise<void> {
    return exclusive('working', async () => {
      if (!stalled) return 'editing';
      setOutcome(null);
      // Help for one review only: nothing pasted or accepted is carried over to the next.
      const { pastedExample: _pasted, acceptDefault: _accepted, ...input } = stalled.input;
      return prepare({ ...input, ...help }, stalled.target);
    });
  }

  /** `reason` (a ticket reference, say) is recorded in the audit history with the action. */
  function confirm(reason?: string): Promise<void> {
    return exclusive('sending', async () => {
      if (!pending) return 'editing';
      // Sent once: a failed admin action is never retried automatically.
      // The target's display fields travel along for the audit history only; the tab builds the
      // request from the action and input alone.
      const target = pending.target
        ? { userId: pending.target.id, name: pending.target.name, email: pending.target.email }
        : undefined;
      const why = reason?.trim();
      const result = await bridge.runAction({
        action: pending.action,
        input: pending.input,
        target,
        ...(why ? { reason: why } : {}),
        ...runExtras?.(pending),
        // The tab sends nothing if the request it builds now differs from the one confirmed.
        expected: pending.request,
      });
      setPending(null);
      if (result.ok) {
        setOutcome({ ok: true, action: pending, result: result.value });
        // Cleared after success so the same action is not repeated by accident; kept on failure
        // (e.g. an ended session) so the admin can sign in again and retry.
        setUserText('');
      } else {
        setOutcome({ ...result, sentSource: pending.request.source });
        // The change may or may not have landed (e.g. a timeout): show the state as it is now.
        if (readsMembership && pending.target) void membership.read(pending.target.id);
      }
      void refreshStatus();
      return 'editing';
    });
  }

  function cancel(): void {
    if (busy.current) return;
    setPending(null);
    setPhase('editing');
  }

  const resolvedUser = lookup.state === 'done' ? lookup.selected : null;
  const resolvedMembership: MembershipLookup | null =
    resolvedUser && membership.shown?.userId === resolvedUser.id ? membership.shown.lookup : null;

  return {
    action,
    phase,
    userText,
    setUserText,
    lookup,
    chooseUser,
    resolvedUser,
    /** The resolved user's membership, once read (only for actions that read it). */
    resolvedMembership,
    lookUpUser,
    lookUpAndReview,
    review,
    pending,
    confirm,
    cancel,
    outcome,
    /** The review is waiting for the admin's help with the body (no API description). */
    needsBodyHelp: stalled !== null,
    retryWith,
  };
}
