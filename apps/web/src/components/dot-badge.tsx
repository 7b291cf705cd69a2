import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A status or role badge whose text stays dark (readable at any colour: WCAG contrast); the
 * colour is only a second cue, shown as the dot. Every status badge uses it.
 */
export function DotBadge({ color, size = 'lg', children, ...rest }: { color: string; size?: BadgeProps['size']; children: ReactNode } & Omit<BadgeProps, 'color' | 'size' | 'variant' | 'c' | 'tt' | 'children'>) {
  return (
    <Badge variant="dot" color={color} c="dark.9" size={size} tt="none" {...rest}>
      {children}
    </Badge>
  );
}
