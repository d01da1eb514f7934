// Labels of an import's status, shared by the list and the import page.
export const STATUS_LABELS = {
	uploaded: 'admin.import.statusUploaded',
	validated: 'admin.import.statusValidated',
	importing: 'admin.import.statusImporting',
	done: 'admin.import.statusDone',
	failed: 'admin.import.statusFailed'
} as const;

export type ImportStatus = keyof typeof STATUS_LABELS;

/** A file being checked or imported: the page follows its progress. */
export const isRunning = (status: string) => status === 'uploaded' || status === 'importing';
