import { en } from './en';
import { vi } from './vi';

/** `requests.*` strings of the register, a request's page and its workflow. */
export const requestsLocales = { en, vi };
