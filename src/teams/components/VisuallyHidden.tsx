import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', overflow: 'hidden',
    clipPath: 'inset(50%)', whiteSpace: 'nowrap', border: '0',
  },
});

/** Text for screen readers only (e.g. a section heading the layout makes visually obvious). */
export function VisuallyHidden({ as: Tag = 'span', id, children }: { as?: 'span' | 'h2' | 'h3'; id?: string; children: React.ReactNode }) {
  return <Tag id={id} className={useStyles().hidden}>{children}</Tag>;
}
