/**
 * The sync schema version this server speaks (`schemaVersion` in health, push and pull). A client
 * sending a lower one than `minClientSchemaVersion` is answered 426 `client_outdated`; one sending a
 * higher one than `syncSchemaVersion` talks to an older server and is refused as `invalid_request`.
 */
export const syncSchemaVersion = 1;
export const minClientSchemaVersion = 1;

/** Request bodies above this are refused with 413 before they are parsed (SYNC-PROTOCOL.md: 5 MiB). */
export const maxBodyBytes = 5 * 1024 * 1024;

/** Attachment uploads have their own, larger limit. */
export const maxBlobBytes = 64 * 1024 * 1024;
