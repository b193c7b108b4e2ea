/** Exit codes of every command, as SPEC.md fixes them. */
export const EXIT = {
  /** Clean: no problem reaches the failing level. */
  ok: 0,
  /** Problems: an error, or more warnings than `--max-warnings`. */
  problems: 1,
  /** A usage, configuration or internal error. */
  usage: 2,
} as const;

/** An error the user can fix (bad flag, broken `cxgov.yaml`): printed without a stack trace, exit 2. */
export class UsageError extends Error {}
