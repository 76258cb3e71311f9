/**
 * zod/mini sets up no locale: without one, every default message is "Invalid input". Code that shows zod's messages
 * (the dataset check, the ClaimReview import, the CLI) imports this for zod's English messages, as classic zod sets
 * them up on its own. Not for the content script: it shows no zod messages.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

if (!z.config().localeError) z.config(en());
