/**
 * The sync schema version this server speaks (`schemaVersion` in health, push and pull). A client
 * sending a lower one than `minClientSchemaVersion` is answered 426 `client_outdated`; one sending a
 * higher one than `syncSchemaVersion` talks to an older server and is refused as `invalid_request`.
 */
export const syncSchemaVersion = 1;
export const minClientSchemaVersion = 1;

import { maxFieldDepth } from '../../shared/sync/wireText';

/*
 * Body limits, one per route: a body over its route's limit is refused with 413 as soon as its
 * Content-Length (or its bytes so far) pass it, so no route reads more than it can use.
 */

/** Push batches (SYNC-PROTOCOL.md: 5 MiB). */
export const maxPushBytes = 5 * 1024 * 1024;

/** Attachment uploads, the one route that takes raw bytes. */
export const maxBlobBytes = 64 * 1024 * 1024;

/** Audit event batches: at most 500 events of well under 1 KiB each, escapes included. */
export const maxAuditEventsBytes = 1024 * 1024;

/** Enroll, pull and any route that names no limit: a handful of short fields. */
export const maxSmallBodyBytes = 16 * 1024;

/**
 * Deepest nesting of any JSON body, checked before anything walks it: a push's field values
 * (`maxFieldDepth` deep) start four containers down, the rest of every body is shallow.
 */
export const maxBodyDepth = maxFieldDepth + 8;
