import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the menu asks of the app beyond the standard roles. */
export interface MenuActions {
  /** Locks the data and starts every window over at the lock screen. */
  lock(): void;
}

/** A Danish application menu with the standard roles, so copy/paste and undo work in text fields. */
export function buildDanishMenu(isMac: boolean, actions: MenuActions): Menu {
  // The window answers Ctrl+L itself (it saves waiting typing first); the menu shows the key and locks on a click.
  const lock: MenuItemConstructorOptions = {
    label: 'Lås Ledelsesrum',
    accelerator: 'CmdOrCtrl+L',
    registerAccelerator: false,
    click: () => actions.lock(),
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            label: 'Ledelsesrum',
            submenu: [
              { role: 'about', label: 'Om Ledelsesrum' },
              { type: 'separator' },
              { role: 'hide', label: 'Skjul Ledelsesrum' },
              { role: 'hideOthers', label: 'Skjul andre' },
              { role: 'unhide', label: 'Vis alle' },
              { type: 'separator' },
              { role: 'quit', label: 'Afslut Ledelsesrum' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'Filer',
      submenu: [
        lock,
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Luk vindue' } : { role: 'quit', label: 'Afslut' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Fortryd' },
        { role: 'redo', label: 'Annuller fortryd' },
        { type: 'separator' },
        { role: 'cut', label: 'Klip' },
        { role: 'copy', label: 'Kopiér' },
        { role: 'paste', label: 'Sæt ind' },
        { role: 'selectAll', label: 'Markér alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'resetZoom', label: 'Normal størrelse' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      label: 'Vindue',
      submenu: [
        { role: 'minimize', label: 'Minimér' },
        { role: 'zoom', label: 'Zoom' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
