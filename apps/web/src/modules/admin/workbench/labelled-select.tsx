// antd's Select renders its option list as role="listbox" without a name (axe: aria-input-field-name).
// This Select names the list after its field once the list exists, so screen readers announce both.
import { Select, type SelectProps } from 'antd';

/** `id` comes from the Form.Item around it (its label points at it); the list is `${id}_list`. */
export function LabelledSelect({ listLabel, onOpenChange, ...props }: SelectProps & { listLabel: string }) {
  const nameList = () =>
    requestAnimationFrame(() => {
      if (!props.id) return;
      for (const list of document.querySelectorAll(`[id="${CSS.escape(`${props.id}_list`)}"]`)) {
        list.setAttribute('aria-label', listLabel);
      }
    });
  return (
    <Select
      {...props}
      onOpenChange={(open) => {
        if (open) nameList();
        onOpenChange?.(open);
      }}
    />
  );
}
