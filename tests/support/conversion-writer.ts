/**
 * A child process for the conversion crash rounds: starts the services on a folder in the old plain
 * form with a key store, which converts it to the encrypted form, and prints "open <hash>" of the data
 * once it is open. The parent kills it at a random moment of the conversion.
 */
import { startServices } from '../../electron/services/app-services';
import { fingerprint } from './crash-fingerprint';
import { CONVERSION_MACHINE, testKeyStore } from './test-key-store';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: conversion-writer <dataDir>');
process.stdout.write('begin\n');
const services = await startServices({
  dataDir,
  appVersion: 'crash',
  keyStore: testKeyStore({ machine: CONVERSION_MACHINE }),
  passwordCost: { N: 2 ** 10, r: 8, p: 1 },
  saveDialog: async () => null,
});
process.stdout.write(`open ${fingerprint(services.store.data)}\n`);
await services.close();
