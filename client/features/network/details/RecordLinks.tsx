/** Buttons that open other records (an initiative's lead, a party's initiatives). */
export function RecordLinks({
  records,
  onOpen,
}: {
  records: readonly { id: string; name: string }[];
  onOpen: (id: string) => void;
}) {
  return (
    <ul className="network-plain-list">
      {records.map((r) => (
        <li key={r.id}>
          <button type="button" className="network-link-button" onClick={() => onOpen(r.id)}>
            {r.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
