/** What an account area's screen is given: its account (checked to exist and be of the right kind) and the rest of the route. */
export interface AccountAreaProps {
  readonly accountId: string;
  readonly path: readonly string[];
}
