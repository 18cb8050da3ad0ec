/**
 * An altered clause word by word against the standard text. Added and removed words are marked by
 * more than colour: removed words are struck through and added words underlined, and both carry
 * hidden text ("fjernet:", "tilføjet:") for screen readers.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { diffWords } from '../../domain/rules/word-diff';

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    lineHeight: tokens.lineHeightBase400,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  added: { textDecorationLine: 'underline', textDecorationThickness: '2px', backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1 },
  removed: { textDecorationLine: 'line-through', backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS },
});

/** No space before closing punctuation, none after opening punctuation: the diff splits them off as words. */
const CLOSING = /^[.,;:!?)\]%]+$/;
const OPENING = /^[([]+$/;
const QUOTE = /^[»«"„“”]$/;

/** Whether a space goes between two adjacent words, given whether a quote before `next` is still open. */
export const spaceBetween = (prev: string | undefined, next: string | undefined, quoteOpen = false): boolean => {
  if (!prev || !next) return false;
  if (CLOSING.test(next) || OPENING.test(prev)) return false;
  if (QUOTE.test(next) && quoteOpen) return false; // a closing quote hugs the word before it
  if (QUOTE.test(prev) && quoteOpen) return false; // an opening quote hugs the word after it
  return true;
};

/** Words of the diff back to text (quotes alternate between opening and closing: »bilag«, «bilag», "bilag"). */
export const joinWords = (words: string[]): string => {
  let out = '';
  let open = false;
  words.forEach((w, i) => {
    const isQuote = QUOTE.test(w);
    const closing = isQuote && open;
    if (i > 0 && spaceBetween(words[i - 1], w, isQuote ? closing : open && QUOTE.test(words[i - 1] ?? ''))) out += ' ';
    out += w;
    if (isQuote) open = !open;
  });
  return out;
};

export function ClauseDiff({ standard, actual }: { standard: string; actual: string }) {
  const styles = useStyles();
  const ops = diffWords(standard, actual);
  return (
    <div>
      <p className={styles.box} data-testid="clause-diff">
        {ops.flatMap((op, i) => {
          const text = joinWords(op.words);
          const next = ops[i + 1];
          const gap = next && spaceBetween(op.words[op.words.length - 1], next.words[0]) ? <span key={`s${i}`}> </span> : null;
          const el = op.op === 'added'
            ? <ins key={i} className={styles.added} data-diff="added"><span className={styles.hidden}>tilføjet: </span>{text}</ins>
            : op.op === 'removed'
              ? <del key={i} className={styles.removed} data-diff="removed"><span className={styles.hidden}>fjernet: </span>{text}</del>
              : <span key={i}>{text}</span>;
          return gap ? [el, gap] : [el];
        })}
      </p>
      <p className={styles.legend}>Understreget: tilføjet i forhold til standardteksten. Overstreget: fjernet.</p>
    </div>
  );
}
