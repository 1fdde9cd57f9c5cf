#pragma once

namespace clientele::core::storage {

// Settings key holding the version (project(VERSION)) of the Clientele that last opened the file
// for writing. Database::open sets it on every read-write open whose version differs (so a
// migration records it too), never on a read-only one.
inline constexpr const char* kWrittenByVersionKey = "written_by_version";

} // namespace clientele::core::storage
