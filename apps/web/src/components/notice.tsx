import { Alert, Text, type AlertProps } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

interface NoticeProps extends Omit<AlertProps, 'title'> {
  title?: ReactNode;
  role?: 'alert' | 'status';
}

/**
 * A Mantine Alert whose heading is plain bold text. Alert's own `title` would become the
 * alert's accessible *label*, so a message such as "Wrong email or password" would also
 * answer `getByLabel('Email')` and shadow the e-mail field for tests and assistive tech.
 */
export function Notice({ title, children, role = 'alert', ...props }: NoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  // An alert about a long form's submit appears at its top, possibly off-screen.
  useEffect(() => {
    if (role === 'alert') ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [role]);
  return (
    <Alert ref={ref} variant="light" role={role} {...props}>
      {title && (
        <Text fw={700} size="sm" mb={children ? 4 : 0}>
          {title}
        </Text>
      )}
      {children}
    </Alert>
  );
}
