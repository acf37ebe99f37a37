/**
 * A React context that must be provided: an area's screens and dialogs read what the area's root
 * gave them (its account, the open contract) without threading it through every prop, and a
 * component used outside its area fails loudly instead of acting on nothing.
 */
import { createContext, useContext, type Provider } from 'react';

export function requiredContext<T>(what: string): readonly [Provider<T | null>, () => T] {
  const Context = createContext<T | null>(null);
  const use = (): T => {
    const value = useContext(Context);
    if (value === null) throw new Error(`${what} is read outside the component that provides it.`);
    return value;
  };
  return [Context.Provider, use];
}
