import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { renderModelTables } from './reference-tables.js';
import { fieldSections } from './schema-fields.js';

/** The journey model's fields, walked from the JSON Schema generated from the SDK's zod schema. */
const meta = {
  title: 'Docs/Journey model',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

export const Fields: StoryObj = {
  render: () => renderModelTables(),
  play: async ({ canvasElement }) => {
    const sections = fieldSections();
    // The contract's required document fields (JOURNEY-MODEL.md), read back from the schema.
    const document = sections.find((s) => s.path === '(document)')!;
    await expect(document.rows.filter((r) => r.required).map((r) => r.name)).toEqual(['version', 'id', 'title', 'phases', 'touchpoints']);
    await expect(sections.map((s) => s.path)).toContain('touchpoints[].emotions[]');
    // The service blueprint: owners, the processes behind a touchpoint, actions and their expectation.
    for (const path of ['owners[]', 'touchpoints[].processes[]', 'actions[]', 'actions[].expect']) {
      await expect(sections.map((s) => s.path)).toContain(path);
    }
    // Every section is on the page as a table with one row per field.
    const tables = canvasElement.querySelectorAll('table');
    await expect(tables).toHaveLength(sections.length);
    await expect(tables[0]!.querySelectorAll('tbody tr')).toHaveLength(document.rows.length);
  },
};
