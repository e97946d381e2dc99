/** `_entities` for DataExport: the key only (the customer subgraph made the export); the section's field checks who asks. */
export const dataExportReference = {
  DataExport: { __resolveReference: (ref: { customerId: string }) => ({ customerId: ref.customerId }) },
};
