/** The Word files kl-check and the Revision page look at in a folder (any case). */
export const WORD_EXTENSIONS = /\.(docx|docm|dotx|dotm)$/i;
