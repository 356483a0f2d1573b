/**
 * The frame around every page: the app bar, the navigation, and the main region. Keyboard
 * users get a "Skip to main content" button first in the tab order, Alt+number shortcuts (Alt+1 is the first section),
 * the command palette (Ctrl+K) and the shortcut sheet (?); every shortcut is defined in ./shortcuts.
 */
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import MenuIcon from '@mui/icons-material/Menu';
import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useDeviceProfile } from '../db/DataProvider';
import { BackupMenuCommands } from '../features/backup/BackupMenuCommands';
import { ExportMenuCommand } from '../features/documents/ExportMenuCommand';
import { MeetingMenuCommands } from '../features/meetings/MeetingMenuCommands';
import { QueryMenuCommands } from '../features/queries/QueryMenuCommands';
import { KeyboardCommands, PaletteButton } from '../features/palette/KeyboardCommands';
import { SearchBox } from '../features/search/SearchBox';
import { useMunicipality } from '../features/settings/hooks';
import { JoinBanner } from '../features/sync/components/JoinBanner';
import { SyncStatusButton } from '../features/sync/components/SyncStatusButton';
import { UpdateNotice } from '../platform/UpdateNotice';
import { SECTIONS } from './navigation';
import { sectionShortcutIndex } from './shortcuts';

const DRAWER_WIDTH = 240;

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Box component="nav" aria-label="Main">
      <List>
        {SECTIONS.map((section, index) => (
          // Each link in its own list item: a list holds only items (axe "list").
          <ListItem key={section.path} disablePadding>
            <ListItemButton
              component={NavLink}
              to={section.path}
              onClick={onNavigate}
              title={`${section.label} (Alt+${index + 1})`}
              sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
            >
              <ListItemIcon aria-hidden="true">{section.icon}</ListItemIcon>
              <ListItemText primary={section.label} />
              {section.badge}
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

/**
 * The app bar. Memoised, as are the navigation and the commands below: the shell draws again at
 * every navigation (the router's route context changes), and none of them needs to.
 */
const TopBar = memo(function TopBar({ wide, onOpenNavigation }: { wide: boolean; onOpenNavigation: () => void }) {
  const municipality = useMunicipality();
  const profile = useDeviceProfile();
  return (
    <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: 2 }}>
        {!wide ? (
          <IconButton color="inherit" edge="start" aria-label="Open navigation" onClick={onOpenNavigation}>
            <MenuIcon />
          </IconButton>
        ) : null}
        <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
          Quorum
        </Typography>
        <Typography variant="body2" component="div" sx={{ opacity: 0.85, flex: 1 }} noWrap>
          {municipality.data?.name ?? ''}
        </Typography>
        <SearchBox />
        <PaletteButton />
        <SyncStatusButton />
        {profile ? (
          <Typography variant="body2" component="div" aria-label="Signed in as">
            {profile.userName}
          </Typography>
        ) : null}
      </Toolbar>
    </AppBar>
  );
});

/** The navigation: a permanent drawer on a wide window, a drawer opened from the app bar on a narrow one. */
const SideNavigation = memo(function SideNavigation({ wide, open, onClose }: { wide: boolean; open: boolean; onClose: () => void }) {
  return wide ? (
    <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
      <Toolbar />
      <Navigation />
    </Drawer>
  ) : (
    <Drawer open={open} onClose={onClose} sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
      <Navigation onNavigate={onClose} />
    </Drawer>
  );
});

/** What sits above every page: notices, the join's progress, and the menu's and keyboard's commands. */
const ShellCommands = memo(function ShellCommands() {
  return (
    <>
      <UpdateNotice />
      <JoinBanner />
      <BackupMenuCommands />
      <MeetingMenuCommands />
      <QueryMenuCommands />
      <ExportMenuCommand />
      <KeyboardCommands />
    </>
  );
});

/**
 * After navigation (not on first load), moves focus to the new page so screen readers announce it;
 * unless the focus is on a control of the page that is still there (a tab of the meeting page,
 * whose section is in the address): taking it away would lose a keyboard user's place.
 */
function FocusOnNavigation({ mainRef }: { mainRef: RefObject<HTMLElement | null> }) {
  const location = useLocation();
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    const main = mainRef.current;
    const active = document.activeElement;
    if (main && active && active !== main && main.contains(active)) return;
    main?.focus({ preventScroll: true });
  }, [location.pathname, mainRef]);
  return null;
}

export function AppShell() {
  const navigate = useNavigate();
  const wide = useMediaQuery('(min-width: 900px)');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openNavigation = useCallback(() => setDrawerOpen(true), []);
  const closeNavigation = useCallback(() => setDrawerOpen(false), []);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const index = sectionShortcutIndex(event);
      const section = index === null ? undefined : SECTIONS[index];
      if (section) {
        event.preventDefault();
        void navigate(section.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Button
        onClick={() => mainRef.current?.focus()}
        variant="contained"
        sx={{ position: 'absolute', left: 8, top: -64, zIndex: 2000, '&:focus': { top: 8 } }}
      >
        Skip to main content
      </Button>
      <TopBar wide={wide} onOpenNavigation={openNavigation} />
      <SideNavigation wide={wide} open={drawerOpen} onClose={closeNavigation} />
      <Box component="main" id="main" ref={mainRef} tabIndex={-1} sx={{ flexGrow: 1, p: { xs: 2, md: 3 }, minWidth: 0, outline: 'none' }}>
        <Toolbar />
        <ShellCommands />
        <Outlet />
        {/* After the page: its effects (a field that takes the focus) run before this one's. */}
        <FocusOnNavigation mainRef={mainRef} />
      </Box>
    </Box>
  );
}
