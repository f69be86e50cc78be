/**
 * Reference tables rendered in the docs pages: the journey model's fields (from the JSON Schema)
 * and the theming hooks (from custom-elements.json). Both are read at build time from generated
 * sources, never typed by hand.
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import manifest from '../../custom-elements.json';
import { type FieldSection, fieldSections } from './schema-fields.js';

const TABLE_STYLES = html`<style>
  .kr-reference {
    font: 14px/1.45 system-ui, sans-serif;
    color: #1f2328;
  }
  .kr-reference h3 {
    font-size: 17px;
    margin: 1.75rem 0 0.25rem;
  }
  .kr-reference h3 code {
    font-size: 16px;
    font-weight: 700;
  }
  .kr-reference p {
    margin: 0 0 0.5rem;
    color: #59636e;
  }
  .kr-reference table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: 0.5rem;
  }
  .kr-reference th,
  .kr-reference td {
    text-align: start;
    vertical-align: top;
    padding: 0.35rem 0.6rem;
    border-block-end: 1px solid #d1d9e0;
  }
  .kr-reference th {
    background: #f6f8fa;
    font-weight: 600;
  }
  .kr-reference th[scope='row'] {
    background: none;
    font-weight: 400;
    white-space: nowrap;
  }
  .kr-reference code {
    font: 13px/1.4 ui-monospace, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .kr-reference th[scope='row'] code {
    overflow-wrap: normal;
    font-weight: 600;
  }
  .kr-reference .type {
    color: #6639ba;
  }
  .kr-reference .required {
    font-weight: 600;
  }
  .kr-reference .muted {
    color: #59636e;
  }
</style>`;

/** Title of a model section for a reader, e.g. `touchpoints[].emotions[]` → "touchpoints[].emotions[]". */
function sectionTitle(section: FieldSection): TemplateResult {
  return section.path === '(document)' ? html`The document` : html`<code>${section.path}</code>`;
}

/** Every object of the journey model with its fields, types, limits and descriptions. */
export function renderModelTables(sections: FieldSection[] = fieldSections()): TemplateResult {
  return html`${TABLE_STYLES}
    <div class="kr-reference">
      ${repeat(
        sections,
        (section) => section.path,
        (section) => html`<section aria-label=${section.path}>
          <h3>${sectionTitle(section)}</h3>
          ${section.description ? html`<p>${section.description}</p>` : null}
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Limits and default</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                section.rows,
                (row) => row.name,
                (row) => html`<tr>
                  <th scope="row"><code>${row.name}</code></th>
                  <td><code class="type">${row.type}</code></td>
                  <td class=${row.required ? 'required' : 'muted'}>${row.required ? 'yes' : 'no'}</td>
                  <td>${row.limits}${row.defaultValue ? html`${row.limits ? '; ' : ''}default <code>${row.defaultValue}</code>` : null}</td>
                  <td>${row.description}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </section>`,
      )}
    </div>`;
}

interface ManifestItem {
  name: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: ManifestItem[];
  cssParts?: ManifestItem[];
  slots?: ManifestItem[];
}

/** The elements of custom-elements.json, in the manifest's order. */
export function manifestElements(): ManifestDeclaration[] {
  const modules = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules;
  return modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** One custom property: what it does (the first element's description) and which elements read it. */
export interface ThemeProperty {
  name: string;
  description: string;
  elements: string[];
}

/** Every `--journey-*` custom property any element reads, from the manifest. */
export function themeProperties(): ThemeProperty[] {
  const byName = new Map<string, ThemeProperty>();
  for (const element of manifestElements()) {
    for (const property of element.cssProperties ?? []) {
      const known = byName.get(property.name) ?? { name: property.name, description: property.description ?? '', elements: [] };
      known.elements.push(element.tagName!);
      byName.set(property.name, known);
    }
  }
  return [...byName.values()];
}

/** The custom properties as a table. */
export function renderThemeTable(properties: ThemeProperty[] = themeProperties()): TemplateResult {
  return html`${TABLE_STYLES}
    <div class="kr-reference">
      <table>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">What it colours or sets</th>
            <th scope="col">Read by</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            properties,
            (p) => p.name,
            (p) => html`<tr>
              <th scope="row"><code>${p.name}</code></th>
              <td>${p.description}</td>
              <td>${p.elements.map((tag, i) => html`${i > 0 ? ', ' : ''}<code>&lt;${tag}&gt;</code>`)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** Every element's parts and slots as tables. */
export function renderPartsTables(): TemplateResult {
  return html`${TABLE_STYLES}
    <div class="kr-reference">
      ${repeat(
        manifestElements(),
        (element) => element.tagName!,
        (element) => html`<section aria-label=${`Parts of ${element.tagName}`}>
          <h3><code>&lt;${element.tagName}&gt;</code></h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Part or slot</th>
                <th scope="col">What it is</th>
              </tr>
            </thead>
            <tbody>
              ${repeat(
                element.cssParts ?? [],
                (part) => part.name,
                (part) => html`<tr>
                  <th scope="row"><code>::part(${part.name})</code></th>
                  <td>${part.description ?? ''}</td>
                </tr>`,
              )}
              ${repeat(
                element.slots ?? [],
                (slot) => slot.name,
                (slot) => html`<tr>
                  <th scope="row"><code>slot="${slot.name}"</code></th>
                  <td>${slot.description ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </section>`,
      )}
    </div>`;
}
