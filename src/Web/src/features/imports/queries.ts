/** The imports list and each import: the query keys the import screens share. */
export const importsListKey = ['imports', 'list'] as const;
export const importQueryKey = (id: string) => ['imports', 'detail', id] as const;
