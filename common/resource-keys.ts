/**
 * Typed `cache.changed` resource keys, one set per feature, so no file builds `service:${id}` by
 * hand or takes it apart with `split`. A key is `<feature>.<name>` followed by `:<param>` for each
 * parameter (URI-encoded, so an id holding `:` cannot shift the others).
 */

declare const resourceKeyBrand: unique symbol;
/** A resource name as it travels in `cache.changed`; only a feature's key set makes one. */
export type ResourceKey = string & { readonly [resourceKeyBrand]: true };

type Spec = Readonly<Record<string, readonly string[]>>;
type ParamsOf<Names extends readonly string[]> = { readonly [P in Names[number]]: string };

type Builders<S extends Spec> = {
  readonly [N in keyof S & string]: S[N] extends readonly []
    ? () => ResourceKey
    : (params: ParamsOf<S[N]>) => ResourceKey;
};

/** One parsed key of a feature: its name and its parameters. */
export type ParsedResource<S extends Spec> = {
  [N in keyof S & string]: { readonly name: N } & ParamsOf<S[N]>;
}[keyof S & string];

export interface ResourceKeys<S extends Spec> {
  readonly key: Builders<S>;
  /** The key's name and parameters when it belongs to this feature, otherwise null. */
  parse(resource: string): ParsedResource<S> | null;
  /** True when `resource` is one of this feature's keys (any name). */
  owns(resource: string): boolean;
}

export function resourceKeys<const S extends Spec>(feature: string, spec: S): ResourceKeys<S> {
  const key = Object.fromEntries(
    Object.entries(spec).map(([name, params]) => [
      name,
      (values: Record<string, string> = {}) =>
        [`${feature}.${name}`, ...params.map((param) => encodeURIComponent(values[param] ?? ''))].join(':'),
    ]),
  ) as unknown as Builders<S>;
  const prefix = `${feature}.`;
  return {
    key,
    owns: (resource) => resource.startsWith(prefix),
    parse(resource) {
      if (!resource.startsWith(prefix)) return null;
      const [head = '', ...parts] = resource.split(':');
      const name = head.slice(prefix.length);
      const params = Object.hasOwn(spec, name) ? spec[name] : undefined;
      if (!params || params.length !== parts.length) return null;
      const parsed: Record<string, string> = { name };
      try {
        params.forEach((param, index) => (parsed[param] = decodeURIComponent(parts[index] ?? '')));
      } catch {
        return null;
      }
      return parsed as unknown as ParsedResource<S>;
    },
  };
}
