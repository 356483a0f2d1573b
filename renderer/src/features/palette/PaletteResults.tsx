/**
 * The palette's listbox: the options in runs of the same group (commands, each kind of record,
 * the results page), the active one marked; a click chooses, the pointer moves the active one.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { CLIP_LINE_STYLE } from '../../ui/ClippedText';
import { groupRuns, type PaletteOption } from './palette-model';

export function PaletteResults({
  options,
  current,
  base,
  listId,
  onActive,
  onChoose,
}: {
  options: PaletteOption[];
  /** The index of the active option. */
  current: number;
  /** The prefix of every option's id (the field's aria-activedescendant names one). */
  base: string;
  listId: string;
  onActive: (index: number) => void;
  onChoose: (option: PaletteOption) => void;
}) {
  return (
    <Box component="ul" id={listId} role="listbox" aria-label="Results" sx={{ listStyle: 'none', m: 0, p: 1, overflowY: 'auto', flex: 1, minHeight: 0 }}>
      {groupRuns(options).map(({ group, items }) => (
        <Box component="li" role="presentation" key={group} sx={{ '& + &': { mt: 1 } }}>
          {/* The group's name is read from its aria-label; the heading is for the eye. */}
          <Typography aria-hidden="true" variant="caption" component="div" sx={{ px: 1.5, py: 0.5, fontWeight: 700, color: 'text.secondary' }}>
            {group}
          </Typography>
          <Box component="ul" role="group" aria-label={group} sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {items.map((option) => {
              const index = options.indexOf(option);
              const selected = index === current;
              return (
                <Box
                  component="li"
                  key={option.id}
                  id={`${base}-${option.id}`}
                  role="option"
                  aria-selected={selected}
                  aria-disabled={option.refusal ? true : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => index !== current && onActive(index)}
                  onClick={() => onChoose(option)}
                  sx={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 2,
                    px: 1.5,
                    py: 0.75,
                    borderRadius: 1,
                    cursor: option.refusal ? 'default' : 'pointer',
                    bgcolor: selected ? 'action.selected' : 'transparent',
                    outline: selected ? 2 : 0,
                    outlineColor: 'primary.main',
                    outlineOffset: -2,
                    color: option.refusal ? 'text.secondary' : 'text.primary',
                  }}
                >
                  <Box sx={{ flex: 1, minWidth: 0 }}>
                    <Box component="bdi" sx={{ ...CLIP_LINE_STYLE, fontWeight: 500 }}>
                      {option.label}
                    </Box>
                    {option.refusal ? (
                      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                        Not available: {option.refusal}
                      </Typography>
                    ) : option.detail ? (
                      <Typography variant="body2" color="text.secondary" component="bdi" sx={CLIP_LINE_STYLE}>
                        {option.detail}
                      </Typography>
                    ) : null}
                  </Box>
                  {option.shortcut ? (
                    <Box component="kbd" sx={{ fontSize: '0.75rem', color: 'text.secondary', whiteSpace: 'nowrap' }}>
                      {option.shortcut}
                    </Box>
                  ) : null}
                  <Typography variant="caption" color="text.secondary" component="span" sx={{ whiteSpace: 'nowrap', minWidth: 84, textAlign: 'right' }}>
                    {option.kind}
                  </Typography>
                </Box>
              );
            })}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
