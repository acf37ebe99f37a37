/**
 * Server messages name the API's fields ("resourceLimits.ramServerMax must not be…"); users know the
 * form's labels ("RAM per server"). `relabel` rewrites the API names in a message with a table of
 * labels (the tables live beside the forms' own label texts, e.g. common/models/contract.ts).
 */

/** API field name (camelCase, optionally with a dotted parent such as `resourceLimits.`) → form label. */
export type FieldLabels = Readonly<Record<string, string>>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A label mid-sentence reads in lower case unless it starts with an acronym ("RAM per server"). */
function midSentence(label: string): string {
  const first = label.split(' ')[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * Replaces each API field name the table knows (with or without a dotted parent path) by its label.
 * Plain words ("name", "email") are replaced only as the message's first word, where an API names its
 * field ("name is required"); elsewhere they are ordinary English and stay.
 */
export function relabel(message: string, labels: FieldLabels): string {
  const keys = Object.keys(labels).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return message;
  const pattern = new RegExp(`(^|[^A-Za-z0-9_.])(?:[A-Za-z]+\\.)*(${keys.map(escape).join('|')})(?![A-Za-z0-9_])`, 'g');
  const out = message.replace(pattern, (whole, before: string, key: string, offset: number) => {
    const start = offset + before.length === 0;
    const apiName = /[A-Z]/.test(key) || whole.includes('.');
    if (!apiName && !start) return whole;
    const label = labels[key] ?? key;
    return `${before}${start ? label : midSentence(label)}`;
  });
  return out === message ? message : out.charAt(0).toUpperCase() + out.slice(1);
}
