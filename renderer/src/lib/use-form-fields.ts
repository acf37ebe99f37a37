/**
 * The one way forms validate: a field's message shows once the user left it (blur), follows every
 * change after that (so it disappears as soon as the field is fixed), and every message shows when
 * the form is submitted. `validate` is the form's pure check (usually the shared zod schema through
 * `fieldErrors`); main's `validation` details (`serverErrors`) show beside the same fields until that
 * field is edited. `dirty` feeds useUnsavedChanges.
 */
import { useCallback, useMemo, useState, type FocusEvent } from 'react';

type Errors = Readonly<Record<string, string>>;

interface Options<V> {
  readonly initial: V | (() => V);
  readonly validate: (values: V) => Errors;
  /** The error key of a value (`ips` → `resourceLimits.ips`), when they differ. */
  readonly errorKey?: (field: keyof V & string) => string;
}

export interface FormFields<V> {
  readonly values: V;
  /** The messages to show now, by error key. */
  readonly errors: Errors;
  /** Every current problem, shown or not (e.g. to keep an invalid number out of a preview). */
  readonly problems: Errors;
  readonly dirty: boolean;
  change<K extends keyof V & string>(field: K, value: V[K]): void;
  /** A change of several values at once (a preset, a kind that resets other fields). */
  changeAll(next: (values: V) => V): void;
  /** The onBlur of the control whose message has this error key. */
  blurred(errorKey: string): (event: FocusEvent) => void;
  /** Shows every message; true when there is none (then send). */
  checkAll(): boolean;
  /** Main's or the server's messages per field (a `validation` error's details). */
  serverErrors(details: Errors | undefined): void;
  /** New saved values: the baseline for `dirty`, messages cleared. */
  reset(values: V): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useFormFields<V extends object>(options: Options<V>): FormFields<V> {
  const { validate, errorKey = (field: keyof V & string): string => field } = options;
  const [baseline, setBaseline] = useState<V>(options.initial);
  const [values, setValues] = useState<V>(baseline);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const [server, setServer] = useState<Errors>({});

  const problems = useMemo(() => validate(values), [validate, values]);
  const errors = useMemo(() => {
    const shown: Record<string, string> = {};
    for (const [key, message] of Object.entries(server)) if (message) shown[key] = message;
    for (const [key, message] of Object.entries(problems)) if (all || touched.has(key)) shown[key] = message;
    return shown;
  }, [problems, server, touched, all]);

  const clearServer = useCallback(
    (keys: string[]) =>
      setServer((current) =>
        keys.some((key) => key in current)
          ? Object.fromEntries(Object.entries(current).filter(([key]) => !keys.includes(key)))
          : current,
      ),
    [],
  );

  return {
    values,
    errors,
    problems,
    dirty: !same(values, baseline),
    change(field, value) {
      setValues((current) => ({ ...current, [field]: value }));
      clearServer([errorKey(field)]);
    },
    changeAll(next) {
      const updated = next(values);
      const keys = Object.keys(updated) as (keyof V & string)[];
      setValues(updated);
      clearServer(keys.filter((key) => !same(updated[key], values[key])).map(errorKey));
    },
    blurred: (key) => (event) => {
      // Focus moving to a button is a click on Cancel or Save: a message appearing now would move
      // that button from under the pointer. Save shows every message anyway.
      if (event.relatedTarget instanceof HTMLButtonElement) return;
      setTouched((current) => (current.has(key) ? current : new Set([...current, key])));
    },
    checkAll() {
      setAll(true);
      return Object.keys(problems).length === 0;
    },
    serverErrors(details) {
      setServer(details ?? {});
    },
    reset(next) {
      setBaseline(next);
      setValues(next);
      setTouched(new Set());
      setAll(false);
      setServer({});
    },
  };
}
