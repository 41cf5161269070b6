import { Button as RacButton, type ButtonProps as RacButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<RacButtonProps, 'className'> {
  /** `primary` for the one main action of a view; `danger` only for irreversible ones. */
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  className?: string;
}

/** A button that is reachable and operable by keyboard, mouse and touch alike. */
export function Button({ variant = 'secondary', size = 'normal', className, ...props }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, size === 'small' ? 'btn-small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <RacButton {...props} className={classes} />;
}
