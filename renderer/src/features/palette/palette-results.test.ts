// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../common/channels/search';
import { matchRank } from './match-text';
import type { PaletteCommand } from './palette-commands';
import { paletteGroups, resultHref } from './palette-results';

const result = (kind: string, title: string, route: string, match: SearchResult['match']): SearchResult => ({
  kind,
  accountId: 'acc-1',
  title,
  subtitle: '',
  route,
  match,
});
const command = (id: string, title: string): PaletteCommand => ({ id, title, subtitle: 'App', run: () => undefined });
const labels = new Map([['acc-1', 'IONOS']]);

describe('palette results', () => {
  it('matches commands by word start, anywhere, then letters in order, accents ignored', () => {
    expect(matchRank('new', 'New contract')).toBe(0);
    expect(matchRank('contr', 'New contract')).toBe(0);
    expect(matchRank('ontra', 'New contract')).toBe(1);
    expect(matchRank('nwctr', 'New contract')).toBe(2);
    expect(matchRank('thème', 'Switch theme')).toBe(0);
    expect(matchRank('xyz', 'New contract')).toBeNull();
  });

  it('groups results by kind in the order of their best match, with the account label', () => {
    const groups = paletteGroups(
      '10.0',
      [
        result('vm', 'web-01', 'services/vms/1/2', 'exact'),
        result('contract', 'Acme', 'contracts/15', 'contains'),
        result('vm', 'web-02', 'services/vms/1/3', 'contains'),
        result('nowhere', 'Ghost', 'not-an-area/1', 'contains'),
      ],
      [command('refresh', 'Refresh this screen')],
      labels,
      () => undefined,
    );
    expect(groups.map((g) => g.label)).toEqual(['Virtual machines', 'Contracts']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['web-01', 'web-02']);
    expect(groups[0]!.items[0]!.account).toBe('IONOS');
  });

  it('puts commands first when the text names one, last otherwise, and opens a result route', () => {
    const opened: string[] = [];
    const commands = [command('new-contract', 'New contract'), command('refresh', 'Refresh this screen')];
    const named = paletteGroups(
      'new con',
      [result('contract', 'New Co', 'contracts/9', 'prefix')],
      commands,
      labels,
      (h) => opened.push(h),
    );
    expect(named[0]!.label).toBe('Commands');
    expect(named[0]!.items.map((i) => i.title)).toEqual(['New contract']);
    const exact = paletteGroups('15', [result('contract', 'Acme', 'contracts/15', 'exact')], commands, labels, (h) =>
      opened.push(h),
    );
    expect(exact[0]!.label).toBe('Contracts');
    exact[0]!.items[0]!.run();
    expect(opened).toEqual(['#/a/acc-1/contracts/15']);
    expect(resultHref(result('vm', 'x', 'services/vms/1/2', 'exact'))).toBe('#/a/acc-1/services/vms/1/2');
  });
});
