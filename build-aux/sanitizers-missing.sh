#!/bin/sh
echo "The asan test setup needs a build configured with -Db_sanitize=address,undefined (see README.md)." >&2
exit 1
