package org.packagecatalogue.auth;

/** What an API client may do with its owner's catalogue. */
public enum ClientAccess {
    READ_WRITE,
    READ_ONLY
}
