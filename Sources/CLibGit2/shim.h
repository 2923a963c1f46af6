#ifndef CMKEEPER_CLIBGIT2_SHIM_H
#define CMKEEPER_CLIBGIT2_SHIM_H

#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>
#include <zlib.h>

/* git_libgit2_opts is variadic, which Swift cannot call: these wrap the options cmkeeper sets. */

static inline int cmk_git_enable_fsync_gitdir(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, enabled);
}

static inline int cmk_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

static inline int cmk_git_enable_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

static inline int cmk_git_set_cache_object_limit(git_object_t type, size_t size) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, type, size);
}

/* git_writestream (streamed blob creation) is a struct of function pointers; these call through it. */

static inline int cmk_git_writestream_write(git_writestream *s, const char *buffer, size_t len) {
    return s->write(s, buffer, len);
}

static inline void cmk_git_writestream_free(git_writestream *s) {
    s->free(s);
}

/* Writes an object straight into an odb backend (the mempack), skipping git_odb_write's search of
 * every other backend for it: that search re-reads the pack folder for each new object. */

static inline int cmk_git_backend_write(git_odb_backend *backend, git_oid *out, const void *data, size_t len, git_object_t type) {
    int error = git_odb_hash(out, data, len, type);
    if (error < 0) return error;
    return backend->write(backend, out, data, len, type);
}

/* Writes an object whose id the caller computed from exactly these bytes (git_odb_hash). */
static inline int cmk_git_backend_put(git_odb_backend *backend, const git_oid *id, const void *data, size_t len, git_object_t type) {
    return backend->write(backend, id, data, len, type);
}

/* Reads an object from one backend; the data is freed with git_odb_backend_data_free. */
static inline int cmk_git_backend_read(git_odb_backend *backend, void **data, size_t *len, git_object_t *type, const git_oid *id) {
    return backend->read(data, len, type, backend, id);
}

static inline int cmk_git_backend_exists(git_odb_backend *backend, const git_oid *id) {
    return backend->exists(backend, id);
}

#endif
