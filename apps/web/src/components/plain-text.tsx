import { Text } from '@mantine/core';

/** Plain text with blank-line paragraphs and line breaks; never interpreted as HTML. */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} mb="sm" style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
    </>
  );
}
