#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Atomically exchanges two paths (both must exist) with renameat2(RENAME_EXCHANGE) on Linux
/// or renamex_np(RENAME_SWAP) on macOS. Returns 0, or -1 with errno set (ENOSYS or EINVAL
/// where the file system cannot do it; the caller then falls back to two renames).
int cfileswap_exchange(const char *first, const char *second);

#endif
