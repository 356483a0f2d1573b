/**
 * The command palette (Ctrl+K): one field that finds any meeting, agenda item, resolution, query
 * or stakeholder by number, reference or words (the app's one search, SearchReads), and runs
 * any command of the menus. The ARIA combobox pattern: the field is a combobox that owns a
 * listbox; arrow keys move the active option, Enter opens it, Escape closes and the focus goes
 * back where it was. Commands the account may not run are shown disabled, with the reason.
 */
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '@shared/error-message';
import { useRepositories } from '../../db/DataProvider';
import { useAccount } from '../../ui/access';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { runCommand } from '../../platform/use-menu-command';
import { isMacLike } from '../../app/shortcuts';
import { SECTIONS } from '../../app/navigation';
import { SETTINGS_SECTIONS } from '../settings/sections';
import { kindLabel, SEARCH_KINDS, searchHitPath } from '../search/search-hits';
import type { SearchHit } from '../search/search-reads';
import {
  hitDetail,
  offerCommands,
  oneLine,
  orderGroups,
  paletteCommands,
  paletteStatus,
  rankCommands,
  rankHits,
  type OfferedCommand,
  type PaletteOption,
} from './palette-model';
import { PaletteResults } from './PaletteResults';

/** Results shown per kind of record; the results page has the rest. */
const PER_KIND = 6;
const MAX_QUERY = 200;

type Found = { query: string; hits: SearchHit[]; error?: string };

export function CommandPalette({ open, onClose, onShortcuts }: { open: boolean; onClose: () => void; onShortcuts: () => void }) {
  const repos = useRepositories();
  const navigate = useNavigate();
  const account = useAccount();
  const base = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listId = `${base}-list`;
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>({ query: '', hits: [] });
  const [active, setActive] = useState(0);

  const commands = useMemo(() => offerCommands(paletteCommands(SECTIONS, SETTINGS_SECTIONS, isMacLike()), account), [account]);

  // The search runs a moment after typing stops; an older answer never replaces a newer one.
  useEffect(() => {
    if (!open) return;
    const typed = query.trim();
    if (!typed) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      repos.search.search(typed, 20).then(
        (hits) => !cancelled && setFound({ query: typed, hits }),
        (error: unknown) => !cancelled && setFound({ query: typed, hits: [], error: errorMessage(error) }),
      );
    }, 120);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [repos, query, open]);

  const close = () => {
    onClose();
    setQuery('');
    setFound({ query: '', hits: [] });
    setActive(0);
  };

  const typed = query.trim();
  const searching = typed !== '' && found.query !== typed;

  const options = useMemo<PaletteOption[]>(() => {
    const runCommandOption = (command: OfferedCommand): PaletteOption => ({
      id: `command-${command.id}`,
      group: 'Commands',
      label: command.label,
      kind: 'Command',
      ...(command.shortcut ? { shortcut: command.shortcut } : {}),
      refusal: command.refusal,
      run: () => {
        const { action } = command;
        if (action.kind === 'go') void navigate(action.path, action.state ? { state: action.state } : undefined);
        else if (action.kind === 'shortcuts') onShortcuts();
        else runCommand(action.command);
      },
    });
    const rankedCommands = rankCommands(typed, commands);
    const hits = found.query === typed ? rankHits(typed, found.hits) : [];
    const byKind = SEARCH_KINDS.map(({ kind }) => ({ key: kind, ranked: hits.filter((h) => h.value.kind === kind).slice(0, PER_KIND) }));
    const groups = [...byKind, { key: 'command', ranked: rankedCommands }];
    const order = orderGroups(groups.map((g) => ({ key: g.key, scores: g.ranked.map((r) => r.score) })));
    const out: PaletteOption[] = [];
    for (const key of order) {
      if (key === 'command') {
        out.push(...rankedCommands.map((r) => runCommandOption(r.value)));
        continue;
      }
      const group = byKind.find((g) => g.key === key)!;
      for (const { value: hit } of group.ranked) {
        const label = kindLabel(hit.kind);
        out.push({
          id: `${hit.kind}-${hit.id}`,
          group: label.many,
          label: oneLine(hit.title),
          kind: label.one,
          detail: hitDetail(hit.title, hit.snippet),
          run: () => void navigate(searchHitPath(hit)),
        });
      }
    }
    if (typed) {
      out.push({
        id: 'search-all',
        group: 'Search',
        label: `Search everything for “${oneLine(typed, 80)}”`,
        kind: 'Results page',
        run: () => void navigate(`/search?q=${encodeURIComponent(typed)}`),
      });
    }
    return out;
  }, [typed, found, commands, navigate, onShortcuts]);

  const current = Math.min(active, Math.max(options.length - 1, 0));
  const activeOption = options[current];

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(`${base}-${activeOption.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption, base]);

  const choose = (option: PaletteOption | undefined) => {
    if (!option || option.refusal) return;
    close();
    option.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(options.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeOption);
    }
  };

  const status = paletteStatus({ typed, searching, error: found.error }, options);

  return (
    <Dialog
      open={open}
      onClose={close}
      // Focus pulled back into the palette (by its focus trap, after a page that just changed
      // focused something of its own) goes to the search field, never to the dialog's frame.
      onFocus={(event) => {
        if (!(event.target as HTMLElement).matches('input, button, a, textarea')) inputRef.current?.focus();
      }}
      aria-labelledby={`${base}-title`}
      fullWidth
      maxWidth="md"
      slotProps={{ paper: { sx: { alignSelf: 'flex-start', mt: '10vh', maxHeight: '75vh' } } }}
    >
      <VisuallyHidden>
        <h2 id={`${base}-title`}>Search and commands</h2>
      </VisuallyHidden>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <SearchIcon aria-hidden="true" color="action" />
        <InputBase
          autoFocus
          inputRef={inputRef}
          fullWidth
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="Find a meeting, item, resolution, query or stakeholder, or type a command"
          inputProps={{
            role: 'combobox',
            'aria-label': 'Search and commands',
            'aria-expanded': options.length > 0,
            'aria-controls': listId,
            'aria-autocomplete': 'list',
            'aria-activedescendant': activeOption ? `${base}-${activeOption.id}` : undefined,
            'aria-describedby': `${base}-status`,
            maxLength: MAX_QUERY,
            spellCheck: false,
            autoComplete: 'off',
          }}
          sx={{ fontSize: '1.05rem' }}
        />
      </Box>
      <Typography id={`${base}-status`} role="status" variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {status}
      </Typography>
      <PaletteResults options={options} current={current} base={base} listId={listId} onActive={setActive} onChoose={choose} />
      {typed && !searching && options.length <= 1 ? (
        <Typography variant="body2" sx={{ px: 2, pb: 2 }}>
          No record or command has every word of “{oneLine(typed, 80)}”.
        </Typography>
      ) : null}
    </Dialog>
  );
}
