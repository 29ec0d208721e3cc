// @ts-check
/**
 * Packaging for Ledelsesrum: Windows installer, macOS disk image and Linux AppImage.
 * Run through `electron-builder --config electron-builder.config.cjs` after `npm run build`.
 * @type {import('electron-builder').Configuration}
 */
const config = {
  appId: 'dk.ledelsesrum.app',
  productName: 'Ledelsesrum',
  directories: {
    output: 'release',
    buildResources: 'build',
  },
  // Only the bundled app ships; sources, tests and tooling stay out of the installer. Main and preload are
  // bundled by esbuild, so every package is a devDependency and no node_modules are copied.
  files: ['dist/**', 'package.json', 'THIRD_PARTY_NOTICES.md'],
  asar: true,
  // The runtime dependencies are plain JavaScript, so there is nothing native to rebuild.
  npmRebuild: false,
  // The app is distributed by hand inside the municipality; never try to upload anywhere.
  publish: null,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
  },
  nsis: {
    // An assisted installer lets staff without admin rights install for themselves only.
    oneClick: false,
    perMachine: false,
    selectPerMachineByDefault: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['da_DK', 'en_US'],
    // Danish (LCID 1030) for the version info of the installer file itself.
    language: '1030',
  },
  mac: {
    target: [{ target: 'dmg' }],
    category: 'public.app-category.productivity',
    // Named explicitly so the 1024 px source is used, not the largest file in build/icons.
    icon: 'build/icon.png',
  },
  linux: {
    target: [{ target: 'AppImage' }],
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'Arbejdsrum for ledere af tværgående netværk / workspace for leaders of cross-departmental networks',
  },
};

module.exports = config;
