/**
 * Suggestions for municipality pickers: the 17 municipalities of Rammeaftale Sjælland. Only
 * suggestions — the server validates against its configured list (MUNICIPALITIES), which is what
 * changes when the region merges in 2027.
 */
export const SUGGESTED_MUNICIPALITIES = [
  'Faxe', 'Greve', 'Guldborgsund', 'Holbæk', 'Kalundborg', 'Køge', 'Lejre', 'Lolland', 'Næstved',
  'Odsherred', 'Ringsted', 'Roskilde', 'Slagelse', 'Solrød', 'Sorø', 'Stevns', 'Vordingborg',
] as const;
