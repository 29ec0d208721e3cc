/**
 * How long a password for an encrypted export must be. Each guess costs a scrypt run, and ten
 * characters keep guessing a typical chosen password out of reach; shared by the contract and the form.
 */
export const EXPORT_PASSWORD_MIN = 10;
