/**
 * Add or edit an account. Fields are checked with the same zod schemas main uses, so the user sees
 * per-field messages before sending; main's `validation` details land on the same fields.
 */
import { useState, type FormEvent, type ReactElement } from 'react';
import { accountDraftSchema, accountUpdateSchema } from '../../../../common/channels/accounts';
import type { AppError } from '../../../../common/errors';
import {
  ACCOUNT_KIND_LABELS,
  AUTH_METHOD_LABELS,
  AUTH_METHODS,
  DEFAULT_BASE_URLS,
  type Account,
  type AccountKind,
  type AuthMethod,
} from '../../../../common/models/account';
import { fieldErrors } from '../../../../common/validation';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { ErrorNotice } from '../../components/error-notice';
import { Field } from '../../components/field';
import { useFormFields } from '../../lib/use-form-fields';
import { useUnsavedChanges } from '../../lib/use-unsaved-changes';
import { useAccountsStore } from './accounts-store';

interface FormValues {
  kind: AccountKind;
  label: string;
  baseUrl: string;
  authMethod: AuthMethod;
  username: string;
  secret: string;
}

const initialValues = (account: Account | null): FormValues =>
  account
    ? {
        kind: account.kind,
        label: account.label,
        baseUrl: account.baseUrl,
        authMethod: account.authMethod,
        username: account.username,
        secret: '',
      }
    : {
        kind: 'ionos-reseller',
        label: '',
        baseUrl: DEFAULT_BASE_URLS['ionos-reseller'],
        authMethod: 'basic',
        username: '',
        secret: '',
      };

type Payload =
  | { id: string; label: string; baseUrl: string; authMethod: AuthMethod; username: string; secret?: string }
  | { kind: AccountKind; label: string; baseUrl: string; authMethod: AuthMethod; username: string; secret: string };

function payloadOf(account: Account | null, values: FormValues): Payload {
  const common = {
    label: values.label,
    baseUrl: values.baseUrl,
    authMethod: values.authMethod,
    username: values.username,
  };
  return account
    ? { id: account.id, ...common, ...(values.secret ? { secret: values.secret } : {}) }
    : { kind: values.kind, ...common, secret: values.secret };
}

function checkValues(account: Account | null, values: FormValues): Record<string, string> {
  const parsed = (account ? accountUpdateSchema : accountDraftSchema).safeParse(payloadOf(account, values));
  return parsed.success ? {} : fieldErrors(parsed.error);
}

export function AccountForm({ account, onDone }: { account: Account | null; onDone: () => void }): ReactElement {
  const form = useFormFields<FormValues>({
    initial: () => initialValues(account),
    validate: (values) => checkValues(account, values),
  });
  const { values, errors } = form;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const { add, update } = useAccountsStore();
  const editing = account !== null;
  const secretLabel = values.authMethod === 'token' ? 'API token' : 'Password';
  const unsaved = useUnsavedChanges(form.dirty);
  const cancel = () => unsaved.confirmLeave(onDone);

  const change = <K extends keyof FormValues & string>(key: K, value: FormValues[K]) => {
    if (key !== 'kind') return form.change(key, value);
    form.changeAll((current) => {
      const kind = value as AccountKind;
      const next = { ...current, kind, authMethod: AUTH_METHODS[kind][0] };
      if (Object.values(DEFAULT_BASE_URLS).includes(current.baseUrl) || current.baseUrl === '')
        next.baseUrl = DEFAULT_BASE_URLS[kind];
      return next;
    });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!form.checkAll()) return;
    const payload = payloadOf(account, values);
    setBusy(true);
    const result = 'id' in payload ? await update(payload) : await add(payload as Parameters<typeof add>[0]);
    setBusy(false);
    if (result.ok) {
      unsaved.saved();
      return onDone();
    }
    form.serverErrors(result.error.details);
    setFailure(result.error);
  }

  return (
    <Dialog
      title={editing ? `Edit ${account.label}` : 'Add an account'}
      description={
        editing
          ? 'Leave the password empty to keep the one stored in the keychain.'
          : 'The password or token is stored in your operating system keychain, never in a file.'
      }
      onClose={cancel}
      footer={
        <>
          <Button onClick={cancel}>Cancel</Button>
          <Button variant="primary" type="submit" form="account-form" busy={busy}>
            {editing ? 'Save changes' : 'Add account'}
          </Button>
        </>
      }
    >
      <form id="account-form" className="stack" onSubmit={submit} noValidate>
        {failure && !failure.details && <ErrorNotice error={failure} />}
        {!editing && (
          <fieldset className="field">
            <legend>Kind of account</legend>
            <div className="segmented" role="radiogroup" aria-label="Kind of account">
              {(Object.keys(ACCOUNT_KIND_LABELS) as AccountKind[]).map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="kind"
                    value={kind}
                    checked={values.kind === kind}
                    onChange={() => change('kind', kind)}
                  />
                  {ACCOUNT_KIND_LABELS[kind]}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <Field label="Label" hint="How this account is named in the app" error={errors.label}>
          <input
            type="text"
            value={values.label}
            onChange={(e) => change('label', e.target.value)}
            onBlur={form.blurred('label')}
          />
        </Field>
        <Field
          label="API address"
          hint={
            values.kind === 'hostbill'
              ? 'Usually https://<your portal>/api'
              : 'https://api.ionos.com/reseller/v2 unless IONOS told you otherwise'
          }
          error={errors.baseUrl}
        >
          <input
            type="url"
            value={values.baseUrl}
            onChange={(e) => change('baseUrl', e.target.value)}
            onBlur={form.blurred('baseUrl')}
            spellCheck={false}
          />
        </Field>
        <Field label="Sign-in method" error={errors.authMethod}>
          <select
            value={values.authMethod}
            onChange={(e) => change('authMethod', e.target.value as AuthMethod)}
            onBlur={form.blurred('authMethod')}
          >
            {AUTH_METHODS[values.kind].map((method) => (
              <option key={method} value={method}>
                {AUTH_METHOD_LABELS[method]}
              </option>
            ))}
          </select>
        </Field>
        {values.authMethod !== 'token' && (
          <Field
            label="Username"
            hint={values.kind === 'hostbill' ? 'The email address you sign in to the portal with' : undefined}
            error={errors.username}
          >
            <input
              type="text"
              value={values.username}
              onChange={(e) => change('username', e.target.value)}
              onBlur={form.blurred('username')}
              autoComplete="username"
              spellCheck={false}
            />
          </Field>
        )}
        <Field
          label={secretLabel}
          hint={
            values.authMethod === 'token'
              ? 'Create one in the IONOS token manager. Accounts with two-factor authentication must use a token.'
              : undefined
          }
          error={errors.secret}
        >
          <input
            type="password"
            value={values.secret}
            onChange={(e) => change('secret', e.target.value)}
            onBlur={form.blurred('secret')}
            autoComplete="new-password"
            placeholder={editing ? 'Unchanged' : ''}
          />
        </Field>
      </form>
    </Dialog>
  );
}
