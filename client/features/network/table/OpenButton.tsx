/** A record's name in a table row: opens its details (the row of the open record is marked). */
export function OpenButton({
  id,
  name,
  selectedId,
  onSelect,
}: {
  id: string;
  name: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}) {
  const open = id === selectedId;
  return (
    <button
      type="button"
      className="network-link-button"
      aria-expanded={open}
      data-record-id={id}
      onClick={() => onSelect(open ? null : id)}
    >
      {name}
    </button>
  );
}
