import { z } from 'zod';

/**
 * Values for `{{Name}}` placeholders. A name mapped to undefined is a known optional value that is not
 * set: an array item that is only that placeholder is dropped (e.g. validDomains without BOT_DOMAIN);
 * anywhere else it is an error, as is a placeholder whose name is not listed at all.
 */
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const WHOLE_PLACEHOLDER = /^\{\{([A-Za-z][A-Za-z0-9]*)\}\}$/;

const DROP = Symbol('drop this array item');

function fillString(text: string, values: PlaceholderValues, where: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`unknown placeholder {{${name}}} at ${where}`);
    const value = values[name];
    if (value === undefined) throw new Error(`placeholder {{${name}}} at ${where} has no value`);
    return value;
  });
}

function fillValue(value: z.core.util.JSONType, values: PlaceholderValues, where: string, inArray: boolean): z.core.util.JSONType | typeof DROP {
  if (typeof value === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(value)?.[1];
    if (inArray && whole !== undefined && Object.hasOwn(values, whole) && values[whole] === undefined) return DROP;
    return fillString(value, values, where);
  }
  if (Array.isArray(value)) {
    return value
      .map((item, index) => fillValue(item, values, `${where}[${index}]`, true))
      .filter((item): item is z.core.util.JSONType => item !== DROP);
  }
  if (value !== null && typeof value === 'object') {
    const filled: Record<string, z.core.util.JSONType> = {};
    for (const [key, item] of Object.entries(value)) {
      const result = fillValue(item, values, where === '' ? key : `${where}.${key}`, false);
      if (result !== DROP) filled[key] = result;
    }
    return filled;
  }
  return value;
}

/** Parses a JSON template and fills its `{{Name}}` placeholders; property names are left as they are. */
export function fillJsonTemplate(templateText: string, values: PlaceholderValues, templateName: string): z.core.util.JSONType {
  let parsed: unknown;
  try {
    parsed = JSON.parse(templateText);
  } catch (error) {
    throw new Error(`${templateName} is not valid JSON: ${(error as Error).message}`);
  }
  const filled = fillValue(z.json().parse(parsed), values, '', false);
  if (filled === DROP) throw new Error(`${templateName} is empty after filling its placeholders`);
  return filled;
}
