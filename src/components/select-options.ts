// A <select>'s options made as plain elements, for long lists.

export interface SelectChoice {
  value: string;
  label: string;
}

/**
 * An attachment (`{@attach selectOptions(choices, value)}` on a `<select>`) that gives the select
 * one option a choice, built apart and put in at once, and selects `value` (no option selected
 * when none has it). For the trends' reporters (800 in a national archive): Svelte's `{#each}`
 * makes a block and an effect per option, which took 32–67 ms in one task after a reload; plain
 * options are a few. Labels are text (never markup).
 */
export function selectOptions(choices: readonly SelectChoice[], value: string): (select: HTMLSelectElement) => void {
  return (select) => {
    // A new value with the same choices (the reader's pick) only selects it.
    if (made.get(select) !== choices) {
      const fragment = document.createDocumentFragment();
      for (const c of choices) fragment.append(new Option(c.label, c.value));
      select.replaceChildren(fragment);
      made.set(select, choices);
    }
    select.value = value;
  };
}

/** The choices each select's options were last made from. */
const made = new WeakMap<HTMLSelectElement, readonly SelectChoice[]>();
